/**
 * Community models rolled out commune by commune (DOMAIN.md §7). Codes are stored; labels live
 * in the locale files (models.*) and, for printed documents and Excel, in the records below.
 */

/** The models shipped with the app; an office adds its own (model_type rows with builtin = 0). */
export const builtinModelTypes = [
  'safeHome',
  'childFriendly',
  'communityProtection',
  'childrenClub',
  'schoolCounselling',
  'floodChildcare',
] as const;
export type BuiltinModelType = (typeof builtinModelTypes)[number];

export const builtinModelDocumentNames: Record<BuiltinModelType, string> = {
  safeHome: 'Ngôi nhà an toàn',
  childFriendly: 'Xã, phường phù hợp với trẻ em',
  communityProtection: 'Hệ thống bảo vệ trẻ em dựa vào cộng đồng',
  childrenClub: 'Câu lạc bộ trẻ em',
  schoolCounselling: 'Điểm tư vấn trong trường học',
  floodChildcare: 'Điểm giữ trẻ mùa lũ',
};

export const rolloutStatuses = ['notStarted', 'planned', 'pilot', 'active', 'recognised', 'stopped'] as const;
export type RolloutStatus = (typeof rolloutStatuses)[number];

/** A commune "has the model" (counts in coverage) while it is piloted, running or recognised. */
export const coveredStatuses: readonly RolloutStatus[] = ['pilot', 'active', 'recognised'];

export const rolloutStatusDocumentNames: Record<RolloutStatus, string> = {
  notStarted: 'Chưa triển khai',
  planned: 'Có kế hoạch',
  pilot: 'Thí điểm',
  active: 'Đang triển khai',
  recognised: 'Được công nhận',
  stopped: 'Dừng triển khai',
};

// ── Safe home (QĐ 548/QĐ-LĐTBXH, 2011) ────────────────────────────────────────────────────

/** The six areas the 33 criteria are grouped in. */
export const safeHomeAreas = ['surroundings', 'rooms', 'kitchen', 'electricity', 'stairs', 'householdItems'] as const;
export type SafeHomeArea = (typeof safeHomeAreas)[number];

/**
 * For a printed safe-home checklist or roll-up by area. No document prints the areas yet (the
 * coverage and flood workbooks have none); kept with the other document names so that one can.
 */
export const safeHomeAreaDocumentNames: Record<SafeHomeArea, string> = {
  surroundings: 'An toàn xung quanh ngôi nhà',
  rooms: 'An toàn các phòng trong nhà',
  kitchen: 'An toàn khu bếp',
  electricity: 'An toàn về điện',
  stairs: 'An toàn cầu thang',
  householdItems: 'An toàn đồ dùng gia đình',
};

export const safeHomeCriteriaCount = 33;
export const safeHomeMandatoryCount = 15;
export const safeHomeMinimumMet = 23;

export interface SafeHomeResult {
  metCount: number;
  /** Mandatory criteria not met (their ids). */
  mandatoryMissing: string[];
  recognised: boolean;
  /** Why not, in order: 'criteriaNotSet' (the office has not marked exactly 15 mandatory criteria), 'tooFewMet', 'mandatoryMissing', 'childInjured'. */
  reasons: SafeHomeRefusal[];
}
export type SafeHomeRefusal = 'criteriaNotSet' | 'tooFewMet' | 'mandatoryMissing' | 'childInjured';

/**
 * Recognition of a safe home, computed and never typed: at least 23 criteria met, all 15
 * mandatory ones among them, and no child injured at home that year. It depends on which
 * criteria are mandatory, never on their texts.
 */
export function safeHomeResult(
  criteria: readonly { id: string; mandatory: boolean }[],
  metIds: readonly string[],
  childInjured: boolean,
): SafeHomeResult {
  const known = new Set(criteria.map((c) => c.id));
  const met = new Set(metIds.filter((id) => known.has(id)));
  const mandatory = criteria.filter((c) => c.mandatory).map((c) => c.id);
  const mandatoryMissing = mandatory.filter((id) => !met.has(id));
  const reasons: SafeHomeRefusal[] = [];
  if (criteria.length !== safeHomeCriteriaCount || mandatory.length !== safeHomeMandatoryCount) reasons.push('criteriaNotSet');
  if (met.size < safeHomeMinimumMet) reasons.push('tooFewMet');
  if (mandatoryMissing.length > 0) reasons.push('mandatoryMissing');
  if (childInjured) reasons.push('childInjured');
  return { metCount: met.size, mandatoryMissing, recognised: reasons.length === 0, reasons };
}

// ── Child-friendly commune (QĐ 06/QĐ-TTg, 2019) ───────────────────────────────────────────

export const childFriendlyCriteriaCount = 13;
/** The most a commune can score in total; each criterion's score is at most this too. */
export const childFriendlyMaxTotal = 1000;

export const communeClasses = ['urbanWard', 'mountainIslandDisadvantaged', 'other'] as const;
export type CommuneClass = (typeof communeClasses)[number];

/** The total a commune of each class must reach. */
export const childFriendlyThresholds: Record<CommuneClass, number> = {
  urbanWard: 900,
  mountainIslandDisadvantaged: 800,
  other: 850,
};

/**
 * For a printed child-friendly score sheet. No document prints the class yet (the coverage and
 * flood workbooks have none); kept with the other document names so that one can.
 */
export const communeClassDocumentNames: Record<CommuneClass, string> = {
  urbanWard: 'Phường, thị trấn',
  mountainIslandDisadvantaged: 'Xã miền núi, hải đảo, đặc biệt khó khăn',
  other: 'Xã, phường, thị trấn khác',
};

export interface ChildFriendlyResult {
  total: number;
  threshold: number;
  /** Criteria (1-based numbers) that scored 0. */
  zeroCriteria: number[];
  recognised: boolean;
  /** Why it cannot be judged at all: 'incomplete' when the list is not 13 scores long (a damaged row); null otherwise. */
  reason: 'incomplete' | null;
}

/** Recognised when no criterion scores 0 and the total reaches the class's threshold. */
export function childFriendlyResult(scores: readonly number[], communeClass: CommuneClass): ChildFriendlyResult {
  const total = scores.reduce((sum, score) => sum + score, 0);
  const threshold = childFriendlyThresholds[communeClass];
  const zeroCriteria = scores.flatMap((score, index) => (score === 0 ? [index + 1] : []));
  const complete = scores.length === childFriendlyCriteriaCount;
  return {
    total,
    threshold,
    zeroCriteria,
    recognised: complete && zeroCriteria.length === 0 && total >= threshold,
    reason: complete ? null : 'incomplete',
  };
}

// ── Flood-season childcare points ─────────────────────────────────────────────────────────

/** A point's cost for a season: children × days × cost per child per day, plus the carers' pay. */
export function floodPointCost(point: {
  childrenEnrolled: number;
  daysOpen: number;
  costPerChildDay: number;
  carers: number;
  carerPayPerDay: number;
}): { childCost: number; carerCost: number; total: number } {
  const childCost = point.childrenEnrolled * point.daysOpen * point.costPerChildDay;
  const carerCost = point.carers * point.daysOpen * point.carerPayPerDay;
  return { childCost, carerCost, total: childCost + carerCost };
}
