import { parseDisplayDate, parseMoney } from '../../../../../shared/format';
import { moneyForSchema } from '../../../ui/schemaInput';
import type { FormCheck } from '../../../ui/withChecks';
import { dateForSchema } from '../../children/dateText';

/** "Ghi nhận hoàn thành" as typed: dates 'dd/mm/yyyy', money "25.000.000" (blank = 0). */
export interface CompleteValues {
  hospital: string;
  doneOn: string;
  /** Blank: the day it was done. */
  paidOn: string;
  costFund: string;
  costInsurance: string;
  costCofunders: string;
  cofunderNames: string;
  costFamily: string;
  note: string;
  overrideReason: string;
}

export const completeFields = [
  'hospital',
  'doneOn',
  'paidOn',
  'costFund',
  'costInsurance',
  'costCofunders',
  'cofunderNames',
  'costFamily',
  'note',
  'overrideReason',
] as const;

export const emptyComplete: CompleteValues = {
  hospital: '',
  doneOn: '',
  paidOn: '',
  costFund: '',
  costInsurance: '',
  costCofunders: '',
  cofunderNames: '',
  costFamily: '',
  note: '',
  overrideReason: '',
};

const amount = (text: string): number => parseMoney(text.trim()) ?? 0;

/** The day the fund pays, as typed: the paid-on day, else the done day. */
export const paidOnText = (values: Pick<CompleteValues, 'paidOn' | 'doneOn'>): string =>
  values.paidOn.trim() === '' ? values.doneOn : values.paidOn;

/** The paid-on day as ISO once it reads as a date (for asking what the fund holds that day). */
export const paidOnIso = (values: Pick<CompleteValues, 'paidOn' | 'doneOn'>): string | null => parseDisplayDate(paidOnText(values).trim());

/** The four shares as far as they read as money, and their sum ("Tổng chi phí"). */
export function costSplit(values: Pick<CompleteValues, 'costFund' | 'costInsurance' | 'costCofunders' | 'costFamily'>) {
  const fund = amount(values.costFund);
  const insurance = amount(values.costInsurance);
  const cofunders = amount(values.costCofunders);
  const family = amount(values.costFamily);
  return { fund, insurance, cofunders, family, total: fund + insurance + cofunders + family };
}

/** What supportCompleteSchema checks; the override reason goes only when the form asks for it. */
export function completeToInput(id: string, values: CompleteValues, askOverride: boolean): Record<string, unknown> {
  return {
    id,
    hospital: values.hospital,
    doneOn: dateForSchema(values.doneOn),
    paidOn: dateForSchema(paidOnText(values)),
    costFund: moneyForSchema(values.costFund, 0),
    costInsurance: moneyForSchema(values.costInsurance, 0),
    costCofunders: moneyForSchema(values.costCofunders, 0),
    cofunderNames: values.cofunderNames,
    costFamily: moneyForSchema(values.costFamily, 0),
    note: values.note,
    overrideReason: askOverride ? values.overrideReason : null,
  };
}

/** What the screen knows and the schema does not: the case's type, the approved amount, the fund's money. */
export interface CompleteContext {
  medical: boolean;
  approvedAmount: number | null;
  askOverride: boolean;
}

export function completeChecks(values: CompleteValues, context: CompleteContext): FormCheck[] {
  const checks: FormCheck[] = [];
  if (context.medical && values.hospital.trim() === '') checks.push({ path: 'hospital', message: 'validation.hospitalRequired' });
  const fund = parseMoney(values.costFund.trim());
  if (fund !== null && context.approvedAmount !== null && fund > context.approvedAmount) {
    checks.push({ path: 'costFund', message: 'errors.exceedsApproved' });
  }
  if (context.askOverride && values.overrideReason.trim() === '') checks.push({ path: 'overrideReason', message: 'errors.fundOverdraft' });
  return checks;
}
