import type { ExchangeTableName } from '../../../shared/codes/exchange';
import type { Database } from '../../db/schema';
import { sha256Hex } from './file/sha256';

/**
 * What an office sends the province of each table: the one place each domain adds its tables
 * to the exchange (with its name in shared/codes/exchange.ts and a label in the locales).
 *
 * Columns are an allow-list: a column not named here never leaves the office, and the province
 * refuses a table whose columns are not exactly these (province/package-lines.ts). Only what
 * the province's report needs, or what tells it which office, unit, period and circumstance a
 * row is for, is sent. Left out on purpose: what the app derives (folded names, sort and search
 * keys), free text (notes, and what a visit found or needs, hold case details the province
 * does not need), health notes, household heads' names and addresses, visitors and the staff
 * in charge of a model (the office's own people), donors' and sponsors' names and contacts,
 * goods' descriptions, the hospital, co-funders and decision of a support case (a decision
 * names the child), safe-home households' villages, scanned documents, change histories and the audit log.
 *
 * Abuse cases are sent as counts, not identities (DOMAIN.md §10): the rows of a child who has
 * ever been in an abuse circumstance (`isAbuseCircumstance`) travel as `identifying` says,
 * the child's names and numbers null and their guardians not at all, so that the province can
 * count them by sex, age, unit and group and never tell who they are.
 */

/**
 * The circumstances that are abuse: legal groups i (harmed by violence), k (exploited),
 * l (sexually abused), m (trafficked), and every at-risk reason but the four shipped ones that
 * are not (r2 parents away, r3 a parent addicted or in prison, r4 poor and leaving school,
 * r5 working early): r1 (living in a family with violence) and any reason the office added
 * itself, whose meaning the app cannot know. These are the cases DOMAIN.md §10 sends the
 * province as counts only. A list here and not a flag on the groups: it is the exchange's rule,
 * and this file is where what leaves the office is decided. A child ever listed under one,
 * open or ended, stays de-identified, since an ended membership still tells what happened.
 */
export const abuseGroupCodes = ['i', 'k', 'l', 'm'] as const;
export const ordinaryAtRiskCodes = ['r2', 'r3', 'r4', 'r5'] as const;

export function isAbuseCircumstance(membership: { kind: string; code: string }): boolean {
  if (membership.kind === 'group') return (abuseGroupCodes as readonly string[]).includes(membership.code);
  return !(ordinaryAtRiskCodes as readonly string[]).includes(membership.code);
}

const sqlList = (codes: readonly string[]): string => codes.map((code) => `'${code}'`).join(', ');

/** isAbuseCircumstance in SQL, over a membership row aliased `m`. */
export const abuseMembershipSql = `((m.kind = 'group' and m.code in (${sqlList(abuseGroupCodes)})) or (m.kind = 'atRisk' and m.code not in (${sqlList(ordinaryAtRiskCodes)})))`;

type ColumnOf<T extends ExchangeTableName> = keyof Database[T] & string;

export interface ExchangeTableSpec<T extends ExchangeTableName = ExchangeTableName> {
  /** The columns sent, in this order. */
  columns: readonly ColumnOf<T>[];
  /** The row's identity at the province: one column, or several joined with "|". */
  key: readonly ColumnOf<T>[];
  /** Sent only when the office's settings say the province needs them; null otherwise. */
  personalIds?: readonly ColumnOf<T>[];
  guardianPhones?: readonly ColumnOf<T>[];
  /** Columns that name a row of another table in the package (the province checks they do). */
  references?: Partial<Record<ColumnOf<T>, ExchangeTableName>>;
  /**
   * For rows about a child in an abuse circumstance: the column naming the child, and what is
   * withheld of such a row: these columns (sent as null), or the whole row ('row').
   */
  identifying?: { child: ColumnOf<T>; withhold: readonly ColumnOf<T>[] | 'row' };
}

type Registry = { [T in ExchangeTableName]: ExchangeTableSpec<T> };

export const exchangeTables: Registry = {
  // ---- the register ----
  circumstance_option: {
    columns: ['code', 'kind', 'group_code', 'name_vi', 'name_en', 'sort_order', 'active'],
    key: ['code'],
  },
  child: {
    columns: [
      'id',
      'office_id',
      'full_name',
      'sex',
      'birth_date',
      'ethnicity_list',
      'ethnicity_code',
      'personal_id',
      'birth_certificate_no',
      'health_insurance_no',
      'unit_id',
      'village',
      'household_status',
      'school_level',
      'school_class',
      'status',
      'left_reason',
      'left_date',
      'last_gift_on',
      'created_at',
      'updated_at',
    ],
    key: ['id'],
    personalIds: ['personal_id', 'birth_certificate_no', 'health_insurance_no'],
    // Sex, birth date, unit, status and dates stay: the counts by sex, age group and commune.
    identifying: { child: 'id', withhold: ['full_name', 'village', 'personal_id', 'birth_certificate_no', 'health_insurance_no'] },
  },
  guardian: {
    columns: ['id', 'office_id', 'child_id', 'full_name', 'relation', 'phone', 'personal_id', 'lives_with_child', 'sort_order'],
    key: ['id'],
    personalIds: ['personal_id'],
    guardianPhones: ['phone'],
    references: { child_id: 'child' },
    identifying: { child: 'child_id', withhold: 'row' },
  },
  membership: {
    columns: ['id', 'office_id', 'child_id', 'kind', 'code', 'subgroup_code', 'start_date', 'end_date', 'end_reason', 'created_at', 'updated_at'],
    key: ['id'],
    references: { child_id: 'child' },
  },
  visit: {
    columns: ['id', 'office_id', 'child_id', 'visit_date', 'created_at', 'updated_at'],
    key: ['id'],
    references: { child_id: 'child' },
  },

  // ---- holiday gift visits ----
  gift_campaign: {
    columns: [
      'id',
      'name',
      'occasion',
      'year',
      'start_date',
      'end_date',
      'cash_per_child',
      'goods_description',
      'goods_value_per_child',
      'status',
      'frozen_at',
      'created_at',
      'updated_at',
    ],
    key: ['id'],
  },
  gift_funding: {
    columns: ['id', 'campaign_id', 'kind', 'amount', 'sort_order'],
    key: ['id'],
    references: { campaign_id: 'gift_campaign' },
  },
  gift_group_rate: {
    columns: ['campaign_id', 'group_code', 'cash', 'goods_value'],
    key: ['campaign_id', 'group_code'],
    references: { campaign_id: 'gift_campaign' },
  },
  gift_recipient: {
    columns: [
      'id',
      'campaign_id',
      'child_id',
      'unit_id',
      'group_code',
      'at_risk_code',
      'cash',
      'goods_value',
      'amount_source',
      'origin',
      'included',
      'status',
      'delivered_on',
      'created_at',
      'updated_at',
    ],
    key: ['id'],
    references: { campaign_id: 'gift_campaign', child_id: 'child' },
  },

  // ---- the Child Fund ----
  fund_donor: {
    columns: ['id', 'office_id', 'kind', 'origin', 'anonymous', 'created_at', 'updated_at'],
    key: ['id'],
  },
  fund_receipt: {
    columns: [
      'id',
      'office_id',
      'receipt_no',
      'received_on',
      'donor_id',
      'donor_kind',
      'donor_origin',
      'kind',
      'amount',
      'goods_quantity',
      'goods_unit',
      'earmark_kind',
      'earmark_purpose',
      'earmark_unit_id',
      'earmark_child_id',
      'pot',
      'cancelled_on',
      'created_at',
      'updated_at',
    ],
    key: ['id'],
    references: { donor_id: 'fund_donor', earmark_child_id: 'child' },
  },
  fund_support: {
    columns: [
      'id',
      'office_id',
      'child_id',
      'unit_id',
      'type',
      'status',
      'proposed_on',
      'estimated_cost',
      'approved_amount',
      'done_on',
      'paid_on',
      'cost_fund',
      'cost_insurance',
      'cost_cofunders',
      'cost_family',
      'closed_on',
      'created_at',
      'updated_at',
    ],
    key: ['id'],
    references: { child_id: 'child' },
  },
  fund_support_event: {
    columns: ['id', 'support_id', 'kind', 'at', 'on_date'],
    key: ['id'],
    references: { support_id: 'fund_support' },
  },
  fund_posting: {
    columns: ['id', 'office_id', 'seq', 'posted_on', 'source', 'receipt_id', 'support_id', 'campaign_id', 'reverses_id', 'overdrawn', 'created_at'],
    key: ['id'],
    references: { receipt_id: 'fund_receipt', support_id: 'fund_support', campaign_id: 'gift_campaign', reverses_id: 'fund_posting' },
  },
  fund_entry: {
    columns: ['id', 'posting_id', 'asset', 'pot', 'lot_receipt_id', 'quantity', 'amount'],
    key: ['id'],
    references: { posting_id: 'fund_posting', lot_receipt_id: 'fund_receipt' },
  },
  fund_period_close: {
    columns: ['period', 'office_id', 'closed_at'],
    key: ['period'],
  },

  // ---- community models ----
  model_type: {
    columns: ['id', 'office_id', 'builtin', 'name', 'archived', 'sort_order', 'created_at'],
    key: ['id'],
  },
  model_rollout: {
    columns: [
      'id',
      'office_id',
      'model_type_id',
      'unit_id',
      'year',
      'status',
      'start_date',
      'end_date',
      'decision_no',
      'budget',
      'created_at',
      'updated_at',
    ],
    key: ['id'],
    references: { model_type_id: 'model_type' },
  },
  model_target: {
    columns: ['model_type_id', 'year', 'office_id', 'target_communes'],
    key: ['model_type_id', 'year'],
    references: { model_type_id: 'model_type' },
  },
  safe_home_criterion: {
    columns: ['id', 'area', 'number', 'text', 'mandatory', 'updated_at'],
    key: ['id'],
  },
  safe_home_assessment: {
    columns: ['id', 'office_id', 'unit_id', 'year', 'assessed_on', 'met_criteria', 'child_injured', 'created_at', 'updated_at'],
    key: ['id'],
  },
  safe_home_child: {
    columns: ['assessment_id', 'child_id'],
    key: ['assessment_id', 'child_id'],
    references: { assessment_id: 'safe_home_assessment', child_id: 'child' },
    // That an abused child's household was assessed (and whether a child was injured there) is the child's story.
    identifying: { child: 'child_id', withhold: 'row' },
  },
  child_friendly_criterion: {
    columns: ['number', 'text'],
    key: ['number'],
  },
  child_friendly_score: {
    columns: ['id', 'office_id', 'unit_id', 'year', 'commune_class', 'assessed_on', 'scores', 'created_at', 'updated_at'],
    key: ['id'],
  },
  flood_point: {
    columns: [
      'id',
      'office_id',
      'unit_id',
      'year',
      'name',
      'location',
      'children_enrolled',
      'days_open',
      'cost_per_child_day',
      'carers',
      'carer_pay_per_day',
      'created_at',
      'updated_at',
    ],
    key: ['id'],
  },
};

/** A row as sent: the spec's columns, each a string, a number or null. */
export type ExchangeRow = Record<string, string | number | null>;

/** A registry entry seen through any table's eyes (the registry's own type narrows columns per table). */
export interface TableSpec {
  columns: readonly string[];
  key: readonly string[];
  personalIds?: readonly string[];
  guardianPhones?: readonly string[];
  references?: Partial<Record<string, ExchangeTableName>>;
  identifying?: { child: string; withhold: readonly string[] | 'row' };
}

export const specOf = (table: ExchangeTableName): TableSpec => exchangeTables[table];

/** Which personal data an office chose to send (its settings; the manifest's `includes`). */
export interface ExchangeIncludes {
  personalIds: boolean;
  guardianPhones: boolean;
}

/** The spec's columns sent as null for every row under these settings. */
export function withheldColumns(spec: TableSpec, includes: ExchangeIncludes): Set<string> {
  return new Set<string>([...(includes.personalIds ? [] : (spec.personalIds ?? [])), ...(includes.guardianPhones ? [] : (spec.guardianPhones ?? []))]);
}

/** The row's identity at the province. */
export function rowKey(spec: Pick<TableSpec, 'key'>, row: ExchangeRow): string {
  return spec.key.map((column) => String(row[column])).join('|');
}

/** What tells a changed row from an unchanged one at the province: SHA-256 of the line as sent, first 16 bytes, hex. */
export const lineHash = (line: string): string => sha256Hex(line).slice(0, 32);

/** The part of the package that holds a table's rows, one JSON object per line. */
export const tablePartName = (table: ExchangeTableName): string => `${table}.jsonl`;
export const summaryPartName = 'summary.xlsx';
