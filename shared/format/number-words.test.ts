import { describe, it, expect } from 'vitest';
import { moneyInWords, numberInWords } from './number-words';

describe('numberInWords', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi bốn'],
    [25, 'hai mươi lăm'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [115, 'một trăm mười lăm'],
    [999, 'chín trăm chín mươi chín'],
    [1_005, 'một nghìn không trăm linh năm'],
    [1_050, 'một nghìn không trăm năm mươi'],
    [10_000, 'mười nghìn'],
    [15_000, 'mười lăm nghìn'],
    [21_000, 'hai mươi mốt nghìn'],
    [1_000_000, 'một triệu'],
    [1_000_001, 'một triệu không trăm linh một'],
    [1_001_000, 'một triệu không trăm linh một nghìn'],
    [570_000_000, 'năm trăm bảy mươi triệu'],
    [1_586_250_000, 'một tỷ năm trăm tám mươi sáu triệu hai trăm năm mươi nghìn'],
    [2_000_005_000, 'hai tỷ không trăm linh năm nghìn'],
    [1_000_000_000_000, 'một nghìn tỷ'],
    [1_002_000_000_000, 'một nghìn không trăm linh hai tỷ'],
    [5_000_000_000_001, 'năm nghìn tỷ không trăm linh một'],
  ])('%d → %s', (n, words) => {
    expect(numberInWords(n)).toBe(words);
  });
});

describe('moneyInWords', () => {
  it.each([
    [0, 'Không đồng'],
    [5, 'Năm đồng chẵn'],
    [10, 'Mười đồng chẵn'],
    [15, 'Mười lăm đồng chẵn'],
    [21, 'Hai mươi mốt đồng chẵn'],
    [25, 'Hai mươi lăm đồng chẵn'],
    [101, 'Một trăm linh một đồng chẵn'],
    [105, 'Một trăm linh năm đồng chẵn'],
    [1_005, 'Một nghìn không trăm linh năm đồng chẵn'],
    [10_000, 'Mười nghìn đồng chẵn'],
    [300_000, 'Ba trăm nghìn đồng chẵn'],
    [500_000, 'Năm trăm nghìn đồng chẵn'],
    [1_000_000, 'Một triệu đồng chẵn'],
    [570_000_000, 'Năm trăm bảy mươi triệu đồng chẵn'],
    [1_586_250_000, 'Một tỷ năm trăm tám mươi sáu triệu hai trăm năm mươi nghìn đồng chẵn'],
  ])('%d → %s', (amount, words) => {
    expect(moneyInWords(amount)).toBe(words);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %d', (amount) => {
    expect(() => moneyInWords(amount)).toThrow(RangeError);
  });
});
