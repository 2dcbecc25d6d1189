import type { Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { RolloutStatus } from '../../../../../shared/codes/models';
import { formatAmount } from '../../../../../shared/format';
import type { Rollout } from '../../../../../shared/models';
import { rolloutInputSchema } from '../../../../../shared/schemas/models';
import { moneyForSchema } from '../../../ui/schemaInput';
import { withChecks } from '../../../ui/withChecks';
import { dateForField, dateForSchema } from '../../children/dateText';
import { convertingResolver } from '../../children/formResolver';

export type RolloutInput = z.output<typeof rolloutInputSchema>;

/** The rollout form as typed: dates dd/mm/yyyy, money grouped, a status still to choose. */
export interface RolloutValues {
  /** Fixed by the page (not typed); here so that a refusal about them has a place to show. */
  modelTypeId: string;
  unitId: string;
  status: RolloutStatus | '';
  startDate: string;
  endDate: string;
  decisionNo: string;
  personInCharge: string;
  budget: string;
  notes: string;
}

export const rolloutFields = ['modelTypeId', 'unitId', 'status', 'startDate', 'endDate', 'decisionNo', 'personInCharge', 'budget', 'notes'] as const;

export const rolloutValues = (place: RolloutPlace, rollout: Rollout | null): RolloutValues => ({
  modelTypeId: place.modelTypeId,
  unitId: place.unitId,
  status: rollout?.status ?? '',
  startDate: dateForField(rollout?.startDate),
  endDate: dateForField(rollout?.endDate),
  decisionNo: rollout?.decisionNo ?? '',
  personInCharge: rollout?.personInCharge ?? '',
  budget: rollout?.budget == null ? '' : formatAmount(rollout.budget),
  notes: rollout?.notes ?? '',
});

/** Where the form is saved: one model, one unit, one year. */
export interface RolloutPlace {
  modelTypeId: string;
  unitId: string;
  year: number;
}

/** Checked by rolloutInputSchema, with the place added; an unchosen status reads "required". */
export function rolloutResolver(place: RolloutPlace): Resolver<RolloutValues, unknown, RolloutInput> {
  const checked = convertingResolver(rolloutInputSchema, (values: RolloutValues) => ({
    ...place,
    status: values.status === '' ? undefined : values.status,
    startDate: dateForSchema(values.startDate),
    endDate: dateForSchema(values.endDate),
    decisionNo: values.decisionNo,
    personInCharge: values.personInCharge,
    budget: moneyForSchema(values.budget, undefined),
    notes: values.notes,
  })) as Resolver<RolloutValues, unknown, RolloutInput>;
  return withChecks(checked, (values) => (values.status === '' ? [{ path: 'status', message: 'validation.required' }] : []));
}
