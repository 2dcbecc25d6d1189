import { describe, expect, it } from 'vitest';
import { defaultFilters, filtersFromParams, filtersToParams, isFiltered, listQuery } from './listParams';
import { pageOffsets } from './useChildPages';

describe('list filters in the address', () => {
  it('round-trip, and drop what is not a valid value', () => {
    const filters = {
      ...defaultFilters,
      text: 'Nguyễn Thị',
      unitIds: ['11311', 'w:11320'],
      groupCodes: ['a' as const, 'dd' as const],
      statuses: ['left' as const],
      ageMin: 6,
      turning16Soon: true,
      noGiftMonths: 12,
      sort: 'createdAt' as const,
    };
    expect(filtersFromParams(filtersToParams(filters))).toEqual(filters);
    expect(filtersFromParams(new URLSearchParams('group=zz&status=gone&ageMin=99&sort=random&eth=1'))).toEqual(defaultFilters);
    expect(filtersToParams(defaultFilters).toString()).toBe('');
  });

  it('keep "no gift in the last 12 months" as noGift=1 and send it as noGiftMonths 12', () => {
    const params = filtersToParams({ ...defaultFilters, noGiftMonths: 12 });
    expect(params.toString()).toBe('noGift=1');
    expect(filtersFromParams(params).noGiftMonths).toBe(12);
    expect(filtersFromParams(new URLSearchParams('noGift=yes')).noGiftMonths).toBeNull();
    expect(listQuery(filtersFromParams(params))).toMatchObject({ noGiftMonths: 12 });
    expect(listQuery(defaultFilters)).toMatchObject({ noGiftMonths: null });
    expect(isFiltered({ ...defaultFilters, noGiftMonths: 12 })).toBe(true);
  });

  it('send the search folded and an age range typed backwards in order', () => {
    expect(listQuery({ ...defaultFilters, text: '  Đặng   THỊ Hoà ', ageMin: 12, ageMax: 6 })).toMatchObject({
      search: 'dang thi hoa',
      ageMin: 6,
      ageMax: 12,
    });
    expect(isFiltered(defaultFilters)).toBe(false);
    expect(isFiltered({ ...defaultFilters, sort: 'birthDate' })).toBe(false);
    expect(isFiltered({ ...defaultFilters, text: '  ' })).toBe(false);
    expect(isFiltered({ ...defaultFilters, sexes: ['male'] })).toBe(true);
  });
});

describe('pages of the list', () => {
  it('are the pages of 100 that hold the rows on screen, with page 0 for the total', () => {
    expect(pageOffsets({ first: 0, last: 20 })).toEqual([0]);
    expect(pageOffsets({ first: 90, last: 115 })).toEqual([0, 100]);
    expect(pageOffsets({ first: 50_010, last: 50_040 })).toEqual([0, 50_000]);
    expect(pageOffsets({ first: 99_950, last: 100_010 })).toEqual([0, 99_900, 100_000]);
  });
});
