/** What the community-model channels answer (see contract.ts). Dates YYYY-MM-DD, times ISO UTC, money whole đồng. */
import type {
  BuiltinModelType,
  ChildFriendlyResult,
  CommuneClass,
  RolloutStatus,
  SafeHomeArea,
  SafeHomeResult,
} from './codes/models';

export interface ModelType {
  id: string;
  /** The shipped model's code (its name comes from the locale), or null for the office's own. */
  builtin: BuiltinModelType | null;
  /** The office's own model's name (null for a shipped one). */
  name: string | null;
  archived: boolean;
}

export interface Rollout {
  id: string;
  modelTypeId: string;
  unitId: string;
  unitName: string;
  year: number;
  status: RolloutStatus;
  startDate: string | null;
  endDate: string | null;
  decisionNo: string | null;
  personInCharge: string | null;
  budget: number | null;
  notes: string | null;
  updatedAt: string;
}

/** One saved change of a rollout: what each changed field was and became. */
export interface RolloutChange {
  id: string;
  at: string;
  /** 'created' for the first save. */
  kind: 'created' | 'updated';
  changes: { field: keyof Omit<Rollout, 'id' | 'modelTypeId' | 'unitId' | 'unitName' | 'year' | 'updatedAt'>; from: string | number | null; to: string | number | null }[];
}

export interface ModelTarget {
  modelTypeId: string;
  year: number;
  targetCommunes: number;
}

export interface SafeHomeCriterion {
  id: string;
  area: SafeHomeArea;
  /** 1–33, in the order of the areas. */
  number: number;
  text: string;
  mandatory: boolean;
}

export interface SafeHomeAssessment {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  assessedOn: string;
  householdHead: string;
  village: string | null;
  address: string | null;
  metCriterionIds: string[];
  childInjured: boolean;
  children: { id: string; fullName: string; birthDate: string }[];
  note: string | null;
  /** Computed by safeHomeResult from the office's criteria. */
  result: SafeHomeResult;
  updatedAt: string;
}

/** Safe homes per commune for a year. */
export interface SafeHomeRollupRow {
  unitId: string;
  unitName: string;
  assessed: number;
  recognised: number;
}

export interface ChildFriendlyScore {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  communeClass: CommuneClass;
  assessedOn: string;
  scores: number[];
  note: string | null;
  result: ChildFriendlyResult;
  updatedAt: string;
}

export interface FloodPoint {
  id: string;
  unitId: string;
  unitName: string;
  year: number;
  name: string;
  location: string | null;
  childrenEnrolled: number;
  daysOpen: number;
  costPerChildDay: number;
  carers: number;
  carerPayPerDay: number;
  note: string | null;
  childCost: number;
  carerCost: number;
  totalCost: number;
}

/** Flood-season childcare points of a year, with costs per point and per commune. */
export interface FloodCostReport {
  year: number;
  points: FloodPoint[];
  byUnit: { unitId: string; unitName: string; points: number; children: number; childDays: number; totalCost: number }[];
  total: { points: number; children: number; childDays: number; childCost: number; carerCost: number; totalCost: number };
  totalInWords: string;
}

export interface CoverageYear {
  year: number;
  /** Communes of the area where the model is piloted, running or recognised that year. */
  covered: number;
  target: number | null;
}

export interface ModelCoverage {
  modelTypeId: string;
  builtin: BuiltinModelType | null;
  name: string | null;
  /** The chosen year. */
  covered: number;
  target: number | null;
  byStatus: Record<RolloutStatus, number>;
  /** fromYear … year, oldest first. */
  byYear: CoverageYear[];
}

/** "The safe-home model in 56 of 156 communes", per model, against the office's targets. */
export interface Coverage {
  year: number;
  fromYear: number;
  /** All communes of the office's area (the denominator). */
  totalCommunes: number;
  models: ModelCoverage[];
}
