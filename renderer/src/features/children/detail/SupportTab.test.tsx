import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChildFundSupport } from '../../../../../shared/fund';
import type { ChildGift } from '../../../../../shared/gifts';
import { createRegisterBackend, makeChild } from '../../../test/registerFixtures';
import { renderApp } from '../../../test/renderApp';
import { doneSupport, makeSupport } from '../../fund/supports/testing';

const gift = (overrides: Partial<ChildGift>): ChildGift => ({
  recipientId: 'r-1',
  campaignId: 'camp-1',
  campaignName: 'Tặng quà Tết Nguyên đán 2027',
  occasion: 'tet',
  year: 2027,
  startDate: '2027-01-20',
  amount: 500_000,
  cash: 300_000,
  goodsValue: 200_000,
  goodsDescription: 'Bánh kẹo, sữa',
  sources: [{ kind: 'sponsor', sponsorName: 'Công ty Hoa Sen' }],
  included: true,
  status: 'received',
  deliveredOn: '2027-01-19',
  ...overrides,
});

const noFundSupport: ChildFundSupport = { supports: [], earmarked: [] };

async function openSupport(gifts: ChildGift[], fund: ChildFundSupport = noFundSupport) {
  const backend = createRegisterBackend({ children: [makeChild({ id: 'c-1' })] });
  backend.override('children.gifts', () => ({ ok: true, data: gifts }));
  backend.override('children.fundSupport', () => ({ ok: true, data: fund }));
  const app = await renderApp({ backend, path: '/children/c-1?tab=support' });
  const panel = await screen.findByRole('tabpanel', { name: 'Hỗ trợ' });
  return { ...app, panel };
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\u00A0/g, ' '));

describe("a child's support tab", () => {
  it('shows the gift history, newest first, with removed ones marked', async () => {
    const { panel, backend } = await openSupport([
      gift({}),
      gift({
        recipientId: 'r-0',
        campaignId: 'camp-0',
        campaignName: 'Quà Trung thu 2026',
        occasion: 'midAutumn',
        year: 2026,
        amount: 300_000,
        cash: 300_000,
        goodsValue: 0,
        goodsDescription: null,
        included: false,
        status: 'pending',
        deliveredOn: null,
      }),
    ]);

    const table = await within(panel).findByRole('table', { name: 'Quà tặng' });
    expect(backend.callsTo('children.gifts').map((c) => c.input)).toEqual([{ id: 'c-1' }]);
    const tet = within(table).getByRole('row', { name: /Tặng quà Tết Nguyên đán 2027/ });
    const tetCells = cells(tet);
    expect(tetCells[0]).toBe('Tết Nguyên đán');
    expect(tetCells[1]).toBe('2027');
    expect(tetCells[4]).toBe('Đã nhận');
    expect(tetCells[2]).toContain('500.000 ₫');
    expect(tetCells[2]).toContain('Bánh kẹo, sữa trị giá 200.000 ₫');
    // A right-aligned amount cell, not the gift campaign header's row of figures (dl.gift-money, a flex box).
    const amount = within(tet).getAllByRole('cell')[2];
    expect(amount).toHaveClass('gift-amount');
    expect(amount).not.toHaveClass('gift-money');
    expect(tetCells[3]).toBe('Công ty Hoa Sen');
    expect(tetCells[5]).toBe('19/01/2027');

    const removed = within(table).getByRole('row', { name: /Quà Trung thu 2026/ });
    expect(removed).toHaveClass('gift-removed');
    expect(removed).toHaveTextContent('Đã bỏ khỏi danh sách');
    expect(cells(removed)[5]).toBe('');
  });

  it('says when the child has had no gift', async () => {
    const { panel } = await openSupport([]);
    expect(await within(panel).findByText('Trẻ chưa có trong danh sách nhận quà nào.')).toBeInTheDocument();
    expect(within(panel).queryByRole('table')).not.toBeInTheDocument();
  });

  it("lists the Child Fund's support with its cost split, and the donations set aside for the child", async () => {
    const surgery = doneSupport({ id: 'sup-1', childId: 'c-1' });
    const proposal = makeSupport({ id: 'sup-2', childId: 'c-1', type: 'scholarship', diagnosis: null, estimatedCost: 2_000_000 });
    const { panel, backend, user, router } = await openSupport([], {
      supports: [surgery, proposal],
      earmarked: [
        { receiptId: 'r-1', receiptNo: 'PT-2026-015', receivedOn: '2026-09-12', donorName: 'Công ty TNHH Hải Âu', kind: 'cash', amount: 5_000_000, cancelled: false },
        { receiptId: 'r-2', receiptNo: 'PT-2026-021', receivedOn: '2026-10-03', donorName: 'Nhà hảo tâm Lê Minh', kind: 'cash', amount: 1_000_000, cancelled: true },
      ],
    });

    const cases = await within(panel).findByRole('table', { name: 'Hỗ trợ từ Quỹ Bảo trợ trẻ em' });
    expect(backend.callsTo('children.fundSupport').map((c) => c.input)).toEqual([{ id: 'c-1' }]);
    const heart = within(cases).getByRole('row', { name: /Phẫu thuật tim/ });
    expect(cells(heart)).toEqual([
      'Đã thực hiện',
      'Số 125/QĐ-UBND ngày 10/10/2026',
      'Bệnh viện Nhi Trung ương',
      '02/11/2026',
      '100.000.000 ₫',
      'Quỹ 30.000.000 ₫; BHYT 40.000.000 ₫; Đơn vị cùng chi trả 20.000.000 ₫ (Chương trình Trái tim cho em); Gia đình 10.000.000 ₫',
    ]);
    expect(cells(within(cases).getByRole('row', { name: /Học bổng/ }))).toEqual(['Đề xuất', '', '', '', '', '']);

    const donations = within(panel).getByRole('table', { name: 'Tiền, hiện vật nhà tài trợ dành riêng cho trẻ' });
    expect(cells(within(donations).getByRole('row', { name: /PT-2026-015/ }))).toEqual(['12/09/2026', 'Công ty TNHH Hải Âu', '5.000.000 ₫', '']);
    const cancelled = within(donations).getByRole('row', { name: /PT-2026-021/ });
    expect(cancelled).toHaveClass('gift-removed');
    expect(cancelled).toHaveTextContent('Đã hủy phiếu thu');

    expect(within(panel).getByRole('link', { name: 'Đề xuất hỗ trợ' })).toHaveAttribute('href', '/fund/supports/new?child=c-1');
    await user.click(within(heart).getByRole('link', { name: 'Phẫu thuật tim' }));
    expect(router.state.location.pathname).toBe('/fund/supports/sup-1');
  });

  it('says when the Fund has not supported the child', async () => {
    const { panel } = await openSupport([]);
    expect(await within(panel).findByText('Trẻ chưa có hồ sơ hỗ trợ nào của Quỹ.')).toBeInTheDocument();
    expect(within(panel).getByText('Chưa có khoản tài trợ nào dành riêng cho trẻ.')).toBeInTheDocument();
  });
});
