import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Availability } from '../../../../../shared/fund';
import { toIsoDate } from '../../../../../shared/format';
import { createRegisterBackend } from '../../../test/registerFixtures';
import { cellTexts } from '../../../test/screen';
import { Refusal, serve } from '../../../test/serve';
import { makeCampaign } from '../../gifts/testing';
import { generalPotInfo, giftsPotInfo } from '../common/testing';
import { makeOverview, renderFund } from './testing';

const today = toIsoDate(new Date());

function overviewBackend() {
  const backend = createRegisterBackend();
  serve(backend, 'fund.overview', () => makeOverview());
  serve(backend, 'gifts.campaigns', () => [makeCampaign({ id: 'camp-1', name: 'Tặng quà Tết Nguyên đán 2027' })]);
  return backend;
}

const rowCells = (row: HTMLElement) => cellTexts([...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')]);

describe('the fund overview', () => {
  it('lists the cash pots with their labels and balances, the goods left and the closed periods', async () => {
    const backend = overviewBackend();
    serve(backend, 'fund.overview', () =>
      makeOverview({
        closedPeriods: [
          { period: '2025', closedAt: '2026-01-10T02:00:00.000Z' },
          { period: '2026-09', closedAt: '2026-10-03T02:00:00.000Z' },
        ],
      }),
    );
    await renderFund('/fund', backend);

    expect(screen.getByRole('heading', { level: 1, name: 'Quỹ Bảo trợ trẻ em' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Các mục của Quỹ' });
    expect(within(nav).getByRole('link', { name: 'Tổng quan' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Tổng quan',
      'Hỗ trợ trẻ em',
      'Phiếu thu',
      'Nhà tài trợ',
      'Sổ quỹ',
      'Báo cáo',
    ]);

    const cash = await screen.findByRole('table', { name: 'Số dư tiền theo từng khoản' });
    expect(within(cash).getAllByRole('row').slice(1).map(rowCells)).toEqual([
      ['Quỹ chung', '10.000.000 ₫'],
      ['Dành cho: Phẫu thuật tim', '3.000.000 ₫'],
      ['Dành cho trẻ em Phường Ngô Quyền', '1.500.000 ₫'],
      ['Dành cho trẻ Đặng Thị Hoa', '500.000 ₫'],
      ['Tổng tiền trong quỹ', '15.000.000 ₫'],
    ]);

    const goods = screen.getByRole('table', { name: 'Hiện vật theo từng lô nhận' });
    expect(rowCells(within(goods).getByRole('row', { name: /Sữa hộp/ }))).toEqual([
      'Sữa hộp 180 ml',
      'Số PT-2026-003 ngày 10/04/2026',
      'Ngân hàng Bình Minh',
      '50 thùng',
      '40 thùng',
      '4.000.000 ₫',
      'Quỹ chung',
    ]);
    expect(screen.getByText('Chưa có khoản chi vượt nào.')).toBeInTheDocument();
    expect(screen.getByText(/^tháng 09\/2026: khóa sổ lúc 03\/10\/2026/)).toBeInTheDocument();
    expect(screen.getByText(/^năm 2025: khóa sổ lúc 10\/01\/2026/)).toBeInTheDocument();
    // Closing September closed every day before it too: the books are closed in one line.
    expect(screen.getByText('Sổ đã khóa đến hết ngày 30/09/2026.')).toBeInTheDocument();
  });

  it('asks before closing a month, then sends it as "2026-10"', async () => {
    const backend = overviewBackend();
    serve(backend, 'fund.closePeriod', ({ period }) => [{ period, closedAt: '2026-11-22T08:00:00.000Z' }]);
    const { user } = await renderFund('/fund', backend);

    const field = await screen.findByLabelText('Tháng cần khóa sổ (mm/yyyy)');
    await user.clear(field);
    await user.type(field, '10/2026');
    await user.click(screen.getByRole('button', { name: 'Khóa sổ' }));

    const dialog = screen.getByRole('alertdialog', { name: 'Khóa sổ tháng 10/2026?' });
    expect(dialog).toHaveAccessibleDescription(expect.stringContaining('Khóa sổ là việc không hoàn tác được.'));
    expect(dialog).toHaveAccessibleDescription(
      expect.stringContaining('khóa sổ Quỹ đến hết ngày 31/10/2026: mọi ngày trước đó cũng bị khóa, kể cả những tháng chưa khóa sổ riêng'),
    );
    expect(backend.callsTo('fund.closePeriod')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Khóa sổ' }));

    await waitFor(() => expect(backend.callsTo('fund.closePeriod').map((call) => call.input)).toEqual([{ period: '2026-10' }]));
    expect(await screen.findByText('Đã khóa sổ tháng 10/2026.')).toBeInTheDocument();
  });

  it('checks the period typed, and shows why main would not close it', async () => {
    const backend = overviewBackend();
    serve(backend, 'fund.closePeriod', () => {
      throw new Refusal('errors.periodNotEnded');
    });
    const { user } = await renderFund('/fund', backend);

    const field = await screen.findByLabelText('Tháng cần khóa sổ (mm/yyyy)');
    await user.clear(field);
    await user.type(field, '13/2026');
    await user.click(screen.getByRole('button', { name: 'Khóa sổ' }));
    expect(field).toHaveAccessibleDescription('Kỳ phải là một tháng (mm/yyyy) hoặc một năm.');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('Năm'));
    const year = screen.getByLabelText('Năm cần khóa sổ (yyyy)');
    await user.clear(year);
    await user.type(year, '2026');
    await user.click(screen.getByRole('button', { name: 'Khóa sổ' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Khóa sổ năm 2026?' })).getByRole('button', { name: 'Khóa sổ' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chưa khóa sổ được. Kỳ này chưa kết thúc nên chưa khóa sổ được.');
    expect(backend.callsTo('fund.closePeriod').map((call) => call.input)).toEqual([{ period: '2026' }]);
  });
});

describe('paying a gift campaign', () => {
  const availability = (on: string): Availability => ({
    on,
    pots: [
      { ...giftsPotInfo, balance: 1_000_000 },
      { ...generalPotInfo, balance: 500_000 },
    ],
    total: 1_500_000,
    approvedAmount: null,
  });

  async function openPayment(backend = overviewBackend()) {
    serve(backend, 'fund.available', ({ on }) => availability(on));
    const app = await renderFund('/fund', backend);
    await app.user.click(await screen.findByRole('button', { name: 'Chi tiền cho đợt tặng quà' }));
    const dialog = screen.getByRole('dialog', { name: 'Chi tiền cho đợt tặng quà' });
    await app.user.selectOptions(within(dialog).getByLabelText('Đợt tặng quà'), 'Tặng quà Tết Nguyên đán 2027');
    return { ...app, dialog, backend };
  }

  it('shows what the fund can pay from; an amount beyond it asks for a reason and sends it', async () => {
    const backend = overviewBackend();
    serve(backend, 'fund.payCampaign', () => ({ postingId: 'posting-42', seq: 42 }));
    const { user, dialog } = await openPayment(backend);

    const available = await within(dialog).findByRole('table', { name: 'Quỹ có thể chi cho đợt này' });
    expect(within(available).getAllByRole('row').map(rowCells)).toEqual([
      ['Dành cho: Tặng quà', '1.000.000 ₫'],
      ['Quỹ chung', '500.000 ₫'],
      [expect.stringMatching(/^Cộng có thể chi vào ngày/), '1.500.000 ₫'],
    ]);
    expect(backend.callsTo('fund.available').at(-1)?.input).toEqual({ target: { kind: 'campaign', id: 'camp-1' }, on: today });

    expect(within(dialog).queryByLabelText('Lý do chi vượt')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Số tiền chi (đồng)'), '2.000.000');
    const reason = within(dialog).getByLabelText('Lý do chi vượt');
    expect(within(dialog).getByText(/nhiều hơn số Quỹ có thể chi cho đợt này 500.000/)).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Ghi khoản chi' }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription(expect.stringContaining('Mục này không được để trống.')));
    expect(backend.callsTo('fund.payCampaign')).toEqual([]);

    await user.type(reason, 'Quà Tết đã mua trước, nhà tài trợ chuyển tiền sau');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi khoản chi' }));
    await waitFor(() => expect(backend.callsTo('fund.payCampaign')).toHaveLength(1));
    expect(backend.callsTo('fund.payCampaign')[0]?.input).toEqual({
      campaignId: 'camp-1',
      paidOn: today,
      amount: 2_000_000,
      note: null,
      overrideReason: 'Quà Tết đã mua trước, nhà tài trợ chuyển tiền sau',
    });
    expect(await screen.findByText('Đã ghi khoản chi cho đợt tặng quà (bút toán số 42).')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('when main answers that the fund is short, reveals the reason and resends with it', async () => {
    const backend = overviewBackend();
    serve(backend, 'fund.payCampaign', (input) => {
      if (input.overrideReason === null) throw new Refusal('errors.fundOverdraft');
      return { postingId: 'posting-43', seq: 43 };
    });
    const { user, dialog } = await openPayment(backend);
    await within(dialog).findByRole('table', { name: 'Quỹ có thể chi cho đợt này' });
    await user.type(within(dialog).getByLabelText('Số tiền chi (đồng)'), '1.200.000');
    expect(within(dialog).queryByLabelText('Lý do chi vượt')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi khoản chi' }));

    const reason = await within(dialog).findByLabelText('Lý do chi vượt');
    expect(within(dialog).getByText(/Quỹ không đủ tiền \(hoặc hiện vật\) cho khoản chi này/)).toBeInTheDocument();
    await waitFor(() => expect(reason).toHaveFocus());
    const overviewLoads = backend.callsTo('fund.overview').length;
    await user.type(reason, 'Số dư cuối tháng sau không đủ, đã báo cáo lãnh đạo');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi khoản chi' }));

    await waitFor(() => expect(backend.callsTo('fund.payCampaign')).toHaveLength(2));
    expect(backend.callsTo('fund.payCampaign').map((call) => (call.input as { overrideReason: string | null }).overrideReason)).toEqual([
      null,
      'Số dư cuối tháng sau không đủ, đã báo cáo lãnh đạo',
    ]);
    expect(await screen.findByText('Đã ghi khoản chi cho đợt tặng quà (bút toán số 43).')).toBeInTheDocument();
    // The overview shows the new balances.
    expect(backend.callsTo('fund.overview').length).toBeGreaterThan(overviewLoads);
  });
});

describe('typed input in a dialog', () => {
  it('is kept unless the user says to discard it: Cancel and Escape ask first, an untouched dialog just closes', async () => {
    const backend = overviewBackend();
    const { user } = await renderFund('/fund', backend);
    await user.click(await screen.findByRole('button', { name: 'Chi tiền cho đợt tặng quà' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Chi tiền cho đợt tặng quà' })).getByRole('button', { name: 'Hủy bỏ' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Chi tiền cho đợt tặng quà' }));
    const dialog = screen.getByRole('dialog', { name: 'Chi tiền cho đợt tặng quà' });
    const amount = within(dialog).getByLabelText('Số tiền chi (đồng)');
    await user.type(amount, '2.000.000');
    await user.click(within(dialog).getByRole('button', { name: 'Hủy bỏ' }));
    const ask = screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' });
    expect(ask).toHaveAccessibleDescription('Những gì bạn đã nhập chưa được lưu. Nếu bỏ, các thông tin này sẽ mất.');
    await user.click(within(ask).getByRole('button', { name: 'Tiếp tục nhập' }));
    expect(amount).toHaveValue('2.000.000');

    await user.click(amount);
    await user.keyboard('{Escape}');
    await user.click(within(screen.getByRole('alertdialog', { name: 'Bỏ những gì đã nhập?' })).getByRole('button', { name: 'Bỏ' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(backend.callsTo('fund.payCampaign')).toEqual([]);
  });
});

describe('handing goods to a gift campaign', () => {
  it('offers the lots left with their unit, refuses more than is left, and sends the issue', async () => {
    const backend = overviewBackend();
    serve(backend, 'fund.issueGoods', () => ({ postingId: 'posting-50', seq: 50 }));
    const { user } = await renderFund('/fund', backend);
    await user.click(await screen.findByRole('button', { name: 'Xuất hiện vật cho đợt tặng quà' }));
    const dialog = screen.getByRole('dialog', { name: 'Xuất hiện vật cho đợt tặng quà' });

    expect(within(dialog).getByLabelText('Hiện vật (lô nhận)')).toHaveDisplayValue(
      'Sữa hộp 180 ml — phiếu thu số PT-2026-003 ngày 10/04/2026 (còn 40 thùng)',
    );
    expect(within(dialog).getByText('Còn lại: 40 thùng, trị giá 4.000.000 ₫.')).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('Đợt tặng quà'), 'Tặng quà Tết Nguyên đán 2027');
    const quantity = within(dialog).getByLabelText('Số lượng xuất (thùng)');
    await user.type(quantity, '45');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi phiếu xuất' }));
    await waitFor(() => expect(quantity).toHaveAccessibleDescription('Số hiện vật còn lại không đủ.'));
    expect(backend.callsTo('fund.issueGoods')).toEqual([]);

    await user.clear(quantity);
    await user.type(quantity, '10');
    expect(within(dialog).getByText(/Giá trị xuất .*1.000.000/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi phiếu xuất' }));
    await waitFor(() => expect(backend.callsTo('fund.issueGoods')).toHaveLength(1));
    expect(backend.callsTo('fund.issueGoods')[0]?.input).toEqual({
      receiptId: 'receipt-milk',
      campaignId: 'camp-1',
      quantity: 10,
      issuedOn: today,
      note: null,
    });
    expect(await screen.findByText('Đã ghi việc xuất hiện vật cho đợt tặng quà (bút toán số 50).')).toBeInTheDocument();
  });

  it('shows what is left of a lot to at most three decimals, and lets the last of it go with all its value', async () => {
    const backend = overviewBackend();
    const overview = makeOverview();
    const [milk] = overview.goods.lots;
    if (!milk) throw new Error('the sample overview has a lot');
    // 10 thùng received, 6,6 handed out: what is left is a sum of reals.
    const lot = { ...milk, quantityReceived: 10, quantityLeft: 10 - 6.6, valueLeft: 340_000 };
    serve(backend, 'fund.overview', () => ({ ...overview, goods: { totalValue: 340_000, lots: [lot] } }));
    serve(backend, 'fund.issueGoods', () => ({ postingId: 'posting-51', seq: 51 }));
    const { user } = await renderFund('/fund', backend);

    const goods = await screen.findByRole('table', { name: 'Hiện vật theo từng lô nhận' });
    expect(rowCells(within(goods).getByRole('row', { name: /Sữa hộp/ })).slice(3, 6)).toEqual(['10 thùng', '3,4 thùng', '340.000 ₫']);
    await user.click(screen.getByRole('button', { name: 'Xuất hiện vật cho đợt tặng quà' }));
    const dialog = screen.getByRole('dialog', { name: 'Xuất hiện vật cho đợt tặng quà' });
    expect(within(dialog).getByText('Còn lại: 3,4 thùng, trị giá 340.000 ₫.')).toBeInTheDocument();
    await user.selectOptions(within(dialog).getByLabelText('Đợt tặng quà'), 'Tặng quà Tết Nguyên đán 2027');
    await user.type(within(dialog).getByLabelText('Số lượng xuất (thùng)'), '3,4');
    expect(within(dialog).getByText(/Giá trị xuất .*340.000/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Ghi phiếu xuất' }));
    await waitFor(() => expect(backend.callsTo('fund.issueGoods')).toHaveLength(1));
    expect(backend.callsTo('fund.issueGoods')[0]?.input).toMatchObject({ quantity: 3.4 });
  });
});
