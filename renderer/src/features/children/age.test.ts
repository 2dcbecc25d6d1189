import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../../shared/format';
import { addDays, sixteenState, sixteenthBirthday } from './age';

describe('the 16th birthday', () => {
  it('is the day ageOn first says 16, also for a 29 February birth', () => {
    for (const birth of ['2010-05-04', '2012-02-29', '2010-12-31', '2011-01-01']) {
      const day = sixteenthBirthday(birth);
      if (!day) throw new Error(birth);
      expect(ageOn(birth, day)).toBe(16);
      expect(ageOn(birth, addDays(day, -1) ?? '')).toBe(15);
    }
    expect(sixteenthBirthday('2012-02-29')).toBe('2028-02-29');
    expect(sixteenthBirthday('2008-02-29')).toBe('2024-02-29');
    expect(sixteenthBirthday('2009-02-28')).toBe('2025-02-28');
    expect(sixteenthBirthday('not a date')).toBeNull();
  });

  it('flags a child within 90 days ahead, and from the day on', () => {
    const today = '2026-11-22';
    expect(sixteenState('2010-11-22', today)).toEqual({ kind: 'turned', date: '2026-11-22' });
    expect(sixteenState('2010-11-23', today)).toEqual({ kind: 'soon', date: '2026-11-23' });
    expect(sixteenState('2011-02-20', today)).toEqual({ kind: 'soon', date: '2027-02-20' });
    expect(sixteenState('2011-02-21', today)).toBeNull();
    expect(sixteenState('2015-01-01', today)).toBeNull();
  });
});
