import type { Kysely } from 'kysely';
import { donorKinds, donorOrigins, spendingPurposes, type DonorKind, type DonorOrigin, type LedgerAsset, type PostingSource, type SpendingPurpose } from '../../../../shared/codes/fund';
import type { AssetAmounts, FundStatement } from '../../../../shared/fund';
import type { FundPeriod } from '../../../../shared/schemas/fund';
import type { Database } from '../../../db/schema';

/**
 * Báo cáo thu, chi Quỹ for a period [from, to] (both days included), per asset (cash; goods at
 * their estimated value) and in total (cash + goods):
 * - opening: the sum of the entries of every posting dated before `from`;
 * - receipts: for the postings dated in [from, to] whose source is 'receipt', or that reverse a
 *   receipt's posting (a cancellation), the sum of their entries, by the donor kind × origin kept
 *   on the receipt when it was written (editing a donor later does not change a past statement);
 *   all eight combinations listed, zeros included, in donorKinds × donorOrigins order;
 * - payments: for the postings dated in [from, to] whose source is 'supportPayment',
 *   'campaignPayment' or 'goodsIssue', or that reverse one of those, minus the sum of their
 *   entries, by purpose (the support's type; 'gifts' for a campaign); every spending purpose
 *   listed, in spendingPurposes order;
 * - closing: the sum of the entries of every posting dated on or before `to`.
 * Every posting is a receipt, a payment or the reversal of one, so closing = opening + receipts −
 * payments, asset by asset. The closing is summed on its own so that tests can check that it is.
 */

type Db = Kysely<Database>;

const paymentSources: readonly PostingSource[] = ['supportPayment', 'campaignPayment', 'goodsIssue'];

export const noAmounts = (): AssetAmounts => ({ cash: 0, goods: 0, total: 0 });

function add(target: AssetAmounts, asset: LedgerAsset, amount: number): void {
  target[asset] += amount;
  target.total += amount;
}

/** The balance of each asset over the postings dated before (or on) a day. */
async function balance(db: Db, operator: '<' | '<=', day: string): Promise<AssetAmounts> {
  const rows = await db
    .selectFrom('fund_entry as e')
    .innerJoin('fund_posting as p', 'p.id', 'e.posting_id')
    .select((eb) => ['e.asset', eb.fn.sum<number>('e.amount').as('amount')])
    .where('p.posted_on', operator, day)
    .groupBy('e.asset')
    .execute();
  const amounts = noAmounts();
  for (const row of rows) add(amounts, row.asset, Number(row.amount));
  return amounts;
}

export async function fundStatement(db: Db, period: FundPeriod): Promise<FundStatement> {
  const { from, to } = period;
  // A reversal carries its original's receipt, support and campaign (ledger.ts reversePosting);
  // what it reverses decides whether it is a receipt or a payment.
  const rows = await db
    .selectFrom('fund_entry as e')
    .innerJoin('fund_posting as p', 'p.id', 'e.posting_id')
    .leftJoin('fund_posting as o', 'o.id', 'p.reverses_id')
    .leftJoin('fund_receipt as r', 'r.id', 'p.receipt_id')
    .leftJoin('fund_support as s', 's.id', 'p.support_id')
    .select((eb) => [
      'e.asset',
      'p.source',
      'o.source as reversedSource',
      'r.donor_kind as donorKind',
      'r.donor_origin as donorOrigin',
      's.type as supportType',
      eb.fn.sum<number>('e.amount').as('amount'),
    ])
    .where('p.posted_on', '>=', from)
    .where('p.posted_on', '<=', to)
    .groupBy(['e.asset', 'p.source', 'o.source', 'r.donor_kind', 'r.donor_origin', 's.type'])
    .execute();

  const receipts = new Map<string, AssetAmounts>();
  const receiptKey = (kind: DonorKind, origin: DonorOrigin) => `${kind}|${origin}`;
  for (const kind of donorKinds) for (const origin of donorOrigins) receipts.set(receiptKey(kind, origin), noAmounts());
  const payments = new Map<SpendingPurpose, AssetAmounts>(spendingPurposes.map((purpose) => [purpose, noAmounts()]));
  const receiptsTotal = noAmounts();
  const paymentsTotal = noAmounts();

  for (const row of rows) {
    const source = row.source === 'reversal' ? row.reversedSource : row.source;
    const amount = Number(row.amount);
    if (source === 'receipt' && row.donorKind && row.donorOrigin) {
      const cell = receipts.get(receiptKey(row.donorKind, row.donorOrigin));
      if (cell) add(cell, row.asset, amount);
      add(receiptsTotal, row.asset, amount);
    } else if (source && paymentSources.includes(source)) {
      // A support payment always names its case (a check constraint), so its type is known.
      const purpose = source === 'supportPayment' ? row.supportType : 'gifts';
      if (!purpose) continue;
      const cell = payments.get(purpose);
      if (cell) add(cell, row.asset, -amount);
      add(paymentsTotal, row.asset, -amount);
    }
  }

  return {
    from,
    to,
    opening: await balance(db, '<', from),
    receipts: donorKinds.flatMap((kind) =>
      donorOrigins.map((origin) => ({ kind, origin, amounts: receipts.get(receiptKey(kind, origin)) ?? noAmounts() })),
    ),
    receiptsTotal,
    payments: spendingPurposes.map((purpose) => ({ purpose, amounts: payments.get(purpose) ?? noAmounts() })),
    paymentsTotal,
    closing: await balance(db, '<=', to),
  };
}
