import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { donorKinds, donorOrigins, type DonorKind, type DonorOrigin } from '../../../../../shared/codes/fund';
import type { ErrorCode } from '../../../../../shared/errors';
import type { Donor } from '../../../../../shared/fund';
import { donorInputSchema, donorUpdateSchema } from '../../../../../shared/schemas/fund';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { messageKey } from '../../children/dateText';
import { Select, TextArea, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { showRefusal } from '../common/refusal';
import { useFundLabels } from '../labels';
import { useCreateDonor, useUpdateDonor } from './queries';

type DonorInput = z.output<typeof donorInputSchema>;

interface DonorValues {
  name: string;
  kind: DonorKind | '';
  origin: DonorOrigin;
  anonymous: boolean;
  contactPerson: string;
  phone: string;
  email: string;
  address: string;
  note: string;
}

const fields = ['name', 'kind', 'origin', 'anonymous', 'contactPerson', 'phone', 'email', 'address', 'note'] as const;

const emptyDonor: DonorValues = {
  name: '',
  kind: '',
  origin: 'domestic',
  anonymous: false,
  contactPerson: '',
  phone: '',
  email: '',
  address: '',
  note: '',
};

const valuesOf = (donor: Donor | undefined): DonorValues =>
  donor
    ? {
        name: donor.name,
        kind: donor.kind,
        origin: donor.origin,
        anonymous: donor.anonymous,
        contactPerson: donor.contactPerson ?? '',
        phone: donor.phone ?? '',
        email: donor.email ?? '',
        address: donor.address ?? '',
        note: donor.note ?? '',
      }
    : emptyDonor;

const toInput = (values: DonorValues) => ({ ...values, kind: values.kind === '' ? undefined : values.kind });
const kindChosen = (values: DonorValues) => (values.kind === '' ? [{ path: 'kind', message: 'validation.required' }] : []);

/** A new donor is checked by donorInputSchema, an edit by donorUpdateSchema (with its id). */
function resolverFor(donorId: string | undefined): Resolver<DonorValues, unknown, DonorInput> {
  const checked =
    donorId === undefined
      ? convertingResolver(donorInputSchema, toInput)
      : convertingResolver(donorUpdateSchema, (values: DonorValues) => ({ ...toInput(values), id: donorId }));
  return withChecks(checked as Resolver<DonorValues, unknown, DonorInput>, kindChosen);
}

interface DonorFormProps {
  /** The donor to edit; without one, a new donor. */
  donor?: Donor;
  idPrefix: string;
  onSaved: (donor: Donor) => void;
  /** The Cancel button; the caller asks before discarding what was typed (it knows through onDirtyChange). */
  onCancel: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}

/** A donor's details; used in the donors' dialog and inline on the receipt form. */
export function DonorForm({ donor, idPrefix, onSaved, onCancel, onDirtyChange }: DonorFormProps) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const create = useCreateDonor();
  const update = useUpdateDonor();
  const busy = create.isPending || update.isPending;
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const defaultValues = useMemo(() => valuesOf(donor), [donor]);
  const resolver = useMemo(() => resolverFor(donor?.id), [donor?.id]);
  const { register, handleSubmit, formState, getFieldState, setError } = useForm<DonorValues, unknown, DonorInput>({
    resolver,
    defaultValues,
    shouldFocusError: false,
  });
  const error = (name: Path<DonorValues>) => messageKey(getFieldState(name, formState).error?.message);
  const id = (name: string) => `${idPrefix}-${name}`;
  const dirty = formState.isDirty;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  const submit = async (input: DonorInput) => {
    if (busy) return;
    setFailure(null);
    try {
      onSaved(donor ? await update.mutateAsync({ ...input, id: donor.id }) : await create.mutateAsync(input));
    } catch (caught) {
      setFailure(showRefusal({ caught, fields, setError }));
      focusFirstError();
    }
  };

  return (
    <form
      ref={formRef}
      className="fund-donor-form"
      noValidate
      onSubmit={(event) => {
        // On the receipt page this form sits beside the receipt's own: its submit stays here.
        event.stopPropagation();
        void handleSubmit(submit, focusFirstError)(event);
      }}
    >
      <TextInput id={id('name')} label={t('fund.donors.name')} hint={t('fund.donors.nameHint')} errorKey={error('name')} registration={register('name')} required />
      <Select id={id('kind')} label={t('fund.donors.kind')} errorKey={error('kind')} registration={register('kind')} required>
        <option value="">{t('fund.layout.common.choose')}</option>
        {donorKinds.map((kind) => (
          <option key={kind} value={kind}>
            {labels.donorKind(kind)}
          </option>
        ))}
      </Select>
      <fieldset className="radio-group">
        <legend>{t('fund.donors.origin')}</legend>
        <div className="radio-options">
          {donorOrigins.map((origin) => (
            <div className="radio-option" key={origin}>
              <input id={id(`origin-${origin}`)} type="radio" value={origin} {...register('origin')} />
              <label htmlFor={id(`origin-${origin}`)}>{labels.donorOrigin(origin)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="check-field field">
        <input id={id('anonymous')} type="checkbox" {...register('anonymous')} />
        <label htmlFor={id('anonymous')}>{t('fund.donors.anonymous')}</label>
      </div>
      <TextInput id={id('contactPerson')} label={t('fund.donors.contactPerson')} errorKey={error('contactPerson')} registration={register('contactPerson')} />
      <TextInput id={id('phone')} label={t('fund.donors.phone')} inputMode="tel" errorKey={error('phone')} registration={register('phone')} />
      <TextInput id={id('email')} label={t('fund.donors.email')} errorKey={error('email')} registration={register('email')} />
      <TextInput id={id('address')} label={t('fund.donors.address')} errorKey={error('address')} registration={register('address')} />
      <TextArea id={id('note')} label={t('fund.layout.common.note')} errorKey={error('note')} registration={register('note')} />
      {failure && <ErrorAlert code={failure} lead={t('fund.donors.saveFailed')} />}
      <DialogButtons
        cancelLabel={t('fund.layout.common.cancel')}
        onCancel={onCancel}
        submitLabel={donor ? t('fund.donors.saveEdit') : t('fund.donors.saveNew')}
        busy={busy}
      />
    </form>
  );
}
