import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ledger } from '../../../../../shared/fund';
import { toIsoDate } from '../../../../../shared/format';
import { createRegisterBackend } from '../../../test/registerFixtures';
import { cellTexts } from '../../../test/screen';
import { serve } from '../../../test/serve';
import { childPotInfo, generalPotInfo, giftsPotInfo } from '../common/testing';
import { makeLine, makeOverview, renderFund } from '../overview/testing';

const today = toIsoDate(new Date());
const year = today.slice(0, 4);

const ledger: Ledger = {
  from: '2026-01-01',
  to: '2026-12-31',
  asset: 'cash',
  pot: null,
  opening: 1_000_000,
  lines: [
    makeLine({ seq: 1, postedOn: '2026-03-02', amount: 5_000_000, balance: 6_000_000, reference: 'PT-2026-001', donorName: 'Công ty TNHH Thiên Phúc', locked: true }),
    makeLine({
      seq: 2,
      postedOn: '2026-10-05',
      source: 'campaignPayment',
      amount: -2_000_000,
      balance: 4_000_000,
      // As main sends it: a campaign posting's reference is the campaign's name.
      reference: 'Trung thu 2026',
      campaignId: 'camp-1',
      campaignName: 'Trung thu 2026',
      pots: [
        { pot: giftsPotInfo, amount: -1_500_000, quantity: null, goodsUnit: null },
        { pot: generalPotInfo, amount: -500_000, quantity: null, goodsUnit: null },
      ],
      reversedBySeq: 4,
    }),
    makeLine({
      seq: 3,
      postedOn: '2026-11-02',
      source: 'supportPayment',
      purpose: 'heartSurgery',
      reference: 'QĐ 45/QĐ-UBND',
      childId: 'child-1',
      childName: 'Đặng Thị Hoa',
      amount: -3_500_000,
      balance: 500_000,
      pots: [{ pot: childPotInfo, amount: -3_500_000, quantity: null, goodsUnit: null }],
    }),
    makeLine({
      seq: 4,
      postedOn: '2026-11-10',
      source: 'reversal',
      reversedSource: 'campaignPayment',
      campaignId: 'camp-1',
      campaignName: 'Trung thu 2026',
      amount: 2_000_000,
      balance: 2_500_000,
      reversesSeq: 2,
      reason: 'Đợt quà hoãn sang năm sau',
    }),
    makeLine({
      seq: 5,
      postedOn: '2026-11-15',
      source: 'campaignPayment',
      campaignId: 'camp-2',
      campaignName: 'Quà Tết 2027',
      amount: -3_000_000,
      balance: -500_000,
      overrideReason: 'Chờ nhà tài trợ chuyển tiền',
    }),
  ],
  totalIn: 7_000_000,
  totalOut: 8_500_000,
  closing: -500_000,
};

function ledgerBackend() {
  const backend = createRegisterBackend();
  serve(backend, 'fund.overview', () => makeOverview());
  serve(backend, 'fund.ledger', () => ledger);
  return backend;
}

const rowCells = (row: HTMLElement) => cellTexts([...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')]);

describe('the ledger', () => {
  it('shows the opening balance, each posting with its running balance, and the totals and closing exactly as given', async () => {
    const backend = ledgerBackend();
    await renderFund('/fund/ledger', backend);
    const table = await screen.findByRole('table', { name: 'Sổ quỹ từ ngày 01/01/2026 đến ngày 31/12/2026' });
    expect(backend.callsTo('fund.ledger')[0]?.input).toEqual({ from: `${year}-01-01`, to: `${year}-12-31`, asset: 'cash', pot: null });

    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(rowCells)).toEqual([
      ['Số dư đầu kỳ (ngày 01/01/2026)', '', '', '1.000.000 ₫', ''],
      ['1', '02/03/2026', 'Thu — PT-2026-001 — Công ty TNHH Thiên Phúc🔒 đã khóa sổ', 'Quỹ chung', '5.000.000 ₫', '', '6.000.000 ₫', ''],
      [
        '2',
        '05/10/2026',
        'Chi cho đợt tặng quà — Trung thu 2026đã đảo bởi bút toán số 4',
        'Dành cho: Tặng quà: 1.500.000 ₫Quỹ chung: 500.000 ₫',
        '',
        '2.000.000 ₫',
        '4.000.000 ₫',
        '',
      ],
      ['3', '02/11/2026', 'Chi hỗ trợ trẻ em — Phẫu thuật tim — QĐ 45/QĐ-UBND — Đặng Thị Hoa', 'Dành cho trẻ Đặng Thị Hoa', '', '3.500.000 ₫', '500.000 ₫', ''],
      [
        '4',
        '10/11/2026',
        'Bút toán đảo (Chi cho đợt tặng quà) — Trung thu 2026Đảo bút toán số 2: Đợt quà hoãn sang năm sau',
        'Quỹ chung',
        '2.000.000 ₫',
        '',
        '2.500.000 ₫',
        '',
      ],
      ['5', '15/11/2026', 'Chi cho đợt tặng quà — Quà Tết 2027chi vượt: Chờ nhà tài trợ chuyển tiền', 'Quỹ chung', '', '3.000.000 ₫', '-500.000 ₫', 'Đảo'],
      ['Cộng phát sinh và số dư cuối kỳ (ngày 31/12/2026)', '7.000.000 ₫', '8.500.000 ₫', '-500.000 ₫', ''],
    ]);
    expect(within(rows[3] as HTMLElement).getByRole('link', { name: 'Đặng Thị Hoa' })).toHaveAttribute('href', '/children/child-1');
    // Only a campaign payment not reversed yet can be reversed here.
    expect(within(table).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(['Đảo bút toán số 5']);
  });

  it('narrows the ledger to goods and one pot, and reverses a campaign payment with a reason', async () => {
    const backend = ledgerBackend();
    serve(backend, 'fund.reversePosting', () => ({ postingId: 'posting-6', seq: 6 }));
    const { user, router } = await renderFund('/fund/ledger', backend);
    await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Loại'), 'Hiện vật (theo giá trị)');
    await user.selectOptions(screen.getByLabelText('Quỹ'), 'Dành cho: Phẫu thuật tim');
    await waitFor(() =>
      expect(backend.callsTo('fund.ledger').at(-1)?.input).toEqual({ from: `${year}-01-01`, to: `${year}-12-31`, asset: 'goods', pot: 'purpose:heartSurgery' }),
    );
    expect(router.state.location.search).toBe(`?from=${year}-01-01&to=${year}-12-31&asset=goods&pot=purpose%3AheartSurgery`);

    await user.click(screen.getByRole('button', { name: 'Đảo bút toán số 5' }));
    const dialog = screen.getByRole('dialog', { name: 'Đảo bút toán số 5' });
    expect(within(dialog).getByText('Bút toán số 5 ngày 15/11/2026 — Chi cho đợt tặng quà — Quà Tết 2027 — 3.000.000 ₫')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Đảo bút toán' }));
    const reason = within(dialog).getByLabelText('Lý do đảo');
    await waitFor(() => expect(reason).toHaveAccessibleDescription('Mục này không được để trống.'));
    await user.type(reason, 'Chi nhầm đợt');
    await user.click(within(dialog).getByRole('button', { name: 'Đảo bút toán' }));

    await waitFor(() => expect(backend.callsTo('fund.reversePosting')).toHaveLength(1));
    expect(backend.callsTo('fund.reversePosting')[0]?.input).toEqual({ postingId: 'posting-5', date: today, reason: 'Chi nhầm đợt', overrideReason: null });
    expect(await screen.findByText('Đã đảo bút toán số 5 (bút toán đảo số 6).')).toBeInTheDocument();
  });

  it('keeps its period, asset and pot in the address, so that back returns to the view before', async () => {
    const backend = ledgerBackend();
    const goodsLedger: Ledger = {
      ...ledger,
      from: '2026-04-01',
      to: '2026-06-30',
      asset: 'goods',
      opening: 0,
      lines: [
        makeLine({
          seq: 7,
          postedOn: '2026-05-04',
          source: 'goodsIssue',
          campaignName: 'Trung thu 2026',
          amount: -660_000,
          balance: 340_000,
          pots: [{ pot: generalPotInfo, amount: -660_000, quantity: -(1.1 * 6), goodsUnit: 'thùng' }],
        }),
      ],
    };
    serve(backend, 'fund.ledger', (query) => (query.asset === 'goods' ? { ...goodsLedger, from: query.from, to: query.to } : ledger));
    const { user, router } = await renderFund('/fund/ledger?from=2026-04-01&to=2026-06-30&asset=goods&pot=purpose:heartSurgery', backend);

    const table = await screen.findByRole('table', { name: 'Sổ quỹ từ ngày 01/04/2026 đến ngày 30/06/2026' });
    expect(backend.callsTo('fund.ledger')[0]?.input).toEqual({ from: '2026-04-01', to: '2026-06-30', asset: 'goods', pot: 'purpose:heartSurgery' });
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('01/04/2026');
    expect(screen.getByLabelText('Loại')).toHaveDisplayValue('Hiện vật (theo giá trị)');
    await waitFor(() => expect(screen.getByLabelText('Quỹ')).toHaveDisplayValue('Dành cho: Phẫu thuật tim'));
    // A quantity left over from sums of reals is shown to at most three decimals.
    expect(table).toHaveTextContent('Quỹ chung (6,6 thùng)');

    const to = screen.getByLabelText('Đến ngày');
    await user.clear(to);
    await user.type(to, '31/12/2026');
    await user.click(screen.getByRole('button', { name: 'Xem sổ quỹ' }));
    await waitFor(() =>
      expect(backend.callsTo('fund.ledger').at(-1)?.input).toEqual({ from: '2026-04-01', to: '2026-12-31', asset: 'goods', pot: 'purpose:heartSurgery' }),
    );
    expect(router.state.location.search).toBe('?from=2026-04-01&to=2026-12-31&asset=goods&pot=purpose%3AheartSurgery');

    await act(() => router.navigate(-1));
    expect(await screen.findByRole('table', { name: 'Sổ quỹ từ ngày 01/04/2026 đến ngày 30/06/2026' })).toBeInTheDocument();
    expect(screen.getByLabelText('Đến ngày')).toHaveValue('30/06/2026');
    expect(screen.getByLabelText('Loại')).toHaveDisplayValue('Hiện vật (theo giá trị)');
  });
});
