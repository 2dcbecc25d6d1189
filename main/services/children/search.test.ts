import { describe, expect, it } from 'vitest';
import { childWords, membershipMark, searchText, searchWords } from './derived';
import { searchPatterns } from './search';
import { tokenOf } from './vocabulary';

describe('search words and patterns', () => {
  it('folds text into plain words', () => {
    expect(searchWords("  Nguyễn Thị HOA, H'Hen Niê – số 12/2015 ")).toEqual(['nguyen', 'thi', 'hoa', 'hhen', 'nie', 'so', '12', '2015']);
  });

  it('takes short words as the start of a word and drops words inside others', () => {
    expect(searchPatterns('nguyen thi h')).toEqual(['nguyen', 'thi', '^^h']);
    expect(searchPatterns('Lê an')).toEqual(['^le', '^an']);
    expect(searchPatterns('nguy nguyen NGUYEN')).toEqual(['nguyen']);
    expect(searchPatterns(" ' - ")).toEqual([]);
  });

  it('writes each word with its start mark and token, then the open memberships', () => {
    const words = childWords({ fullName: 'Đặng Văn An', personalId: '031215001234', birthCertificateNo: 'Số 12' }, ['Đặng Thị Hoa']);
    expect(words).toEqual(['dang', 'van', 'an', '031215001234', 'so', '12', 'thi', 'hoa']);
    const tokens = new Map(words.map((w, i) => [w, tokenOf(i)]));
    const text = searchText(words, tokens, [{ kind: 'group', code: 'dd' }, { kind: 'atRisk', code: 'r1' }]);
    expect(text.split(' ').slice(0, 7)).toEqual(['^^dang', tokenOf(0), '^^van', tokenOf(1), '^^an', tokenOf(2), '^^031215001234']);
    expect(text.split(' ').slice(-2)).toEqual(['~GZ', membershipMark('atRisk', 'r1')]);
  });

  it('gives marks that no typed search can match, and different marks to different groups', () => {
    const marks = ['a', 'd', 'dd', 'o'].map((code) => membershipMark('group', code));
    expect(new Set(marks).size).toBe(4);
    expect(membershipMark('atRisk', 'r1')).toBe('~RHCDB~');
    expect(membershipMark('atRisk', 'r1')).not.toBe(membershipMark('atRisk', 'r10').slice(0, 7));
    expect(membershipMark('atRisk', 'rủi ro')).toMatch(/^~W[A-P]{24}~$/);
    for (const mark of [...marks, membershipMark('atRisk', 'r10')]) expect(mark).not.toMatch(/[a-z0-9^]/);
    expect(tokenOf(0)).not.toBe(tokenOf(256));
    expect(tokenOf(70_000)).toMatch(/^[\uE000-\uE0FF]{3}$/);
  });
});
