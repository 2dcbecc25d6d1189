import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { supportTypes } from '../../../../../shared/codes/fund';
import type { ErrorCode } from '../../../../../shared/errors';
import { formatDate } from '../../../../../shared/format';
import type { SupportDetail } from '../../../../../shared/fund';
import { supportProposalSchema } from '../../../../../shared/schemas/fund';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { MoneyInput } from '../../../ui/MoneyInput';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { ChildPicker, type ChosenChild } from '../../children/ChildPicker';
import { messageKey } from '../../children/dateText';
import { DateInput, Select, TextArea, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { UnsavedChangesGuard } from '../../office/UnsavedChangesGuard';
import { showRefusal } from '../common/refusal';
import { useFundLabels } from '../labels';
import { chooseChildKey, isMedical, proposalChecks, proposalFields, proposalToInput, type ProposalValues } from './proposalValues';
import { useSupportWrite } from './queries';

type ProposalInput = z.output<typeof supportProposalSchema>;

const resolver = withChecks(
  convertingResolver(supportProposalSchema, proposalToInput) as Resolver<ProposalValues, unknown, ProposalInput>,
  proposalChecks,
);

type ProposalFormProps = {
  defaultValues: ProposalValues;
  /** The cancel link or button, beside the submit button. */
  cancel: ReactNode;
  onSaved: (support: SupportDetail) => void;
  /** Told whether anything was typed (a dialog around the form asks before discarding it). */
  onDirtyChange?: (dirty: boolean) => void;
} & (
  | { mode: 'create'; chosen: ChosenChild | null }
  | { mode: 'edit'; supportId: string; childLine: string; onTransition: () => void }
);

/** A proposal for a child: who, what kind of support, when and by whom, the diagnosis and what it may cost. */
export function ProposalForm(props: ProposalFormProps) {
  const { defaultValues, cancel, onSaved, onDirtyChange } = props;
  const { t } = useTranslation();
  const labels = useFundLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const requestFocus = useFocusFirstError(formRef);
  const [chosen, setChosen] = useState<ChosenChild | null>(props.mode === 'create' ? props.chosen : null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const propose = useSupportWrite('fund.proposeSupport');
  const update = useSupportWrite('fund.updateProposal');
  const busy = propose.isPending || update.isPending;

  const { register, handleSubmit, formState, getFieldState, setError, setValue, watch, clearErrors } = useForm<ProposalValues, unknown, ProposalInput>({
    resolver,
    defaultValues,
    shouldFocusError: false,
  });
  const error = (name: Path<ProposalValues>) => messageKey(getFieldState(name, formState).error?.message);
  const childMessage = getFieldState('childId', formState).error?.message;
  const childError = childMessage === chooseChildKey ? childMessage : messageKey(childMessage);
  const medical = isMedical(watch('type'));
  const dirty = formState.isDirty && !saved;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  const choose = (child: ChosenChild | null) => {
    setChosen(child);
    setValue('childId', child?.id ?? '', { shouldDirty: true });
    if (child) clearErrors('childId');
  };

  const onValid = async (input: ProposalInput) => {
    if (busy) return;
    setFailure(null);
    try {
      const support = props.mode === 'create' ? await propose.mutateAsync(input) : await update.mutateAsync({ ...input, id: props.supportId });
      setSaved(true);
      onSaved(support);
    } catch (caught) {
      setFailure(
        showRefusal({
          caught,
          fields: proposalFields,
          setError,
          codeFields: { 'errors.notFound': 'childId' },
          onTransition: props.mode === 'edit' ? props.onTransition : undefined,
        }),
      );
      requestFocus();
    }
  };

  return (
    <form ref={formRef} className="gift-form" noValidate onSubmit={(event) => void handleSubmit(onValid, requestFocus)(event)}>
      {props.mode === 'create' ? (
        <ChildPicker
          idPrefix="support-child"
          legend={t('fund.supports.fields.child')}
          chosen={chosen}
          onChoose={choose}
          summary={(child) => t('fund.supports.proposal.childLine', { name: child.fullName, birthDate: formatDate(child.birthDate), unit: child.unitName })}
          errorKey={childError}
        />
      ) : (
        <p className="support-child-choice">{props.childLine}</p>
      )}
      <Select id="support-type-field" label={t('fund.supports.fields.type')} errorKey={error('type')} registration={register('type')} required>
        <option value="">{t('fund.supports.common.choose')}</option>
        {supportTypes.map((type) => (
          <option key={type} value={type}>
            {labels.purpose(type)}
          </option>
        ))}
      </Select>
      <DateInput id="support-proposedOn" label={t('fund.supports.fields.proposedOn')} errorKey={error('proposedOn')} registration={register('proposedOn')} required />
      <TextInput
        id="support-proposedBy"
        label={t('fund.supports.fields.proposedBy')}
        hint={t('fund.supports.proposal.proposedByHint')}
        errorKey={error('proposedBy')}
        registration={register('proposedBy')}
      />
      <TextArea
        id="support-diagnosis"
        label={medical ? t('fund.supports.fields.diagnosisRequired') : t('fund.supports.fields.diagnosis')}
        hint={medical ? t('fund.supports.proposal.diagnosisMedicalHint') : t('fund.supports.proposal.diagnosisHint')}
        errorKey={error('diagnosis')}
        registration={register('diagnosis')}
        required={medical}
        rows={4}
      />
      <MoneyInput
        id="support-estimatedCost"
        name="estimatedCost"
        label={t('fund.supports.fields.estimatedCost')}
        errorKey={error('estimatedCost')}
        register={register}
        setValue={setValue}
        required
      />
      <TextArea id="support-note" label={t('fund.supports.fields.note')} errorKey={error('note')} registration={register('note')} />
      {failure && <ErrorAlert code={failure} lead={t('fund.supports.common.saveFailed')} />}
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          {props.mode === 'create' ? t('fund.supports.proposal.submit') : t('fund.supports.proposal.submitEdit')}
        </button>
        {cancel}
        <span role="status" className="form-status">
          {busy && t('fund.supports.common.saving')}
        </span>
      </div>
      <UnsavedChangesGuard when={dirty} />
    </form>
  );
}
