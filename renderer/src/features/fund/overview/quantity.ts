import { goodsQuantityDecimals } from '../../../../../shared/codes/fund';
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

/**
 * 1200 → "1.200", 2.5 → "2,5", and at most goodsQuantityDecimals decimals: what is left of a lot
 * after several issues is a sum of reals (3.4000000000000004), shown as "3,4".
 */
export function formatQuantity(quantity: number): string {
  const [whole = '0', fraction = ''] = Math.abs(quantity).toFixed(goodsQuantityDecimals).split('.');
  const decimals = fraction.replace(/0+$/, '');
  const text = decimals === '' ? formatAmount(Number(whole)) : `${formatAmount(Number(whole))},${decimals}`;
  return quantity < 0 && text !== '0' ? `-${text}` : text;
}

/** "40 thùng", or just "40" when the goods have no unit. */
export const quantityWithUnit = (quantity: number, unit: string | null): string =>
  unit ? `${formatQuantity(quantity)} ${unit}` : formatQuantity(quantity);
