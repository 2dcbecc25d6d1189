import { describe, it, expect } from 'vitest';
import {
  compareVietnamese,
  compareVietnameseNames,
  foldVietnamese,
  normalizeName,
  splitVietnameseName,
} from './names';

describe('foldVietnamese', () => {
  it.each([
    ['Nguyễn Thị Hoa', 'nguyen thi hoa'],
    ['Đặng', 'dang'],
    ['  ĐỖ   Văn\tĐức ', 'do van duc'],
    ['Hoà Hòa', 'hoa hoa'],
    ['Ưng Ơn Ăn Ân', 'ung on an an'],
  ])('%j → %j', (text, folded) => {
    expect(foldVietnamese(text)).toBe(folded);
  });

  it('folds decomposed input (combining marks) like precomposed input', () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Hoa';
    expect(decomposed).not.toBe('Nguyễn Thị Hoa');
    expect(foldVietnamese(decomposed)).toBe('nguyen thi hoa');
    expect(foldVietnamese('Nguyễn Thị Hoa'.normalize('NFD'))).toBe('nguyen thi hoa');
  });

  it('treats the look-alike eth from old font conversions as đ', () => {
    expect(foldVietnamese('\u00D0ặng')).toBe('dang');
  });
});

describe('normalizeName', () => {
  it.each([
    ['nguyễn  thị HOA', 'Nguyễn Thị Hoa'],
    ['  đặng văn đức ', 'Đặng Văn Đức'],
    ['LÊ THỊ ÁNH', 'Lê Thị Ánh'],
    ["h'hen niê", "H'Hen Niê"],
    ['ksor h’nhi', 'Ksor H’Nhi'],
  ])('%j → %j', (typed, tidy) => {
    expect(normalizeName(typed)).toBe(tidy);
  });

  it('stores NFC even when typed decomposed', () => {
    const tidy = normalizeName('nguye\u0302\u0303n thi\u0323 hoa');
    expect(tidy).toBe('Nguyễn Thị Hoa');
    expect(tidy).toBe(tidy.normalize('NFC'));
  });
});

describe('compareVietnamese', () => {
  const sorted = (items: string[]) => [...items].sort(compareVietnamese);

  it('follows the Vietnamese alphabet', () => {
    const alphabet = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');
    const shuffled = [...alphabet].reverse();
    expect(sorted(shuffled)).toEqual(alphabet);
  });

  it('puts an < ăn < ân and orders tones ngang, huyền, hỏi, ngã, sắc, nặng', () => {
    expect(sorted(['ân', 'ăn', 'an'])).toEqual(['an', 'ăn', 'ân']);
    expect(sorted(['ạ', 'á', 'ã', 'ả', 'à', 'a'])).toEqual(['a', 'à', 'ả', 'ã', 'á', 'ạ']);
  });

  it('sorts đ after every d word and numbers by value', () => {
    expect(sorted(['Đào', 'Dương', 'Dung'])).toEqual(['Dung', 'Dương', 'Đào']);
    expect(sorted(['Tổ 10', 'Tổ 2'])).toEqual(['Tổ 2', 'Tổ 10']);
  });

  it('treats decomposed and precomposed text as equal', () => {
    expect(compareVietnamese('Nguyễn', 'Nguyễn'.normalize('NFD'))).toBe(0);
  });
});

describe('splitVietnameseName', () => {
  it.each([
    ['Nguyễn Thị Minh Hoa', { family: 'Nguyễn', middle: 'Thị Minh', given: 'Hoa' }],
    ['Trần Văn An', { family: 'Trần', middle: 'Văn', given: 'An' }],
    ['Lê  Hà', { family: 'Lê', middle: '', given: 'Hà' }],
    ['Hà', { family: '', middle: '', given: 'Hà' }],
    ['  ', { family: '', middle: '', given: '' }],
  ])('%j', (full, parts) => {
    expect(splitVietnameseName(full)).toEqual(parts);
  });
});

describe('compareVietnameseNames', () => {
  it('orders by given name, then family name, then middle name', () => {
    const names = ['Nguyễn Văn Bình', 'Nguyễn Thị Bình', 'Lê Văn Bình', 'Trần Văn An', 'Đỗ Ánh', 'Bùi Thị Ân'];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      'Trần Văn An',
      'Đỗ Ánh', // a-n-h before â-n: â is a letter of its own, the tone only breaks ties
      'Bùi Thị Ân',
      'Lê Văn Bình',
      'Nguyễn Thị Bình',
      'Nguyễn Văn Bình',
    ]);
  });

  it('is a total order: different spellings of the same parts do not compare equal', () => {
    expect(compareVietnameseNames('Lê Văn Bình', 'Lê Văn Bình')).toBe(0);
    expect(compareVietnameseNames('Lê Văn  Bình', 'Lê Văn Bình')).not.toBe(0);
  });
});
