import { describe, expect, it } from 'vitest';
import { lastEndedPeriod } from './lastEndedPeriod';

describe('the period chosen first on the export form', () => {
  it('is the one of each kind that ended before today', () => {
    expect(lastEndedPeriod('month', '2026-11-22')).toEqual({ kind: 'month', year: 2026, number: 10 });
    expect(lastEndedPeriod('quarter', '2026-11-22')).toEqual({ kind: 'quarter', year: 2026, number: 3 });
    expect(lastEndedPeriod('half', '2026-11-22')).toEqual({ kind: 'half', year: 2026, number: 1 });
    expect(lastEndedPeriod('year', '2026-11-22')).toEqual({ kind: 'year', year: 2025, number: 1 });
  });

  it('goes back into last year at the start of a year', () => {
    expect(lastEndedPeriod('month', '2027-01-05')).toEqual({ kind: 'month', year: 2026, number: 12 });
    expect(lastEndedPeriod('quarter', '2027-03-31')).toEqual({ kind: 'quarter', year: 2026, number: 4 });
    expect(lastEndedPeriod('half', '2027-06-30')).toEqual({ kind: 'half', year: 2026, number: 2 });
    expect(lastEndedPeriod('quarter', '2027-04-01')).toEqual({ kind: 'quarter', year: 2027, number: 1 });
    expect(lastEndedPeriod('half', '2027-07-01')).toEqual({ kind: 'half', year: 2027, number: 1 });
  });
});
