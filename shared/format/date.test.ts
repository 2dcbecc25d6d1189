import { describe, it, expect } from 'vitest';
import {
  ageOn,
  formatAdministrativeDate,
  formatDate,
  formatDateTime,
  formatPlaceAndDate,
  isIsoDate,
  parseDisplayDate,
  toIsoDate,
} from './date';

describe('formatDate', () => {
  it('shows an ISO date day first', () => {
    expect(formatDate('2026-02-05')).toBe('05/02/2026');
    expect(formatDate('2025-12-31')).toBe('31/12/2025');
  });

  it('shows a blank for missing or invalid dates', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('2025-02-31')).toBe('');
    expect(formatDate('05/02/2026')).toBe('');
  });
});

describe('parseDisplayDate', () => {
  it.each([
    ['05/02/2026', '2026-02-05'],
    ['5/2/2026', '2026-02-05'],
    [' 29/02/2024 ', '2024-02-29'],
    ['31.12.2025', '2025-12-31'],
    ['1-3-2020', '2020-03-01'],
  ])('reads %j as %s', (typed, iso) => {
    expect(parseDisplayDate(typed)).toBe(iso);
  });

  it.each(['31/02/2025', '29/02/2025', '00/01/2025', '12/13/2025', '5/2/26', '2026-02-05', '05/02-2026', '', 'ngày 5'])(
    'rejects %j',
    (typed) => {
      expect(parseDisplayDate(typed)).toBeNull();
    },
  );

  it('round-trips with formatDate', () => {
    expect(parseDisplayDate(formatDate('2008-02-29'))).toBe('2008-02-29');
  });
});

describe('isIsoDate and toIsoDate', () => {
  it('accepts only real dates in YYYY-MM-DD form', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
  });

  it('takes the local calendar date of a moment', () => {
    expect(toIsoDate(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});

describe('formatDateTime', () => {
  it('shows a UTC timestamp in local time', () => {
    // Built from local parts so the test holds in any time zone.
    const stamp = new Date(2026, 1, 5, 9, 7, 30).toISOString();
    expect(formatDateTime(stamp)).toBe('05/02/2026 09:07');
  });

  it('shows a blank for a missing or broken timestamp', () => {
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('not a time')).toBe('');
  });
});

describe('administrative date line', () => {
  it.each([
    ['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
    ['2026-01-31', 'ngày 31 tháng 01 năm 2026'],
    ['2026-03-15', 'ngày 15 tháng 3 năm 2026'],
    ['2026-12-01', 'ngày 01 tháng 12 năm 2026'],
    ['2026-10-10', 'ngày 10 tháng 10 năm 2026'],
  ])('%s → %s', (iso, line) => {
    expect(formatAdministrativeDate(iso)).toBe(line);
  });

  it('puts the place first', () => {
    expect(formatPlaceAndDate('Ngô Quyền', '2026-02-05')).toBe('Ngô Quyền, ngày 05 tháng 02 năm 2026');
  });

  it('refuses an invalid date rather than printing a wrong one', () => {
    expect(() => formatAdministrativeDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('ageOn', () => {
  it('counts whole years, turning a year older on the birthday', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageOn('2026-01-01', '2026-12-31')).toBe(0);
  });

  it('lets a child born on 29 February turn older on 1 March in common years', () => {
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
    expect(ageOn('2008-02-29', '2025-02-28')).toBe(16);
    expect(ageOn('2008-02-29', '2025-03-01')).toBe(17);
  });

  it('gives null for invalid dates or a birth after the date', () => {
    expect(ageOn('2010-02-30', '2026-01-01')).toBeNull();
    expect(ageOn('2027-01-01', '2026-01-01')).toBeNull();
  });
});
