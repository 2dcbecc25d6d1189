import { hash } from 'node:crypto';
import type { ExchangeTableName } from '../../../shared/codes/exchange';
import type { Database } from '../../db/schema';

/**
 * What an office sends the province of each table: the one place each domain adds its tables
 * to the exchange (with its name in shared/codes/exchange.ts and a label in the locales).
 *
 * Columns are an allow-list: a column not named here never leaves the office. Left out on
 * purpose: what the app derives (folded names, sort and search keys), free-text notes (they
 * hold case details the province does not need), health notes, household heads' names and
 * addresses, donors' contacts, scanned documents, change histories and the audit log.
 * Abuse cases are never sent as rows (DOMAIN.md §10).
 */

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
  },
  guardian: {
    columns: ['id', 'office_id', 'child_id', 'full_name', 'relation', 'phone', 'personal_id', 'lives_with_child', 'sort_order'],
    key: ['id'],
    personalIds: ['personal_id'],
    guardianPhones: ['phone'],
    references: { child_id: 'child' },
  },
  membership: {
    columns: ['id', 'office_id', 'child_id', 'kind', 'code', 'subgroup_code', 'start_date', 'end_date', 'end_reason', 'created_at', 'updated_at'],
    key: ['id'],
    references: { child_id: 'child' },
  },
  visit: {
    columns: ['id', 'office_id', 'child_id', 'visit_date', 'visitor', 'schooling', 'needs', 'created_at', 'updated_at'],
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
    columns: ['id', 'campaign_id', 'kind', 'sponsor_name', 'amount', 'sort_order'],
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
    columns: ['id', 'office_id', 'name', 'kind', 'origin', 'anonymous', 'created_at', 'updated_at'],
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
      'goods_description',
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
      'decision_no',
      'decision_date',
      'approved_amount',
      'hospital',
      'done_on',
      'paid_on',
      'cost_fund',
      'cost_insurance',
      'cost_cofunders',
      'cofunder_names',
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
      'person_in_charge',
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
    columns: ['id', 'office_id', 'unit_id', 'year', 'assessed_on', 'village', 'met_criteria', 'child_injured', 'created_at', 'updated_at'],
    key: ['id'],
  },
  safe_home_child: {
    columns: ['assessment_id', 'child_id'],
    key: ['assessment_id', 'child_id'],
    references: { assessment_id: 'safe_home_assessment', child_id: 'child' },
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
}

export const specOf = (table: ExchangeTableName): TableSpec => exchangeTables[table];

/** The row's identity at the province. */
export function rowKey(spec: Pick<TableSpec, 'key'>, row: ExchangeRow): string {
  return spec.key.map((column) => String(row[column])).join('|');
}

/** What tells a changed row from an unchanged one at the province: SHA-256 of the line as sent, first 16 bytes, hex. */
export const lineHash = (line: string): string => hash('sha256', line, 'hex').slice(0, 32);

/** The part of the package that holds a table's rows, one JSON object per line. */
export const tablePartName = (table: ExchangeTableName): string => `${table}.jsonl`;
export const summaryPartName = 'summary.xlsx';
