import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../../shared/channels';
import { ok } from '../../../../shared/errors';
import { renderApp } from '../../test/renderApp';
import { recipientRowHeight } from './recipients/RecipientTable';
import type { RosterQuery } from '../../../../shared/schemas/gifts';
import { createGiftBackend, makeCampaign, recipientOf, registerChildren, rosterOf, type GiftBackend } from './testing';

const [hoa, binh, khanh] = registerChildren;
if (!hoa || !binh || !khanh) throw new Error('fixture children missing');

afterEach(() => {
  vi.restoreAllMocks();
  delete window.baoTro;
});

async function openCampaign(backend: GiftBackend) {
  const app = await renderApp({ backend, path: '/gifts/camp-1' });
  await screen.findByRole('heading', { level: 2, name: 'Danh sách trẻ nhận quà' });
  return app;
}

const listTable = () => screen.getByRole('table', { name: 'Danh sách trẻ nhận quà' });
const inputsTo = (backend: GiftBackend, channel: Parameters<GiftBackend['callsTo']>[0]) => backend.callsTo(channel).map((call) => call.input);

describe('selecting children by rules', () => {
  it('previews what the rules would do, then applies them to the list', async () => {
    const backend = createGiftBackend({ campaign: makeCampaign() });
    const { user } = await openCampaign(backend);
    expect(await screen.findByText('Danh sách chưa có trẻ nào. Hãy chọn trẻ theo tiêu chí hoặc thêm từng trẻ.')).toBeInTheDocument();

    const rules = screen.getByRole('region', { name: 'Chọn trẻ theo tiêu chí' });
    await user.click(within(rules).getByText('Xã, phường'));
    await user.click(within(rules).getByRole('checkbox', { name: 'Phường Ngô Quyền' }));
    await user.click(within(rules).getByLabelText('Không chọn trẻ đã nhận quà từ cùng nguồn kinh phí gần đây'));
    expect(within(rules).getByLabelText('Số tháng gần đây')).toHaveValue('12');
    await user.click(within(rules).getByRole('button', { name: 'Xem trước' }));

    const expectedRules = {
      groupCodes: [],
      includeAtRisk: false,
      ageMin: null,
      ageMax: null,
      unitIds: ['11311'],
      householdStatuses: [],
      noGiftMonths: 12,
    };
    const preview = await screen.findByRole('region', { name: 'Kết quả xem trước' });
    expect(inputsTo(backend, 'gifts.previewSelection')).toEqual([{ campaignId: 'camp-1', rules: expectedRules }]);
    expect(within(rules).getByText('Xem trước: 2 trẻ phù hợp với tiêu chí.')).toBeInTheDocument();
    expect(preview).toHaveTextContent('Trẻ phù hợp2Sẽ thêm');
    expect(preview).toHaveTextContent('Sẽ thêm vào danh sách2Sẽ bỏ');
    expect(preview).toHaveTextContent('Sẽ bỏ khỏi danh sách0Không chọn vì đã nhận quà gần đây0');
    expect(preview).toHaveTextContent('Kinh phí dự kiến1.000.000 ₫');
    const byUnit = within(preview).getByRole('table', { name: 'Số trẻ phù hợp theo xã, phường' });
    expect(within(byUnit).getByRole('row', { name: 'Phường Ngô Quyền 2' })).toBeInTheDocument();
    // Nothing changed yet.
    expect(inputsTo(backend, 'gifts.applySelection')).toEqual([]);

    await user.click(within(rules).getByRole('button', { name: 'Áp dụng' }));
    expect(await within(rules).findByText('Đã áp dụng tiêu chí. Danh sách có 2 trẻ.')).toBeInTheDocument();
    expect(inputsTo(backend, 'gifts.applySelection')).toEqual([{ campaignId: 'camp-1', rules: expectedRules }]);
    expect(screen.queryByRole('region', { name: 'Kết quả xem trước' })).not.toBeInTheDocument();
    await within(listTable()).findByRole('row', { name: /Đặng Thị Hoa/ });
    expect(within(listTable()).getByRole('row', { name: /Lê Văn Bình/ })).toBeInTheDocument();
    expect(within(listTable()).queryByRole('row', { name: /Phạm Minh Khánh/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Kinh phí')).toHaveTextContent('Dự kiến chi1.000.000 ₫(2 trẻ)');
  });

  it('refuses an age range the wrong way round, beside the ages, without asking main', async () => {
    const backend = createGiftBackend({ campaign: makeCampaign() });
    const { user } = await openCampaign(backend);
    const from = screen.getByLabelText('từ');
    await user.type(from, '10');
    await user.type(screen.getByLabelText('đến'), '5');
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    await waitFor(() => expect(screen.getByLabelText('đến')).toHaveAccessibleDescription('Tuổi đến phải lớn hơn hoặc bằng tuổi từ.'));
    expect(inputsTo(backend, 'gifts.previewSelection')).toEqual([]);
  });
});

describe('the list of a campaign', () => {
  it('shows each child with their gift and its source, and filters by commune and by name', async () => {
    const recipients = [
      recipientOf(hoa),
      recipientOf(binh, { cash: 700_000, goodsValue: 0, amount: 700_000, amountSource: 'child', proxyName: null }),
      recipientOf(khanh, { origin: 'manual', addReason: 'Hộ mới thoát nghèo' }),
    ];
    const backend = createGiftBackend({ campaign: makeCampaign(), recipients });
    const { user } = await openCampaign(backend);

    const table = await screen.findByRole('table', { name: 'Danh sách trẻ nhận quà' });
    const row = within(table).getByRole('row', { name: /Lê Văn Bình/ });
    expect(within(row).getByRole('link', { name: 'Lê Văn Bình' })).toHaveAttribute('href', '/children/child-2');
    expect(row).toHaveTextContent('02/06/2014');
    expect(row).toHaveTextContent('Phường Ngô Quyền');
    expect(row).toHaveTextContent('700.000 ₫mức riêng');
    expect(within(listTable()).getByRole('row', { name: /Đặng Thị Hoa/ })).toHaveTextContent('Đặng Văn Lâm');
    expect(within(listTable()).getByRole('row', { name: /Phạm Minh Khánh/ })).toHaveTextContent('Thêm bằng tay');
    expect(screen.getByText('3 trẻ')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Xã, phường', { selector: 'select#gift-list-unit' }), 'Phường Gia Viên');
    await waitFor(() => expect(within(listTable()).queryByRole('row', { name: /Đặng Thị Hoa/ })).not.toBeInTheDocument());
    expect(backend.callsTo('gifts.recipients').at(-1)?.input).toMatchObject({ unitId: '11329' });

    await user.selectOptions(screen.getByLabelText('Xã, phường', { selector: 'select#gift-list-unit' }), 'Toàn địa bàn');
    await user.type(screen.getByLabelText('Tìm theo họ tên'), 'Đặng');
    await waitFor(() => expect(within(listTable()).getAllByRole('row')).toHaveLength(2));
    expect(within(listTable()).getByRole('row', { name: /Đặng Thị Hoa/ })).toBeInTheDocument();
    expect(backend.callsTo('gifts.recipients').at(-1)?.input).toMatchObject({ unitId: null, search: 'dang' });
  });

  it('removes a child with a reason, and shows them struck out among the removed', async () => {
    const backend = createGiftBackend({ campaign: makeCampaign(), recipients: [recipientOf(hoa), recipientOf(binh)] });
    const { user } = await openCampaign(backend);
    await user.click(await screen.findByRole('button', { name: 'Bỏ Đặng Thị Hoa khỏi danh sách' }));

    const dialog = screen.getByRole('dialog', { name: 'Bỏ trẻ khỏi danh sách' });
    const reason = within(dialog).getByLabelText('Lý do');
    expect(reason).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Bỏ khỏi danh sách' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription('Mục này không được để trống.'));
    expect(inputsTo(backend, 'gifts.removeRecipient')).toEqual([]);

    await user.type(reason, 'Gia đình đã chuyển đi nơi khác');
    await user.click(within(dialog).getByRole('button', { name: 'Bỏ khỏi danh sách' }));
    expect(await screen.findByText('Đã bỏ Đặng Thị Hoa khỏi danh sách.')).toBeInTheDocument();
    expect(inputsTo(backend, 'gifts.removeRecipient')).toEqual([{ recipientId: 'rec-child-1', reason: 'Gia đình đã chuyển đi nơi khác' }]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(within(listTable()).queryByRole('row', { name: /Đặng Thị Hoa/ })).not.toBeInTheDocument());
    expect(screen.getByLabelText('Kinh phí')).toHaveTextContent('Dự kiến chi500.000 ₫(1 trẻ)');

    await user.click(screen.getByLabelText('Hiện cả trẻ đã bỏ khỏi danh sách'));
    const removed = await within(listTable()).findByRole('row', { name: /Đặng Thị Hoa/ });
    expect(removed).toHaveClass('gift-row-removed');
    expect(removed).toHaveTextContent('Đã bỏ: Gia đình đã chuyển đi nơi khác');
    expect(within(removed).getByRole('button', { name: 'Đưa Đặng Thị Hoa trở lại danh sách' })).toBeInTheDocument();
  });

  it('asks for a reason before changing a child\'s gift on a frozen list', async () => {
    const campaign = makeCampaign({ status: 'frozen', frozenAt: '2026-11-21T08:00:00.000Z' });
    const backend = createGiftBackend({ campaign, recipients: [recipientOf(hoa), recipientOf(binh)] });
    const { user } = await openCampaign(backend);
    expect(screen.queryByRole('region', { name: 'Chọn trẻ theo tiêu chí' })).not.toBeInTheDocument();
    expect(screen.getByText(/Danh sách đã chốt. Mỗi thay đổi/)).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Sửa quà, người nhận thay của Lê Văn Bình' }));
    const dialog = screen.getByRole('dialog', { name: 'Quà và người nhận thay' });
    await user.click(within(dialog).getByLabelText('Mức quà riêng cho trẻ này'));
    const cash = within(dialog).getByLabelText('Tiền mặt (đồng)');
    await user.clear(cash);
    await user.type(cash, '800.000');
    await user.clear(within(dialog).getByLabelText('Giá trị hiện vật (đồng)'));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const reason = within(dialog).getByLabelText('Lý do');
    await waitFor(() => expect(reason).toHaveAccessibleDescription(expect.stringContaining('Danh sách đã chốt: hãy ghi lý do thay đổi.')));
    await waitFor(() => expect(reason).toHaveFocus());
    expect(inputsTo(backend, 'gifts.setRecipientGift')).toEqual([]);

    await user.type(reason, 'Trẻ mồ côi cả cha mẹ, tăng mức quà');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu quà của Lê Văn Bình.')).toBeInTheDocument();
    expect(inputsTo(backend, 'gifts.setRecipientGift')).toEqual([
      { recipientId: 'rec-child-2', gift: { cash: 800_000, goodsValue: 0 }, proxyName: 'Đặng Văn Lâm', reason: 'Trẻ mồ côi cả cha mẹ, tăng mức quà' },
    ]);
    await waitFor(() =>
      expect(within(listTable()).getByRole('row', { name: /Lê Văn Bình/ })).toHaveTextContent('800.000 ₫mức riêng'),
    );
  });

  it('adds a child found in the register, with a reason, and says why one already listed cannot be added', async () => {
    const backend = createGiftBackend({ campaign: makeCampaign(), recipients: [recipientOf(hoa)] });
    const { user } = await openCampaign(backend);
    await user.click(screen.getByRole('button', { name: 'Thêm trẻ' }));
    const dialog = screen.getByRole('dialog', { name: 'Thêm trẻ vào danh sách' });
    const search = within(dialog).getByLabelText('Tìm trẻ trong sổ');
    expect(search).toHaveFocus();

    await user.type(search, 'Đặng');
    await user.click(await within(dialog).findByLabelText('Đặng Thị Hoa – 14/03/2015 – Phường Ngô Quyền'));
    await user.type(within(dialog).getByLabelText('Lý do'), 'Bổ sung theo đề nghị của xã');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm vào danh sách' }));
    const choice = within(dialog).getByLabelText('Đặng Thị Hoa – 14/03/2015 – Phường Ngô Quyền');
    await waitFor(() => expect(choice).toHaveAccessibleDescription('Trẻ này đã có trong danh sách của đợt quà.'));

    await user.clear(search);
    await user.type(search, 'binh');
    await user.click(await within(dialog).findByLabelText('Lê Văn Bình – 02/06/2014 – Phường Ngô Quyền'));
    await user.click(within(dialog).getByRole('button', { name: 'Thêm vào danh sách' }));
    expect(await screen.findByText('Đã thêm Lê Văn Bình vào danh sách.')).toBeInTheDocument();
    expect(inputsTo(backend, 'gifts.addRecipient').at(-1)).toEqual({ campaignId: 'camp-1', childId: 'child-2', reason: 'Bổ sung theo đề nghị của xã' });
    expect(backend.callsTo('children.list').at(-1)?.input).toMatchObject({ search: 'binh', statuses: ['active', 'atRisk'] });
    expect(await within(listTable()).findByRole('row', { name: /Lê Văn Bình/ })).toHaveTextContent('Thêm bằng tay');
  });
});

describe('a long list', () => {
  it('keeps only the rows in view in the page, and shows others when scrolled to', async () => {
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    // jsdom has no layout: give the list's scroll box a height so the virtualiser shows rows.
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('gift-table-virtual') ? 520 : 0;
      },
    });
    try {
      const rows = Array.from({ length: 1500 }, (_, i) =>
        recipientOf(hoa, { id: `rec-${i}`, childId: `child-${i}`, fullName: `Nguyễn Văn Số ${String(i).padStart(4, '0')}` }),
      );
      const backend = createGiftBackend({ campaign: makeCampaign(), recipients: rows });
      const { container } = await openCampaign(backend);
      const table = await screen.findByRole('table', { name: 'Danh sách trẻ nhận quà' });
      expect(table).toHaveAttribute('aria-rowcount', '1501');
      await within(table).findByRole('row', { name: /Nguyễn Văn Số 0000/ });
      expect(within(table).getAllByRole('row').length).toBeLessThan(60);
      expect(within(table).queryByRole('row', { name: /Nguyễn Văn Số 0700/ })).not.toBeInTheDocument();

      const scroller = container.querySelector<HTMLElement>('.gift-table-virtual');
      if (!scroller) throw new Error('no scroll box');
      scroller.scrollTop = 700 * recipientRowHeight;
      fireEvent.scroll(scroller);
      const far = await within(table).findByRole('row', { name: /Nguyễn Văn Số 0700/ });
      expect(far).toHaveAttribute('aria-rowindex', '702');
      expect(within(far).getByRole('button', { name: 'Bỏ Nguyễn Văn Số 0700 khỏi danh sách' })).toBeInTheDocument();
    } finally {
      if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
    }
  });
});

describe('printing the signed roster', () => {
  it('waits for a frozen list, and says so', async () => {
    const backend = createGiftBackend({ campaign: makeCampaign(), recipients: [recipientOf(hoa)] });
    await openCampaign(backend);
    const print = screen.getByRole('button', { name: 'In danh sách ký nhận' });
    expect(print).toBeDisabled();
    expect(print).toHaveAccessibleDescription(expect.stringContaining('cần danh sách đã chốt'));
    expect(screen.getByRole('button', { name: 'Xuất Excel' })).toBeDisabled();
  });

  it('prints a commune\'s roster to PDF and saves the Excel file', async () => {
    window.baoTro = {} as Bridge;
    const campaign = makeCampaign({ status: 'frozen', frozenAt: '2026-11-21T08:00:00.000Z' });
    const backend = createGiftBackend({ campaign, recipients: [recipientOf(hoa), recipientOf(khanh)] });
    const file = { fileName: 'Danh sach ky nhan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: 'UEs=' };
    backend.override('print.pdf', () => ok({ saved: true }));
    backend.override('gifts.rosterExcel', () => ok(file));
    backend.override('files.save', () => ok({ saved: true }));
    const { user } = await openCampaign(backend);

    await user.selectOptions(screen.getByLabelText('Phạm vi'), 'Phường Ngô Quyền');
    await user.click(screen.getByRole('button', { name: 'In danh sách ký nhận' }));
    expect(await screen.findByText('Đã lưu bản in (PDF).')).toBeInTheDocument();
    expect(inputsTo(backend, 'print.pdf')).toEqual([
      {
        route: '/print/gift-roster?campaign=camp-1&unit=11311',
        fileName: 'Danh sach ky nhan - Tang qua Tet Nguyen dan 2027 - Phuong Ngo Quyen.pdf',
        landscape: true,
      },
    ]);

    await user.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã lưu tệp Excel.')).toBeInTheDocument();
    expect(inputsTo(backend, 'gifts.rosterExcel')).toEqual([{ campaignId: 'camp-1', unitId: '11311', followUp: false }]);
    expect(inputsTo(backend, 'files.save')).toEqual([file]);
  });

  it('opens the whole area\'s print page in a new tab in browser mode', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const campaign = makeCampaign({ status: 'frozen', frozenAt: '2026-11-21T08:00:00.000Z' });
    const backend = createGiftBackend({ campaign, recipients: [recipientOf(hoa)] });
    const { user } = await openCampaign(backend);
    await user.click(screen.getByRole('button', { name: 'In danh sách ký nhận' }));
    await waitFor(() => expect(open).toHaveBeenCalledWith('#/print/gift-roster?campaign=camp-1', '_blank', 'noopener'));
    expect(backend.callsTo('print.pdf')).toEqual([]);
  });

  it('opens a commune\'s print page in this window ("Xem bản in"), whose "In" is the system print dialog, and comes back', async () => {
    window.baoTro = {} as Bridge;
    const campaign = makeCampaign({ status: 'frozen', frozenAt: '2026-11-21T08:00:00.000Z' });
    const backend = createGiftBackend({ campaign, recipients: [recipientOf(hoa), recipientOf(khanh)] });
    backend.override('gifts.roster', (input) => ok(rosterOf(input as RosterQuery, [hoa])));
    const printDialog = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user, router } = await openCampaign(backend);

    await user.selectOptions(screen.getByLabelText('Phạm vi'), 'Phường Ngô Quyền');
    await user.click(screen.getByRole('button', { name: 'Xem bản in' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/print/gift-roster'));
    expect(router.state.location.search).toBe('?campaign=camp-1&unit=11311');
    const toolbar = screen.getByRole('toolbar', { name: 'Bản in' });
    await waitFor(() => expect(within(toolbar).getByRole('button', { name: 'In' })).toBeEnabled());
    expect(within(screen.getByRole('table')).getByRole('row', { name: /Đặng Thị Hoa/ })).toBeInTheDocument();
    expect(inputsTo(backend, 'gifts.roster')).toEqual([{ campaignId: 'camp-1', unitId: '11311', followUp: false }]);

    await user.click(within(toolbar).getByRole('button', { name: 'In' }));
    expect(printDialog).toHaveBeenCalledTimes(1);
    expect(backend.callsTo('print.pdf')).toEqual([]);
    expect(open).not.toHaveBeenCalled();

    await user.click(within(toolbar).getByRole('button', { name: 'Quay lại' }));
    expect(router.state.location.pathname).toBe('/gifts/camp-1');
    expect(await screen.findByRole('heading', { level: 2, name: 'Danh sách trẻ nhận quà' })).toBeInTheDocument();
  });

  it('offers the print page only once the list is frozen', async () => {
    const backend = createGiftBackend({ campaign: makeCampaign(), recipients: [recipientOf(hoa)] });
    await openCampaign(backend);
    const view = screen.getByRole('button', { name: 'Xem bản in' });
    expect(view).toBeDisabled();
    expect(view).toHaveAccessibleDescription(expect.stringContaining('cần danh sách đã chốt'));
  });
});
