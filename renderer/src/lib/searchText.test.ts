import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from './searchText';

describe('search folding', () => {
  it('ignores diacritics, đ and case', () => {
    expect(foldForSearch('Phường Đông Khê')).toBe('phuong dong khe');
    expect(matchesSearch('Phường Ngô Quyền', 'ngo quyen')).toBe(true);
    expect(matchesSearch('Phường Ngô Quyền', 'NGÔ  QUYỀN')).toBe(true);
    expect(matchesSearch('Phường Gia Viên', 'quyen')).toBe(false);
  });

  it('matches everything with an empty query', () => {
    expect(matchesSearch('Xã An Hưng', '  ')).toBe(true);
  });
});
