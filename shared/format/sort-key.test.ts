import { describe, expect, it } from 'vitest';
import { compareVietnamese, compareVietnameseNames } from './names';
import { collationKey, nameSortKey } from './sort-key';

/** A fixed pseudo-random sequence (LCG), so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const byKey = (key: (text: string) => string) => (a: string, b: string) => {
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

const sign = (n: number) => Math.sign(n);

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Âu', 'Ưng', 'Ksor'];
const middles = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thu', 'Hồng', 'Bảo', 'Gia', 'Hữu', 'Xuân', 'Thị Minh', 'Văn Đức'];
const givens = ['An', 'Ân', 'Ấn', 'Ăn', 'Anh', 'Ánh', 'Bình', 'Châu', 'Dung', 'Dũng', 'Duy', 'Đào', 'Hà', 'Hạ', 'Hải', 'Hoa', 'Hòa', 'Hoà', 'Hỏa', 'Hùng', 'Hưng', 'Lan', 'Lân', 'Mai', 'My', 'Mỹ', 'Oanh', 'Ơn', 'Phúc', 'Quỳnh', "H'Hen", 'H’Nhi', 'Yến', 'Tú', 'Tư', 'Từ'];

/** Realistic names (tidy or not), and made-up words that stress every level of the collation. */
function generateNames(count: number, seed: number): string[] {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz'];
  const marks = ['', '', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323', '\u0308'];
  const word = (): string => {
    let text = '';
    const length = 1 + Math.floor(next() * 4);
    for (let i = 0; i < length; i++) {
      const letter = pick(letters);
      text += (next() < 0.3 ? letter.toUpperCase() : letter) + pick(marks);
    }
    if (next() < 0.05) text += String(Math.floor(next() * 120)).padStart(next() < 0.5 ? 3 : 1, '0');
    if (next() < 0.05) text += pick(["'", '’', '-', '.']);
    return next() < 0.5 ? text.normalize('NFC') : text;
  };
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const made = next() < 0.5;
    const parts = made
      ? Array.from({ length: Math.floor(next() * 4) }, word)
      : [pick(families), ...(next() < 0.9 ? [pick(middles)] : []), pick(givens)];
    let name = parts.join(next() < 0.05 ? '  ' : ' ');
    if (next() < 0.1) name = name.toUpperCase();
    if (next() < 0.1) name = name.normalize('NFD');
    if (next() < 0.03) name = ` ${name}`;
    if (next() < 0.03) name = name.replace(' ', '\u00a0');
    names.push(name);
  }
  return names;
}

describe('nameSortKey', () => {
  it('orders generated names as compareVietnameseNames does (binary order of the keys)', () => {
    const names = generateNames(5000, 2026);
    const keyed = names.map((name) => ({ name, key: nameSortKey(name) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    // Sorted by key, each name must come before the next by the comparator too, and tie exactly
    // where the keys tie; the comparator being a total order, both sorts then agree.
    const wrong = keyed.slice(1).flatMap((next, i) => {
      const previous = keyed[i] ?? next;
      const expected = previous.key === next.key ? 0 : -1;
      return sign(compareVietnameseNames(previous.name, next.name)) === expected ? [] : [[previous.name, next.name]];
    });
    expect(wrong).toEqual([]);
    const sortedByComparator = [...names].sort(compareVietnameseNames);
    expect(sortedByComparator.map(nameSortKey)).toEqual(keyed.map((k) => k.key));
  });

  it('agrees with the comparator on every pair of close variants (tone, case, letter, spacing)', () => {
    const base = ['Nguyễn Thị Hoa', 'nguyễn thị hoa', 'Nguyễn Thị Hòa', 'Nguyễn Thị Hóa', 'Nguyên Thi Hoa', 'Nguyễn Thi Hoa',
      'Nguyen Thi Hoa', 'NGUYỄN THỊ HOA', 'Nguyễn  Thị Hoa', ' Nguyễn Thị Hoa', 'Nguyễn Thị Hoa ', 'Nguyễn\u00a0Thị Hoa',
      'Nguyễn Thị Hoa'.normalize('NFD'), 'Nguyễn Hoa', 'Hoa', 'Thị Hoa', 'Nguyễn Thị Minh Hoa', 'Nguyễn Thị Hoa 2',
      'Nguyễn Thị Hoa 10', 'Nguyễn Thị Hoa 02', "H'Hoa", 'H’Hoa', 'Trần Văn An', 'Lê Văn Bình', 'Nguyễn Thị Bình',
      'Nguyễn Văn Bình', 'Đào', 'Dương', 'Dung', 'Ăn', 'Ân', 'An', 'Ạn', 'Án', ''];
    for (const a of base) {
      for (const b of base) {
        const keys = byKey(nameSortKey)(a, b);
        expect([a, b, keys]).toEqual([a, b, sign(compareVietnameseNames(a, b))]);
      }
    }
  });

  it('puts the given name first: "Trần Văn An" < "Lê Văn Bình" < "Nguyễn Thị Bình" < "Nguyễn Văn Bình"', () => {
    const names = ['Nguyễn Văn Bình', 'Nguyễn Thị Bình', 'Lê Văn Bình', 'Trần Văn An'];
    expect([...names].sort(byKey(nameSortKey))).toEqual(['Trần Văn An', 'Lê Văn Bình', 'Nguyễn Thị Bình', 'Nguyễn Văn Bình']);
  });

  it('is plain text that SQLite can compare byte by byte (no control characters)', () => {
    for (const name of generateNames(200, 7)) expect(nameSortKey(name)).toMatch(/^[\u0020-\uffff]*$/);
  });
});

describe('collationKey', () => {
  it('orders single words as compareVietnamese does, over many random pairs', () => {
    const words = generateNames(3000, 99).flatMap((name) => name.split(/\s+/));
    const next = random(5);
    const pick = () => words[Math.floor(next() * words.length)] ?? '';
    const disagreements: [string, string][] = [];
    for (let i = 0; i < 50_000; i++) {
      const a = pick();
      const b = pick();
      if (byKey(collationKey)(a, b) !== sign(compareVietnamese(a, b))) disagreements.push([a, b]);
    }
    expect(disagreements).toEqual([]);
  });

  it('follows the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y and the tone order', () => {
    const alphabet = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');
    expect([...alphabet].reverse().sort(byKey(collationKey))).toEqual(alphabet);
    expect(['ạ', 'á', 'ã', 'ả', 'à', 'a'].sort(byKey(collationKey))).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
  });
});
