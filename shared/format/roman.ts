const romanDigits: ReadonlyArray<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** A roman numeral, as quarters ("Quý IV") and a document's sections ("II.") are numbered; other numbers as they are. */
export function romanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return String(value);
  let rest = value;
  let text = '';
  for (const [amount, digits] of romanDigits) {
    for (; rest >= amount; rest -= amount) text += digits;
  }
  return text;
}
