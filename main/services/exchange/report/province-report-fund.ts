import type SQLite from 'better-sqlite3';
import type { PostingSource } from '../../../../shared/codes/fund';
import type { ProvinceFundRow } from '../../../../shared/exchange';
import type { ProvinceReportQuery as Period } from '../../../../shared/schemas/exchange';

/**
 * The Child Fund of one office's snapshot, as the office's own reports count it, cash only:
 * - received, paid, balance: the statement (main/services/fund/reports/statement.ts) — the
 *   entries of the postings dated in [from, to] that are a receipt (with its donor's kind and
 *   origin) or reverse one, and minus those that are a support payment (of a known support
 *   type), a campaign payment or a goods issue or reverse one; balance: every posting dated on
 *   or before `to` (the statement's closing);
 * - childTimes, supportPaid: the support columns of the lượt trẻ report (child-times.ts) — each
 *   support payment dated in [from, to] +1 and each reversal of one −1, with minus their
 *   entries' amounts. Its gifts column is the gifts section's business.
 */

export const emptyFundRow = (): ProvinceFundRow => ({ received: 0, paid: 0, balance: 0, childTimes: 0, supportPaid: 0 });

export function addFundRow(sum: ProvinceFundRow, row: ProvinceFundRow): void {
  sum.received += row.received;
  sum.paid += row.paid;
  sum.balance += row.balance;
  sum.childTimes += row.childTimes;
  sum.supportPaid += row.supportPaid;
}

const paymentSources: readonly string[] = ['supportPayment', 'campaignPayment', 'goodsIssue'] satisfies PostingSource[];

type Params = { office: string; from: string; to: string };

interface CashLine {
  source: string;
  reversedSource: string | null;
  donorKind: string | null;
  donorOrigin: string | null;
  supportType: string | null;
  amount: number;
}

/** A posting's links, read from the stored rows (the ledger's left joins). */
const postingOfEntry = `
  join exchange_row p on p.office_id = e.office_id and p.table_name = 'fund_posting' and p.row_id = e.data ->> '$.posting_id'`;

export function fundSection(sqlite: SQLite.Database): (officeId: string, period: Period) => ProvinceFundRow {
  const cashInPeriod = sqlite.prepare<Params, CashLine>(`
    select p.data ->> '$.source' as source,
           o.data ->> '$.source' as reversedSource,
           r.data ->> '$.donor_kind' as donorKind,
           r.data ->> '$.donor_origin' as donorOrigin,
           s.data ->> '$.type' as supportType,
           sum(e.data ->> '$.amount') as amount
    from exchange_row e ${postingOfEntry}
    left join exchange_row o on o.office_id = p.office_id and o.table_name = 'fund_posting' and o.row_id = p.data ->> '$.reverses_id'
    left join exchange_row r on r.office_id = p.office_id and r.table_name = 'fund_receipt' and r.row_id = p.data ->> '$.receipt_id'
    left join exchange_row s on s.office_id = p.office_id and s.table_name = 'fund_support' and s.row_id = p.data ->> '$.support_id'
    where e.office_id = @office and e.table_name = 'fund_entry' and e.data ->> '$.asset' = 'cash'
      and p.data ->> '$.posted_on' >= @from and p.data ->> '$.posted_on' <= @to
    group by 1, 2, 3, 4, 5`);
  const cashBalance = sqlite
    .prepare<{ office: string; to: string }, number>(`
    select coalesce(sum(e.data ->> '$.amount'), 0)
    from exchange_row e ${postingOfEntry}
    where e.office_id = @office and e.table_name = 'fund_entry' and e.data ->> '$.asset' = 'cash'
      and p.data ->> '$.posted_on' <= @to`)
    .pluck();
  // The lượt trẻ report's postings: support payments dated in the period and their reversals.
  const supportJoins = `
    join exchange_row s on s.office_id = p.office_id and s.table_name = 'fund_support' and s.row_id = p.data ->> '$.support_id'
    left join exchange_row o on o.office_id = p.office_id and o.table_name = 'fund_posting' and o.row_id = p.data ->> '$.reverses_id'`;
  const supportPayment = `p.data ->> '$.posted_on' between @from and @to
      and (p.data ->> '$.source' = 'supportPayment' or (p.data ->> '$.source' = 'reversal' and o.data ->> '$.source' = 'supportPayment'))`;
  const supportCounts = sqlite.prepare<Params, { source: string; postings: number }>(`
    select p.data ->> '$.source' as source, count(*) as postings
    from exchange_row p ${supportJoins}
    where p.office_id = @office and p.table_name = 'fund_posting' and ${supportPayment}
    group by 1`);
  // From the entries, each finding its posting by key (a posting cannot find its entries so).
  const supportAmounts = sqlite.prepare<Params, { source: string; amount: number }>(`
    select p.data ->> '$.source' as source, sum(e.data ->> '$.amount') as amount
    from exchange_row e ${postingOfEntry} ${supportJoins}
    where e.office_id = @office and e.table_name = 'fund_entry' and ${supportPayment}
    group by 1`);

  return (officeId, { from, to }) => {
    const params = { office: officeId, from, to };
    const row = emptyFundRow();
    for (const line of cashInPeriod.all(params)) {
      const source = line.source === 'reversal' ? line.reversedSource : line.source;
      if (source === 'receipt') {
        if (line.donorKind && line.donorOrigin) row.received += line.amount;
      } else if (source !== null && paymentSources.includes(source)) {
        if (source === 'supportPayment' && !line.supportType) continue;
        row.paid -= line.amount;
      }
    }
    row.balance = cashBalance.get({ office: officeId, to }) ?? 0;
    for (const line of supportCounts.all(params)) row.childTimes += (line.source === 'reversal' ? -1 : 1) * line.postings;
    // A payment's entries take money out (below zero); its reversal's put it back.
    for (const line of supportAmounts.all(params)) row.supportPaid -= line.amount;
    return row;
  };
}
