import { describe, expect, it } from 'vitest';
import { moneyAmount } from './common';
import { moneyAmount as giftsMoneyAmount } from './gifts';
import {
  childFriendlyScoreInputSchema,
  floodPointInputSchema,
  floodPointUpdateSchema,
  safeHomeAssessmentInputSchema,
  safeHomeAssessmentUpdateSchema,
} from './models';

/** The issues a form would show: field path and message key. */
function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

const assessment = { unitId: '11311', year: 2026, assessedOn: '2026-10-15', householdHead: 'Trần Văn Khải', village: null, address: null, note: null };
const score = { unitId: '11311', year: 2026, communeClass: 'other', assessedOn: '2026-11-01', scores: Array.from({ length: 13 }, () => 66), note: null };
const point = { unitId: '11311', year: 2026, name: 'Điểm giữ trẻ Tổ 5', childrenEnrolled: 25, daysOpen: 45, costPerChildDay: 15_000, carers: 2, carerPayPerDay: 100_000, location: null, note: null };

describe('assessment dates fall in the chosen year', () => {
  it('accepts the first and last day of the year', () => {
    for (const assessedOn of ['2026-01-01', '2026-12-31']) {
      expect(safeHomeAssessmentInputSchema.safeParse({ ...assessment, assessedOn }).success).toBe(true);
      expect(childFriendlyScoreInputSchema.safeParse({ ...score, assessedOn }).success).toBe(true);
    }
  });

  it('refuses a safe-home assessment dated in another year, on create and on update', () => {
    const expected = [{ path: 'assessedOn', message: 'validation.dateInYear' }];
    expect(issues(safeHomeAssessmentInputSchema.safeParse({ ...assessment, assessedOn: '2025-12-31' }))).toEqual(expected);
    expect(issues(safeHomeAssessmentUpdateSchema.safeParse({ ...assessment, id: 'a1', assessedOn: '2027-01-01' }))).toEqual(expected);
  });

  it('refuses a child-friendly score dated in another year', () => {
    expect(issues(childFriendlyScoreInputSchema.safeParse({ ...score, year: 2025 }))).toEqual([{ path: 'assessedOn', message: 'validation.dateInYear' }]);
  });
});

describe('flood-point daily rates', () => {
  it('accept up to 10.000.000 đ a day', () => {
    expect(floodPointInputSchema.safeParse({ ...point, costPerChildDay: 10_000_000, carerPayPerDay: 10_000_000 }).success).toBe(true);
  });

  it('refuse more, on the field that is too high (create and update)', () => {
    expect(issues(floodPointInputSchema.safeParse({ ...point, costPerChildDay: 10_000_001 }))).toEqual([
      { path: 'costPerChildDay', message: 'validation.dailyRateTooHigh' },
    ]);
    expect(issues(floodPointUpdateSchema.safeParse({ ...point, id: 'p1', carerPayPerDay: 15_000_000 }))).toEqual([
      { path: 'carerPayPerDay', message: 'validation.dailyRateTooHigh' },
    ]);
  });
});

describe('moneyAmount', () => {
  it('lives in common and is the same schema through gifts', () => {
    expect(moneyAmount.safeParse(500_000).success).toBe(true);
    expect(giftsMoneyAmount).toBe(moneyAmount);
  });
});
