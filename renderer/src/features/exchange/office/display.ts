import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../../../shared/format';

/** A file's size as people read it: "850 byte", "12,4 KB", "1,3 MB" (decimal comma in Vietnamese). */
export function formatFileSize(bytes: number, t: TFunction, language: string): string {
  const number = (value: number) => value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return t('exchangeOffice.size.bytes', { size: number(bytes) });
  if (bytes < 1024 * 1024) return t('exchangeOffice.size.kb', { size: number(bytes / 1024) });
  return t('exchangeOffice.size.mb', { size: number(bytes / (1024 * 1024)) });
}

/** The local day of a timestamp (stored in UTC), as dd/mm/yyyy. */
export const formatDay = (timestamp: string | null): string => formatDateTime(timestamp).slice(0, 10);
