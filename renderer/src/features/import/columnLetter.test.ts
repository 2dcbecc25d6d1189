import { expect, it } from 'vitest';
import { columnLetter } from './columnLetter';

it('names columns as spreadsheets do', () => {
  expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
});
