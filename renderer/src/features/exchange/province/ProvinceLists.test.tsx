import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bridge } from '../../../../../shared/channels';
import { fail } from '../../../../../shared/errors';
import { formatDateTime } from '../../../../../shared/format/date';
import { cellTexts } from '../../../test/screen';
import { serve } from '../../../test/serve';
import { provinceBackend, receiptFile, renderProvince } from './testing';

afterEach(() => {
  delete window.baoTro;
});

/** A body row as read: its header (the office) first, then its cells. */
const rowTexts = (row: HTMLElement) => [
  ...within(row)
    .queryAllByRole('rowheader')
    .map((header) => header.textContent),
  ...cellTexts(within(row).getAllByRole('cell')),
];

describe('offices the province holds data from', () => {
  it('lists each office with its newest package, by code', async () => {
    await renderProvince('/exchange/offices');
    const table = await screen.findByRole('table', { name: 'Các đơn vị đã gửi số liệu' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Mã đơn vị',
      'Tên đơn vị',
      'Lần gửi số',
      'Kỳ báo cáo',
      'Lập lúc',
      'Nhập lúc',
      'Số hồ sơ trẻ em',
      'Thao tác',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    // Cells in document order: code, then the name as the row's header, then the rest.
    expect(rows.map((row) => cellTexts(within(row).getAllByRole('cell')))).toEqual([
      ['GV', '7', 'Tháng 11/2026', formatDateTime('2026-12-02T10:00:00.000Z'), formatDateTime('2026-12-03T02:00:00.000Z'), '800', 'Bỏ số liệu'],
      ['NQ', '3', 'Quý IV/2026', formatDateTime('2026-12-28T10:00:00.000Z'), formatDateTime('2027-01-04T03:15:00.000Z'), '1.206', 'Bỏ số liệu'],
    ]);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Phòng Văn hóa – Xã hội phường Gia Viên',
      'Phòng Văn hóa – Xã hội phường Ngô Quyền',
    ]);
    expect(screen.getByText('2 đơn vị. Với mỗi đơn vị, tỉnh giữ số liệu của gói mới nhất đã nhập.')).toBeInTheDocument();
    // The tabs of the province's exchange area, this one open.
    const tabs = screen.getByRole('navigation', { name: 'Các trang trao đổi dữ liệu' });
    expect(within(tabs).getByRole('link', { name: 'Các đơn vị' })).toHaveAttribute('aria-current', 'page');
  });

  it('says when no office has sent anything yet, and links to the import', async () => {
    const backend = provinceBackend();
    serve(backend, 'exchange.sources', () => []);
    const { user, router } = await renderProvince('/exchange/offices', backend);
    expect(await screen.findByText(/^Chưa nhập số liệu của đơn vị nào\./)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Nhập tệp số liệu' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/exchange/import'));
  });

  it('shows main\'s refusal', async () => {
    const backend = provinceBackend();
    backend.override('exchange.sources', () => fail('errors.provinceModeOnly'));
    await renderProvince('/exchange/offices', backend);
    expect(await screen.findByRole('alert')).toHaveTextContent('Chức năng này chỉ dùng ở cấp tỉnh');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('import log', () => {
  it('lists the imports newest first with office, number, period, file, the forced mark and the totals', async () => {
    await renderProvince('/exchange/imports');
    const table = await screen.findByRole('table', { name: 'Nhật ký nhập' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Nhập lúc',
      'Đơn vị',
      'Lần gửi số',
      'Kỳ báo cáo',
      'Tệp',
      'Ghi chú',
      'Mới',
      'Thay đổi',
      'Bị xóa',
      'Biên nhận',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => rowTexts(row).slice(0, 10))).toEqual([
      [
        'NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền',
        formatDateTime('2027-01-04T03:15:00.000Z'),
        '3',
        'Quý IV/2026',
        'BTTE_NQ_2026-Q4_so003.btte',
        '',
        '8',
        '2',
        '1',
        'Ghi biên nhận',
      ],
      [
        'LL – UBND xã Lê Lợi',
        formatDateTime('2026-12-20T08:00:00.000Z'),
        '2',
        'Quý III/2026',
        'BTTE_LL_2026-Q4_so002.btte',
        'Vẫn nhập gói cũ hơn',
        '0',
        '3',
        '12',
        'Ghi biên nhận',
      ],
      [
        'GV – Phòng Văn hóa – Xã hội phường Gia Viên',
        formatDateTime('2026-12-03T02:00:00.000Z'),
        '7',
        'Tháng 11/2026',
        'BTTE_GV_2026-Q4_so007.btte',
        '',
        '1.410',
        '0',
        '0',
        'Ghi biên nhận',
      ],
    ]);
  });

  it('writes a receipt for an import and saves it', async () => {
    window.baoTro = {} as Bridge;
    const { user, backend } = await renderProvince('/exchange/imports');
    await user.click(await screen.findByRole('button', { name: 'Ghi biên nhận cho GV – Phòng Văn hóa – Xã hội phường Gia Viên, lần gửi số 7' }));
    expect(await screen.findByText('Đã lưu biên nhận.')).toBeInTheDocument();
    expect(backend.callsTo('exchange.receipt').map((call) => call.input)).toEqual([{ id: 'imp-1' }]);
    expect(backend.callsTo('files.save').map((call) => call.input)).toEqual([receiptFile]);

    backend.override('exchange.receipt', () => fail('errors.notFound'));
    await user.click(screen.getByRole('button', { name: 'Ghi biên nhận cho NQ – Phòng Văn hóa – Xã hội phường Ngô Quyền, lần gửi số 3' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tìm thấy dữ liệu yêu cầu.');
    expect(backend.callsTo('files.save')).toHaveLength(1);
  });

  it('says when nothing has been imported yet', async () => {
    const backend = provinceBackend();
    serve(backend, 'exchange.imports', () => []);
    await renderProvince('/exchange/imports', backend);
    expect(await screen.findByText(/^Chưa nhập gói số liệu nào\./)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
