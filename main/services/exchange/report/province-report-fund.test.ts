import { afterEach, expect, it } from 'vitest';
import { createTestContext } from '../../../../tests/fixtures/context';
import { insertOfficeSnapshot, provinceRow as r } from '../../../../tests/fixtures/province-rows';
import { fundSection } from './province-report-fund';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const M = 1_000_000;

it('reads cash received, paid and held, and the lượt trẻ the fund supported, as the statement and the lượt trẻ report do', async () => {
  const t = await createTestContext();
  close = t.close;
  const o = 'o';
  insertOfficeSnapshot(
    t.ctx.sqlite,
    { id: o, code: 'X', name: 'Phòng thử' },
    {
      fund_receipt: [r.receipt(o, 'R1', '2026-03-02', 40 * M), { ...r.receipt(o, 'R2', '2026-03-05', 9 * M), donor_kind: null }, r.receipt(o, 'R3', '2026-03-06', 5 * M, 'inKind')],
      fund_support: [r.support(o, 'S1', 'c1', 'cleftSurgery'), r.support(o, 'S2', 'c2', 'scholarship')],
      fund_posting: [
        r.posting(o, 'P1', '2026-03-02', 'receipt', { receipt_id: 'R1' }),
        r.posting(o, 'P2', '2026-03-05', 'receipt', { receipt_id: 'R2' }),
        r.posting(o, 'P3', '2026-03-06', 'receipt', { receipt_id: 'R3' }),
        r.posting(o, 'P4', '2026-03-10', 'supportPayment', { support_id: 'S1' }),
        r.posting(o, 'P5', '2026-02-20', 'supportPayment', { support_id: 'S2' }),
        r.posting(o, 'P6', '2026-03-20', 'reversal', { support_id: 'S2', reverses_id: 'P5' }),
        r.posting(o, 'P7', '2026-03-25', 'supportPayment', { support_id: 'gone' }),
        r.posting(o, 'P8', '2026-03-31', 'goodsIssue', { campaign_id: 'G1' }),
      ],
      fund_entry: [
        r.entry('E1', 'P1', 40 * M),
        r.entry('E2', 'P2', 9 * M),
        r.entry('E3', 'P3', 5 * M, 'goods'),
        r.entry('E4', 'P4', -12 * M),
        r.entry('E5', 'P5', -2 * M),
        r.entry('E6', 'P6', 2 * M),
        r.entry('E7', 'P7', -1 * M),
        r.entry('E8', 'P8', -3 * M, 'goods'),
      ],
    },
  );
  const row = fundSection(t.ctx.sqlite)(o, { from: '2026-03-01', to: '2026-03-31' });
  // Received: R1 only (R2 has no donor kind, as the statement leaves it out; R3 is goods).
  // Paid: S1 12.000.000, less S2's February payment put back on 20/03; P7 names no case the
  // snapshot holds (no purpose), the goods issue is not cash.
  // Lượt trẻ: +1 (S1) −1 (S2's reversal): 0, and 12.000.000 − 2.000.000 = 10.000.000.
  // Balance: every cash entry up to 31/03: 40 + 9 − 12 − 2 + 2 − 1 = 36.000.000.
  expect(row).toEqual({ received: 40 * M, paid: 10 * M, balance: 36 * M, childTimes: 0, supportPaid: 10 * M });
  expect(fundSection(t.ctx.sqlite)(o, { from: '2026-02-01', to: '2026-02-28' })).toEqual({ received: 0, paid: 2 * M, balance: -2 * M, childTimes: 1, supportPaid: 2 * M });
});
