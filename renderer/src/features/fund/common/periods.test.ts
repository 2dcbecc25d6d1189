import { describe, expect, it } from 'vitest';
import { fundQuickPeriod } from './periods';

describe('fund report quick periods', () => {
  it.each([
    ['thisMonth', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['thisQuarter', '2026-11-22', '2026-10-01', '2026-12-31'],
    ['thisYear', '2026-11-22', '2026-01-01', '2026-12-31'],
    ['lastYear', '2026-11-22', '2025-01-01', '2025-12-31'],
    ['lastYear', '2026-01-01', '2025-01-01', '2025-12-31'],
  ] as const)('%s on %s is %s – %s', (choice, today, from, to) => {
    expect(fundQuickPeriod(choice, today)).toEqual({ from, to });
  });
});
