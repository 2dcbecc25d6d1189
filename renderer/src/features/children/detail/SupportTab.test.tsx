import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChildGift } from '../../../../../shared/gifts';
import { createRegisterBackend, makeChild } from '../../../test/registerFixtures';
import { renderApp } from '../../../test/renderApp';

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

async function openSupport(gifts: ChildGift[]) {
  const backend = createRegisterBackend({ children: [makeChild({ id: 'c-1' })] });
  backend.override('children.gifts', () => ({ ok: true, data: gifts }));
  const app = await renderApp({ backend, path: '/children/c-1?tab=support' });
  const panel = await screen.findByRole('tabpanel', { name: 'Hỗ trợ' });
  return { ...app, panel };
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\u00A0/g, ' '));

describe("a child's support tab", () => {
  it('shows the gift history, newest first, with removed ones marked, and says where Fund support will go', async () => {
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

    expect(panel).toHaveTextContent('Hỗ trợ từ Quỹ Bảo trợ trẻ em sẽ hiện ở đây.');
  });

  it('says when the child has had no gift', async () => {
    const { panel } = await openSupport([]);
    expect(await within(panel).findByText('Trẻ chưa có trong danh sách nhận quà nào.')).toBeInTheDocument();
    expect(within(panel).queryByRole('table')).not.toBeInTheDocument();
  });
});
