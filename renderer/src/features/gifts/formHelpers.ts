import { parseMoney } from '../../../../shared/format';

/** The budget as the form shows it: the amounts that read as money, added up. */
export function sumMoney(texts: readonly string[]): number {
  return texts.reduce((sum, text) => sum + (parseMoney(text.trim()) ?? 0), 0);
}

/** "Tết Nguyên đán 2027" → "Tet Nguyen dan 2027": a file name that every system and mail client keeps. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9 ._-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
