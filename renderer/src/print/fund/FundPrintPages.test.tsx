import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anonymousDonorName } from '../../../../shared/codes/fund';
import type { TransparencyReport } from '../../../../shared/fund';
import { fundReportsBackend, renderFundReports, sampleChildTimesWithUndoneCase, sampleStatement, sampleTransparency } from '../../features/fund/reports/testing';
import { serve } from '../../test/serve';

const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row');
const numbering = (count: number) => Array.from({ length: count }, (_, i) => `(${i + 1})`);
const signatureTitles = () => [...document.querySelectorAll('.signature__title')].map((n) => n.textContent);

afterEach(() => {
  vi.useRealTimers();
  delete document.body.dataset.printReady;
});

describe('fund statement print page', () => {
  it('is an administrative document on A4 portrait with I–IV, the closing balance in words and three signatures', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 6, 3, 10, 0));
    const { backend } = await renderFundReports({ path: '/print/fund-statement?from=2026-01-01&to=2026-06-30' });
    expect(await screen.findByRole('heading', { level: 1, name: 'BÁO CÁO THU, CHI QUỸ BẢO TRỢ TRẺ EM' })).toBeInTheDocument();
    expect(backend.callsTo('fund.statement').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);
    expect(document.querySelector('.print-page')).toHaveClass('print-page--portrait');

    const header = screen.getByRole('banner');
    expect(within(header).getByText('UBND PHƯỜNG NGÔ QUYỀN')).toBeInTheDocument();
    expect(within(header).getByText('PHÒNG VĂN HÓA – XÃ HỘI')).toBeInTheDocument();
    expect(within(header).getByText('Số: ……/BC')).toBeInTheDocument();
    expect(within(header).getByText('Ngô Quyền, ngày 03 tháng 7 năm 2026')).toBeInTheDocument();
    expect(screen.getByText('Từ ngày 01/01/2026 đến ngày 30/06/2026')).toBeInTheDocument();
    expect(screen.getByText('Đơn vị tính: đồng')).toBeInTheDocument();

    const table = screen.getByRole('table');
    const rows = rowsOf(table);
    expect(within(rows[0] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'STT',
      'Nội dung',
      'Tiền',
      'Hiện vật (quy ra tiền)',
      'Cộng',
    ]);
    expect(cellTexts(rows[1] as HTMLElement)).toEqual(numbering(5));
    const body = rows.slice(2).map(cellTexts);
    expect(body).toHaveLength(1 + 1 + 8 + 1 + 7 + 1);
    expect(body[0]).toEqual(['I', 'Số dư đầu kỳ', '12.000.000', '3.000.000', '15.000.000']);
    expect(body[1]).toEqual(['II', 'Thu trong kỳ', '165.500.000', '20.000.000', '185.500.000']);
    expect(body[6]).toEqual(['5', 'Doanh nghiệp – Trong nước', '100.000.000', '20.000.000', '120.000.000']);
    expect(body[10]).toEqual(['III', 'Chi trong kỳ', '113.000.000', '18.000.000', '131.000.000']);
    expect(body[17]).toEqual(['7', 'Tặng quà', '12.000.000', '18.000.000', '30.000.000']);
    expect(body[18]).toEqual(['IV', 'Số dư cuối kỳ (IV = I + II − III)', '64.500.000', '5.000.000', '69.500.000']);
    expect(screen.getByText('Số dư cuối kỳ bằng chữ: Sáu mươi chín triệu năm trăm nghìn đồng chẵn.')).toBeInTheDocument();

    expect(signatureTitles()).toEqual(['NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'TRƯỞNG PHÒNG']);
    expect(document.body.dataset.printReady).toBe('true');
  });

  it('reads an overdrawn closing balance as negative in words', async () => {
    const backend = fundReportsBackend();
    const statement = sampleStatement('2026-01-01', '2026-06-30');
    backend.override('fund.statement', () => ({ ok: true, data: { ...statement, closing: { cash: -2_500_000, goods: 0, total: -2_500_000 } } }));
    await renderFundReports({ backend, path: '/print/fund-statement?from=2026-01-01&to=2026-06-30' });
    expect(await screen.findByText('Số dư cuối kỳ bằng chữ: Âm hai triệu năm trăm nghìn đồng chẵn.')).toBeInTheDocument();
  });

  it('is not ready, and says why, for a bad period or without an office; goes back to its tab and period', async () => {
    const first = await renderFundReports({ path: '/print/fund-statement?from=2026-07-01&to=2026-06-30' });
    expect(await screen.findByText('Địa chỉ bản in không có kỳ báo cáo hợp lệ.')).toBeInTheDocument();
    expect(first.backend.callsTo('fund.statement')).toEqual([]);
    expect(document.body.dataset.printReady).toBeUndefined();
    first.unmount();

    await renderFundReports({ backend: fundReportsBackend({ office: null }), path: '/print/fund-transparency?from=2026-01-01&to=2026-06-30' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa thiết lập đơn vị.');
    expect(document.body.dataset.printReady).toBeUndefined();
  });

  it('goes back to the report and period it was printed from', async () => {
    const { user, router } = await renderFundReports({ path: '/print/fund-child-times?from=2026-01-01&to=2026-06-30' });
    const toolbar = screen.getByRole('toolbar', { name: 'Bản in' });
    await waitFor(() => expect(within(toolbar).getByRole('button', { name: 'In' })).toBeEnabled());
    await user.click(within(toolbar).getByRole('button', { name: 'Quay lại' }));
    expect(router.state.location.pathname).toBe('/fund/reports');
    expect(router.state.location.search).toBe('?report=childTimes&from=2026-01-01&to=2026-06-30');
  });
});

describe('child-times print page', () => {
  it('is landscape, with a pair of numbered columns per purpose, a row per commune and Tổng cộng', async () => {
    await renderFundReports({ path: '/print/fund-child-times?from=2026-01-01&to=2026-06-30' });
    expect(await screen.findByRole('heading', { level: 1, name: 'BÁO CÁO KẾT QUẢ HỖ TRỢ TRẺ EM TỪ QUỸ BẢO TRỢ TRẺ EM' })).toBeInTheDocument();
    expect(document.querySelector('.print-page')).toHaveClass('print-page--landscape');

    const table = screen.getByRole('table');
    const rows = rowsOf(table);
    expect(within(rows[0] as HTMLElement).getAllByRole('columnheader').map((c) => [c.textContent, c.getAttribute('colspan')])).toEqual([
      ['STT', null],
      ['Xã, phường', null],
      ['Phẫu thuật tim', '2'],
      ['Phẫu thuật hở môi, hở vòm miệng', '2'],
      ['Phẫu thuật khác', '2'],
      ['Điều trị bệnh dài ngày', '2'],
      ['Học bổng', '2'],
      ['Hỗ trợ khẩn cấp', '2'],
      ['Tặng quà', '2'],
      ['Cộng', '2'],
    ]);
    expect(within(rows[1] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(
      Array.from({ length: 8 }, () => ['Lượt trẻ', 'Số tiền']).flat(),
    );
    expect(cellTexts(rows[2] as HTMLElement)).toEqual(numbering(18));
    expect(cellTexts(rows[3] as HTMLElement)).toEqual([
      '1',
      'Phường Cầu Đất',
      ...['1', '80.000.000'],
      ...['0', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
      ...['20', '6.000.000'],
      ...['21', '86.000.000'],
    ]);
    expect(cellTexts(rows[5] as HTMLElement)).toEqual([
      'Tổng cộng',
      ...['1', '80.000.000', '1', '15.000.000', '0', '0', '0', '0', '3', '6.000.000', '0', '0', '60', '30.000.000'],
      ...['65', '131.000.000'],
    ]);
    expect(rows).toHaveLength(6);
    expect(
      screen.getByText(
        'Tặng quà: số lượt trẻ đã nhận quà trong kỳ của các đợt có nguồn Quỹ Bảo trợ trẻ em; số tiền là phần Quỹ trong giá trị quà, theo tỷ lệ nguồn kinh phí của đợt.',
      ),
    ).toBeInTheDocument();
    expect(signatureTitles()).toEqual(['NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'TRƯỞNG PHÒNG']);
    expect(document.body.dataset.printReady).toBe('true');
  });

  it('prints a case undone in this period as −1 lượt trẻ and a negative amount, with what that means', async () => {
    const backend = fundReportsBackend();
    serve(backend, 'fund.childTimes', ({ from, to }) => sampleChildTimesWithUndoneCase(from, to));
    await renderFundReports({ backend, path: '/print/fund-child-times?from=2026-01-01&to=2026-06-30' });
    const table = await screen.findByRole('table');
    const rows = rowsOf(table);
    expect(cellTexts(rows[5] as HTMLElement)).toEqual(['3', 'Phường Gia Viên', '-1', '-55.000.000', ...Array.from({ length: 12 }, () => '0'), '-1', '-55.000.000']);
    expect(cellTexts(rows[6] as HTMLElement).slice(0, 3)).toEqual(['Tổng cộng', '0', '25.000.000']);
    expect(screen.getByText(/^Số âm: ca hỗ trợ đã tính ở kỳ trước nhưng được hủy ghi nhận hoàn thành trong kỳ này/)).toBeInTheDocument();
  });
});

describe('transparency print page', () => {
  it('publishes donors by their public names with the total in words, and nothing about any child', async () => {
    const backend = fundReportsBackend();
    // Whatever else main might send along, the document prints only the fields it knows.
    const report = sampleTransparency('2026-01-01', '2026-06-30');
    const withStray = { ...report, donors: report.donors.map((donor) => ({ ...donor, childName: 'Trần Thị Mai' })) } as TransparencyReport;
    backend.override('fund.transparency', () => ({ ok: true, data: withStray }));
    await renderFundReports({ backend, path: '/print/fund-transparency?from=2026-01-01&to=2026-06-30' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'DANH SÁCH CÔNG KHAI CÁC TỔ CHỨC, CÁ NHÂN ỦNG HỘ QUỸ BẢO TRỢ TRẺ EM' }),
    ).toBeInTheDocument();
    expect(document.querySelector('.print-page')).toHaveClass('print-page--portrait');
    expect(within(screen.getByRole('banner')).getByText('Số: ……/DS')).toBeInTheDocument();

    const donors = screen.getByRole('table', { name: 'I. Các tổ chức, cá nhân ủng hộ Quỹ' });
    const donorRows = rowsOf(donors);
    expect(within(donorRows[0] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'STT',
      'Tên tổ chức, cá nhân',
      'Địa chỉ',
      'Tiền',
      'Hiện vật (quy ra tiền)',
      'Cộng',
      'Mục đích ủng hộ',
    ]);
    expect(cellTexts(donorRows[1] as HTMLElement)).toEqual(numbering(7));
    expect(donorRows.slice(2).map(cellTexts)).toEqual([
      ['1', 'Công ty TNHH Thương mại Hải An', 'Số 5 Lê Lợi, Phường Ngô Quyền', '100.000.000', '20.000.000', '120.000.000', 'Phẫu thuật tim; Tặng quà'],
      ['2', 'Hội Chữ thập đỏ Phường Cầu Đất', 'Số 12 Cầu Đất', '50.000.000', '0', '50.000.000', 'Học bổng'],
      ['3', anonymousDonorName, '', '5.500.000', '0', '5.500.000', 'Hỗ trợ trẻ em có hoàn cảnh đặc biệt'],
      ['Tổng cộng', '155.500.000', '20.000.000', '175.500.000', ''],
    ]);
    expect(screen.getByText('Bằng chữ: Một trăm bảy mươi lăm triệu năm trăm nghìn đồng chẵn.')).toBeInTheDocument();

    const spending = screen.getByRole('table', { name: 'II. Kết quả sử dụng Quỹ' });
    const spendingRows = rowsOf(spending).slice(2).map(cellTexts);
    expect(spendingRows.slice(0, -1).map((cells) => cells[1])).toEqual([
      'Phẫu thuật tim',
      'Phẫu thuật hở môi, hở vòm miệng',
      'Phẫu thuật khác',
      'Điều trị bệnh dài ngày',
      'Học bổng',
      'Hỗ trợ khẩn cấp',
      'Tặng quà',
    ]);
    expect(spendingRows.at(-1)).toEqual(['Tổng cộng', '65', '131.000.000']);
    expect(spendingRows[6]).toEqual(['7', 'Tặng quà', '60', '30.000.000']);

    // The only names on the sheet are the donors', the office's and its signers'.
    const sheet = document.querySelector('.print-sheet')?.textContent ?? '';
    expect(sheet).not.toContain('Trần Thị Mai');
    expect(signatureTitles()).toEqual(['NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'TRƯỞNG PHÒNG']);
    expect(document.body.dataset.printReady).toBe('true');
  });

  it('stays a Vietnamese document when the interface is in English', async () => {
    await renderFundReports({ backend: fundReportsBackend({ language: 'en' }), path: '/print/fund-transparency?from=2026-01-01&to=2026-06-30' });
    expect(await screen.findByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Mục đích ủng hộ' })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: 'Phẫu thuật tim' })).toBeInTheDocument();
    expect(within(screen.getByRole('toolbar', { name: 'Printout' })).getByRole('button', { name: 'Print' })).toBeEnabled();
  });
});
