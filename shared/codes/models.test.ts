import { describe, expect, it } from 'vitest';
import { childFriendlyResult, floodPointCost, safeHomeResult, type CommuneClass } from './models';

const ids = Array.from({ length: 33 }, (_, index) => `c${String(index + 1).padStart(2, '0')}`);
/** The office's list with the first `mandatory` criteria marked mandatory. */
const criteria = (mandatory = 15) => ids.map((id, index) => ({ id, mandatory: index < mandatory }));
const mandatoryIds = ids.slice(0, 15);
const optionalIds = ids.slice(15);

describe('safeHomeResult (33 criteria, 15 mandatory, at least 23 met)', () => {
  it('recognises 23 met criteria including all 15 mandatory ones', () => {
    const result = safeHomeResult(criteria(), [...mandatoryIds, ...optionalIds.slice(0, 8)], false);
    expect(result).toEqual({ metCount: 23, mandatoryMissing: [], recognised: true, reasons: [] });
  });

  it('refuses 22 met criteria, even with every mandatory one', () => {
    const result = safeHomeResult(criteria(), [...mandatoryIds, ...optionalIds.slice(0, 7)], false);
    expect(result.metCount).toBe(22);
    expect(result.recognised).toBe(false);
    expect(result.reasons).toEqual(['tooFewMet']);
  });

  it('refuses 23 met criteria when one mandatory criterion is missing, and names it', () => {
    const result = safeHomeResult(criteria(), [...mandatoryIds.slice(1), ...optionalIds.slice(0, 9)], false);
    expect(result.metCount).toBe(23);
    expect(result).toMatchObject({ recognised: false, reasons: ['mandatoryMissing'], mandatoryMissing: ['c01'] });
  });

  it('refuses a home where a child was injured, even with all 33 met', () => {
    const result = safeHomeResult(criteria(), ids, true);
    expect(result).toMatchObject({ metCount: 33, recognised: false, reasons: ['childInjured'] });
  });

  it.each([14, 16, 0])('refuses everyone while %i criteria (not 15) are marked mandatory', (count) => {
    const result = safeHomeResult(criteria(count), ids, false);
    expect(result.recognised).toBe(false);
    expect(result.reasons).toEqual(['criteriaNotSet']);
  });

  it('ignores ids that are not on the list (and counts a repeated id once)', () => {
    const met = [...mandatoryIds, ...optionalIds.slice(0, 7), 'c99', 'x', 'c01'];
    const result = safeHomeResult(criteria(), met, false);
    expect(result.metCount).toBe(22);
    expect(result.reasons).toEqual(['tooFewMet']);
  });

  it('gives every reason that applies, in order', () => {
    expect(safeHomeResult(criteria(14), optionalIds, true).reasons).toEqual(['criteriaNotSet', 'tooFewMet', 'mandatoryMissing', 'childInjured']);
  });
});

/** Thirteen scores, none 0, adding up to `total`. */
const scoresTotalling = (total: number): number[] => {
  const each = Math.floor(total / 13);
  return [...Array.from({ length: 12 }, () => each), total - 12 * each];
};

describe('childFriendlyResult (13 criteria; 900 / 800 / 850 by commune class)', () => {
  const thresholds: [CommuneClass, number][] = [
    ['urbanWard', 900],
    ['mountainIslandDisadvantaged', 800],
    ['other', 850],
  ];

  it.each(thresholds)('a %s commune is recognised at exactly %i points', (communeClass, threshold) => {
    const result = childFriendlyResult(scoresTotalling(threshold), communeClass);
    expect(result).toEqual({ total: threshold, threshold, zeroCriteria: [], recognised: true, reason: null });
  });

  it.each(thresholds)('a %s commune is not recognised one point below %i', (communeClass, threshold) => {
    const result = childFriendlyResult(scoresTotalling(threshold - 1), communeClass);
    expect(result).toMatchObject({ total: threshold - 1, threshold, recognised: false });
  });

  it('refuses a commune with a criterion scored 0, however high the total', () => {
    const scores = [...Array.from({ length: 12 }, () => 83), 0];
    const result = childFriendlyResult(scores, 'mountainIslandDisadvantaged');
    expect(result.total).toBe(996);
    expect(result).toMatchObject({ zeroCriteria: [13], recognised: false });
  });

  it('refuses a score list that is not 13 long, and says why', () => {
    expect(childFriendlyResult(Array.from({ length: 12 }, () => 80), 'mountainIslandDisadvantaged')).toMatchObject({ recognised: false, reason: 'incomplete' });
    expect(childFriendlyResult([], 'other')).toMatchObject({ total: 0, recognised: false, reason: 'incomplete' });
    expect(childFriendlyResult(scoresTotalling(900), 'other').reason).toBeNull();
  });
});

describe('floodPointCost', () => {
  it('is children × days × rate plus carers × days × pay', () => {
    expect(floodPointCost({ childrenEnrolled: 25, daysOpen: 45, costPerChildDay: 15_000, carers: 2, carerPayPerDay: 100_000 })).toEqual({
      childCost: 16_875_000,
      carerCost: 9_000_000,
      total: 25_875_000,
    });
  });
});

describe('floodPointCost at the schema limits', () => {
  it('stays a safe integer: 1000 children, 366 days, 100 carers, 10.000.000 đ a day', () => {
    const cost = floodPointCost({ childrenEnrolled: 1000, daysOpen: 366, costPerChildDay: 10_000_000, carers: 100, carerPayPerDay: 10_000_000 });
    expect(cost.total).toBe(4_026_000_000_000);
    expect(Number.isSafeInteger(cost.total)).toBe(true);
  });
});
