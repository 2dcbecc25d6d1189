import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../../../shared/channels';
import { formatDateTime } from '../../../../../shared/format';
import { cellTexts } from '../../../test/screen';
import { createExchangeBackend, makeExport, receiptFile, renderExchange } from './testing';

beforeEach(() => {
  window.baoTro = {} as Bridge;
});
afterEach(() => {
  delete window.baoTro;
});

const day = (timestamp: string) => formatDateTime(timestamp).slice(0, 10);

const exports = [
  makeExport({
    sequence: 1,
    period: { kind: 'quarter', year: 2026, number: 3 },
    createdAt: '2026-10-03T02:30:00.000Z',
    sizeBytes: 182_400,
    receivedAt: '2026-10-06T03:00:00.000Z',
    fileKept: false,
  }),
  makeExport({
    sequence: 2,
    period: { kind: 'quarter', year: 2026, number: 3 },
    createdAt: '2026-10-10T09:15:00.000Z',
    sizeBytes: 1_572_864,
    rowCounts: { child: 5000 },
    replacesSequence: 1,
    includePersonalIds: true,
  }),
  makeExport({ sequence: 3, period: { kind: 'month', year: 2026, number: 10 }, createdAt: '2026-11-02T01:00:00.000Z', sizeBytes: 900 }),
];

describe('the export log', () => {
  it('lists every export newest first: period, time, file, size, child records, replacement and receipt', async () => {
    const { backend } = createExchangeBackend({ exports });
    await renderExchange('/exchange', backend);
    const log = await screen.findByRole('table', { name: 'Các lần gửi số liệu' });
    expect(cellTexts(within(log).getAllByRole('columnheader'))).toEqual(['Số', 'Kỳ', 'Tạo lúc', 'Tệp', 'Dung lượng', 'Số hồ sơ trẻ em', 'Tình trạng', 'Thao tác']);
    const rows = within(log).getAllByRole('row').slice(1);
    expect(rows.map((row) => cellTexts(within(row).getAllByRole('rowheader')).concat(cellTexts(within(row).getAllByRole('cell'))))).toEqual([
      ['3', 'Tháng 10/2026', formatDateTime('2026-11-02T01:00:00.000Z'), 'BTTE_31NQ_2026-10_so003.btte', '900 byte', '1.250', 'Chưa có biên nhận', 'Lưu lại tệp'],
      [
        '2',
        'Quý III/2026Thay thế lần gửi số 1',
        formatDateTime('2026-10-10T09:15:00.000Z'),
        'BTTE_31NQ_2026-Q3_so002.btteCó số định danh, giấy khai sinh, thẻ BHYT',
        '1,5 MB',
        '5.000',
        'Chưa có biên nhận',
        'Lưu lại tệp',
      ],
      [
        '1',
        'Quý III/2026',
        formatDateTime('2026-10-03T02:30:00.000Z'),
        'BTTE_31NQ_2026-Q3_so001.btte',
        '—', // the file is no longer kept, so it has no size
        '1.250',
        `Đã nhận ngày ${day('2026-10-06T03:00:00.000Z')}`,
        'Đã nhận — tệp không còn lưu',
      ],
    ]);
  });

  it('offers no "Lưu lại tệp" for an export the province has received, and says why', async () => {
    const { backend } = createExchangeBackend({ exports });
    await renderExchange('/exchange', backend);
    const log = await screen.findByRole('table', { name: 'Các lần gửi số liệu' });
    const received = within(log).getByRole('row', { name: /^1 / });
    expect(within(received).queryByRole('button')).not.toBeInTheDocument();
    expect(received).toHaveTextContent('Đã nhận — tệp không còn lưu');
    expect(screen.queryByRole('button', { name: 'Lưu lại tệp lần gửi số 1' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lưu lại tệp lần gửi số 2' })).toBeInTheDocument();
    expect(screen.getByText(/^Khi đã nhập biên nhận của tỉnh, ứng dụng không giữ tệp của lần gửi đó nữa/)).toBeInTheDocument();
  });

  it('saves an earlier export\'s file again', async () => {
    const { backend } = createExchangeBackend({ exports });
    const { user } = await renderExchange('/exchange', backend);
    await user.click(await screen.findByRole('button', { name: 'Lưu lại tệp lần gửi số 2' }));
    expect(await screen.findByText('Đã lưu tệp BTTE_31NQ_2026-Q3_so002.btte.')).toBeInTheDocument();
    expect(backend.callsTo('exchange.exportFile').map((call) => call.input)).toEqual([{ id: 'export-2' }]);
    expect(backend.callsTo('files.save').map((call) => call.input)).toEqual([
      { fileName: 'BTTE_31NQ_2026-Q3_so002.btte', mimeType: 'application/octet-stream', base64: btoa('package 2') },
    ]);

    backend.override('exchange.exportFile', () => ({ ok: false, error: { code: 'errors.notFound' } }));
    await user.click(screen.getByRole('button', { name: 'Lưu lại tệp lần gửi số 3' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Chưa lưu được tệp\./);
    expect(screen.queryByText('Đã lưu tệp BTTE_31NQ_2026-Q3_so002.btte.')).not.toBeInTheDocument();
  });
});

describe('the province\'s receipt', () => {
  it('marks the export it names as received, and says so; the same receipt again changes nothing', async () => {
    const { backend } = createExchangeBackend({ exports });
    const { user } = await renderExchange('/exchange', backend);
    const input = await screen.findByLabelText('Chọn tệp biên nhận');
    expect(input).toHaveAttribute('accept', '.btte-bn');

    const file = receiptFile(3);
    await user.upload(input, file);
    const received = day('2026-11-24T03:00:00.000Z');
    expect(await screen.findByText(`Đã ghi nhận: lần gửi số 3 (Tháng 10/2026) đã được tỉnh nhận ngày ${received}.`)).toBeInTheDocument();
    expect(backend.callsTo('exchange.importReceipt').map((call) => call.input)).toEqual([
      { fileName: 'BTTE_31NQ_so3_bien-nhan.btte-bn', base64: btoa(JSON.stringify({ sequence: 3 })) },
    ]);
    const log = screen.getByRole('table', { name: 'Các lần gửi số liệu' });
    await waitFor(() => expect(within(log).getByRole('row', { name: /^3 / })).toHaveTextContent(`Đã nhận ngày ${received}`));
    // The file is not kept once the province has it.
    expect(within(log).getByRole('row', { name: /^3 / })).toHaveTextContent('Đã nhận — tệp không còn lưu');
    expect(screen.queryByRole('button', { name: 'Lưu lại tệp lần gửi số 3' })).not.toBeInTheDocument();

    await user.upload(input, receiptFile(3));
    expect(
      await screen.findByText(`Biên nhận này đã được nhập trước đây: lần gửi số 3 (Tháng 10/2026) đã ghi là tỉnh nhận ngày ${received}. Không có gì thay đổi.`),
    ).toBeInTheDocument();
    expect(backend.callsTo('exchange.importReceipt')).toHaveLength(2);
  });

  it('shows a refusal in Vietnamese and changes nothing in the log', async () => {
    const { backend } = createExchangeBackend({ exports });
    const { user } = await renderExchange('/exchange', backend);
    const input = await screen.findByLabelText('Chọn tệp biên nhận');

    await user.upload(input, new File(['không phải biên nhận'], 'thu-moi.btte-bn'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không nhập được biên nhận. Tệp này không phải là biên nhận của tỉnh (hoặc đã hỏng). Không có gì được thay đổi.');

    backend.override('exchange.importReceipt', () => ({ ok: false, error: { code: 'errors.receiptNotGenuine' } }));
    await user.upload(input, receiptFile(2));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Biên nhận không khớp với tệp đã gửi/));
    const log = screen.getByRole('table', { name: 'Các lần gửi số liệu' });
    expect(within(log).getByRole('row', { name: /^2 / })).toHaveTextContent('Chưa có biên nhận');
  });

  it('is offered only once something has been sent', async () => {
    const { backend } = createExchangeBackend();
    await renderExchange('/exchange', backend);
    expect(await screen.findByText('Chưa gửi lần nào.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Chọn tệp biên nhận')).not.toBeInTheDocument();
  });
});
