import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type {
  AmountSource,
  CampaignStatus,
  DeliveryStatus,
  FundingSourceKind,
  GiftChangeKind,
  GiftOccasion,
  RecipientOrigin,
} from '../../shared/codes/gifts';
import type {
  AttachmentKind,
  AttachmentMimeType,
  DonorKind,
  DonorOrigin,
  EarmarkKind,
  LedgerAsset,
  PostingSource,
  ReceiptKind,
  SpendingPurpose,
  SupportEventKind,
  SupportStatus,
  SupportType,
} from '../../shared/codes/fund';
import type { BuiltinModelType, CommuneClass, RolloutStatus, SafeHomeArea } from '../../shared/codes/models';

/**
 * Kysely's view of the database. Times are ISO-8601 UTC text, dates YYYY-MM-DD,
 * money integer VND, primary keys UUIDv7 text. Change it only together with a migration.
 */
export interface Database {
  office: OfficeTable;
  office_area_unit: OfficeAreaUnitTable;
  app_setting: AppSettingTable;
  audit_log: AuditLogTable;
  circumstance_option: CircumstanceOptionTable;
  child: ChildTable;
  guardian: GuardianTable;
  membership: MembershipTable;
  visit: VisitTable;
  duplicate_decision: DuplicateDecisionTable;
  search_word: SearchWordTable;
  gift_campaign: GiftCampaignTable;
  gift_funding: GiftFundingTable;
  gift_group_rate: GiftGroupRateTable;
  gift_recipient: GiftRecipientTable;
  gift_change: GiftChangeTable;
  fund_donor: FundDonorTable;
  fund_receipt: FundReceiptTable;
  fund_support: FundSupportTable;
  fund_support_event: FundSupportEventTable;
  fund_attachment: FundAttachmentTable;
  fund_posting: FundPostingTable;
  fund_entry: FundEntryTable;
  fund_period_close: FundPeriodCloseTable;
  model_type: ModelTypeTable;
  model_rollout: ModelRolloutTable;
  model_rollout_change: ModelRolloutChangeTable;
  model_target: ModelTargetTable;
  safe_home_criterion: SafeHomeCriterionTable;
  safe_home_assessment: SafeHomeAssessmentTable;
  safe_home_child: SafeHomeChildTable;
  child_friendly_criterion: ChildFriendlyCriterionTable;
  child_friendly_score: ChildFriendlyScoreTable;
  flood_point: FloodPointTable;
  exchange_export: ExchangeExportTable;
  exchange_source: ExchangeSourceTable;
  exchange_row: ExchangeRowTable;
  exchange_import: ExchangeImportTable;
}

export interface OfficeTable {
  id: string;
  mode: 'office' | 'province';
  province_code: string;
  area_kind: 'communes' | 'legacyDistrict';
  legacy_district_id: string | null;
  name: string;
  parent_agency: string;
  receiver: string;
  place_name: string;
  head_title: string;
  head_name: string;
  preparer_name: string;
  units_version: string;
  created_at: string;
  updated_at: string;
}

/** The units an office covers: current communes, or the wards of its legacy district. */
export interface OfficeAreaUnitTable {
  office_id: string;
  unit_kind: 'commune' | 'legacyWard';
  unit_id: string;
}

export interface AppSettingTable {
  key: string;
  value: string;
}

/** Who changed what. Never holds names or personal IDs of children, only record ids. */
export interface AuditLogTable {
  id: string;
  at: string;
  office_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
}

export interface CircumstanceOptionTable {
  code: string;
  kind: 'subgroup' | 'atRisk';
  group_code: string | null;
  name_vi: string;
  name_en: string;
  sort_order: number;
  active: number;
}

export interface ChildTable {
  id: string;
  office_id: string;
  full_name: string;
  sex: 'male' | 'female';
  birth_date: string;
  ethnicity_list: '2008' | '1979';
  ethnicity_code: string;
  personal_id: string | null;
  birth_certificate_no: string | null;
  health_insurance_no: string | null;
  unit_id: string;
  village: string | null;
  address_line: string | null;
  household_status: string;
  school_level: string;
  school_class: string | null;
  health_notes: string | null;
  disability_notes: string | null;
  status: 'active' | 'atRisk' | 'left';
  left_reason: string | null;
  left_date: string | null;
  left_note: string | null;
  folded_name: string;
  sort_key: string;
  search_text: string;
  created_at: string;
  updated_at: string;
  /** The last day a gift was handed over (to the child or a guardian); kept by the gift delivery service. */
  last_gift_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface GuardianTable {
  id: string;
  office_id: string;
  child_id: string;
  full_name: string;
  folded_name: string;
  relation: string;
  phone: string | null;
  personal_id: string | null;
  lives_with_child: number;
  sort_order: number;
}

export interface MembershipTable {
  id: string;
  office_id: string;
  child_id: string;
  kind: 'group' | 'atRisk';
  code: string;
  subgroup_code: string | null;
  start_date: string;
  end_date: string | null;
  end_reason: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface VisitTable {
  id: string;
  office_id: string;
  child_id: string;
  visit_date: string;
  visitor: string;
  health: string | null;
  schooling: string | null;
  needs: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface DuplicateDecisionTable {
  child_a: string;
  child_b: string;
  decided_at: string;
}

/** Words of the register's search text and their tokens (see the register migration). */
export interface SearchWordTable {
  word: string;
  token: string;
}

export type OfficeRow = Selectable<OfficeTable>;
export type NewOffice = Insertable<OfficeTable>;
export type OfficeUpdate = Updateable<OfficeTable>;
export type ChildRow = Selectable<ChildTable>;
export type NewChild = Insertable<ChildTable>;
export type MembershipRow = Selectable<MembershipTable>;

export interface GiftCampaignTable {
  id: string;
  office_id: string;
  name: string;
  occasion: GiftOccasion;
  year: number;
  start_date: string;
  end_date: string;
  cash_per_child: number;
  goods_description: string | null;
  goods_value_per_child: number;
  note: string | null;
  /** JSON of SelectionRules, or null before the first selection. */
  rules: string | null;
  status: CampaignStatus;
  frozen_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface GiftFundingTable {
  id: string;
  campaign_id: string;
  kind: FundingSourceKind;
  sponsor_name: string | null;
  /** kind, or 'sponsor:' + the folded sponsor name: what "the same source" compares. */
  source_key: string;
  amount: number;
  sort_order: number;
}

export interface GiftGroupRateTable {
  campaign_id: string;
  group_code: string;
  cash: number;
  goods_value: number;
}

export interface GiftRecipientTable {
  id: string;
  campaign_id: string;
  child_id: string;
  /** The child's unit when listed, set again at freeze (the roster they are printed on). */
  unit_id: string;
  group_code: string | null;
  at_risk_code: string | null;
  proxy_name: string | null;
  cash: number;
  goods_value: number;
  amount_source: AmountSource;
  origin: RecipientOrigin;
  included: number;
  add_reason: string | null;
  remove_reason: string | null;
  status: DeliveryStatus;
  delivered_on: string | null;
  received_by: string | null;
  delivery_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface GiftChangeTable {
  id: string;
  campaign_id: string;
  recipient_id: string;
  at: string;
  kind: GiftChangeKind;
  reason: string;
  old_amount: number | null;
  new_amount: number | null;
}

export interface FundDonorTable {
  id: string;
  office_id: string;
  name: string;
  /** foldVietnamese(name): search and ordering. */
  name_key: string;
  kind: DonorKind;
  origin: DonorOrigin;
  anonymous: number;
  contact_person: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundReceiptTable {
  id: string;
  office_id: string;
  receipt_no: string;
  received_on: string;
  donor_id: string;
  /** The donor's kind and origin when the receipt was written: set by the database, never changed. */
  donor_kind: ColumnType<DonorKind, never, never>;
  donor_origin: ColumnType<DonorOrigin, never, never>;
  kind: ReceiptKind;
  /** Cash: the amount; in kind: the goods' estimated value. */
  amount: number;
  goods_description: string | null;
  goods_quantity: number | null;
  goods_unit: string | null;
  earmark_kind: EarmarkKind;
  earmark_purpose: SpendingPurpose | null;
  earmark_unit_id: string | null;
  earmark_child_id: string | null;
  /** The pot the earmark names (potKey). */
  pot: string;
  note: string | null;
  cancelled_on: string | null;
  cancel_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundSupportTable {
  id: string;
  office_id: string;
  child_id: string;
  /** The child's unit when proposed, set again when done (where the case is counted). */
  unit_id: string;
  type: SupportType;
  status: SupportStatus;
  proposed_on: string;
  proposed_by: string | null;
  diagnosis: string | null;
  estimated_cost: number;
  proposal_note: string | null;
  decision_no: string | null;
  decision_date: string | null;
  approved_amount: number | null;
  hospital: string | null;
  done_on: string | null;
  paid_on: string | null;
  cost_fund: number | null;
  cost_insurance: number | null;
  cost_cofunders: number | null;
  cofunder_names: string | null;
  cost_family: number | null;
  done_note: string | null;
  closed_on: string | null;
  closed_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface FundSupportEventTable {
  id: string;
  support_id: string;
  kind: SupportEventKind;
  at: string;
  on_date: string | null;
  text: string | null;
}

export interface FundAttachmentTable {
  id: string;
  support_id: string;
  kind: AttachmentKind;
  file_name: string;
  mime_type: AttachmentMimeType;
  size: number;
  sha256: string;
  added_at: string;
}

/** Append-only (triggers refuse update and delete, and inserts into a closed period). */
export interface FundPostingTable {
  id: string;
  office_id: string;
  seq: number;
  posted_on: string;
  source: PostingSource;
  receipt_id: string | null;
  support_id: string | null;
  campaign_id: string | null;
  reverses_id: string | null;
  reason: string | null;
  override_reason: string | null;
  /** How far the posting took the general fund below what it could give (0 without an override). */
  overdrawn: ColumnType<number, number | undefined, never>;
  note: string | null;
  created_at: string;
}

/** Append-only. amount is signed: + into the pot, − out of it. */
export interface FundEntryTable {
  id: string;
  posting_id: string;
  asset: LedgerAsset;
  /** PotKey: 'general' | 'purpose:…' | 'unit:…' | 'child:…'. */
  pot: string;
  lot_receipt_id: string | null;
  quantity: number | null;
  amount: number;
}

export interface FundPeriodCloseTable {
  /** "2026-10" or "2026". */
  period: string;
  office_id: string;
  closed_at: string;
}

/** Shipped models (id = builtin code, office_id null) and the office's own (uuid, named). */
export interface ModelTypeTable {
  id: string;
  office_id: string | null;
  builtin: BuiltinModelType | null;
  name: string | null;
  archived: number;
  sort_order: number;
  created_at: string;
}

/** A model in one commune (UnitRef) in one year. */
export interface ModelRolloutTable {
  id: string;
  office_id: string;
  model_type_id: string;
  unit_id: string;
  year: number;
  status: RolloutStatus;
  start_date: string | null;
  end_date: string | null;
  decision_no: string | null;
  person_in_charge: string | null;
  budget: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface ModelRolloutChangeTable {
  id: string;
  rollout_id: string;
  at: string;
  kind: 'created' | 'updated';
  /** JSON: RolloutChange['changes']. */
  changes: string;
}

export interface ModelTargetTable {
  model_type_id: string;
  year: number;
  office_id: string;
  target_communes: number;
}

export interface SafeHomeCriterionTable {
  id: string;
  area: SafeHomeArea;
  number: number;
  text: string;
  mandatory: number;
  updated_at: string;
}

export interface SafeHomeAssessmentTable {
  id: string;
  office_id: string;
  unit_id: string;
  year: number;
  assessed_on: string;
  household_head: string;
  village: string | null;
  address: string | null;
  /** JSON array of criterion ids. */
  met_criteria: string;
  child_injured: number;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface SafeHomeChildTable {
  assessment_id: string;
  child_id: string;
}

export interface ChildFriendlyCriterionTable {
  number: number;
  text: string;
}

export interface ChildFriendlyScoreTable {
  id: string;
  office_id: string;
  unit_id: string;
  year: number;
  commune_class: CommuneClass;
  assessed_on: string;
  /** JSON array of 13 integers. */
  scores: string;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface FloodPointTable {
  id: string;
  office_id: string;
  unit_id: string;
  year: number;
  name: string;
  location: string | null;
  children_enrolled: number;
  days_open: number;
  cost_per_child_day: number;
  carers: number;
  carer_pay_per_day: number;
  note: string | null;
  created_at: string;
  updated_at: string;
}

/** The office's export log (exchange with the province). */
export interface ExchangeExportTable {
  id: string;
  office_id: string;
  sequence: number;
  period_key: string;
  period_from: string;
  period_to: string;
  replaces_id: string | null;
  created_at: string;
  file_name: string;
  package_sha256: string;
  package_file: Uint8Array;
  /** JSON {table: rows sent}. */
  row_counts: string;
  include_personal_ids: number;
  include_guardian_phones: number;
  receipt_key: string;
  received_at: string | null;
  receipt_imported_at: string | null;
}

/** Province mode: an office that sent data, as its newest imported package describes it. */
export interface ExchangeSourceTable {
  office_id: string;
  code: string;
  name: string;
  province_code: string;
  /** JSON: the manifest's office and area. */
  profile: string;
  sequence: number;
  export_id: string;
  package_sha256: string;
  period_key: string;
  created_at: string;
  app_version: string;
  imported_at: string;
  /** JSON {table: rows}. */
  row_counts: string;
}

/**
 * Province mode: one row of an office's newest snapshot. `data` is JSONB: write it with
 * sql`jsonb(${text})`, read fields with `data ->> '$.field'` or the whole row with json(data).
 */
export interface ExchangeRowTable {
  office_id: string;
  table_name: string;
  row_id: string;
  hash: string;
  data: Uint8Array;
}

/** Province mode: the import log, one row per package applied. */
export interface ExchangeImportTable {
  id: string;
  batch_id: string;
  imported_at: string;
  office_id: string;
  office_code: string;
  office_name: string;
  province_code: string;
  export_id: string;
  sequence: number;
  period_key: string;
  created_at: string;
  file_name: string;
  package_sha256: string;
  forced: number;
  /** JSON TableChanges[]. */
  changes: string;
  /** JSON {table: rows}. */
  row_counts: string;
  receipt_key: string;
}
