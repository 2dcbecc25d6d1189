import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../../../shared/channels';
import type { ChildListRow } from '../../../../../shared/register';
import { createFakeBackend, sampleOffice } from '../../../test/fakeBackend';
import { renderApp } from '../../../test/renderApp';
import { sampleReport } from './testing';

const child = (id: string, fullName: string, birthDate: string): ChildListRow => ({
  id,
  fullName,
  sex: 'female',
  birthDate,
  unitId: '11311',
  unitName: 'Phường Ngô Quyền',
  village: 'Tổ 3',
  status: 'active',
  groupCodes: ['a'],
  atRiskCodes: [],
  sixteenOn: null,
});

async function openReview(path = '/reports/review?from=2026-01-01&to=2026-06-30', language: 'vi' | 'en' = 'vi') {
  const backend = createFakeBackend({ office: sampleOffice, language });
  backend.override('register.review', (input) => {
    const { from, to } = input as { from: string; to: string };
    return { ok: true, data: sampleReport(from, to) };
  });
  const app = await renderApp({ backend, path });
  await screen.findByRole('heading', { level: 2, name: language === 'vi' ? 'Theo nhóm đối tượng' : 'By group' });
  return app;
}

const groupTable = () => screen.getByRole('table', { name: 'Theo nhóm đối tượng' });
const unitTable = () => screen.getByRole('table', { name: 'Theo xã, phường' });

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete window.baoTro;
});

describe('reports', () => {
  it('lists the review report and opens it', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    backend.override('register.review', (input) => {
      const { from, to } = input as { from: string; to: string };
      return { ok: true, data: sampleReport(from, to) };
    });
    const { user, router } = await renderApp({ backend, path: '/reports' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Các báo cáo' });
    await user.click(within(list).getByRole('link', { name: 'Rà soát, biến động trẻ em có hoàn cảnh đặc biệt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rà soát, biến động trẻ em có hoàn cảnh đặc biệt' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reports/review');
  });
});

describe('review screen', () => {
  it('shows the period from the address and the counts per group and per commune', async () => {
    const { backend } = await openReview();
    expect(backend.callsTo('register.review').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('01/01/2026');
    expect(screen.getByLabelText('Đến ngày')).toHaveValue('30/06/2026');
    expect(screen.getByText('Từ ngày 01/01/2026 đến ngày 30/06/2026')).toBeInTheDocument();

    const groups = groupTable();
    for (const header of ['Đầu kỳ', 'Tăng trong kỳ', 'Giảm trong kỳ', 'Tổng số', 'Hết hoàn cảnh đặc biệt', 'Đủ 16 tuổi', 'Tử vong', 'Cuối kỳ']) {
      expect(within(groups).getByRole('columnheader', { name: header })).toBeInTheDocument();
    }
    const rowA = within(groups).getByRole('row', { name: /Trẻ em mồ côi cả cha và mẹ/ });
    expect(within(rowA).getAllByRole('cell').map((c) => c.textContent)).toEqual(['a', '12', '3', '2', '0', '1', '1', '0', '0', '0', '13']);
    const rowDd = within(groups).getByRole('row', { name: /Trẻ em nhiễm HIV\/AIDS/ });
    expect(within(rowDd).getAllByRole('cell')[0]).toHaveTextContent('đ');
    expect(within(groups).getByRole('row', { name: /Trẻ em có nguy cơ/ })).toBeInTheDocument();
    const total = within(groups).getByRole('row', { name: /Tổng cộng/ });
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['14', '3', '2', '0', '1', '1', '0', '0', '0', '15']);

    const units = unitTable();
    const rows = within(units).getAllByRole('row').slice(2);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Phường Cầu Đất', 'Phường Ngô Quyền', 'Tổng cộng']);
  });

  it('makes non-zero counts buttons, zeros plain', async () => {
    await openReview();
    const rowD = within(groupTable()).getByRole('row', { name: /Trẻ em khuyết tật/ });
    expect(within(rowD).getAllByRole('button').map((b) => b.textContent)).toEqual(['4', '4']);
    expect(within(rowD).getByRole('button', { name: 'Đầu kỳ, Trẻ em khuyết tật: 4 trẻ. Xem danh sách' })).toBeInTheDocument();
  });

  it('opens the children behind a number, links them to their records, and closes with Escape', async () => {
    const { user, backend } = await openReview();
    backend.override('register.reviewChildren', () => ({
      ok: true,
      data: [child('c-1', 'Trần Thị An', '2014-03-09'), child('c-2', 'Lê Văn Bình', '2012-11-30')],
    }));
    const button = within(unitTable()).getByRole('button', { name: 'Tăng trong kỳ, Phường Ngô Quyền: 2 trẻ. Xem danh sách' });
    await user.click(button);

    const dialog = await screen.findByRole('dialog', { name: 'Tăng trong kỳ – Phường Ngô Quyền' });
    expect(backend.callsTo('register.reviewChildren').map((c) => c.input)).toEqual([
      { from: '2026-01-01', to: '2026-06-30', dimension: 'unit', key: '11311', measure: 'increases' },
    ]);
    expect(within(dialog).getByRole('button', { name: 'Đóng' })).toHaveFocus();
    expect(await within(dialog).findByRole('link', { name: 'Trần Thị An' })).toHaveAttribute('href', '/children/c-1');
    expect(within(dialog).getByRole('link', { name: 'Lê Văn Bình' })).toHaveAttribute('href', '/children/c-2');
    expect(within(dialog).getByText('09/03/2014')).toBeInTheDocument();
    expect(within(dialog).getAllByText('Tổ 3, Phường Ngô Quyền')).toHaveLength(2);
    expect(within(dialog).getByText('Số lượt trẻ: 2')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(button).toHaveFocus();
  });

  it('asks for the total row with the total dimension, and follows a link to a child', async () => {
    const { user, backend, router } = await openReview();
    backend.override('register.reviewChildren', () => ({ ok: true, data: [child('c-9', 'Phạm Minh Khang', '2013-01-02')] }));
    const total = within(groupTable()).getByRole('row', { name: /Tổng cộng/ });
    await user.click(within(total).getByRole('button', { name: /^Cuối kỳ, Tổng cộng: 15 trẻ/ }));
    expect(backend.callsTo('register.reviewChildren')[0]?.input).toMatchObject({ dimension: 'total', measure: 'end' });
    await user.click(await screen.findByRole('link', { name: 'Phạm Minh Khang' }));
    expect(router.state.location.pathname).toBe('/children/c-9');
  });

  it('shows a new period typed as dd/mm/yyyy, and refuses a bad one without asking main', async () => {
    const { user, backend, router } = await openReview();
    const from = screen.getByLabelText('Từ ngày');
    const to = screen.getByLabelText('Đến ngày');

    await user.clear(from);
    await user.type(from, '31/02/2026');
    await user.click(screen.getByRole('button', { name: 'Xem báo cáo' }));
    expect(await screen.findByText('Ngày không hợp lệ (dd/mm/yyyy).')).toBeInTheDocument();
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(from).toHaveFocus();

    await user.clear(from);
    await user.type(from, '1/7/2026');
    await user.click(screen.getByRole('button', { name: 'Xem báo cáo' }));
    expect(await screen.findByText('Ngày kết thúc phải sau ngày bắt đầu.')).toBeInTheDocument();
    expect(backend.callsTo('register.review')).toHaveLength(1);

    await user.clear(to);
    await user.type(to, '31.12.2026');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(backend.callsTo('register.review').at(-1)?.input).toEqual({ from: '2026-07-01', to: '2026-12-31' }));
    expect(router.state.location.search).toBe('?from=2026-07-01&to=2026-12-31');
    expect(await screen.findByText('Từ ngày 01/07/2026 đến ngày 31/12/2026')).toBeInTheDocument();
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('01/07/2026');
  });

  it('offers quick periods relative to today', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
    const { user, backend } = await openReview('/reports/review');
    // Without a period in the address: this year.
    expect(backend.callsTo('register.review')[0]?.input).toEqual({ from: '2026-01-01', to: '2026-12-31' });

    const quick = screen.getByRole('group', { name: 'Chọn nhanh' });
    await user.click(within(quick).getByRole('button', { name: 'Quý này' }));
    await waitFor(() => expect(backend.callsTo('register.review').at(-1)?.input).toEqual({ from: '2026-10-01', to: '2026-12-31' }));
    await user.click(within(quick).getByRole('button', { name: '6 tháng gần đây' }));
    await waitFor(() => expect(backend.callsTo('register.review').at(-1)?.input).toEqual({ from: '2026-05-23', to: '2026-11-22' }));
    expect(within(quick).getByRole('button', { name: '6 tháng gần đây' })).toHaveFocus();
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('23/05/2026');
    await user.click(within(quick).getByRole('button', { name: 'Tháng này' }));
    await waitFor(() => expect(backend.callsTo('register.review').at(-1)?.input).toEqual({ from: '2026-11-01', to: '2026-11-30' }));
  });

  it('exports to Excel and prints through main in Electron', async () => {
    const { user, backend } = await openReview();
    window.baoTro = {} as Bridge;
    const file = { fileName: 'bao-cao-ra-soat-bien-dong_2026-01-01_2026-06-30.xlsx', mimeType: 'application/x', base64: 'UEs=' };
    backend.override('register.reviewExcel', () => ({ ok: true, data: file }));
    backend.override('files.save', () => ({ ok: true, data: { saved: true } }));
    backend.override('print.pdf', () => ({ ok: true, data: { saved: true } }));

    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã lưu tệp Excel.')).toBeInTheDocument();
    expect(backend.callsTo('register.reviewExcel').map((c) => c.input)).toEqual([{ from: '2026-01-01', to: '2026-06-30' }]);
    expect(backend.callsTo('files.save').map((c) => c.input)).toEqual([file]);

    await user.click(screen.getByRole('button', { name: 'In' }));
    expect(await screen.findByText('Đã lưu bản in (PDF).')).toBeInTheDocument();
    expect(backend.callsTo('print.pdf').map((c) => c.input)).toEqual([
      { route: '/print/review?from=2026-01-01&to=2026-06-30', fileName: 'bao-cao-ra-soat-bien-dong_2026-01-01_2026-06-30.pdf', landscape: true },
    ]);
  });

  it('opens the print page in a new tab in browser mode', async () => {
    const { user } = await openReview();
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await user.click(screen.getByRole('button', { name: 'In' }));
    expect(open).toHaveBeenCalledWith('#/print/review?from=2026-01-01&to=2026-06-30', '_blank', 'noopener');
  });

  it('shows the print page of the period in this window ("Xem bản in"), whose "In" is the system print dialog', async () => {
    const { user, backend, router } = await openReview('/reports/review?from=2026-07-01&to=2026-12-31');
    window.baoTro = {} as Bridge;
    const printDialog = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);

    await user.click(screen.getByRole('button', { name: 'Xem bản in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/print/review'));
    expect(router.state.location.search).toBe('?from=2026-07-01&to=2026-12-31');
    const toolbar = screen.getByRole('toolbar', { name: 'Bản in' });
    await waitFor(() => expect(within(toolbar).getByRole('button', { name: 'In' })).toBeEnabled());
    await user.click(within(toolbar).getByRole('button', { name: 'In' }));
    expect(printDialog).toHaveBeenCalledTimes(1);
    expect(backend.callsTo('print.pdf')).toEqual([]);
    expect(open).not.toHaveBeenCalled();
  });

  it('says so when main refuses', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    backend.override('register.review', () => ({ ok: false, error: { code: 'errors.internal' } }));
    await renderApp({ backend, path: '/reports/review?from=2026-01-01&to=2026-06-30' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Đã xảy ra lỗi không mong muốn.');
  });

  it('speaks English with English group names', async () => {
    await openReview(undefined, 'en');
    const groups = screen.getByRole('table', { name: 'By group' });
    expect(within(groups).getByRole('rowheader', { name: 'Orphaned of both parents' })).toBeInTheDocument();
    expect(within(groups).getByRole('columnheader', { name: 'Turned 16' })).toBeInTheDocument();
  });
});
