/** What the register's channels answer (see contract.ts). Dates YYYY-MM-DD, times ISO UTC. */
import type { GroupCode } from './codes/groups';
import type { EthnicityList } from './codes/ethnicities';
import type {
  HouseholdStatus,
  LeaveReason,
  MembershipEndReason,
  MembershipKind,
  RegisterStatus,
  SchoolLevel,
  Sex,
} from './codes/register';

export interface CircumstanceOption {
  code: string;
  kind: 'subgroup' | 'atRisk';
  groupCode: GroupCode | null;
  nameVi: string;
  nameEn: string;
  active: boolean;
}

export interface ChildListRow {
  id: string;
  fullName: string;
  sex: Sex;
  birthDate: string;
  unitId: string;
  unitName: string;
  village: string | null;
  status: RegisterStatus;
  /** Codes of the groups (and at-risk options) the child is in today. */
  groupCodes: GroupCode[];
  atRiskCodes: string[];
  /** Set when the child turns 16 within the notice period, or already has. */
  sixteenOn: string | null;
}

export interface ChildListPage {
  total: number;
  rows: ChildListRow[];
}

export interface Guardian {
  id: string;
  fullName: string;
  relation: string;
  phone: string | null;
  personalId: string | null;
  livesWithChild: boolean;
}

export interface Membership {
  id: string;
  kind: MembershipKind;
  code: string;
  subgroupCode: string | null;
  startDate: string;
  endDate: string | null;
  endReason: MembershipEndReason | null;
  note: string | null;
}

export interface Visit {
  id: string;
  visitDate: string;
  visitor: string;
  health: string | null;
  schooling: string | null;
  needs: string | null;
  notes: string | null;
}

export interface ChildDetail {
  id: string;
  fullName: string;
  sex: Sex;
  birthDate: string;
  ethnicityList: EthnicityList;
  ethnicityCode: string;
  personalId: string | null;
  birthCertificateNo: string | null;
  healthInsuranceNo: string | null;
  unitId: string;
  unitName: string;
  village: string | null;
  addressLine: string | null;
  householdStatus: HouseholdStatus;
  schoolLevel: SchoolLevel;
  schoolClass: string | null;
  healthNotes: string | null;
  disabilityNotes: string | null;
  status: RegisterStatus;
  leftReason: LeaveReason | null;
  leftDate: string | null;
  leftNote: string | null;
  guardians: Guardian[];
  memberships: Membership[];
  visits: Visit[];
  createdAt: string;
  updatedAt: string;
}

export interface DuplicateCandidate {
  id: string;
  fullName: string;
  birthDate: string;
  unitName: string;
  reason: 'samePersonalId' | 'similarName' | 'sameGuardian';
}

export interface ReviewCounts {
  start: number;
  increases: number;
  decreases: number;
  decreasesByReason: Record<MembershipEndReason, number>;
  end: number;
}

export interface ReviewRow {
  key: string;
  label: string;
  counts: ReviewCounts;
}

/** Rà soát, biến động: the register over a period, per group and per commune. */
export interface ReviewReport {
  from: string;
  to: string;
  byGroup: ReviewRow[];
  byUnit: ReviewRow[];
  total: ReviewCounts;
}

export type ReviewMeasure = 'start' | 'increases' | 'decreases' | 'end';

/** A file made by main for the user to save (Excel, PDF): bytes as base64. */
export interface FileOutput {
  fileName: string;
  mimeType: string;
  base64: string;
}
