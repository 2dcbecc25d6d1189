import type SQLite from 'better-sqlite3';
import { deliveredStatuses } from '../../../../shared/codes/gifts';
import type { ProvinceGiftsRow } from '../../../../shared/exchange';
import type { ProvinceReportQuery as Period } from '../../../../shared/schemas/exchange';
import { splitList, listSeparator } from './province-report-lists';

/**
 * Gift visits of one office's snapshot in a period, counted as the office counts gifts handed
 * over (main/services/gifts/summary.ts, fund/reports/child-times.ts): a recipient still on the
 * list (included), who or whose guardian received the gift (deliveredStatuses), delivered_on in
 * [from, to]. Each such recipient is one lượt trẻ worth their cash + goods_value; a campaign
 * counts when it has one in the period. The children handed a gift go to the children section
 * (its `supported`), so that the recipients are read once.
 */

export interface DeliveredGifts {
  row: ProvinceGiftsRow;
  /** The children handed a gift in the period. */
  children: ReadonlySet<string>;
}

export const emptyGiftsRow = (): ProvinceGiftsRow => ({ campaigns: 0, giftsDelivered: 0, value: 0 });

export function addGiftsRow(sum: ProvinceGiftsRow, row: ProvinceGiftsRow): void {
  sum.campaigns += row.campaigns;
  sum.giftsDelivered += row.giftsDelivered;
  sum.value += row.value;
}

const delivered = deliveredStatuses.map((status) => `'${status}'`).join(', ');

interface Totals {
  campaigns: number;
  gifts: number;
  value: number | null;
  children: string | null;
}

/** Prepares the section's query once; the function it returns reads one office. */
export function giftsSection(sqlite: SQLite.Database): (officeId: string, period: Period) => DeliveredGifts {
  // The children come as one text (ids joined by a control character): handing 300,000 rows
  // to JavaScript one by one would take longer than the whole query.
  const totals = sqlite.prepare<{ office: string; from: string; to: string }, Totals>(`
    select count(distinct data ->> '$.campaign_id') as campaigns,
           count(*) as gifts,
           sum((data ->> '$.cash') + (data ->> '$.goods_value')) as value,
           group_concat(data ->> '$.child_id', ${listSeparator}) as children
    from exchange_row
    where office_id = @office and table_name = 'gift_recipient'
      and data ->> '$.delivered_on' between @from and @to
      and data ->> '$.status' in (${delivered})
      and data ->> '$.included' = 1`);
  return (officeId, { from, to }) => {
    const found = totals.get({ office: officeId, from, to });
    return {
      row: { campaigns: found?.campaigns ?? 0, giftsDelivered: found?.gifts ?? 0, value: found?.value ?? 0 },
      children: new Set(splitList(found?.children ?? null)),
    };
  };
}
