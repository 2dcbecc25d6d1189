import { describe, it, expect } from 'vitest';
import { CURRENCY_SPACE, formatAmount, formatMoney, parseMoney } from './money';

describe('formatMoney', () => {
  it.each([
    [1_586_250_000, '1.586.250.000\u00A0₫'],
    [500_000, '500.000\u00A0₫'],
    [1_000, '1.000\u00A0₫'],
    [999, '999\u00A0₫'],
    [0, '0\u00A0₫'],
    [-500_000, '-500.000\u00A0₫'],
  ])('%d → %j', (amount, text) => {
    expect(formatMoney(amount)).toBe(text);
  });

  it('uses a no-break space before the symbol', () => {
    expect(CURRENCY_SPACE).toBe('\u00A0');
  });

  it('agrees with what Node 22 ICU gives for vi-VN', () => {
    const icu = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' });
    // Normalise only the space: this documents the one place ICU builds may differ.
    const normalise = (text: string) => text.replace(/[\u00A0\u202F ]/g, CURRENCY_SPACE);
    for (const amount of [1_586_250_000, -500_000, 7]) {
      expect(formatMoney(amount)).toBe(normalise(icu.format(amount)));
    }
  });

  it('refuses fractions of a dong', () => {
    expect(() => formatMoney(1.5)).toThrow(RangeError);
    expect(() => formatAmount(Number.NaN)).toThrow(RangeError);
  });

  it('formats the bare amount for inputs', () => {
    expect(formatAmount(1_586_250_000)).toBe('1.586.250.000');
    expect(formatAmount(-1_000)).toBe('-1.000');
  });
});

describe('parseMoney', () => {
  it.each([
    ['1.586.250.000', 1_586_250_000],
    ['1586250000', 1_586_250_000],
    ['1 586 250 000', 1_586_250_000],
    ['1\u00A0586\u00A0250\u00A0000', 1_586_250_000],
    [' 500.000 ₫ ', 500_000],
    ['500.000đ', 500_000],
    ['-500.000', -500_000],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %d', (typed, amount) => {
    expect(parseMoney(typed)).toBe(amount);
  });

  it.each(['', 'abc', '1,5', '1.5', '1.58.250', '1.586 250', '12345.000', '--5', '1e6', '99999999999999999'])(
    'rejects %j',
    (typed) => {
      expect(parseMoney(typed)).toBeNull();
    },
  );

  it('reads back what it formats', () => {
    expect(parseMoney(formatMoney(-1_586_250_000))).toBe(-1_586_250_000);
  });
});
