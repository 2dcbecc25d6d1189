import { describe, expect, it } from 'vitest';
import { isOfficeCode, packageFileName, receiptFileName, summaryFileName } from './file-names';

describe('the exchange’s file names', () => {
  it('name the office, the period and the sequence padded to three digits', () => {
    expect(packageFileName('HP-NQ', '2026-Q4', 7)).toBe('BTTE_HP-NQ_2026-Q4_so007.btte');
    expect(receiptFileName('HP-NQ', 12)).toBe('BTTE_HP-NQ_so012_bien-nhan.btte-bn');
    expect(summaryFileName('HP-NQ', '2026-11', 1234)).toBe('BTTE_HP-NQ_2026-11_so1234_tom-tat.xlsx');
  });

  it('take an office code only as the settings form accepts it, as it stands', () => {
    for (const code of ['HP-NQ', 'quan-ngo-quyen', '31.001_a']) expect(isOfficeCode(code), code).toBe(true);
    for (const code of ['', ' HP-NQ', 'HP/NQ', 'Mã đơn vị', '..\\x', 'A'.repeat(21)]) expect(isOfficeCode(code), code).toBe(false);
  });
});
