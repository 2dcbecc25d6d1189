import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../../../shared/channels';
import { fail } from '../../../../../shared/errors';
import { cellTexts } from '../../../test/screen';
import { renderReport, reportBackend } from './testing';

const PATH = '/province-report?from=2026-01-01&to=2026-12-31';
const NQ = 'Phòng Văn hóa – Xã hội phường Ngô Quyền';
const GV = 'Phòng Văn hóa – Xã hội phường Gia Viên';
/** Gia Viên's newest package is for November: its data stops a month before the report's end. */
const GV_DATE = '02/12/2026 lập trước khi hết kỳ';
const STALE_NOTE =
  'Đơn vị có ghi «lập trước khi hết kỳ»: gói mới nhất tỉnh đã nhập của đơn vị được lập trước ngày 31/12/2026 (cuối kỳ báo cáo), nên số liệu của đơn vị chỉ tính đến ngày lập gói (cột «Số liệu đến»).';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete window.baoTro;
});

/** The row a table heads with `name`, read as a user reads it: the header, then the cells. */
function row(table: HTMLElement, name: string): (string | undefined)[] {
  const found = within(table)
    .getAllByRole('row')
    .filter((r) => within(r).queryAllByRole('rowheader').some((h) => h.textContent === name));
  expect(found).toHaveLength(1);
  return cellTexts(within(found[0] as HTMLElement).getAllByRole('cell'));
}
const headerTexts = (table: HTMLElement) => within(table).getAllByRole('columnheader').map((c) => c.textContent);

describe('province report screen', () => {
  it('shows children, gifts, fund and models with a row per office and the total', async () => {
    const { backend } = await renderReport(PATH);
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo toàn tỉnh' })).toBeInTheDocument();
    const childrenTable = await screen.findByRole('table', { name: 'Trẻ em có hoàn cảnh đặc biệt' });
    expect(backend.callsTo('exchange.provinceReport').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    expect(screen.getByText('Từ ngày 01/01/2026 đến ngày 31/12/2026')).toBeInTheDocument();
    expect(screen.getByText('Số liệu của 2 đơn vị, mỗi đơn vị theo gói mới nhất đã nhập.')).toBeInTheDocument();

    expect(headerTexts(childrenTable)).toEqual([
      'STT',
      'Mã đơn vị',
      'Đơn vị',
      'Số liệu đến',
      'Tổng số',
      'Giới tính',
      'Theo nhóm hoàn cảnh',
      'Có nguy cơ rơi vào hoàn cảnh đặc biệt',
      'Được hỗ trợ trong kỳ',
      'Nam',
      'Nữ',
      ...['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o'],
      'Số trẻ',
      'Tỷ lệ',
    ]);
    // Number, code, data date; total, male, female; groups a … o; at risk, supported, share.
    expect(row(childrenTable, NQ)).toEqual(['1', 'NQ', '05/01/2027', '120', '64', '56', '3', '0', '0', '40', '2', '0', '0', '5', '0', '0', '0', '0', '15', '0', '30', '45', '37,5%']);
    expect(row(childrenTable, GV)).toEqual(['2', 'GV', GV_DATE, '80', '41', '39', '1', '2', '0', '30', '0', '0', '0', '0', '0', '0', '0', '0', '9', '0', '12', '20', '25,0%']);
    expect(row(childrenTable, 'Tổng cộng')).toEqual(['200', '105', '95', '4', '2', '0', '70', '2', '0', '0', '5', '0', '0', '0', '0', '24', '0', '42', '65', '32,5%']);
    expect(screen.getByText(/^Nhóm hoàn cảnh \(Điều 10 khoản 1 Luật Trẻ em 2016\): a\) Trẻ em mồ côi cả cha và mẹ; b\) Trẻ em bị bỏ rơi;/)).toBeInTheDocument();

    const gifts = screen.getByRole('table', { name: 'Tặng quà' });
    expect(headerTexts(gifts).slice(4)).toEqual(['Số đợt tặng quà', 'Lượt trẻ nhận quà', 'Giá trị quà (đồng)']);
    expect(row(gifts, NQ)).toEqual(['1', 'NQ', '05/01/2027', '2', '150', '75.000.000']);
    expect(row(gifts, 'Tổng cộng')).toEqual(['3', '210', '105.000.000']);

    const fund = screen.getByRole('table', { name: 'Quỹ Bảo trợ trẻ em' });
    expect(headerTexts(fund).slice(4)).toEqual([
      'Thu trong kỳ (đồng)',
      'Chi trong kỳ (đồng)',
      'Số dư cuối kỳ (đồng)',
      'Lượt trẻ được hỗ trợ',
      'Kinh phí hỗ trợ trẻ em (đồng)',
    ]);
    expect(row(fund, GV)).toEqual(['2', 'GV', GV_DATE, '50.000.000', '15.000.000', '40.000.000', '4', '15.000.000']);
    expect(row(fund, 'Tổng cộng')).toEqual(['170.000.000', '95.000.000', '104.500.000', '25', '101.000.000']);

    // Model coverage is of the year the period ends in.
    const models = screen.getByRole('table', { name: 'Mô hình bảo vệ, chăm sóc trẻ em năm 2026' });
    expect(headerTexts(models).slice(4)).toEqual([
      'Tổng số xã, phường',
      'Số xã, phường có mô hình',
      'Ngôi nhà an toàn',
      'Xã, phường phù hợp với trẻ em',
      'Hệ thống bảo vệ trẻ em dựa vào cộng đồng',
      'Câu lạc bộ trẻ em',
      'Điểm tư vấn trong trường học',
      'Điểm giữ trẻ mùa lũ',
    ]);
    expect(row(models, GV)).toEqual(['2', 'GV', GV_DATE, '9', '2', '9', '0', '3', '0', '0']);
    expect(row(models, 'Tổng cộng')).toEqual(['21', '7', '17', '0', '3', '0', '0']);

    // Wide tables scroll on their own, and the keyboard reaches them.
    expect(screen.getByRole('region', { name: 'Trẻ em có hoàn cảnh đặc biệt' })).toHaveAttribute('tabindex', '0');
  });

  it('marks an office whose package was made before the report\'s period ended, with a note under the tables', async () => {
    await renderReport(PATH);
    const table = await screen.findByRole('table', { name: 'Trẻ em có hoàn cảnh đặc biệt' });
    const stale = within(table).getByText('lập trước khi hết kỳ');
    expect(stale).toHaveClass('province-report-stale');
    expect(row(table, NQ)[2]).toBe('05/01/2027');
    expect(screen.getByText(STALE_NOTE)).toBeInTheDocument();
  });

  it('marks no office when every package reaches the report\'s end', async () => {
    await renderReport('/province-report?from=2026-11-01&to=2026-11-30');
    const table = await screen.findByRole('table', { name: 'Trẻ em có hoàn cảnh đặc biệt' });
    expect(row(table, GV)[2]).toBe('02/12/2026');
    expect(within(table).queryByText(/^số liệu đến/)).not.toBeInTheDocument();
    expect(screen.queryByText(/^Đơn vị có ghi «số liệu đến …»/)).not.toBeInTheDocument();
  });

  it('reads in English too, the share with a decimal point', async () => {
    await renderReport(PATH, reportBackend({ language: 'en' }));
    const table = await screen.findByRole('table', { name: 'Children in special circumstances' });
    expect(row(table, 'Total').slice(-3)).toEqual(['42', '65', '32.5%']);
    expect(screen.getByRole('table', { name: 'Child protection and care models in 2026' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Safe home' })).toBeInTheDocument();
  });

  it('says so when no office has sent data yet, with nothing to print', async () => {
    const { user, router } = await renderReport(PATH, reportBackend({ empty: true }));
    expect(await screen.findByText(/^Chưa có đơn vị nào gửi số liệu\./)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'In (A4)' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Xuất Excel' })).toBeDisabled();
    await user.click(screen.getByRole('link', { name: 'Nhập tệp số liệu của các đơn vị' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/exchange/import'));
  });

  it('shows main\'s refusal instead of the tables', async () => {
    const backend = reportBackend();
    backend.override('exchange.provinceReport', () => fail('errors.provinceModeOnly'));
    await renderReport(PATH, backend);
    expect(await screen.findByRole('alert')).toHaveTextContent('Chức năng này chỉ dùng ở cấp tỉnh');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('period', () => {
  it('starts with this year and offers this month, quarter, year and last year', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    const { user, backend, router } = await renderReport('/province-report');
    await screen.findByRole('table', { name: 'Tặng quà' });
    expect(backend.callsTo('exchange.provinceReport')[0]?.input).toEqual({ from: '2026-01-01', to: '2026-12-31' });

    const quick = screen.getByRole('group', { name: 'Chọn nhanh' });
    expect(within(quick).getAllByRole('button').map((b) => b.textContent)).toEqual(['Tháng này', 'Quý này', 'Năm nay', 'Năm trước']);
    await user.click(within(quick).getByRole('button', { name: 'Năm trước' }));
    await waitFor(() => expect(backend.callsTo('exchange.provinceReport').at(-1)?.input).toEqual({ from: '2025-01-01', to: '2025-12-31' }));
    expect(router.state.location.search).toBe('?from=2025-01-01&to=2025-12-31');
    expect(await screen.findByRole('table', { name: 'Mô hình bảo vệ, chăm sóc trẻ em năm 2025' })).toBeInTheDocument();
    await user.click(within(quick).getByRole('button', { name: 'Tháng này' }));
    await waitFor(() => expect(backend.callsTo('exchange.provinceReport').at(-1)?.input).toEqual({ from: '2026-11-01', to: '2026-11-30' }));

    const from = screen.getByLabelText('Từ ngày');
    await user.clear(from);
    await user.type(from, '01/07/2026');
    const to = screen.getByLabelText('Đến ngày');
    await user.clear(to);
    await user.type(to, '30/09/2026');
    await user.click(screen.getByRole('button', { name: 'Xem báo cáo' }));
    await waitFor(() => expect(backend.callsTo('exchange.provinceReport').at(-1)?.input).toEqual({ from: '2026-07-01', to: '2026-09-30' }));
  });
});

describe('print and Excel', () => {
  it('prints A4 landscape and exports to Excel through main in Electron', async () => {
    const { user, backend } = await renderReport(PATH);
    await screen.findByRole('table', { name: 'Tặng quà' });
    window.baoTro = {} as Bridge;
    const file = { fileName: 'bao-cao-tong-hop.xlsx', mimeType: 'application/x', base64: 'UEs=' };
    backend.override('exchange.provinceReportExcel', () => ({ ok: true, data: file }));
    backend.override('print.pdf', () => ({ ok: true, data: { saved: true } }));

    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã lưu tệp Excel.')).toBeInTheDocument();
    expect(backend.callsTo('exchange.provinceReportExcel').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    expect(backend.callsTo('files.save').map((c) => c.input)).toEqual([file]);

    await user.click(screen.getByRole('button', { name: 'In (A4)' }));
    expect(await screen.findByText('Đã lưu bản in (PDF).')).toBeInTheDocument();
    expect(backend.callsTo('print.pdf').map((c) => c.input)).toEqual([
      {
        route: '/print/province-report?from=2026-01-01&to=2026-12-31',
        // Named as main names the Excel file, Bao-cao-toan-tinh_2026-01-01_2026-12-31.xlsx.
        fileName: 'Bao-cao-toan-tinh_2026-01-01_2026-12-31.pdf',
        landscape: true,
      },
    ]);
  });

  it('opens the print page in browser mode, and "Xem bản in" shows it here', async () => {
    const { user, router } = await renderReport(PATH);
    await screen.findByRole('table', { name: 'Tặng quà' });
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await user.click(screen.getByRole('button', { name: 'In (A4)' }));
    expect(open).toHaveBeenCalledWith('#/print/province-report?from=2026-01-01&to=2026-12-31', '_blank', 'noopener');

    await user.click(screen.getByRole('button', { name: 'Xem bản in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/print/province-report'));
    expect(await screen.findByRole('heading', { level: 1, name: 'BÁO CÁO TỔNG HỢP SỐ LIỆU BẢO VỆ, CHĂM SÓC TRẺ EM CỦA CÁC ĐƠN VỊ' })).toBeInTheDocument();
  });
});
