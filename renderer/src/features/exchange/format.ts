import type { TFunction } from 'i18next';
import { formatDate, toIsoDate } from '../../../../shared/format/date';

/** How the exchange screens write days and file sizes, the same on the office's and the province's side. */

/** The local calendar day of a stored timestamp (UTC), dd/MM/yyyy; '' when there is none. */
export function formatDay(timestamp: string | null | undefined): string {
  if (!timestamp) return '';
  const moment = new Date(timestamp);
  return Number.isNaN(moment.getTime()) ? '' : formatDate(toIsoDate(moment));
}

/** A file's size as people read it: "850 byte", "12,4 KB", "1,3 MB" (decimal comma in Vietnamese). */
export function formatFileSize(bytes: number, t: TFunction, language: string): string {
  const number = (value: number) => value.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024) return t('exchangeOffice.size.bytes', { size: number(bytes) });
  if (bytes < 1024 * 1024) return t('exchangeOffice.size.kb', { size: number(bytes / 1024) });
  return t('exchangeOffice.size.mb', { size: number(bytes / (1024 * 1024)) });
}
