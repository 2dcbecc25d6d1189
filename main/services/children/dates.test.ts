import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../shared/format/date';
import { addDays, birthday, bornOnOrBefore, sixteenOn } from './dates';

describe('register dates', () => {
  it('gives the birthday a number of years on, 1 March for 29 February in a common year', () => {
    expect(birthday('2010-12-15', 16)).toBe('2026-12-15');
    expect(birthday('2012-02-29', 16)).toBe('2028-02-29');
    expect(birthday('2012-02-29', 1)).toBe('2013-03-01');
    expect(birthday('2084-02-29', 16)).toBe('2100-03-01');
  });

  it('turns an age into a birth-date bound that agrees with ageOn on every day of four years', () => {
    const wrong: string[] = [];
    for (const today of ['2026-11-22', '2028-02-29', '2027-02-28', '2027-03-01']) {
      for (let day = 0; day < 4 * 366; day++) {
        const birth = addDays('2009-01-01', day);
        const age = ageOn(birth, today) ?? -1;
        for (const years of [14, 15, 16]) {
          if ((birth <= bornOnOrBefore(today, years)) !== age >= years) wrong.push(`${birth} on ${today}: ${years}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('shows the 16th birthday from 90 days ahead, and after it', () => {
    expect(sixteenOn('2010-12-15', '2026-11-22')).toBe('2026-12-15');
    expect(sixteenOn('2011-02-20', '2026-11-22')).toBe('2027-02-20');
    expect(sixteenOn('2011-02-21', '2026-11-22')).toBeNull();
    expect(sixteenOn('2005-01-01', '2026-11-22')).toBe('2021-01-01');
  });
});
