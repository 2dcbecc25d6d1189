/**
 * Money is integer VND. Shown as "1.586.250.000 ₫": '.' groups thousands and a NO-BREAK SPACE
 * (U+00A0) sits before '₫' so the symbol never wraps onto its own line.
 *
 * Written by hand rather than with Intl.NumberFormat('vi-VN'): Node 22 (ICU 78) gives exactly
 * this today, but the space before '₫' is CLDR data that has changed between releases for other
 * locales (U+00A0 → U+202F), and Chromium/Electron ship their own ICU. Prints and tests must
 * come out byte-identical in Node, Electron and Chromium, so nothing here depends on ICU.
 */

export const CURRENCY_SPACE = '\u00A0';

function requireMoney(amount: number): void {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Money must be an integer number of VND: ${amount}`);
}

/** "1.586.250.000", "-500.000" — for inputs and table columns headed "(đồng)". */
export function formatAmount(amount: number): string {
  requireMoney(amount);
  const digits = String(Math.abs(amount)).replace(/\B(?=(\d{3})+$)/g, '.');
  return amount < 0 ? `-${digits}` : digits;
}

/** "1.586.250.000 ₫", "-500.000 ₫". */
export function formatMoney(amount: number): string {
  return `${formatAmount(amount)}${CURRENCY_SPACE}₫`;
}

/**
 * What a user typed → integer VND, or null. Takes plain digits ("1586250000") or thousands
 * grouped by '.' or by spaces ("1.586.250.000", "1 586 250 000"), an optional leading '-',
 * and an optional trailing '₫' / 'đ' so a pasted formatted amount reads back. A ',' is
 * rejected: in Vietnamese it is the decimal comma, and VND has no fractions.
 */
export function parseMoney(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .replace(/\s*(₫|đ|Đ)$/u, '');
  const match = /^(-?)(\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+)$/.exec(cleaned);
  if (!match?.[2]) return null;
  const value = Number(match[2].replace(/[. ]/g, ''));
  if (!Number.isSafeInteger(value)) return null;
  return match[1] && value !== 0 ? -value : value;
}
