import type { FieldErrors, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { inKindEarmarkKinds, inKindEarmarkPurposes, type EarmarkKind, type ReceiptKind, type SpendingPurpose } from '../../../../../shared/codes/fund';
import { receiptInputSchema } from '../../../../../shared/schemas/fund';
import { moneyForSchema } from '../../../ui/schemaInput';
import { dateForField, dateForSchema } from '../../children/dateText';
import { convertingResolver } from '../../children/formResolver';
import { quantityForSchema } from '../overview/quantity';

export type ReceiptInputChecked = z.output<typeof receiptInputSchema>;

/** The receipt form as typed: date 'dd/mm/yyyy', money "500.000", choices '' until made. */
export interface ReceiptFormValues {
  receiptNo: string;
  receivedOn: string;
  donorId: string;
  kind: ReceiptKind;
  amount: string;
  goodsDescription: string;
  goodsQuantity: string;
  goodsUnit: string;
  earmarkKind: EarmarkKind;
  earmarkPurpose: SpendingPurpose | '';
  earmarkUnitId: string;
  earmarkChildId: string;
  note: string;
}

export function emptyReceiptValues(today: string): ReceiptFormValues {
  return {
    receiptNo: '',
    receivedOn: dateForField(today),
    donorId: '',
    kind: 'cash',
    amount: '',
    goodsDescription: '',
    goodsQuantity: '',
    goodsUnit: '',
    earmarkKind: 'none',
    earmarkPurpose: '',
    earmarkUnitId: '',
    earmarkChildId: '',
    note: '',
  };
}

type Earmark = Pick<ReceiptFormValues, 'earmarkKind' | 'earmarkPurpose'>;

/**
 * The earmark goods received in kind keep: set aside for nothing, or for gifts (the only purpose
 * goods can leave the fund for). Anything else set while the receipt was cash goes back to none.
 */
export function earmarkForGoods(earmark: Earmark): Earmark {
  if (earmark.earmarkKind === 'purpose' && (earmark.earmarkPurpose === '' || inKindEarmarkPurposes.includes(earmark.earmarkPurpose))) {
    return { earmarkKind: 'purpose', earmarkPurpose: 'gifts' };
  }
  if (earmark.earmarkKind !== 'purpose' && inKindEarmarkKinds.includes(earmark.earmarkKind)) return earmark;
  return { earmarkKind: 'none', earmarkPurpose: '' };
}

/** What receiptInputSchema checks. Goods only for a receipt in kind; only the earmark its kind names. */
export function toSchemaInput(values: ReceiptFormValues): Record<string, unknown> {
  const inKind = values.kind === 'inKind';
  const earmark = values.earmarkKind;
  return {
    receiptNo: values.receiptNo,
    receivedOn: dateForSchema(values.receivedOn),
    donorId: values.donorId,
    kind: values.kind,
    amount: moneyForSchema(values.amount, undefined),
    goodsDescription: inKind ? values.goodsDescription : null,
    goodsQuantity: inKind ? quantityForSchema(values.goodsQuantity) : null,
    goodsUnit: inKind ? values.goodsUnit : null,
    note: values.note,
    earmarkKind: earmark,
    earmarkPurpose: earmark === 'purpose' && values.earmarkPurpose !== '' ? values.earmarkPurpose : null,
    earmarkUnitId: earmark === 'unit' && values.earmarkUnitId !== '' ? values.earmarkUnitId : null,
    earmarkChildId: earmark === 'child' && values.earmarkChildId !== '' ? values.earmarkChildId : null,
  };
}

/**
 * Checks the schema cannot word well here: a choice left empty reads "required", and goods in
 * kind name the field that is missing (the schema's rule points at the description only, and
 * only once everything else is right).
 */
function formChecks(values: ReceiptFormValues, errors: FieldErrors<ReceiptFormValues>): void {
  const set = (field: keyof ReceiptFormValues, message: string) => {
    errors[field] = { type: 'check', message };
  };
  if (values.donorId === '') set('donorId', 'validation.required');
  if (values.amount.trim() === '') set('amount', 'validation.required');
  if (values.kind === 'inKind') {
    if (values.goodsDescription.trim() === '') set('goodsDescription', 'validation.goodsRequired');
    else if (errors.goodsDescription?.message === 'validation.goodsRequired') delete errors.goodsDescription;
    if (values.goodsQuantity.trim() === '') set('goodsQuantity', 'validation.goodsRequired');
  }
}

const schemaResolver = convertingResolver(receiptInputSchema, toSchemaInput) as Resolver<ReceiptFormValues, unknown, ReceiptInputChecked>;

export const receiptResolver: Resolver<ReceiptFormValues, unknown, ReceiptInputChecked> = async (values, context, options) => {
  const result = await schemaResolver(values, context, options);
  const errors: FieldErrors<ReceiptFormValues> = { ...result.errors };
  formChecks(values, errors);
  if (Object.keys(errors).length === 0) return result;
  return { values: {}, errors };
};

/** The form's fields, named as the schema and main name them. */
export const receiptFields: readonly (keyof ReceiptFormValues)[] = [
  'receiptNo',
  'receivedOn',
  'donorId',
  'kind',
  'amount',
  'goodsDescription',
  'goodsQuantity',
  'goodsUnit',
  'earmarkKind',
  'earmarkPurpose',
  'earmarkUnitId',
  'earmarkChildId',
  'note',
];
