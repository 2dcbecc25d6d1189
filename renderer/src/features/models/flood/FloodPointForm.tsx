import { useAreaUnits } from '../common/queries';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { floodPointCost } from '../../../../../shared/codes/models';
import type { ErrorCode } from '../../../../../shared/errors';
import { formatAmount, formatMoney, parseMoney } from '../../../../../shared/format';
import type { FloodPoint } from '../../../../../shared/models';
import { floodPointInputSchema, floodPointUpdateSchema } from '../../../../../shared/schemas/models';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { MoneyInput } from '../../../ui/MoneyInput';
import { moneyForSchema, wholeNumberForSchema } from '../../../ui/schemaInput';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { messageKey } from '../../children/dateText';
import { Select, TextArea, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { refusalOnFields } from '../common/refusal';
import { useCreateFloodPoint, useUpdateFloodPoint } from './queries';

type PointInput = z.output<typeof floodPointInputSchema>;

interface PointValues {
  unitId: string;
  name: string;
  location: string;
  childrenEnrolled: string;
  daysOpen: string;
  costPerChildDay: string;
  carers: string;
  carerPayPerDay: string;
  note: string;
}

const fields = ['unitId', 'name', 'location', 'childrenEnrolled', 'daysOpen', 'costPerChildDay', 'carers', 'carerPayPerDay', 'note'] as const;

const valuesOf = (point: FloodPoint | undefined): PointValues => ({
  unitId: point?.unitId ?? '',
  name: point?.name ?? '',
  location: point?.location ?? '',
  childrenEnrolled: point ? String(point.childrenEnrolled) : '',
  daysOpen: point ? String(point.daysOpen) : '',
  costPerChildDay: point ? formatAmount(point.costPerChildDay) : '',
  carers: point ? String(point.carers) : '',
  carerPayPerDay: point ? formatAmount(point.carerPayPerDay) : '',
  note: point?.note ?? '',
});

function toInput(values: PointValues, year: number) {
  return {
    ...values,
    year,
    childrenEnrolled: wholeNumberForSchema(values.childrenEnrolled),
    daysOpen: wholeNumberForSchema(values.daysOpen),
    carers: wholeNumberForSchema(values.carers),
    costPerChildDay: moneyForSchema(values.costPerChildDay, undefined),
    carerPayPerDay: moneyForSchema(values.carerPayPerDay, undefined),
  };
}

function resolverFor(year: number, pointId: string | undefined): Resolver<PointValues, unknown, PointInput> {
  const checked =
    pointId === undefined
      ? convertingResolver(floodPointInputSchema, (values: PointValues) => toInput(values, year))
      : convertingResolver(floodPointUpdateSchema, (values: PointValues) => ({ ...toInput(values, year), id: pointId }));
  return withChecks(checked as Resolver<PointValues, unknown, PointInput>, (values) =>
    values.unitId === '' ? [{ path: 'unitId', message: 'validation.required' }] : [],
  );
}

/** A typed count or amount as the live cost reads it: what does not read as a number counts 0. */
const countOf = (text: string | undefined) => {
  const value = wholeNumberForSchema(text ?? '');
  return typeof value === 'number' ? value : 0;
};
const moneyOf = (text: string | undefined) => Math.max(0, parseMoney((text ?? '').trim()) ?? 0);

interface FloodPointFormProps {
  year: number;
  point?: FloodPoint;
  onSaved: (point: FloodPoint) => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** A flood-season childcare point; its cost follows what is typed (floodPointCost, as main computes it). */
export function FloodPointForm({ year, point, onSaved, onCancel, onDirtyChange }: FloodPointFormProps) {
  const { t } = useTranslation();
  const units = useAreaUnits();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const create = useCreateFloodPoint();
  const update = useUpdateFloodPoint();
  const busy = create.isPending || update.isPending;
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const defaultValues = useMemo(() => valuesOf(point), [point]);
  const resolver = useMemo(() => resolverFor(year, point?.id), [year, point?.id]);
  const { register, handleSubmit, formState, getFieldState, setError, setValue, control } = useForm<PointValues, unknown, PointInput>({
    resolver,
    defaultValues,
    shouldFocusError: false,
  });
  const error = (name: Path<PointValues>) => messageKey(getFieldState(name, formState).error?.message);
  const dirty = formState.isDirty;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const [childrenEnrolled, daysOpen, costPerChildDay, carers, carerPayPerDay] = useWatch({
    control,
    name: ['childrenEnrolled', 'daysOpen', 'costPerChildDay', 'carers', 'carerPayPerDay'],
  });
  const cost = floodPointCost({
    childrenEnrolled: countOf(childrenEnrolled),
    daysOpen: countOf(daysOpen),
    costPerChildDay: moneyOf(costPerChildDay),
    carers: countOf(carers),
    carerPayPerDay: moneyOf(carerPayPerDay),
  });

  const submit = async (input: PointInput) => {
    if (busy) return;
    setFailure(null);
    try {
      onSaved(point ? await update.mutateAsync({ ...input, id: point.id }) : await create.mutateAsync(input));
    } catch (caught) {
      setFailure(refusalOnFields({ caught, fields, setError }));
      focusFirstError();
    }
  };

  return (
    <form ref={formRef} className="models-form" noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
      <Select id="flood-unit" label={t('models.flood.form.unit')} errorKey={error('unitId')} registration={register('unitId')} required>
        <option value="">{t('models.flood.form.choose')}</option>
        {(units.data ?? []).map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </Select>
      <TextInput id="flood-name" label={t('models.flood.form.name')} errorKey={error('name')} registration={register('name')} required />
      <TextInput id="flood-location" label={t('models.flood.form.location')} errorKey={error('location')} registration={register('location')} />
      <TextInput
        id="flood-children"
        label={t('models.flood.form.childrenEnrolled')}
        inputMode="numeric"
        errorKey={error('childrenEnrolled')}
        registration={register('childrenEnrolled')}
        required
      />
      <TextInput id="flood-days" label={t('models.flood.form.daysOpen')} inputMode="numeric" errorKey={error('daysOpen')} registration={register('daysOpen')} required />
      <MoneyInput
        id="flood-cost-per-child-day"
        name="costPerChildDay"
        label={t('models.flood.form.costPerChildDay')}
        errorKey={error('costPerChildDay')}
        register={register}
        setValue={setValue}
        required
      />
      <TextInput id="flood-carers" label={t('models.flood.form.carers')} inputMode="numeric" errorKey={error('carers')} registration={register('carers')} required />
      <MoneyInput
        id="flood-carer-pay"
        name="carerPayPerDay"
        label={t('models.flood.form.carerPayPerDay')}
        errorKey={error('carerPayPerDay')}
        register={register}
        setValue={setValue}
        required
      />
      <p role="status" aria-label={t('models.flood.form.cost')} className="models-cost">
        {t('models.flood.form.costLine', { childCost: formatMoney(cost.childCost), carerCost: formatMoney(cost.carerCost), total: formatMoney(cost.total) })}
      </p>
      <TextArea id="flood-note" label={t('models.flood.form.note')} errorKey={error('note')} registration={register('note')} />
      {failure && <ErrorAlert code={failure} lead={t('models.flood.form.saveFailed')} />}
      <DialogButtons
        cancelLabel={t('models.flood.form.cancel')}
        onCancel={onCancel}
        submitLabel={point ? t('models.flood.form.saveEdit') : t('models.flood.form.saveNew')}
        busy={busy}
      />
    </form>
  );
}
