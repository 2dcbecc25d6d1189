import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderReport, reportBackend } from '../../features/exchange/report/testing';

const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row');
const numbering = (count: number) => Array.from({ length: count }, (_, i) => `(${i + 1})`);
const signatureTitles = () => [...document.querySelectorAll('.signature__title')].map((n) => n.textContent);
const PATH = '/print/province-report?from=2026-01-01&to=2026-12-31';
const NQ = 'Phòng Văn hóa – Xã hội phường Ngô Quyền';
const GV = 'Phòng Văn hóa – Xã hội phường Gia Viên';

afterEach(() => {
  vi.useRealTimers();
  delete document.body.dataset.printReady;
});

describe('province report print page', () => {
  it('is an A4 landscape document: the province office\'s header, the title and period, four tables, signatures, then ready', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 5, 10, 0));
    const { backend } = await renderReport(PATH);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'BÁO CÁO TỔNG HỢP SỐ LIỆU BẢO VỆ, CHĂM SÓC TRẺ EM CỦA CÁC ĐƠN VỊ' }),
    ).toBeInTheDocument();
    expect(backend.callsTo('exchange.provinceReport').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-12-31' }]);
    expect(document.querySelector('.print-page')).toHaveClass('print-page--landscape');
    const header = screen.getByRole('banner');
    expect(within(header).getByText('UBND THÀNH PHỐ HẢI PHÒNG')).toBeInTheDocument();
    expect(within(header).getByText('SỞ Y TẾ')).toBeInTheDocument();
    expect(within(header).getByText('Số: ……/BC')).toBeInTheDocument();
    expect(within(header).getByText('Hải Phòng, ngày 05 tháng 01 năm 2027')).toBeInTheDocument();
    expect(screen.getByText('Từ ngày 01/01/2026 đến ngày 31/12/2026')).toBeInTheDocument();
    expect(screen.getByText('Số đơn vị đã gửi số liệu: 2')).toBeInTheDocument();

    const children = screen.getByRole('table', { name: 'I. Trẻ em có hoàn cảnh đặc biệt' });
    const childRows = rowsOf(children);
    expect(within(childRows[0] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'STT',
      'Mã đơn vị',
      'Đơn vị',
      'Số liệu đến',
      'Tổng số',
      'Giới tính',
      'Theo nhóm hoàn cảnh',
      'Có nguy cơ rơi vào hoàn cảnh đặc biệt',
      'Được hỗ trợ trong kỳ',
    ]);
    expect(within(childRows[1] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Nam',
      'Nữ',
      ...['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o'],
      'Số trẻ',
      'Tỷ lệ',
    ]);
    expect(cellTexts(childRows[2] as HTMLElement)).toEqual(numbering(24));
    expect(childRows.slice(3).map(cellTexts)).toEqual([
      ['1', 'NQ', NQ, '05/01/2027', '120', '64', '56', '3', '0', '0', '40', '2', '0', '0', '5', '0', '0', '0', '0', '15', '0', '30', '45', '37,5%'],
      ['2', 'GV', GV, '02/12/2026 lập trước khi hết kỳ', '80', '41', '39', '1', '2', '0', '30', '0', '0', '0', '0', '0', '0', '0', '0', '9', '0', '12', '20', '25,0%'],
      ['Tổng cộng', '200', '105', '95', '4', '2', '0', '70', '2', '0', '0', '5', '0', '0', '0', '0', '24', '0', '42', '65', '32,5%'],
    ]);

    const gifts = rowsOf(screen.getByRole('table', { name: 'II. Tặng quà' }));
    expect(cellTexts(gifts[1] as HTMLElement)).toEqual(numbering(7));
    expect(gifts.slice(2).map(cellTexts)).toEqual([
      ['1', 'NQ', NQ, '05/01/2027', '2', '150', '75.000.000'],
      ['2', 'GV', GV, '02/12/2026 lập trước khi hết kỳ', '1', '60', '30.000.000'],
      ['Tổng cộng', '3', '210', '105.000.000'],
    ]);

    const fund = rowsOf(screen.getByRole('table', { name: 'III. Quỹ Bảo trợ trẻ em' }));
    expect(within(fund[0] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent).slice(4)).toEqual([
      'Thu trong kỳ (đồng)',
      'Chi trong kỳ (đồng)',
      'Số dư cuối kỳ (đồng)',
      'Lượt trẻ được hỗ trợ',
      'Kinh phí hỗ trợ trẻ em (đồng)',
    ]);
    expect(cellTexts(fund.at(-1) as HTMLElement)).toEqual(['Tổng cộng', '170.000.000', '95.000.000', '104.500.000', '25', '101.000.000']);

    const models = rowsOf(screen.getByRole('table', { name: 'IV. Mô hình bảo vệ, chăm sóc trẻ em năm 2026' }));
    expect(within(models[1] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Ngôi nhà an toàn',
      'Xã, phường phù hợp với trẻ em',
      'Hệ thống bảo vệ trẻ em dựa vào cộng đồng',
      'Câu lạc bộ trẻ em',
      'Điểm tư vấn trong trường học',
      'Điểm giữ trẻ mùa lũ',
    ]);
    expect(cellTexts(models[2] as HTMLElement)).toEqual(numbering(11));
    expect(models.slice(3).map(cellTexts)).toEqual([
      ['1', 'NQ', NQ, '05/01/2027', '12', '5', '8', '0', '0', '0', '0'],
      ['2', 'GV', GV, '02/12/2026 lập trước khi hết kỳ', '9', '2', '9', '0', '3', '0', '0'],
      ['Tổng cộng', '21', '7', '17', '0', '3', '0', '0'],
    ]);

    expect(screen.getByText(/^Nhóm hoàn cảnh \(Điều 10 khoản 1 Luật Trẻ em 2016\): a\) Trẻ em mồ côi cả cha và mẹ;.* đ\) Trẻ em nhiễm HIV\/AIDS;/)).toBeInTheDocument();
    expect(screen.getByText(/^Số liệu đến: ngày đơn vị lập gói số liệu mới nhất/)).toBeInTheDocument();
    // Gia Viên's package is for November: marked above, and the mark explained.
    expect(
      screen.getByText(
        'Đơn vị có ghi «lập trước khi hết kỳ»: gói mới nhất tỉnh đã nhập của đơn vị được lập trước ngày 31/12/2026 (cuối kỳ báo cáo), nên số liệu của đơn vị chỉ tính đến ngày lập gói (cột «Số liệu đến»).',
      ),
    ).toBeInTheDocument();
    expect(signatureTitles()).toEqual(['NGƯỜI LẬP BIỂU', 'GIÁM ĐỐC']);
    expect(screen.getByText('Vũ Thị Lan')).toBeInTheDocument();
    expect(screen.getByText('Phạm Minh Đức')).toBeInTheDocument();
    expect(document.body.dataset.printReady).toBe('true');
  });

  it('stays a Vietnamese document when the interface is in English', async () => {
    await renderReport(PATH, reportBackend({ language: 'en' }));
    expect(await screen.findByRole('heading', { level: 1, name: /^BÁO CÁO TỔNG HỢP/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'I. Trẻ em có hoàn cảnh đặc biệt' })).toBeInTheDocument();
    expect(screen.getAllByRole('cell', { name: '32,5%' })).toHaveLength(1);
    expect(screen.getByRole('columnheader', { name: 'Ngôi nhà an toàn' })).toBeInTheDocument();
    expect(screen.getAllByText('lập trước khi hết kỳ').length).toBeGreaterThan(0);
    // The toolbar around it follows the interface.
    expect(screen.getByRole('toolbar', { name: 'Printout' })).toBeInTheDocument();
  });

  it('prints that no office has sent data, still with its header and signatures', async () => {
    await renderReport(PATH, reportBackend({ empty: true }));
    expect(await screen.findByText('Chưa có đơn vị nào gửi số liệu.')).toBeInTheDocument();
    expect(screen.getByText('Số đơn vị đã gửi số liệu: 0')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(signatureTitles()).toEqual(['NGƯỜI LẬP BIỂU', 'GIÁM ĐỐC']);
    expect(document.body.dataset.printReady).toBe('true');
  });

  it('is not ready, and says why, without a valid period; goes back to the report with its period', async () => {
    const first = await renderReport('/print/province-report?from=2026-12-31&to=2026-01-01');
    expect(await screen.findByText('Địa chỉ bản in không có kỳ báo cáo hợp lệ.')).toBeInTheDocument();
    expect(first.backend.callsTo('exchange.provinceReport')).toEqual([]);
    expect(document.body.dataset.printReady).toBeUndefined();
    first.unmount();

    const { user, router } = await renderReport(PATH);
    const toolbar = screen.getByRole('toolbar', { name: 'Bản in' });
    await waitFor(() => expect(within(toolbar).getByRole('button', { name: 'In' })).toBeEnabled());
    await user.click(within(toolbar).getByRole('button', { name: 'Quay lại' }));
    expect(router.state.location.pathname).toBe('/province-report');
    expect(router.state.location.search).toBe('?from=2026-01-01&to=2026-12-31');
  });
});
