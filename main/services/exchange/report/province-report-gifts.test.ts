import { afterEach, expect, it } from 'vitest';
import { createTestContext } from '../../../../tests/fixtures/context';
import { insertOfficeSnapshot, provinceRow as r } from '../../../../tests/fixtures/province-rows';
import { giftsSection } from './province-report-gifts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

it('counts the gifts handed over in the period, on its first and last day included, and the campaigns they belong to', async () => {
  const t = await createTestContext();
  close = t.close;
  const gift = (status: string, on: string | null, included: 0 | 1 = 1) => ({ status, on, cash: 300_000, goods: 150_000, included });
  insertOfficeSnapshot(
    t.ctx.sqlite,
    { id: 'o', code: 'X', name: 'Phòng thử' },
    {
      gift_campaign: [r.campaign('G1', 'Trung thu'), r.campaign('G2', 'Cuối năm'), r.campaign('G3', 'Tết')],
      gift_recipient: [
        r.recipient('1', 'G1', 'c1', gift('received', '2026-10-01')),
        r.recipient('2', 'G1', 'c2', gift('receivedByGuardian', '2026-12-31')),
        r.recipient('3', 'G1', 'c3', gift('received', '2026-09-30')),
        r.recipient('4', 'G2', 'c1', gift('received', '2026-11-11')),
        r.recipient('5', 'G2', 'c4', gift('absent', '2026-11-11')),
        r.recipient('6', 'G2', 'c5', gift('refused', '2026-11-11')),
        r.recipient('7', 'G2', 'c6', gift('pending', null)),
        r.recipient('8', 'G2', 'c7', gift('received', '2026-11-11', 0)),
        r.recipient('9', 'G3', 'c8', gift('received', '2027-01-01')),
      ],
    },
  );
  const delivered = giftsSection(t.ctx.sqlite)('o', { from: '2026-10-01', to: '2026-12-31' });
  // 1, 2 and 4: three lượt trẻ of 450.000 in two campaigns; c1 had two gifts.
  expect(delivered.row).toEqual({ campaigns: 2, giftsDelivered: 3, value: 1_350_000 });
  expect([...delivered.children].sort()).toEqual(['c1', 'c2']);
  expect(giftsSection(t.ctx.sqlite)('o', { from: '2027-02-01', to: '2027-02-28' })).toEqual({
    row: { campaigns: 0, giftsDelivered: 0, value: 0 },
    children: new Set(),
  });
});
