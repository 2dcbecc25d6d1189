import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../../../shared/channels';
import { fail } from '../../../../../shared/errors';
import { coverageBackend, renderCoverage } from './testing';

const cellTexts = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
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

describe('coverage dashboard', () => {
  it('shows each model as covered out of the area communes, with a progress bar and the target met or not', async () => {
    const { backend } = await renderCoverage();
    const safeHome = await screen.findByRole('progressbar', { name: 'Ngôi nhà an toàn' });
    expect(backend.callsTo('models.coverage').map((c) => c.input)).toEqual([{ year: 2026, fromYear: 2022 }]);
    expect(safeHome).toHaveAttribute('aria-valuenow', '56');
    expect(safeHome).toHaveAttribute('aria-valuemin', '0');
    expect(safeHome).toHaveAttribute('aria-valuemax', '156');
    expect(safeHome).toHaveAttribute('aria-valuetext', '56 / 156 xã, phường (35,9%)');
    expect(screen.getByRole('progressbar', { name: 'Mô hình Cha mẹ đồng hành' })).toHaveAttribute('aria-valuenow', '3');

    const items = within(screen.getByRole('list', { name: 'Tiến độ các mô hình năm 2026' })).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    const [first, second, third] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByText('56 / 156 xã, phường (35,9%)')).toBeInTheDocument();
    expect(within(first).getByText('Chỉ tiêu: 60 xã, phường (chưa đạt)')).toBeInTheDocument();
    expect(within(second).getByText('40 / 156 xã, phường (25,6%)')).toBeInTheDocument();
    expect(within(second).getByText('Chỉ tiêu: 35 xã, phường (đạt)')).toBeInTheDocument();
    expect(within(third).getByText('Chưa đặt chỉ tiêu')).toBeInTheDocument();
    expect(screen.getByText('Địa bàn có 156 xã, phường.')).toBeInTheDocument();
  });

  it('charts one named bar per model per year, with axis labels and a legend', async () => {
    await renderCoverage();
    const chart = await screen.findByRole('region', { name: 'Số xã, phường có mô hình theo năm, từ 2022 đến 2026' });
    // Named once: by the scroll region, not again by the drawing inside it.
    expect(screen.getAllByText('Số xã, phường có mô hình theo năm, từ 2022 đến 2026')).toHaveLength(1);
    const bars = within(chart).getAllByRole('img');
    expect(bars).toHaveLength(3 * 5);
    expect(bars.filter((bar) => bar.querySelector('title'))).toEqual([]);
    const years = within(chart).getAllByRole('group', { name: /^Năm/ });
    expect(years.map((g) => g.getAttribute('aria-label'))).toEqual(['Năm 2022', 'Năm 2023', 'Năm 2024', 'Năm 2025', 'Năm 2026']);
    expect(within(years[2] as HTMLElement).getAllByRole('img').map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Ngôi nhà an toàn, năm 2024: 36 xã, phường',
      'Xã, phường phù hợp với trẻ em, năm 2024: 30 xã, phường',
      'Mô hình Cha mẹ đồng hành, năm 2024: 1 xã, phường',
    ]);
    // A taller bar for more communes: 56 in 2026 against 16 in 2022.
    const height = (name: string) => Number(within(chart).getByRole('img', { name }).getAttribute('height'));
    // A year with a target names it too.
    expect(within(years[4] as HTMLElement).getAllByRole('img').map((bar) => bar.getAttribute('aria-label'))).toEqual([
      'Ngôi nhà an toàn, năm 2026: 56 xã, phường; chỉ tiêu 60',
      'Xã, phường phù hợp với trẻ em, năm 2026: 40 xã, phường; chỉ tiêu 35',
      'Mô hình Cha mẹ đồng hành, năm 2026: 3 xã, phường',
    ]);
    expect(height('Ngôi nhà an toàn, năm 2026: 56 xã, phường; chỉ tiêu 60')).toBeGreaterThan(3 * height('Ngôi nhà an toàn, năm 2022: 16 xã, phường'));
    expect(within(chart).getByText('Số xã, phường')).toBeInTheDocument();
    expect(within(chart).getByText('Năm')).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Chú giải' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Ngôi nhà an toàn',
      'Xã, phường phù hợp với trẻ em',
      'Mô hình Cha mẹ đồng hành',
      'Chỉ tiêu của năm',
    ]);
  });

  it('repeats the numbers as tables: the year by status, then by year', async () => {
    await renderCoverage();
    const table = await screen.findByRole('table', { name: 'Kết quả triển khai năm 2026' });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'STT',
      'Mô hình',
      'Số xã, phường có mô hình',
      'Tổng số xã, phường',
      'Tỷ lệ',
      'Chỉ tiêu',
      'Đánh giá',
      'Chưa triển khai',
      'Có kế hoạch',
      'Thí điểm',
      'Đang triển khai',
      'Được công nhận',
      'Dừng triển khai',
    ]);
    expect(cellTexts(row(table, 'Ngôi nhà an toàn'))).toEqual(['1', '56', '156', '35,9%', '60', 'Chưa đạt', '0', '10', '6', '30', '20', '2']);
    expect(cellTexts(row(table, 'Xã, phường phù hợp với trẻ em'))).toEqual(['2', '40', '156', '25,6%', '35', 'Đạt', '0', '0', '0', '12', '28', '0']);
    expect(cellTexts(row(table, 'Mô hình Cha mẹ đồng hành'))).toEqual(['3', '3', '156', '1,9%', '', '', '0', '4', '3', '0', '0', '0']);

    const byYear = screen.getByRole('table', { name: 'Số xã, phường có mô hình từ năm 2022 đến năm 2026' });
    expect(within(byYear).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['STT', 'Mô hình', '2022', '2023', '2024', '2025', '2026']);
    expect(cellTexts(row(byYear, 'Ngôi nhà an toàn'))).toEqual(['1', '16', '26', '36', '46', '56 / 60']);
    expect(cellTexts(row(byYear, 'Mô hình Cha mẹ đồng hành'))).toEqual(['3', '0', '0', '1', '2', '3']);
  });

  it('starts with this year and the four before it, and keeps chosen years in the address', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    const { user, backend, router } = await renderCoverage({ path: '/models' });
    await screen.findByRole('table', { name: 'Kết quả triển khai năm 2026' });
    expect(backend.callsTo('models.coverage').map((c) => c.input)).toEqual([{ year: 2026, fromYear: 2022 }]);
    expect(screen.getByLabelText('Năm')).toHaveValue('2026');
    expect(screen.getByLabelText('Từ năm')).toHaveValue('2022');

    await user.selectOptions(screen.getByLabelText('Năm'), '2025');
    await screen.findByRole('table', { name: 'Kết quả triển khai năm 2025' });
    expect(router.state.location.search).toBe('?year=2025&fromYear=2022');
    expect(backend.callsTo('models.coverage').at(-1)?.input).toEqual({ year: 2025, fromYear: 2022 });

    await user.selectOptions(screen.getByLabelText('Từ năm'), '2019');
    await screen.findByRole('table', { name: 'Số xã, phường có mô hình từ năm 2019 đến năm 2025' });
    expect(router.state.location.search).toBe('?year=2025&fromYear=2019');
    expect(screen.getAllByRole('img')).toHaveLength(3 * 7);

    // A year before the first one shown brings the first one with it.
    await user.selectOptions(screen.getByLabelText('Năm'), '2018');
    await waitFor(() => expect(router.state.location.search).toBe('?year=2018&fromYear=2018'));
    expect(backend.callsTo('models.coverage').at(-1)?.input).toEqual({ year: 2018, fromYear: 2018 });
  });

  it('says so when main refuses', async () => {
    const backend = coverageBackend();
    backend.override('models.coverage', () => fail('errors.notSupported'));
    await renderCoverage({ backend });
    expect(await screen.findByRole('alert')).toHaveTextContent('Chức năng này không dùng được ở chế độ hiện tại.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

describe('coverage print and Excel', () => {
  it('exports the shown years to Excel and prints them landscape through main in Electron', async () => {
    const { user, backend } = await renderCoverage({ path: '/models?year=2025&fromYear=2021' });
    await screen.findByRole('table', { name: 'Kết quả triển khai năm 2025' });
    window.baoTro = {} as Bridge;
    const file = { fileName: 'ket-qua.xlsx', mimeType: 'application/x', base64: 'UEs=' };
    backend.override('models.coverageExcel', () => ({ ok: true, data: file }));
    backend.override('files.save', () => ({ ok: true, data: { saved: true } }));
    backend.override('print.pdf', () => ({ ok: true, data: { saved: true } }));

    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã lưu tệp Excel.')).toBeInTheDocument();
    expect(backend.callsTo('models.coverageExcel').map((c) => c.input)).toEqual([{ year: 2025, fromYear: 2021 }]);
    expect(backend.callsTo('files.save').map((c) => c.input)).toEqual([file]);

    await user.click(screen.getByRole('button', { name: 'In' }));
    expect(await screen.findByText('Đã lưu bản in (PDF).')).toBeInTheDocument();
    expect(backend.callsTo('print.pdf').map((c) => c.input)).toEqual([
      { route: '/print/models-coverage?year=2025&fromYear=2021', fileName: 'ket-qua-trien-khai-cac-mo-hinh_2021-2025.pdf', landscape: true },
    ]);
  });

  it('opens the print page in a new tab in browser mode, and shows it here with "Xem bản in"', async () => {
    const { user, router } = await renderCoverage();
    await screen.findByRole('table', { name: 'Kết quả triển khai năm 2026' });
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await user.click(screen.getByRole('button', { name: 'In' }));
    expect(open).toHaveBeenCalledWith('#/print/models-coverage?year=2026&fromYear=2022', '_blank', 'noopener');

    await user.click(screen.getByRole('button', { name: 'Xem bản in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/print/models-coverage'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'BÁO CÁO KẾT QUẢ TRIỂN KHAI CÁC MÔ HÌNH BẢO VỆ, CHĂM SÓC TRẺ EM NĂM 2026' }),
    ).toBeInTheDocument();
  });

  it('is listed among the reports', async () => {
    await renderCoverage({ path: '/reports' });
    const list = await screen.findByRole('list', { name: 'Các báo cáo' });
    expect(within(list).getByRole('link', { name: 'Kết quả triển khai các mô hình' })).toHaveAttribute('href', '/models');
  });
});
