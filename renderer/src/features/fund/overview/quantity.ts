import { formatAmount } from '../../../../../shared/format';

/**
 * A quantity as typed → a number for the schemas: "40", "1.200" (grouped), "2,5" (decimal
 * comma, as Vietnamese writes it). Blank gives null; anything else goes on as typed so that
 * the schema answers 'validation.quantity'.
 */
export function quantityForSchema(text: string): number | string | null {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return null;
  if (/^\d{1,3}(\.\d{3})+$/.test(trimmed)) return Number(trimmed.replace(/\./g, ''));
  if (/^\d+(,\d+)?$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  return text;
}

/** 1200 → "1.200", 2.5 → "2,5". */
export function formatQuantity(quantity: number): string {
  if (Number.isInteger(quantity)) return formatAmount(quantity);
  const [whole = '0', fraction = ''] = String(quantity).split('.');
  return `${formatAmount(Number(whole))},${fraction}`;
}

/** "40 thùng", or just "40" when the goods have no unit. */
export const quantityWithUnit = (quantity: number, unit: string | null): string =>
  unit ? `${formatQuantity(quantity)} ${unit}` : formatQuantity(quantity);
