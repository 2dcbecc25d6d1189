import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { formatDay, formatFileSize } from './format';
import { romanNumeral } from '../../../../shared/format/roman';
import { periodName } from './labels';

describe('how the exchange screens write sizes, days and periods', () => {
  it('writes a file size the same way wherever it is shown', async () => {
    const i18n = await createI18n('vi');
    const size = (bytes: number) => formatFileSize(bytes, i18n.t, 'vi');
    expect([size(900), size(2048), size(182_400), size(1_572_864)]).toEqual(['900 byte', '2 KB', '178,1 KB', '1,5 MB']);
  });

  it('writes the local day of a stored timestamp, blank for none', () => {
    const stored = new Date(2026, 11, 2, 23, 30).toISOString();
    expect(formatDay(stored)).toBe('02/12/2026');
    expect(formatDay(null)).toBe('');
    expect(formatDay('not a time')).toBe('');
  });

  it('numbers quarters and sections in roman numerals', async () => {
    expect([1, 2, 3, 4, 9, 14, 40].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL']);
    expect(romanNumeral(0)).toBe('0');
    const i18n = await createI18n('vi');
    expect(periodName(i18n.t, { kind: 'quarter', year: 2026, number: 2 })).toBe('Quý II/2026');
  });
});
