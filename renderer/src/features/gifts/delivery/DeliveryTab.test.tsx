import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../../../shared/channels';
import { createFakeBackend, sampleOffice } from '../../../test/fakeBackend';
import { deliveryRowHeight } from './DeliveryTable';
import { DeliveryTab } from './DeliveryTab';
import { exceptionListLimit } from './ExceptionPicker';
import { recipientRow, renderWithServices, sampleCampaign, serveDelivery } from './testing';

// A fixed "today", 20/01/2027 (the visit); only Date is faked, so timers and user events run.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2027-01-20T09:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  delete window.baoTro;
});

const list = () => [
  recipientRow({ id: 'r-1', fullName: 'Nguyễn Thị An' }),
  recipientRow({ id: 'r-2', fullName: 'Lê Văn Bình', village: 'Tổ 5' }),
  recipientRow({ id: 'r-3', fullName: 'Trần Thị Chi', proxyName: 'Trần Văn Dũng' }),
  recipientRow({ id: 'r-4', fullName: 'Phạm Minh Khánh', unitId: '11329', unitName: 'Phường Gia Viên', village: null }),
];

async function openDelivery(campaign = sampleCampaign()) {
  const backend = createFakeBackend({ office: sampleOffice });
  const rows = serveDelivery(backend, list());
  const app = await renderWithServices(<DeliveryTab campaign={campaign} />, backend);
  return { ...app, rows };
}

const table = () => screen.getByRole('table');
const row = (name: string) => within(table()).getByRole('row', { name: new RegExp(name) });

describe('the delivery tab', () => {
  it('says a draft list is delivered only once frozen, and asks for nothing', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    serveDelivery(backend, list());
    await renderWithServices(<DeliveryTab campaign={sampleCampaign({ status: 'draft', frozenAt: null })} />, backend);
    expect(screen.getByText(/được ghi nhận sau khi danh sách đã chốt/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(backend.callsTo('gifts.recipients')).toEqual([]);
  });

  it('lists the children of a commune and marks two of them absent on a date', async () => {
    const { user, backend, rows } = await openDelivery();
    expect(await screen.findByRole('row', { name: /Phạm Minh Khánh/ })).toBeInTheDocument();
    expect(row('Lê Văn Bình')).toHaveTextContent('Tổ 5, Phường Ngô Quyền');
    expect(row('Lê Văn Bình')).toHaveTextContent('500.000 ₫');
    // An amount is a plain right-aligned cell, not the campaign header's row of figures (dl.gift-money).
    const amount = within(row('Lê Văn Bình')).getByText('500.000 ₫');
    expect(amount).toHaveClass('gift-amount');
    expect(amount).not.toHaveClass('gift-money');

    await user.selectOptions(screen.getByLabelText('Xã/phường'), 'Phường Ngô Quyền');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Phạm Minh Khánh/ })).not.toBeInTheDocument());
    expect(backend.callsTo('gifts.recipients').at(-1)?.input).toMatchObject({ campaignId: 'camp-1', unitId: '11311', statuses: [] });

    await user.click(screen.getByRole('checkbox', { name: 'Chọn Nguyễn Thị An' }));
    await user.click(screen.getByRole('checkbox', { name: 'Chọn Lê Văn Bình' }));
    const form = screen.getByRole('form', { name: 'Ghi nhận cho 2 trẻ đã chọn' });
    await user.selectOptions(within(form).getByLabelText('Kết quả'), 'absent');
    const date = within(form).getByLabelText('Ngày phát');
    expect(date).toHaveValue('20/01/2027');
    await user.clear(date);
    await user.type(date, '19/01/2027');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận' }));

    await waitFor(() => expect(backend.callsTo('gifts.markDelivery')).toHaveLength(1));
    expect(backend.callsTo('gifts.markDelivery')[0]?.input).toEqual({
      recipientIds: ['r-1', 'r-2'],
      status: 'absent',
      date: '2027-01-19',
      receivedBy: null,
      note: null,
    });
    expect(await screen.findByText('Đã ghi nhận “Vắng mặt” cho 2 trẻ.')).toBeInTheDocument();
    expect(rows.get('r-1')?.status).toBe('absent');
    // The list is fetched again, the selection is over, and the dates show as dd/mm/yyyy.
    await waitFor(() => expect(row('Nguyễn Thị An')).toHaveTextContent('Vắng mặt19/01/2027'));
    expect(row('Lê Văn Bình')).toHaveTextContent('Vắng mặt19/01/2027');
    expect(row('Trần Thị Chi')).toHaveTextContent('Chưa phát');
    expect(screen.getByRole('checkbox', { name: 'Chọn Nguyễn Thị An' })).not.toBeChecked();
    // The bar stays, ready for the next children of the same visit: that day, and "received" again.
    const idle = screen.getByRole('form', { name: 'Ghi nhận kết quả: chưa chọn trẻ nào' });
    expect(within(idle).getByLabelText('Ngày phát')).toHaveValue('19/01/2027');
    expect(within(idle).getByLabelText('Kết quả')).toHaveValue('received');
    await user.click(screen.getByRole('button', { name: 'Tất cả đã nhận…' }));
    expect(within(screen.getByRole('dialog')).getByLabelText('Ngày phát')).toHaveValue('19/01/2027');
  });

  it('keeps the recording bar after the table, so that ticking children one after another moves no row', async () => {
    const { user, backend } = await openDelivery();
    const first = await screen.findByRole('checkbox', { name: 'Chọn Nguyễn Thị An' });
    const bar = screen.getByRole('form', { name: 'Ghi nhận kết quả: chưa chọn trẻ nào' });
    expect(table().compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const top = table().previousElementSibling;

    // Nothing to record yet: the buttons say so and send nothing.
    await user.click(within(bar).getByRole('button', { name: 'Ghi nhận' }));
    expect(backend.callsTo('gifts.markDelivery')).toEqual([]);

    await user.click(first);
    expect(first).toHaveFocus();
    await user.click(screen.getByRole('checkbox', { name: 'Chọn Lê Văn Bình' }));
    await user.click(screen.getByRole('checkbox', { name: 'Chọn Trần Thị Chi' }));
    // The same bar, renamed; nothing was put before the table.
    expect(screen.getByRole('form', { name: 'Ghi nhận cho 3 trẻ đã chọn' })).toBe(bar);
    expect(table().previousElementSibling).toBe(top);

    // From the keyboard, one step past the rows to the bar's first field.
    const skip = screen.getByRole('button', { name: 'Đến phần ghi nhận kết quả' });
    skip.focus();
    await user.keyboard('{Enter}');
    expect(within(bar).getByLabelText('Kết quả')).toHaveFocus();
  });

  it('offers the first day of the campaign when today is outside it, and warns about a later or out-of-period date without refusing it', async () => {
    // Today (20/01/2027) is before this campaign's days.
    const { user, backend } = await openDelivery(sampleCampaign({ startDate: '2027-02-01', endDate: '2027-02-10' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Chọn Nguyễn Thị An' }));
    const form = screen.getByRole('form', { name: 'Ghi nhận cho 1 trẻ đã chọn' });
    const date = within(form).getByLabelText('Ngày phát');
    expect(date).toHaveValue('01/02/2027');
    expect(within(form).getByText(/^Ngày phát sau hôm nay \(20\/01\/2027\)/)).toBeInTheDocument();
    expect(within(form).queryByText(/ngoài thời gian của đợt/)).not.toBeInTheDocument();

    await user.clear(date);
    await user.type(date, '15/01/2027');
    expect(within(form).queryByText(/sau hôm nay/)).not.toBeInTheDocument();
    expect(within(form).getByText(/^Ngày phát ngoài thời gian của đợt quà \(01\/02\/2027 – 10\/02\/2027\)/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(backend.callsTo('gifts.markDelivery')).toHaveLength(1));
    expect(backend.callsTo('gifts.markDelivery')[0]?.input).toMatchObject({ recipientIds: ['r-1'], status: 'received', date: '2027-01-15' });
  });

  it('offers the first day of a campaign that is over in "all received" too, and warns about a later date', async () => {
    const { user, backend } = await openDelivery(sampleCampaign({ startDate: '2026-12-01', endDate: '2026-12-10' }));
    await screen.findByRole('row', { name: /Trần Thị Chi/ });
    expect(within(screen.getByRole('form')).getByLabelText('Ngày phát')).toHaveValue('01/12/2026');
    await user.click(screen.getByRole('button', { name: 'Tất cả đã nhận…' }));
    const dialog = screen.getByRole('dialog', { name: 'Tất cả đã nhận quà: Toàn địa bàn' });
    const date = within(dialog).getByLabelText('Ngày phát');
    expect(date).toHaveValue('01/12/2026');
    expect(within(dialog).queryByText(/^Ngày phát (sau|ngoài)/)).not.toBeInTheDocument();
    await within(dialog).findByText(/^4 trẻ ở Toàn địa bàn/);

    await user.clear(date);
    await user.type(date, '21/01/2027');
    expect(within(dialog).getByText(/^Ngày phát sau hôm nay \(20\/01\/2027\)/)).toBeInTheDocument();
    expect(within(dialog).getByText(/^Ngày phát ngoài thời gian của đợt quà \(01\/12\/2026 – 10\/12\/2026\)/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(backend.callsTo('gifts.markAllReceived')).toHaveLength(1));
    expect(backend.callsTo('gifts.markAllReceived')[0]?.input).toMatchObject({ unitId: null, date: '2027-01-21', exceptions: [] });
  });

  it('needs the name of whoever took the gift, and offers the planned one for a single child', async () => {
    const { user, backend } = await openDelivery();
    await screen.findByRole('row', { name: /Trần Thị Chi/ });

    await user.click(screen.getByRole('checkbox', { name: 'Chọn Nguyễn Thị An' }));
    await user.click(screen.getByRole('checkbox', { name: 'Chọn Lê Văn Bình' }));
    let form = screen.getByRole('form', { name: 'Ghi nhận cho 2 trẻ đã chọn' });
    await user.selectOptions(within(form).getByLabelText('Kết quả'), 'receivedByGuardian');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận' }));
    expect(await within(form).findByText('Mục này không được để trống.')).toBeInTheDocument();
    await waitFor(() => expect(within(form).getByLabelText('Người nhận thay')).toHaveFocus());
    expect(backend.callsTo('gifts.markDelivery')).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: 'Chọn Nguyễn Thị An' }));
    await user.click(screen.getByRole('checkbox', { name: 'Chọn Lê Văn Bình' }));
    await user.click(screen.getByRole('checkbox', { name: 'Chọn Trần Thị Chi' }));
    form = screen.getByRole('form', { name: 'Ghi nhận cho 1 trẻ đã chọn' });
    await user.selectOptions(within(form).getByLabelText('Kết quả'), 'receivedByGuardian');
    expect(within(form).getByLabelText('Người nhận thay')).toHaveValue('Trần Văn Dũng');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(backend.callsTo('gifts.markDelivery')).toHaveLength(1));
    expect(backend.callsTo('gifts.markDelivery')[0]?.input).toMatchObject({
      recipientIds: ['r-3'],
      status: 'receivedByGuardian',
      date: '2027-01-20',
      receivedBy: 'Trần Văn Dũng',
    });
  });

  it('takes a recorded outcome back to pending after asking', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    serveDelivery(backend, [recipientRow({ id: 'r-1', fullName: 'Nguyễn Thị An', status: 'absent', deliveredOn: '2027-01-19' })]);
    const { user } = await renderWithServices(<DeliveryTab campaign={sampleCampaign()} />, backend);
    await user.click(await screen.findByRole('checkbox', { name: 'Chọn Nguyễn Thị An' }));
    await user.click(screen.getByRole('button', { name: 'Đưa về chưa phát' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Đưa về chưa phát?' });
    await user.click(within(dialog).getByRole('button', { name: 'Đưa về chưa phát' }));

    await waitFor(() => expect(backend.callsTo('gifts.markDelivery')).toHaveLength(1));
    expect(backend.callsTo('gifts.markDelivery')[0]?.input).toEqual({
      recipientIds: ['r-1'],
      status: 'pending',
      date: null,
      receivedBy: null,
      note: null,
    });
    expect(await screen.findByText('Đã đưa 1 trẻ về “Chưa phát”.')).toBeInTheDocument();
    await waitFor(() => expect(row('Nguyễn Thị An')).not.toHaveTextContent('19/01/2027'));
  });

  it('records "all received" for a commune on a date, with the exceptions picked in the dialog', async () => {
    const { user, backend, rows } = await openDelivery();
    await screen.findByRole('row', { name: /Trần Thị Chi/ });
    await user.selectOptions(screen.getByLabelText('Xã/phường'), 'Phường Ngô Quyền');
    await user.click(screen.getByRole('button', { name: 'Tất cả đã nhận…' }));

    const dialog = screen.getByRole('dialog', { name: 'Tất cả đã nhận quà: Phường Ngô Quyền' });
    const date = within(dialog).getByLabelText('Ngày phát');
    expect(date).toHaveFocus();
    expect(await within(dialog).findByText(/^3 trẻ ở Phường Ngô Quyền chưa được ghi nhận/)).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '19/01/2027');

    await user.click(within(dialog).getByLabelText('Lê Văn Bình'));
    await user.click(within(dialog).getByLabelText('Trần Thị Chi'));
    expect(within(dialog).getByLabelText('Kết quả của Lê Văn Bình')).toHaveValue('absent');
    await user.selectOptions(within(dialog).getByLabelText('Kết quả của Trần Thị Chi'), 'receivedByGuardian');
    expect(within(dialog).getByLabelText('Người nhận thay cho Trần Thị Chi')).toHaveValue('Trần Văn Dũng');
    expect(within(dialog).getByText('Sẽ ghi: 1 trẻ đã nhận, 2 ngoại lệ.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));

    await waitFor(() => expect(backend.callsTo('gifts.markAllReceived')).toHaveLength(1));
    expect(backend.callsTo('gifts.markAllReceived')[0]?.input).toEqual({
      campaignId: 'camp-1',
      unitId: '11311',
      date: '2027-01-19',
      exceptions: [
        { recipientId: 'r-2', status: 'absent', receivedBy: null, note: null },
        { recipientId: 'r-3', status: 'receivedByGuardian', receivedBy: 'Trần Văn Dũng', note: null },
      ],
    });
    expect(await screen.findByText('Đã ghi nhận kết quả phát quà cho 3 trẻ.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect([...rows.values()].map((r) => `${r.id}:${r.status}`)).toEqual(['r-1:received', 'r-2:absent', 'r-3:receivedByGuardian', 'r-4:pending']);
  });

  it('shows those absent as a follow-up list and prints it for the commune (browser mode opens the print page)', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    serveDelivery(backend, [
      recipientRow({ id: 'r-1', fullName: 'Nguyễn Thị An', status: 'received', deliveredOn: '2027-01-19' }),
      recipientRow({ id: 'r-2', fullName: 'Lê Văn Bình', status: 'absent', deliveredOn: '2027-01-19' }),
    ]);
    const { user } = await renderWithServices(<DeliveryTab campaign={sampleCampaign()} />, backend);
    await screen.findByRole('row', { name: /Nguyễn Thị An/ });
    await user.selectOptions(screen.getByLabelText('Xã/phường'), 'Phường Ngô Quyền');
    await user.click(screen.getByRole('radio', { name: 'Danh sách vắng mặt' }));

    await waitFor(() => expect(screen.queryByRole('row', { name: /Nguyễn Thị An/ })).not.toBeInTheDocument());
    expect(row('Lê Văn Bình')).toBeInTheDocument();
    expect(backend.callsTo('gifts.recipients').at(-1)?.input).toMatchObject({ unitId: '11311', statuses: ['absent'] });

    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    await user.click(screen.getByRole('button', { name: 'In danh sách vắng mặt' }));
    expect(open).toHaveBeenCalledWith('#/print/gift-roster?campaign=camp-1&unit=11311&followUp=1', '_blank', 'noopener');
  });

  it('opens the follow-up list\'s print page in this window ("Xem bản in"), for the commune shown', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    serveDelivery(backend, [
      recipientRow({ id: 'r-2', fullName: 'Lê Văn Bình', status: 'absent', deliveredOn: '2027-01-19' }),
      recipientRow({ id: 'r-4', fullName: 'Phạm Minh Khánh', unitId: '11329', unitName: 'Phường Gia Viên', status: 'absent', deliveredOn: '2027-01-19' }),
    ]);
    window.baoTro = {} as Bridge;
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const { user, router } = await renderWithServices(<DeliveryTab campaign={sampleCampaign()} />, backend);
    await user.click(screen.getByRole('radio', { name: 'Danh sách vắng mặt' }));
    await user.selectOptions(screen.getByLabelText('Xã/phường'), 'Phường Gia Viên');
    await waitFor(() => expect(screen.queryByRole('row', { name: /Lê Văn Bình/ })).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Xem bản in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/print/gift-roster'));
    expect(router.state.location.search).toBe('?campaign=camp-1&unit=11329&followUp=1');
    expect(backend.callsTo('print.pdf')).toEqual([]);
    expect(open).not.toHaveBeenCalled();
  });

  it('has no print page to show when no one was absent', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    serveDelivery(backend, [recipientRow({ id: 'r-1', fullName: 'Nguyễn Thị An', status: 'received', deliveredOn: '2027-01-19' })]);
    const { user } = await renderWithServices(<DeliveryTab campaign={sampleCampaign()} />, backend);
    await screen.findByRole('row', { name: /Nguyễn Thị An/ });
    await user.click(screen.getByRole('radio', { name: 'Danh sách vắng mặt' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Nguyễn Thị An/ })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Xem bản in' })).toBeDisabled();
  });

  it('prints the follow-up list of the whole area to PDF through main in Electron', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    serveDelivery(backend, [recipientRow({ id: 'r-2', fullName: 'Lê Văn Bình', status: 'absent', deliveredOn: '2027-01-19' })]);
    backend.override('print.pdf', () => ({ ok: true, data: { saved: true } }));
    window.baoTro = {} as Bridge;
    const { user } = await renderWithServices(<DeliveryTab campaign={sampleCampaign()} />, backend);
    await user.click(screen.getByRole('radio', { name: 'Danh sách vắng mặt' }));
    await screen.findByRole('row', { name: /Lê Văn Bình/ });
    await user.click(screen.getByRole('button', { name: 'In danh sách vắng mặt' }));

    expect(await screen.findByText('Đã lưu bản in (PDF).')).toBeInTheDocument();
    expect(backend.callsTo('print.pdf').map((c) => c.input)).toEqual([
      { route: '/print/gift-roster?campaign=camp-1&followUp=1', fileName: 'danh-sach-vang-mat_2027_toan-dia-ban.pdf', landscape: true },
    ]);
  });
});

describe('a whole area of thousands of children', () => {
  const total = 3000;
  const many = () =>
    Array.from({ length: total }, (_, i) =>
      recipientRow({
        id: `r-${String(i).padStart(4, '0')}`,
        fullName: `Nguyễn Văn Số ${String(i).padStart(4, '0')}`,
        unitId: i % 2 === 0 ? '11311' : '11329',
        unitName: i % 2 === 0 ? 'Phường Ngô Quyền' : 'Phường Gia Viên',
      }),
    );

  // jsdom has no layout: the window (768px high) scrolls where the test says, and the table's
  // rows start 300px down the page, so they move up as it scrolls.
  const scrollY = Object.getOwnPropertyDescriptor(window, 'scrollY');
  const scrollWindowTo = (top: number) => {
    Object.defineProperty(window, 'scrollY', { configurable: true, value: top });
    fireEvent.scroll(window);
  };
  beforeEach(() => {
    const rect = HTMLElement.prototype.getBoundingClientRect;
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
      return this.tagName === 'TBODY' ? new DOMRect(0, 300 - window.scrollY, 1000, 0) : rect.call(this);
    });
  });
  afterEach(() => {
    if (scrollY) Object.defineProperty(window, 'scrollY', scrollY);
    Reflect.deleteProperty(document.documentElement, 'scrollHeight');
  });

  it('draws only the rows near the window, reaches a late one by scrolling, and selects all of them', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    serveDelivery(backend, many());
    const { user } = await renderWithServices(<DeliveryTab campaign={sampleCampaign()} />, backend);
    const grid = await screen.findByRole('table', { name: 'Danh sách phát quà: Toàn địa bàn' });
    expect(grid).toHaveAttribute('aria-rowcount', '3001');
    const first = await within(grid).findByRole('row', { name: /Nguyễn Văn Số 0000/ });
    expect(first).toHaveAttribute('aria-rowindex', '2');
    expect(within(grid).getAllByRole('row').length).toBeLessThan(100);
    expect(within(grid).queryByRole('row', { name: /Nguyễn Văn Số 2500/ })).not.toBeInTheDocument();

    scrollWindowTo(2500 * deliveryRowHeight);
    const late = await within(grid).findByRole('row', { name: /Nguyễn Văn Số 2500/ });
    expect(late).toHaveAttribute('aria-rowindex', '2502');
    expect(within(late).getByRole('cell', { name: '2501' })).toBeInTheDocument();
    expect(within(grid).queryByRole('row', { name: /Nguyễn Văn Số 0000/ })).not.toBeInTheDocument();
    expect(within(grid).getAllByRole('row').length).toBeLessThan(100);
    // The rows not drawn still take their height, so the window scrolls over the whole list.
    const spacers = grid.querySelectorAll<HTMLElement>('.gift-delivery-spacer td');
    const heights = [...spacers].map((cell) => parseFloat(cell.style.height));
    expect(heights[0]).toBeGreaterThan(2000 * deliveryRowHeight);

    // A late row ticked, then "select all": every child the filters match, drawn or not.
    await user.click(within(late).getByRole('checkbox', { name: 'Chọn Nguyễn Văn Số 2500' }));
    expect(screen.getByRole('form', { name: 'Ghi nhận cho 1 trẻ đã chọn' })).toBeInTheDocument();
    await user.click(within(grid).getByRole('checkbox', { name: 'Chọn tất cả trẻ đang hiện' }));
    const form = screen.getByRole('form', { name: `Ghi nhận cho 3.000 trẻ đã chọn` });
    await user.selectOptions(within(form).getByLabelText('Kết quả'), 'absent');
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận' }));

    await waitFor(() => expect(backend.callsTo('gifts.markDelivery')).toHaveLength(1));
    const sent = backend.callsTo('gifts.markDelivery')[0]?.input as { recipientIds: string[]; status: string };
    expect(sent.status).toBe('absent');
    expect(sent.recipientIds).toHaveLength(total);
    expect(new Set(sent.recipientIds)).toEqual(new Set(many().map((row) => row.id)));
    expect(await screen.findByText(`Đã ghi nhận “Vắng mặt” cho 3.000 trẻ.`)).toBeInTheDocument();
  });

  it('selects all the children a name search matches, drawn or not', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    serveDelivery(backend, many());
    const { user } = await renderWithServices(<DeliveryTab campaign={sampleCampaign()} />, backend);
    const grid = await screen.findByRole('table', { name: 'Danh sách phát quà: Toàn địa bàn' });
    await within(grid).findByRole('row', { name: /Nguyễn Văn Số 0000/ });
    // "Số 1…" without diacritics: Số 1000 to Số 1999, far more than are drawn.
    await user.type(screen.getByLabelText('Tìm theo tên'), 'so 1');
    await waitFor(() => expect(grid).toHaveAttribute('aria-rowcount', '1001'));
    expect(within(grid).getAllByRole('row').length).toBeLessThan(100);
    await user.click(within(grid).getByRole('checkbox', { name: 'Chọn tất cả trẻ đang hiện' }));
    const form = screen.getByRole('form', { name: 'Ghi nhận cho 1.000 trẻ đã chọn' });
    await user.click(within(form).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(backend.callsTo('gifts.markDelivery')).toHaveLength(1));
    const sent = backend.callsTo('gifts.markDelivery')[0]?.input as { recipientIds: string[] };
    expect(sent.recipientIds).toHaveLength(1000);
    expect(sent.recipientIds).toContain('r-1999');
    expect(sent.recipientIds).not.toContain('r-0999');
    expect(sent.recipientIds).not.toContain('r-2000');
  });

  it('moves between rows with the arrow keys and End, drawing the row it lands on', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    serveDelivery(backend, many());
    // The page as high as the list, and a window that scrolls where it is told.
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 300 + total * deliveryRowHeight + 200 });
    vi.spyOn(window, 'scrollTo').mockImplementation((options?: ScrollToOptions | number) => {
      if (typeof options === 'object' && options.top !== undefined) scrollWindowTo(options.top);
    });
    const { user } = await renderWithServices(<DeliveryTab campaign={sampleCampaign()} />, backend);
    const grid = await screen.findByRole('table', { name: 'Danh sách phát quà: Toàn địa bàn' });
    const box = await within(grid).findByRole('checkbox', { name: 'Chọn Nguyễn Văn Số 0000' });
    box.focus();
    await user.keyboard('{ArrowDown}');
    expect(within(grid).getByRole('checkbox', { name: 'Chọn Nguyễn Văn Số 0001' })).toHaveFocus();
    await user.keyboard('{End}');
    await waitFor(() => expect(within(grid).getByRole('checkbox', { name: 'Chọn Nguyễn Văn Số 2999' })).toHaveFocus());
    expect(within(grid).getAllByRole('row').length).toBeLessThan(100);
    await user.keyboard(' ');
    expect(screen.getByRole('form', { name: 'Ghi nhận cho 1 trẻ đã chọn' })).toBeInTheDocument();
    await user.keyboard('{Home}');
    await waitFor(() => expect(within(grid).getByRole('checkbox', { name: 'Chọn Nguyễn Văn Số 0000' })).toHaveFocus());
  });

  it('lists the first children for "all received" and finds any other by name', async () => {
    const backend = createFakeBackend({ office: sampleOffice });
    serveDelivery(backend, many());
    const { user } = await renderWithServices(<DeliveryTab campaign={sampleCampaign()} />, backend);
    await screen.findByRole('row', { name: /Nguyễn Văn Số 0000/ });
    await user.click(screen.getByRole('button', { name: 'Tất cả đã nhận…' }));
    const dialog = screen.getByRole('dialog', { name: 'Tất cả đã nhận quà: Toàn địa bàn' });
    expect(await within(dialog).findByText(/^3\.000 trẻ ở Toàn địa bàn chưa được ghi nhận/)).toBeInTheDocument();
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(exceptionListLimit);
    expect(within(dialog).getByText('Đang hiện 50 trong số 3.000 trẻ. Gõ tên để thu hẹp danh sách.')).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Nguyễn Văn Số 2717')).not.toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Tìm trẻ'), 'so 2717');
    const late = within(dialog).getByLabelText('Nguyễn Văn Số 2717');
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(dialog).queryByText(/^Đang hiện/)).not.toBeInTheDocument();
    expect(late).toHaveAccessibleDescription('02/04/2016 · Phường Gia Viên');
    await user.click(late);
    // Enter in the name box records nothing; Esc empties it and leaves the dialog open.
    await user.type(within(dialog).getByLabelText('Tìm trẻ'), '{Enter}');
    expect(backend.callsTo('gifts.markAllReceived')).toEqual([]);
    await user.keyboard('{Escape}');
    expect(within(dialog).getByLabelText('Tìm trẻ')).toHaveValue('');
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(within(dialog).getAllByRole('checkbox')).toHaveLength(exceptionListLimit);

    expect(within(dialog).getByLabelText('Kết quả của Nguyễn Văn Số 2717')).toHaveValue('absent');
    expect(within(dialog).getByText('Sẽ ghi: 2.999 trẻ đã nhận, 1 ngoại lệ.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(backend.callsTo('gifts.markAllReceived')).toHaveLength(1));
    expect(backend.callsTo('gifts.markAllReceived')[0]?.input).toMatchObject({
      unitId: null,
      exceptions: [{ recipientId: 'r-2717', status: 'absent', receivedBy: null, note: null }],
    });
  });
});
