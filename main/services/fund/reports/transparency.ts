import type { Kysely } from 'kysely';
import {
  anonymousDonorName,
  childEarmarkPublicText,
  spendingPurposes,
  supportTypeDocumentNames,
  type EarmarkKind,
  type SpendingPurpose,
} from '../../../../shared/codes/fund';
import type { TransparencyDonorRow, TransparencyReport } from '../../../../shared/fund';
import { compareVietnamese } from '../../../../shared/format/names';
import { moneyInWords } from '../../../../shared/format/number-words';
import type { FundPeriod } from '../../../../shared/schemas/fund';
import type { Database } from '../../../db/schema';
import type { UnitCatalog } from '../../units';
import { childTimesReport } from './child-times';

/**
 * The list an office publishes for a period [from, to]: the receipts received in it and not
 * cancelled on or before `to` (one cancelled later stays on this period's list, as it stays in
 * this period's statement: the cancellation belongs to the period it was made in), one row per
 * donor:
 * - name: the donor's name, or anonymousDonorName when the donor asked not to be named;
 * - address: only for donors that are not individuals (a person's address stays private) and
 *   not anonymous (an address would name them);
 * - cash, goods (estimated value) and their total;
 * - purposes: the distinct public texts of their receipts' earmarks, in the order received,
 *   joined with "; " (a purpose: its document name; a commune: "Trẻ em " + its name; a child:
 *   childEarmarkPublicText, never the child's name; none: nothing);
 * ordered by total, largest first, then by name; numbered from 1.
 * donorsTotal adds the rows up, totalInWords reads donorsTotal.total (moneyInWords). spending is
 * what the child-times report counts for the same period: lượt trẻ and đồng per purpose (every
 * purpose listed) and their total; so support is counted from the ledger's payments and their
 * reversals, as in the statement.
 */

type Db = Kysely<Database>;

interface EarmarkRow {
  earmark_kind: EarmarkKind;
  earmark_purpose: SpendingPurpose | null;
  earmark_unit_id: string | null;
}

export function publicPurpose(units: UnitCatalog, row: EarmarkRow): string {
  switch (row.earmark_kind) {
    case 'none':
      return '';
    case 'purpose':
      return row.earmark_purpose ? supportTypeDocumentNames[row.earmark_purpose] : '';
    case 'unit':
      return row.earmark_unit_id ? `Trẻ em ${units.unitName(row.earmark_unit_id) ?? row.earmark_unit_id}` : '';
    case 'child':
      return childEarmarkPublicText;
  }
}

type DonorRow = Omit<TransparencyDonorRow, 'number' | 'purposes'> & { purposes: string[]; donorId: string };

export async function transparencyReport(db: Db, units: UnitCatalog, period: FundPeriod): Promise<TransparencyReport> {
  const receipts = await db
    .selectFrom('fund_receipt as r')
    .innerJoin('fund_donor as d', 'd.id', 'r.donor_id')
    .select([
      'r.kind as receiptKind',
      'r.amount',
      'r.earmark_kind',
      'r.earmark_purpose',
      'r.earmark_unit_id',
      'd.id as donorId',
      'd.name',
      'd.kind',
      'd.origin',
      'd.anonymous',
      'd.address',
    ])
    .where('r.received_on', '>=', period.from)
    .where('r.received_on', '<=', period.to)
    .where((eb) => eb.or([eb('r.cancelled_on', 'is', null), eb('r.cancelled_on', '>', period.to)]))
    .orderBy('r.received_on')
    .orderBy('r.receipt_no')
    .execute();

  const byDonor = new Map<string, DonorRow>();
  for (const receipt of receipts) {
    let donor = byDonor.get(receipt.donorId);
    if (!donor) {
      donor = {
        donorId: receipt.donorId,
        name: receipt.anonymous ? anonymousDonorName : receipt.name,
        kind: receipt.kind,
        origin: receipt.origin,
        address: receipt.kind === 'individual' || receipt.anonymous ? null : receipt.address,
        cash: 0,
        goods: 0,
        total: 0,
        purposes: [],
      };
      byDonor.set(receipt.donorId, donor);
    }
    if (receipt.receiptKind === 'cash') donor.cash += receipt.amount;
    else donor.goods += receipt.amount;
    donor.total += receipt.amount;
    const purpose = publicPurpose(units, receipt);
    if (purpose && !donor.purposes.includes(purpose)) donor.purposes.push(purpose);
  }

  const donors: TransparencyDonorRow[] = [...byDonor.values()]
    .sort((a, b) => b.total - a.total || compareVietnamese(a.name, b.name) || a.donorId.localeCompare(b.donorId))
    .map(({ donorId: _donorId, purposes, ...donor }, index) => ({ number: index + 1, ...donor, purposes: purposes.join('; ') }));
  const donorsTotal = donors.reduce(
    (sum, donor) => ({ cash: sum.cash + donor.cash, goods: sum.goods + donor.goods, total: sum.total + donor.total }),
    { cash: 0, goods: 0, total: 0 },
  );

  const times = await childTimesReport(db, units, period);
  return {
    from: period.from,
    to: period.to,
    donors,
    donorsTotal,
    totalInWords: moneyInWords(donorsTotal.total),
    spending: spendingPurposes.map((purpose) => ({ purpose, ...times.totals[purpose] })),
    spendingTotal: { ...times.total },
  };
}
