import { describe, expect, it } from 'vitest';
import { formatQuantity, quantityForSchema, quantityWithUnit } from './quantity';

describe('goods quantities', () => {
  it.each([
    [40, '40'],
    [1200, '1.200'],
    [2.5, '2,5'],
    [3.4000000000000004, '3,4'],
    [0.1 + 0.2, '0,3'],
    [2.0004, '2'],
    [1234.5678, '1.234,568'],
    [-12.25, '-12,25'],
    [-0.0001, '0'],
  ])('%s is shown as %s', (quantity, shown) => {
    expect(formatQuantity(quantity)).toBe(shown);
  });

  it('names the unit after the quantity', () => {
    expect(quantityWithUnit(10 - 6.6, 'thùng')).toBe('3,4 thùng');
    expect(quantityWithUnit(5, null)).toBe('5');
  });

  it('reads a quantity typed the Vietnamese way', () => {
    expect(quantityForSchema('1.200')).toBe(1200);
    expect(quantityForSchema('2,5')).toBe(2.5);
    expect(quantityForSchema(' ')).toBeNull();
    expect(quantityForSchema('hai')).toBe('hai');
  });
});
