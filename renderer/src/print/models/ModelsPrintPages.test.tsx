import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coverageBackend, renderCoverage, sampleFloodReport } from '../../features/models/coverage/testing';

const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row');
const numbering = (count: number) => Array.from({ length: count }, (_, i) => `(${i + 1})`);
const signatureTitles = () => [...document.querySelectorAll('.signature__title')].map((n) => n.textContent);

afterEach(() => {
  vi.useRealTimers();
  delete document.body.dataset.printReady;
});

describe('coverage print page', () => {
  it('is an A4 landscape report with the year per model, numbered columns, the years, signatures, then ready', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 5, 10, 0));
    const { backend } = await renderCoverage({ path: '/print/models-coverage?year=2026&fromYear=2022' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'BÁO CÁO KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH BẢO VỆ, CHĂM SÓC TRẺ EM NĂM 2026' }),
    ).toBeInTheDocument();
    expect(backend.callsTo('models.coverage').map((c) => c.input)).toEqual([{ year: 2026, fromYear: 2022 }]);
    expect(document.querySelector('.print-page')).toHaveClass('print-page--landscape');
    const header = screen.getByRole('banner');
    expect(within(header).getByText('UBND PHƯỜNG NGÔ QUYỀN')).toBeInTheDocument();
    expect(within(header).getByText('Số: ……/BC')).toBeInTheDocument();
    expect(within(header).getByText('Ngô Quyền, ngày 05 tháng 12 năm 2026')).toBeInTheDocument();
    expect(screen.getByText('Địa bàn: 156 xã, phường')).toBeInTheDocument();

    const year = screen.getByRole('table', { name: 'I. Kết quả triển khai năm 2026' });
    const rows = rowsOf(year);
    expect(within(rows[0] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'STT',
      'Mô hình',
      'Số xã, phường có mô hình',
      'Tổng số xã, phường',
      'Tỷ lệ',
      'Chỉ tiêu (xã, phường)',
      'Đánh giá',
      'Số xã, phường theo tình trạng triển khai',
    ]);
    expect(within(rows[1] as HTMLElement).getAllByRole('columnheader')).toHaveLength(6);
    expect(cellTexts(rows[2] as HTMLElement)).toEqual(numbering(13));
    expect(rows.slice(3).map(cellTexts)).toEqual([
      ['1', 'Ngôi nhà an toàn', '56', '156', '35,9%', '60', 'Chưa đạt', '0', '10', '6', '30', '20', '2'],
      ['2', 'Xã, phường phù hợp với trẻ em', '40', '156', '25,6%', '35', 'Đạt', '0', '0', '0', '12', '28', '0'],
      ['3', 'Mô hình Cha mẹ đồng hành', '3', '156', '1,9%', '', '', '0', '4', '3', '0', '0', '0'],
    ]);

    const series = screen.getByRole('table', { name: 'II. Số xã, phường có mô hình từ năm 2022 đến năm 2026' });
    const seriesRows = rowsOf(series);
    expect(within(seriesRows[1] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(cellTexts(seriesRows[2] as HTMLElement)).toEqual(numbering(7));
    expect(cellTexts(seriesRows[3] as HTMLElement)).toEqual(['1', 'Ngôi nhà an toàn', '16', '26', '36', '46', '56 / 60']);

    expect(signatureTitles()).toEqual(['NGƯỜI LẬP BIỂU', 'TRƯỞNG PHÒNG']);
    expect(document.body.dataset.printReady).toBe('true');
  });

  it('is not ready, and says why, for years out of order; goes back to the dashboard with its years', async () => {
    const first = await renderCoverage({ path: '/print/models-coverage?year=2024&fromYear=2025' });
    expect(await screen.findByText('Địa chỉ bản in không có năm báo cáo hợp lệ.')).toBeInTheDocument();
    expect(first.backend.callsTo('models.coverage')).toEqual([]);
    expect(document.body.dataset.printReady).toBeUndefined();
    first.unmount();

    const { user, router } = await renderCoverage({ path: '/print/models-coverage?year=2025&fromYear=2021' });
    const toolbar = screen.getByRole('toolbar', { name: 'Bản in' });
    await waitFor(() => expect(within(toolbar).getByRole('button', { name: 'In' })).toBeEnabled());
    await user.click(within(toolbar).getByRole('button', { name: 'Quay lại' }));
    expect(router.state.location.pathname).toBe('/models');
    expect(router.state.location.search).toBe('?year=2025&fromYear=2021');
  });

  it('stays a Vietnamese document when the interface is in English', async () => {
    await renderCoverage({ backend: coverageBackend({ language: 'en' }), path: '/print/models-coverage?year=2026&fromYear=2022' });
    expect(await screen.findByRole('heading', { level: 1, name: /^BÁO CÁO KẾT QUẢ TRIỂN KHAI/ })).toBeInTheDocument();
    expect(screen.getAllByRole('cell', { name: 'Ngôi nhà an toàn' })).toHaveLength(2);
    expect(screen.getByRole('columnheader', { name: 'Được công nhận' })).toBeInTheDocument();
  });
});

describe('flood-season childcare cost print page', () => {
  it('lists each point with its costs, the Tổng cộng row, the total in words and three signatures, then ready', async () => {
    const { backend } = await renderCoverage({ path: '/print/flood-cost?year=2026' });
    expect(await screen.findByRole('heading', { level: 1, name: 'BÁO CÁO KINH PHÍ ĐIỂM GIỮ TRẺ MÙA LŨ NĂM 2026' })).toBeInTheDocument();
    expect(backend.callsTo('models.floodCostReport').map((c) => c.input)).toEqual([{ year: 2026 }]);
    expect(document.querySelector('.print-page')).toHaveClass('print-page--landscape');
    expect(screen.getByText('Đơn vị tính: đồng')).toBeInTheDocument();

    const rows = rowsOf(screen.getByRole('table'));
    expect(within(rows[0] as HTMLElement).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'STT',
      'Xã, phường',
      'Điểm giữ trẻ',
      'Số trẻ',
      'Số ngày',
      'Mức chi/trẻ/ngày',
      'Tiền chăm sóc trẻ',
      'Số người trông',
      'Tiền công/người/ngày',
      'Tiền công người trông',
      'Tổng cộng',
    ]);
    expect(cellTexts(rows[1] as HTMLElement)).toEqual(numbering(11));
    expect(rows.slice(2).map(cellTexts)).toEqual([
      ['1', 'Phường Ngô Quyền', 'Điểm giữ trẻ thôn Đông', '20', '30', '15.000', '9.000.000', '2', '150.000', '9.000.000', '18.000.000'],
      ['2', 'Phường Gia Viên', 'Điểm giữ trẻ tổ 5', '15', '20', '15.000', '4.500.000', '1', '150.000', '3.000.000', '7.500.000'],
      ['Tổng cộng', '35', '', '', '13.500.000', '3', '', '12.000.000', '25.500.000'],
    ]);
    expect(screen.getByText('Bằng chữ: Hai mươi lăm triệu năm trăm nghìn đồng chẵn.')).toBeInTheDocument();
    expect(signatureTitles()).toEqual(['NGƯỜI LẬP BIỂU', 'KẾ TOÁN', 'TRƯỞNG PHÒNG']);
    expect(document.body.dataset.printReady).toBe('true');
  });

  it('prints a year without points as zero, and refuses an address without a year', async () => {
    const backend = coverageBackend();
    const empty = { ...sampleFloodReport(2025), points: [], byUnit: [], total: { points: 0, children: 0, childDays: 0, childCost: 0, carerCost: 0, totalCost: 0 }, totalInWords: 'Không đồng' };
    backend.override('models.floodCostReport', () => ({ ok: true, data: empty }));
    const first = await renderCoverage({ backend, path: '/print/flood-cost?year=2025' });
    expect(await screen.findByText('Trong năm không có điểm giữ trẻ mùa lũ.')).toBeInTheDocument();
    expect(cellTexts(rowsOf(screen.getByRole('table')).at(-1) as HTMLElement)).toEqual(['Tổng cộng', '0', '', '', '0', '0', '', '0', '0']);
    first.unmount();
    delete document.body.dataset.printReady;

    const second = await renderCoverage({ path: '/print/flood-cost?year=abc' });
    expect(await screen.findByText('Địa chỉ bản in không có năm báo cáo hợp lệ.')).toBeInTheDocument();
    expect(second.backend.callsTo('models.floodCostReport')).toEqual([]);
    expect(document.body.dataset.printReady).toBeUndefined();
  });
});
