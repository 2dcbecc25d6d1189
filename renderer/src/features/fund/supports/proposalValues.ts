import { medicalSupportTypes, type SupportType } from '../../../../../shared/codes/fund';
import { formatAmount } from '../../../../../shared/format';
import type { SupportDetail } from '../../../../../shared/fund';
import { moneyForSchema } from '../../../ui/schemaInput';
import type { FormCheck } from '../../../ui/withChecks';
import { dateForField, dateForSchema } from '../../children/dateText';

/** The proposal as typed: date 'dd/mm/yyyy', money "25.000.000", the type '' until chosen. */
export interface ProposalValues {
  childId: string;
  type: SupportType | '';
  proposedOn: string;
  proposedBy: string;
  diagnosis: string;
  estimatedCost: string;
  note: string;
}

export const proposalFields = ['childId', 'type', 'proposedOn', 'proposedBy', 'diagnosis', 'estimatedCost', 'note'] as const;

export const chooseChildKey = 'fund.supports.proposal.chooseChild';

export const isMedical = (type: SupportType | ''): boolean => type !== '' && medicalSupportTypes.includes(type);

export function emptyProposal(childId: string, todayIso: string): ProposalValues {
  return { childId, type: '', proposedOn: dateForField(todayIso), proposedBy: '', diagnosis: '', estimatedCost: '', note: '' };
}

export function proposalToValues(support: SupportDetail): ProposalValues {
  return {
    childId: support.childId,
    type: support.type,
    proposedOn: dateForField(support.proposedOn),
    proposedBy: support.proposedBy ?? '',
    diagnosis: support.diagnosis ?? '',
    estimatedCost: formatAmount(support.estimatedCost),
    note: support.proposalNote ?? '',
  };
}

/** What supportProposalSchema checks: the values converted, not yet trusted. */
export function proposalToInput(values: ProposalValues): Record<string, unknown> {
  return {
    childId: values.childId,
    type: values.type === '' ? undefined : values.type,
    proposedOn: dateForSchema(values.proposedOn),
    proposedBy: values.proposedBy,
    diagnosis: values.diagnosis,
    estimatedCost: moneyForSchema(values.estimatedCost, undefined),
    note: values.note,
  };
}

/**
 * What the schema says only once everything else is right (its refinement runs last), or in
 * words that fit an empty field: a child to choose, a type, the cost, the diagnosis of a medical case.
 */
export function proposalChecks(values: ProposalValues): FormCheck[] {
  const checks: FormCheck[] = [];
  if (values.childId === '') checks.push({ path: 'childId', message: chooseChildKey });
  if (values.type === '') checks.push({ path: 'type', message: 'validation.required' });
  if (values.estimatedCost.trim() === '') checks.push({ path: 'estimatedCost', message: 'validation.required' });
  if (isMedical(values.type) && values.diagnosis.trim() === '') checks.push({ path: 'diagnosis', message: 'validation.diagnosisRequired' });
  return checks;
}
