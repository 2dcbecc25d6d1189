import type { Kysely } from 'kysely';
import {
  atRiskCircumstance,
  occasionDocumentNames,
  privateCircumstance,
  privateGroupCodes,
  rosterTitle,
  type GiftOccasion,
} from '../../../shared/codes/gifts';
import { legalGroups } from '../../../shared/codes/groups';
import { formatAmount } from '../../../shared/format/money';
import { compareVietnamese } from '../../../shared/format/names';
import { moneyInWords } from '../../../shared/format/number-words';
import type { Roster, RosterRow } from '../../../shared/gifts';
import type { RosterQuery } from '../../../shared/schemas/gifts';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import type { UnitCatalog } from '../units';

/**
 * The signed roster ("danh sách ký nhận"), the accounting evidence of a visit: the frozen list
 * of one unit or the whole area, numbered, with each child's gift and the total in words. The
 * follow-up list holds the children who were absent, for a second visit.
 */

function followUpTitle(occasion: GiftOccasion, year: number, campaignName: string): string {
  const what = occasionDocumentNames[occasion] ?? campaignName;
  return `Danh sách trẻ em vắng mặt cần tặng quà bổ sung ${what} năm ${year}`.toLocaleUpperCase('vi');
}

interface GiftPerChild {
  cash_per_child: number;
  goods_description: string | null;
  goods_value_per_child: number;
}

/** "Mỗi suất quà: 300.000 đồng tiền mặt và Bánh kẹo, sữa trị giá 200.000 đồng". */
export function giftDescription(campaign: GiftPerChild, variesByChild: boolean): string {
  const parts: string[] = [];
  if (campaign.cash_per_child > 0) parts.push(`${formatAmount(campaign.cash_per_child)} đồng tiền mặt`);
  const goods = campaign.goods_description?.trim() ?? '';
  if (goods !== '') parts.push(campaign.goods_value_per_child > 0 ? `${goods} trị giá ${formatAmount(campaign.goods_value_per_child)} đồng` : goods);
  else if (campaign.goods_value_per_child > 0) parts.push(`hiện vật trị giá ${formatAmount(campaign.goods_value_per_child)} đồng`);
  const text = `Mỗi suất quà: ${parts.join(' và ')}`;
  return variesByChild ? `${text} (một số trẻ em có mức quà riêng, ghi tại cột Số tiền)` : text;
}

const groupNames = new Map<string, string>(legalGroups.map((g) => [g.code, g.nameVi]));

/** "Hoàn cảnh" as the roster prints it: a group's name unless it is private; at risk in general words. */
export function printedCircumstance(groupCode: string | null, atRiskCode: string | null): string {
  if (groupCode !== null) return privateGroupCodes.includes(groupCode) ? privateCircumstance : (groupNames.get(groupCode) ?? '');
  return atRiskCode !== null ? atRiskCircumstance : '';
}

export function rosterAddress(parts: readonly (string | null | undefined)[]): string {
  return parts
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '')
    .join(', ');
}

export async function giftRoster(db: Kysely<Database>, units: UnitCatalog, query: RosterQuery): Promise<Roster> {
  const campaign = await db
    .selectFrom('gift_campaign')
    .select(['id', 'name', 'occasion', 'year', 'status', 'cash_per_child', 'goods_description', 'goods_value_per_child'])
    .where('id', '=', query.campaignId)
    .executeTakeFirst();
  if (!campaign) throw new AppFailure('errors.notFound');
  if (campaign.status !== 'frozen') throw new AppFailure('errors.campaignNotFrozen');

  let select = db
    .selectFrom('gift_recipient as r')
    .innerJoin('child as c', 'c.id', 'r.child_id')
    .select([
      'r.id',
      'r.group_code',
      'r.proxy_name',
      'r.cash',
      'r.goods_value',
      'r.at_risk_code',
      'c.full_name',
      'c.birth_date',
      'c.sex',
      'r.unit_id',
      'c.village',
      'c.address_line',
      'c.sort_key',
    ])
    .where('r.campaign_id', '=', campaign.id)
    .where('r.included', '=', 1);
  if (query.unitId !== null) select = select.where('r.unit_id', '=', query.unitId);
  if (query.followUp) select = select.where('r.status', '=', 'absent');
  const recipients = (await select.execute()).map((row) => ({ ...row, unitName: units.unitName(row.unit_id) ?? row.unit_id }));
  // sort_key's byte order is the Vietnamese name order.
  recipients.sort((a, b) => compareVietnamese(a.unitName, b.unitName) || (a.sort_key < b.sort_key ? -1 : a.sort_key > b.sort_key ? 1 : 0));

  const rows: RosterRow[] = recipients.map((row, index) => ({
    number: index + 1,
    recipientId: row.id,
    fullName: row.full_name,
    birthDate: row.birth_date,
    sex: row.sex,
    unitId: row.unit_id,
    unitName: row.unitName,
    // The unit is named under the title (one unit) or in a heading row above its children (the
    // whole area), not again on every row: the address keeps to the street and village.
    address: rosterAddress([row.address_line, row.village]),
    circumstance: printedCircumstance(row.group_code, row.at_risk_code),
    proxyName: row.proxy_name,
    amount: row.cash + row.goods_value,
  }));
  const totalAmount = rows.reduce((sum, row) => sum + row.amount, 0);
  const standard = campaign.cash_per_child + campaign.goods_value_per_child;
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    occasion: campaign.occasion,
    year: campaign.year,
    title: query.followUp ? followUpTitle(campaign.occasion, campaign.year, campaign.name) : rosterTitle(campaign.occasion, campaign.year, campaign.name),
    unitName: query.unitId === null ? null : (units.unitName(query.unitId) ?? query.unitId),
    followUp: query.followUp,
    giftDescription: giftDescription(campaign, rows.some((row) => row.amount !== standard)),
    rows,
    totalAmount,
    totalInWords: moneyInWords(totalAmount),
  };
}
