/**
 * Folds Vietnamese text for matching: "Phường Ngô Quyền", "phuong ngo quyen" and
 * "NGÔ QUYỀN" all fold to comparable strings, so people can type with or without diacritics.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchesSearch(text: string, query: string): boolean {
  const q = foldForSearch(query);
  return q === '' || foldForSearch(text).includes(q);
}
