import { describe, expect, it } from 'vitest';
import { periodFromSearch, quickPeriod } from './periods';

describe('quick periods', () => {
  it.each([
    ['thisMonth', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['thisMonth', '2028-02-29', '2028-02-01', '2028-02-29'],
    ['thisQuarter', '2026-11-22', '2026-10-01', '2026-12-31'],
    ['thisQuarter', '2026-04-01', '2026-04-01', '2026-06-30'],
    ['lastSixMonths', '2026-11-22', '2026-05-23', '2026-11-22'],
    ['lastSixMonths', '2026-08-31', '2026-03-01', '2026-08-31'],
    ['thisYear', '2026-11-22', '2026-01-01', '2026-12-31'],
  ] as const)('%s on %s is %s – %s', (choice, today, from, to) => {
    expect(quickPeriod(choice, today)).toEqual({ from, to });
  });
});

describe('period in the address', () => {
  it('reads a real period and refuses anything else', () => {
    expect(periodFromSearch(new URLSearchParams('from=2026-01-01&to=2026-06-30'))).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(periodFromSearch(new URLSearchParams('from=2026-07-01&to=2026-06-30'))).toBeNull();
    expect(periodFromSearch(new URLSearchParams('from=2026-02-30&to=2026-06-30'))).toBeNull();
    expect(periodFromSearch(new URLSearchParams('to=2026-06-30'))).toBeNull();
  });
});
