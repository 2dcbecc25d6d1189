import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeBackend, sampleOffice } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';
import { sampleReport } from '../../features/reports/review/testing';

async function openPrint(options: { path?: string; language?: 'vi' | 'en'; office?: typeof sampleOffice | null } = {}) {
  const backend = createFakeBackend({ office: options.office === undefined ? sampleOffice : options.office, language: options.language ?? 'vi' });
  backend.override('register.review', (input) => {
    const { from, to } = input as { from: string; to: string };
    return { ok: true, data: sampleReport(from, to) };
  });
  return renderApp({ backend, path: options.path ?? '/print/review?from=2026-01-01&to=2026-06-30' });
}

afterEach(() => {
  vi.useRealTimers();
  delete document.body.dataset.printReady;
});

describe('review print page', () => {
  it('renders the administrative header, title and period, and says it is ready', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 1, 5, 10, 0));
    const { backend } = await openPrint();
    expect(await screen.findByRole('heading', { level: 1, name: 'BÁO CÁO RÀ SOÁT, BIẾN ĐỘNG TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT' })).toBeInTheDocument();
    expect(backend.callsTo('register.review').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);

    const header = screen.getByRole('banner');
    expect(within(header).getByText('UBND PHƯỜNG NGÔ QUYỀN')).toBeInTheDocument();
    expect(within(header).getByText('PHÒNG VĂN HÓA – XÃ HỘI')).toHaveClass('admin-header__issuer');
    expect(within(header).getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
    expect(within(header).getByText('Độc lập - Tự do - Hạnh phúc')).toBeInTheDocument();
    expect(within(header).getByText('Số: ……/BC')).toBeInTheDocument();
    expect(within(header).getByText('Ngô Quyền, ngày 05 tháng 02 năm 2026')).toHaveClass('admin-header__date');
    expect(screen.getByText('Từ ngày 01/01/2026 đến ngày 30/06/2026')).toBeInTheDocument();
    expect(document.body.dataset.printReady).toBe('true');
  });

  it('has both tables with numbered columns and a closing Tổng cộng row', async () => {
    await openPrint();
    const groups = await screen.findByRole('table', { name: 'I. Theo nhóm trẻ em có hoàn cảnh đặc biệt' });
    const units = screen.getByRole('table', { name: 'II. Theo xã, phường' });
    for (const table of [groups, units]) {
      const numbering = within(table).getAllByRole('row')[2];
      expect(numbering && within(numbering).getAllByRole('cell').map((c) => c.textContent)).toEqual(
        Array.from({ length: 12 }, (_, i) => `(${i + 1})`),
      );
      const rows = within(table).getAllByRole('row');
      const last = rows[rows.length - 1];
      expect(last && within(last).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Tổng cộng', '14', '3', '2', '0', '1', '1', '0', '0', '0', '15']);
      expect(within(table).getByRole('columnheader', { name: 'Giảm trong kỳ' })).toHaveAttribute('colspan', '7');
      expect(within(table).getByRole('columnheader', { name: 'Được nhận làm con nuôi' })).toBeInTheDocument();
    }
    const rowA = within(groups).getByRole('row', { name: /Trẻ em mồ côi cả cha và mẹ/ });
    expect(within(rowA).getAllByRole('cell').map((c) => c.textContent)).toEqual(['a', 'Trẻ em mồ côi cả cha và mẹ', '12', '3', '2', '0', '1', '1', '0', '0', '0', '13']);
    expect(within(groups).getAllByRole('row')).toHaveLength(3 + 15 + 1);
    const unitRow = within(units).getByRole('row', { name: /Phường Cầu Đất/ });
    expect(within(unitRow).getAllByRole('cell')[0]).toHaveTextContent('1');
  });

  it('ends with the signature blocks of the office', async () => {
    await openPrint();
    await screen.findByRole('table', { name: 'II. Theo xã, phường' });
    const titles = document.querySelectorAll('.signature__title');
    expect([...titles].map((n) => n.textContent)).toEqual(['NGƯỜI LẬP BIỂU', 'TRƯỞNG PHÒNG']);
    expect(screen.getAllByText('(Ký, ghi rõ họ tên)')).toHaveLength(2);
    expect([...document.querySelectorAll('.signature__name')].map((n) => n.textContent)).toEqual(['Trần Thị Bình', 'Nguyễn Văn An']);
  });

  it('stays a Vietnamese document when the interface is in English; only the toolbar follows it', async () => {
    await openPrint({ language: 'en' });
    expect(await screen.findByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Nhóm đối tượng' })).toBeInTheDocument();
    const toolbar = screen.getByRole('toolbar', { name: 'Printout' });
    expect(within(toolbar).getByRole('button', { name: 'Print' })).toBeEnabled();
  });

  it('prints with the browser and goes back to the report with its period', async () => {
    const { user, router } = await openPrint();
    await screen.findByRole('table', { name: 'II. Theo xã, phường' });
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const toolbar = screen.getByRole('toolbar', { name: 'Bản in' });
    await user.click(within(toolbar).getByRole('button', { name: 'In' }));
    expect(print).toHaveBeenCalledOnce();
    await user.click(within(toolbar).getByRole('button', { name: 'Quay lại' }));
    expect(router.state.location.pathname).toBe('/reports/review');
    expect(router.state.location.search).toBe('?from=2026-01-01&to=2026-06-30');
    print.mockRestore();
  });

  it('is not ready, and says why, for a bad period or without an office', async () => {
    const { backend, unmount } = await openPrint({ path: '/print/review?from=2026-07-01&to=2026-06-30' });
    expect(await screen.findByText('Địa chỉ bản in không có kỳ báo cáo hợp lệ.')).toBeInTheDocument();
    expect(backend.callsTo('register.review')).toEqual([]);
    expect(document.body.dataset.printReady).toBeUndefined();
    unmount();

    await openPrint({ office: null });
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa thiết lập đơn vị.');
    expect(document.body.dataset.printReady).toBeUndefined();
  });
});
