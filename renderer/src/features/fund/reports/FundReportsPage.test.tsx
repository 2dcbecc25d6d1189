import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../../../shared/channels';
import { fail } from '../../../../../shared/errors';
import { serve } from '../../../test/serve';
import { fundReportsBackend, renderFundReports, sampleChildTimesWithUndoneCase, sampleStatement } from './testing';

const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);
/** The row a table heads with `name` (its row header). */
function row(table: HTMLElement, name: string): HTMLElement {
  const found = within(table)
    .getAllByRole('row')
    .filter((r) => within(r).queryAllByRole('rowheader').some((h) => h.textContent === name));
  expect(found).toHaveLength(1);
  return found[0] as HTMLElement;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete window.baoTro;
});

describe('reports index', () => {
  it('lists the three fund reports, each linking to its tab', async () => {
    await renderFundReports({ path: '/reports' });
    const list = await screen.findByRole('list', { name: 'Các báo cáo' });
    expect(within(list).getByRole('link', { name: 'Báo cáo thu, chi Quỹ Bảo trợ trẻ em' })).toHaveAttribute('href', '/fund/reports?report=statement');
    expect(within(list).getByRole('link', { name: 'Kết quả hỗ trợ trẻ em từ Quỹ: lượt trẻ và kinh phí' })).toHaveAttribute(
      'href',
      '/fund/reports?report=childTimes',
    );
    const transparency = within(list).getByRole('link', { name: 'Danh sách công khai các tổ chức, cá nhân ủng hộ Quỹ Bảo trợ trẻ em' });
    expect(transparency).toHaveAttribute('href', '/fund/reports?report=transparency');
    expect(within(list).getAllByRole('listitem')).toHaveLength(5);
  });
});

describe('fund statement screen', () => {
  it('shows opening, receipts by donor, payments by purpose, closing and the sum that ties them', async () => {
    const { backend } = await renderFundReports();
    const table = await screen.findByRole('table', { name: 'Báo cáo thu, chi Quỹ Bảo trợ trẻ em' });
    expect(backend.callsTo('fund.statement').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Nội dung', 'Tiền', 'Hiện vật (quy ra tiền)', 'Cộng']);

    const labels = within(table).getAllByRole('rowheader').map((c) => c.textContent);
    expect(labels).toEqual([
      'I. Số dư đầu kỳ',
      'II. Thu trong kỳ',
      'Cơ quan, đơn vị – Trong nước',
      'Cơ quan, đơn vị – Nước ngoài',
      'Tổ chức – Trong nước',
      'Tổ chức – Nước ngoài',
      'Doanh nghiệp – Trong nước',
      'Doanh nghiệp – Nước ngoài',
      'Cá nhân – Trong nước',
      'Cá nhân – Nước ngoài',
      'III. Chi trong kỳ',
      'Phẫu thuật tim',
      'Phẫu thuật hở môi, hở vòm miệng',
      'Phẫu thuật khác',
      'Điều trị bệnh dài ngày',
      'Học bổng',
      'Hỗ trợ khẩn cấp',
      'Tặng quà',
      'IV. Số dư cuối kỳ',
    ]);
    expect(cellTexts(row(table, 'I. Số dư đầu kỳ'))).toEqual(['12.000.000', '3.000.000', '15.000.000']);
    expect(cellTexts(row(table, 'II. Thu trong kỳ'))).toEqual(['165.500.000', '20.000.000', '185.500.000']);
    expect(cellTexts(row(table, 'Doanh nghiệp – Trong nước'))).toEqual(['100.000.000', '20.000.000', '120.000.000']);
    expect(cellTexts(row(table, 'Cá nhân – Nước ngoài'))).toEqual(['10.000.000', '0', '10.000.000']);
    expect(cellTexts(row(table, 'III. Chi trong kỳ'))).toEqual(['113.000.000', '18.000.000', '131.000.000']);
    expect(cellTexts(row(table, 'Tặng quà'))).toEqual(['12.000.000', '18.000.000', '30.000.000']);
    expect(cellTexts(row(table, 'IV. Số dư cuối kỳ'))).toEqual(['64.500.000', '5.000.000', '69.500.000']);
    expect(
      screen.getByText('Kiểm tra: số dư đầu kỳ 15.000.000 + thu 185.500.000 − chi 131.000.000 = số dư cuối kỳ 69.500.000 đồng.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns when the closing balance does not follow from the rest', async () => {
    const backend = fundReportsBackend();
    const broken = sampleStatement('2026-01-01', '2026-06-30');
    backend.override('fund.statement', () => ({ ok: true, data: { ...broken, closing: { cash: 60_000_000, goods: 5_000_000, total: 65_000_000 } } }));
    await renderFundReports({ backend });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Số liệu không khớp: số dư đầu kỳ + thu − chi = 69.500.000 đồng (tiền 64.500.000, hiện vật 5.000.000), nhưng số dư cuối kỳ là 65.000.000 đồng',
    );
    expect(screen.queryByText(/^Kiểm tra:/)).not.toBeInTheDocument();
  });

  it('says so when main refuses', async () => {
    const backend = fundReportsBackend();
    backend.override('fund.statement', () => fail('errors.notSupported'));
    await renderFundReports({ backend });
    expect(await screen.findByRole('alert')).toHaveTextContent('Chức năng này không dùng được ở chế độ hiện tại.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('child-times screen', () => {
  it('shows a pair of columns per purpose for each commune, then the totals', async () => {
    await renderFundReports({ path: '/fund/reports?report=childTimes&from=2026-01-01&to=2026-06-30' });
    const table = await screen.findByRole('table', { name: 'Kết quả hỗ trợ trẻ em từ Quỹ: lượt trẻ và kinh phí' });
    const purposeHeaders = within(table).getAllByRole('columnheader').filter((c) => c.getAttribute('colspan') === '2');
    expect(purposeHeaders.map((c) => c.textContent)).toEqual([
      'Phẫu thuật tim',
      'Phẫu thuật hở môi, hở vòm miệng',
      'Phẫu thuật khác',
      'Điều trị bệnh dài ngày',
      'Học bổng',
      'Hỗ trợ khẩn cấp',
      'Tặng quà',
      'Cộng',
    ]);
    expect(within(table).getAllByRole('columnheader', { name: 'Lượt trẻ' })).toHaveLength(8);
    expect(within(table).getAllByRole('columnheader', { name: 'Số tiền' })).toHaveLength(8);

    const pairs = (texts: (string | null)[]) => Array.from({ length: texts.length / 2 }, (_, i) => [texts[2 * i], texts[2 * i + 1]]);
    expect(pairs(cellTexts(row(table, 'Phường Cầu Đất')))).toEqual([
      ['1', '80.000.000'],
      ['0', '0'],
      ['0', '0'],
      ['0', '0'],
      ['0', '0'],
      ['0', '0'],
      ['20', '6.000.000'],
      ['21', '86.000.000'],
    ]);
    expect(pairs(cellTexts(row(table, 'Phường Ngô Quyền')))).toEqual([
      ['0', '0'],
      ['1', '15.000.000'],
      ['0', '0'],
      ['0', '0'],
      ['3', '6.000.000'],
      ['0', '0'],
      ['40', '24.000.000'],
      ['44', '45.000.000'],
    ]);
    expect(pairs(cellTexts(row(table, 'Tổng cộng')))).toEqual([
      ['1', '80.000.000'],
      ['1', '15.000.000'],
      ['0', '0'],
      ['0', '0'],
      ['3', '6.000.000'],
      ['0', '0'],
      ['60', '30.000.000'],
      ['65', '131.000.000'],
    ]);
    // Wider than the window: the table scrolls on its own, and the keyboard can reach it.
    expect(screen.getByRole('region', { name: 'Kết quả hỗ trợ trẻ em từ Quỹ: lượt trẻ và kinh phí' })).toHaveAttribute('tabindex', '0');
    expect(
      screen.getByText(
        'Tặng quà: số lượt trẻ đã nhận quà trong kỳ của các đợt có nguồn Quỹ Bảo trợ trẻ em; số tiền là phần Quỹ trong giá trị quà, theo tỷ lệ nguồn kinh phí của đợt.',
      ),
    ).toBeInTheDocument();
  });

  it('shows a case undone in this period as a negative lượt and amount, marked', async () => {
    const backend = fundReportsBackend();
    serve(backend, 'fund.childTimes', ({ from, to }) => sampleChildTimesWithUndoneCase(from, to));
    await renderFundReports({ backend, path: '/fund/reports?report=childTimes&from=2026-01-01&to=2026-06-30' });
    const table = await screen.findByRole('table', { name: 'Kết quả hỗ trợ trẻ em từ Quỹ: lượt trẻ và kinh phí' });
    const undone = within(row(table, 'Phường Gia Viên')).getAllByRole('cell');
    expect(cellTexts(row(table, 'Phường Gia Viên')).slice(0, 2)).toEqual(['-1', '-55.000.000']);
    expect(cellTexts(row(table, 'Phường Gia Viên')).slice(-2)).toEqual(['-1', '-55.000.000']);
    expect(undone[0]).toHaveClass('fund-negative');
    expect(undone[2]).not.toHaveClass('fund-negative');
    expect(cellTexts(row(table, 'Tổng cộng')).slice(0, 2)).toEqual(['0', '25.000.000']);
    expect(screen.getByText(/^Số âm: ca hỗ trợ đã tính ở kỳ trước/)).toBeInTheDocument();
  });
});

describe('transparency screen', () => {
  it('lists the donors by their public names with the total in words, then what the fund paid for', async () => {
    await renderFundReports({ path: '/fund/reports?report=transparency&from=2026-01-01&to=2026-06-30' });
    const donors = await screen.findByRole('table', { name: 'Các tổ chức, cá nhân ủng hộ' });
    expect(within(donors).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'STT',
      'Tên tổ chức, cá nhân',
      'Địa chỉ',
      'Tiền',
      'Hiện vật (quy ra tiền)',
      'Cộng',
      'Mục đích ủng hộ',
    ]);
    expect(cellTexts(row(donors, 'Nhà hảo tâm không nêu tên'))).toEqual(['3', '', '5.500.000', '0', '5.500.000', 'Hỗ trợ trẻ em có hoàn cảnh đặc biệt']);
    expect(cellTexts(row(donors, 'Tổng cộng'))).toEqual(['155.500.000', '20.000.000', '175.500.000', '']);
    expect(screen.getByText('Bằng chữ: Một trăm bảy mươi lăm triệu năm trăm nghìn đồng chẵn.')).toBeInTheDocument();

    const spending = screen.getByRole('table', { name: 'Kết quả sử dụng Quỹ' });
    expect(cellTexts(row(spending, 'Phẫu thuật tim'))).toEqual(['1', '80.000.000']);
    expect(cellTexts(row(spending, 'Tổng cộng'))).toEqual(['65', '131.000.000']);
  });
});

describe('tabs and period', () => {
  it('keeps the period when switching tabs', async () => {
    const { user, backend, router } = await renderFundReports();
    await screen.findByRole('table', { name: 'Báo cáo thu, chi Quỹ Bảo trợ trẻ em' });
    const tabs = screen.getByRole('tablist', { name: 'Các báo cáo của Quỹ' });
    expect(within(tabs).getByRole('tab', { name: 'Thu, chi Quỹ' })).toHaveAttribute('aria-selected', 'true');

    await user.click(within(tabs).getByRole('tab', { name: 'Lượt trẻ và kinh phí' }));
    await screen.findByRole('table', { name: 'Kết quả hỗ trợ trẻ em từ Quỹ: lượt trẻ và kinh phí' });
    expect(backend.callsTo('fund.childTimes').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);
    expect(router.state.location.search).toBe('?report=childTimes&from=2026-01-01&to=2026-06-30');
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('01/01/2026');
    expect(screen.getByLabelText('Đến ngày')).toHaveValue('30/06/2026');

    // Arrow keys move between tabs too.
    await user.keyboard('{ArrowRight}');
    await screen.findByRole('table', { name: 'Kết quả sử dụng Quỹ' });
    expect(backend.callsTo('fund.transparency').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);
    expect(screen.getByText('Từ ngày 01/01/2026 đến ngày 30/06/2026')).toBeInTheDocument();
  });

  it('starts with this year, offers last year, and keeps a chosen period across tabs', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    const { user, backend, router } = await renderFundReports({ path: '/fund/reports' });
    await screen.findByRole('table', { name: 'Báo cáo thu, chi Quỹ Bảo trợ trẻ em' });
    expect(backend.callsTo('fund.statement')[0]?.input).toEqual({ from: '2026-01-01', to: '2026-12-31' });

    const quick = screen.getByRole('group', { name: 'Chọn nhanh' });
    expect(within(quick).getAllByRole('button').map((b) => b.textContent)).toEqual(['Tháng này', 'Quý này', 'Năm nay', 'Năm trước']);
    await user.click(within(quick).getByRole('button', { name: 'Năm trước' }));
    await waitFor(() => expect(backend.callsTo('fund.statement').at(-1)?.input).toEqual({ from: '2025-01-01', to: '2025-12-31' }));
    await user.click(within(quick).getByRole('button', { name: 'Quý này' }));
    await waitFor(() => expect(backend.callsTo('fund.statement').at(-1)?.input).toEqual({ from: '2026-10-01', to: '2026-12-31' }));

    await user.click(screen.getByRole('tab', { name: 'Danh sách công khai' }));
    await waitFor(() => expect(backend.callsTo('fund.transparency').at(-1)?.input).toEqual({ from: '2026-10-01', to: '2026-12-31' }));
    expect(router.state.location.search).toBe('?report=transparency&from=2026-10-01&to=2026-12-31');
  });

  it('refuses a bad period without asking main', async () => {
    const { user, backend } = await renderFundReports();
    await screen.findByRole('table', { name: 'Báo cáo thu, chi Quỹ Bảo trợ trẻ em' });
    const from = screen.getByLabelText('Từ ngày');
    await user.clear(from);
    await user.type(from, '1/7/2026');
    await user.click(screen.getByRole('button', { name: 'Xem báo cáo' }));
    expect(await screen.findByText('Ngày kết thúc phải sau ngày bắt đầu.')).toBeInTheDocument();
    expect(backend.callsTo('fund.statement')).toHaveLength(1);
  });
});

describe('print and Excel', () => {
  it('exports the shown report to Excel and prints it through main in Electron, portrait or landscape', async () => {
    const { user, backend } = await renderFundReports({ path: '/fund/reports?report=childTimes&from=2026-01-01&to=2026-06-30' });
    await screen.findByRole('table', { name: 'Kết quả hỗ trợ trẻ em từ Quỹ: lượt trẻ và kinh phí' });
    window.baoTro = {} as Bridge;
    const file = { fileName: 'ket-qua.xlsx', mimeType: 'application/x', base64: 'UEs=' };
    backend.override('fund.childTimesExcel', () => ({ ok: true, data: file }));
    backend.override('fund.transparencyExcel', () => ({ ok: true, data: file }));
    backend.override('files.save', () => ({ ok: true, data: { saved: true } }));
    backend.override('print.pdf', () => ({ ok: true, data: { saved: true } }));

    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã lưu tệp Excel.')).toBeInTheDocument();
    expect(backend.callsTo('fund.childTimesExcel').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);
    expect(backend.callsTo('files.save').map((c) => c.input)).toEqual([file]);

    await user.click(screen.getByRole('button', { name: 'In' }));
    expect(await screen.findByText('Đã lưu bản in (PDF).')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Danh sách công khai' }));
    await user.click(screen.getByRole('button', { name: 'In' }));
    await waitFor(() => expect(backend.callsTo('print.pdf')).toHaveLength(2));
    expect(backend.callsTo('print.pdf').map((c) => c.input)).toEqual([
      {
        route: '/print/fund-child-times?from=2026-01-01&to=2026-06-30',
        fileName: 'ket-qua-ho-tro-tre-em-tu-quy_2026-01-01_2026-06-30.pdf',
        landscape: true,
      },
      {
        route: '/print/fund-transparency?from=2026-01-01&to=2026-06-30',
        fileName: 'danh-sach-cong-khai-ung-ho-quy_2026-01-01_2026-06-30.pdf',
        landscape: false,
      },
    ]);
  });

  it('opens the print page in a new tab in browser mode, and shows it here with "Xem bản in"', async () => {
    const { user, router } = await renderFundReports();
    await screen.findByRole('table', { name: 'Báo cáo thu, chi Quỹ Bảo trợ trẻ em' });
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await user.click(screen.getByRole('button', { name: 'In' }));
    expect(open).toHaveBeenCalledWith('#/print/fund-statement?from=2026-01-01&to=2026-06-30', '_blank', 'noopener');

    await user.click(screen.getByRole('button', { name: 'Xem bản in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/print/fund-statement'));
    expect(router.state.location.search).toBe('?from=2026-01-01&to=2026-06-30');
    expect(await screen.findByRole('heading', { level: 1, name: 'BÁO CÁO THU, CHI QUỸ BẢO TRỢ TRẺ EM' })).toBeInTheDocument();
  });
});
