/**
 * Vietnamese number words, for the "Bằng chữ: …" line under an amount on receipts and rosters.
 *
 * Conventions (those of accounting software and payment vouchers):
 * - 4 is always "bốn" (never "tư"); 1 after mươi is "mốt", 5 after mười/mươi is "lăm".
 * - A zero tens digit before a non-zero unit reads "linh" (105 → một trăm linh năm).
 * - A group of three that is entirely zero is left out with its unit word, but a non-zero group
 *   after a higher one is read in full: 1.000.001 → "một triệu không trăm linh một" (not
 *   "một triệu không nghìn không trăm linh một"); 1.005 → "một nghìn không trăm linh năm".
 * - "tỷ" repeats above a billion: 10^12 → "một nghìn tỷ".
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const digit = (d: number): string => DIGITS[d] ?? '';
const BILLION = 1_000_000_000;

/** 0 < n < 1000; `full` when a higher group precedes, so "không trăm" and "linh" are read. */
function readTriple(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor(n / 10) % 10;
  const units = n % 10;
  const words: string[] = [];
  const readsHundreds = full || hundreds > 0;
  if (readsHundreds) words.push(digit(hundreds), 'trăm');
  if (tens === 0) {
    if (units > 0) words.push(...(readsHundreds ? ['linh'] : []), digit(units));
  } else {
    words.push(tens === 1 ? 'mười' : `${digit(tens)} mươi`);
    if (units === 1 && tens > 1) words.push('mốt');
    else if (units === 5) words.push('lăm');
    else if (units > 0) words.push(digit(units));
  }
  return words;
}

/** 0 ≤ n < 10^9, in groups of triệu, nghìn and units. */
function readBelowBillion(n: number, full: boolean): string[] {
  const groups: [number, string][] = [
    [Math.floor(n / 1_000_000), 'triệu'],
    [Math.floor(n / 1_000) % 1_000, 'nghìn'],
    [n % 1_000, ''],
  ];
  const words: string[] = [];
  let higher = full;
  for (const [value, scale] of groups) {
    if (value === 0) continue;
    words.push(...readTriple(value, higher));
    if (scale) words.push(scale);
    higher = true;
  }
  return words;
}

function read(n: number, full: boolean): string[] {
  if (n < BILLION) return readBelowBillion(n, full);
  const rest = n % BILLION;
  return [...read(Math.floor(n / BILLION), full), 'tỷ', ...(rest > 0 ? readBelowBillion(rest, true) : [])];
}

function requireCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Expected a non-negative whole number: ${n}`);
}

/** 1005 → "một nghìn không trăm linh năm"; 0 → "không". Lower case. */
export function numberInWords(n: number): string {
  requireCount(n);
  return n === 0 ? 'không' : read(n, false).join(' ');
}

/** 500000 → "Năm trăm nghìn đồng chẵn"; 0 → "Không đồng". VND has no subunit, so always "chẵn". */
export function moneyInWords(amount: number): string {
  requireCount(amount);
  const text = amount === 0 ? 'không đồng' : `${numberInWords(amount)} đồng chẵn`;
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
