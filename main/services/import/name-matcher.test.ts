import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../shared/format/names';
import { comparableName, similarName } from './name-matcher';
import { similarNames } from '../children/duplicates';

const families = ['nguyen', 'tran', 'le', 'pham', 'ho', 'ngo', 'h', 'nie'];
const middles = ['', 'van', 'thi', 'thi minh'];
const givens = ['an', 'anh', 'binh', 'bich', 'hoa', 'hoan', 'lan', 'loan', 'nam', 'hhen', 'yen'];

/** Names alike and unalike in every way the rule looks at, and some it should not be fooled by. */
function names(): string[] {
  const list = families.flatMap((family) => middles.flatMap((middle) => givens.map((given) => [family, middle, given].filter(Boolean).join(' '))));
  return [
    ...list,
    '', 'an', 'a', 'nguyen  van  an', ' nguyen van an ', 'nguyen\tvan an', 'nguyenvanan', 'van an nguyen', 'ng uyen van an',
    foldVietnamese('Đặng Thị Ánh'), foldVietnamese('H\u2019Hen Niê'), 'nguyen van an jr', 'nguyen van ab',
  ];
}

describe('the quick test of two names being alike', () => {
  it('answers as the register does for every pair', () => {
    const all = names();
    let alike = 0;
    for (const a of all) {
      for (const b of all) {
        const expected = similarNames(a, b);
        if (similarName(comparableName(a), comparableName(b)) !== expected) expect({ a, b, similar: !expected }).toEqual({ a, b, similar: expected });
        if (expected) alike++;
      }
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(alike).toBeGreaterThan(all.length * 3);
    expect(alike).toBeLessThan(all.length * all.length / 4);
  });

  it('finds a name two letters off, a left-out middle name and the same name', () => {
    const like = (a: string, b: string) => similarName(comparableName(a), comparableName(b));
    expect(like('nguyen van an', 'nguyen van anh')).toBe(true);
    expect(like('tran thi hoa', 'tran thi hao')).toBe(true);
    expect(like('nguyen van an', 'nguyen an')).toBe(true);
    expect(like('le van binh', 'le van bich')).toBe(true);
    expect(like('nguyen van an', 'tran van an')).toBe(false);
    expect(like('le van binh', 'le thi lan')).toBe(false);
  });
});
