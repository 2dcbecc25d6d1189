import { useMemo, useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { rolloutStatuses } from '../../../../../shared/codes/models';
import type { ErrorCode } from '../../../../../shared/errors';
import type { Rollout } from '../../../../../shared/models';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { FormDialog } from '../../../ui/FormDialog';
import { MoneyInput } from '../../../ui/MoneyInput';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { messageKey } from '../../children/dateText';
import { DateInput, Select, TextArea, TextInput } from '../../children/fields';
import { refusalOnFields } from '../common/refusal';
import { useModelLabels } from '../labels';
import { useSaveRollout } from './queries';
import { rolloutFields, rolloutResolver, rolloutValues, type RolloutInput, type RolloutPlace, type RolloutValues } from './rolloutValues';

interface RolloutDialogProps {
  place: RolloutPlace;
  modelName: string;
  unitName: string;
  /** What is saved so far for this model, unit and year (null: nothing yet). */
  rollout: Rollout | null;
  onClose: () => void;
  onSaved: () => void;
}

/** "Sửa": a model's rollout in one commune for one year, written whole. */
export function RolloutDialog({ place, modelName, unitName, rollout, onClose, onSaved }: RolloutDialogProps) {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const save = useSaveRollout();
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const resolver = useMemo(() => rolloutResolver(place), [place]);
  const defaultValues = useMemo(() => rolloutValues(place, rollout), [place, rollout]);
  const { register, handleSubmit, formState, getFieldState, setError, setValue } = useForm<RolloutValues, unknown, RolloutInput>({
    resolver,
    defaultValues,
    shouldFocusError: false,
  });
  const error = (name: Path<RolloutValues>) => messageKey(getFieldState(name, formState).error?.message);

  const submit = (input: RolloutInput) => {
    if (save.isPending) return;
    setFailure(null);
    save.mutate(input, {
      onSuccess: onSaved,
      onError: (caught) => {
        setFailure(refusalOnFields({ caught, fields: rolloutFields, setError }));
        focusFirstError();
      },
    });
  };

  return (
    <FormDialog title={t('models.rollouts.editTitle', { unit: unitName, year: place.year })} onClose={onClose} dirty={formState.isDirty} wide>
      {(close) => (
        <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
          <p className="field-hint">{t('models.rollouts.editModel', { model: modelName })}</p>
          <FieldError id="rollout-model-error" messageKey={error('modelTypeId')} />
          <p className="field-hint">{t('models.rollouts.editUnit', { unit: unitName })}</p>
          <FieldError id="rollout-unit-error" messageKey={error('unitId')} />
          <Select id="rollout-status" label={t('models.rollouts.fields.status')} errorKey={error('status')} registration={register('status')} required>
            <option value="">{t('models.common.choose')}</option>
            {rolloutStatuses.map((status) => (
              <option key={status} value={status}>
                {labels.status(status)}
              </option>
            ))}
          </Select>
          <DateInput id="rollout-startDate" label={t('models.rollouts.fields.startDate')} errorKey={error('startDate')} registration={register('startDate')} />
          <DateInput id="rollout-endDate" label={t('models.rollouts.fields.endDate')} errorKey={error('endDate')} registration={register('endDate')} />
          <TextInput id="rollout-decisionNo" label={t('models.rollouts.fields.decisionNo')} errorKey={error('decisionNo')} registration={register('decisionNo')} />
          <TextInput
            id="rollout-personInCharge"
            label={t('models.rollouts.fields.personInCharge')}
            errorKey={error('personInCharge')}
            registration={register('personInCharge')}
          />
          <MoneyInput id="rollout-budget" name="budget" label={t('models.rollouts.fields.budget')} errorKey={error('budget')} register={register} setValue={setValue} />
          <TextArea id="rollout-notes" label={t('models.rollouts.fields.notes')} errorKey={error('notes')} registration={register('notes')} />
          {failure && <ErrorAlert code={failure} lead={t('models.rollouts.saveFailed')} />}
          <DialogButtons cancelLabel={t('models.common.cancel')} onCancel={close} submitLabel={t('models.common.save')} busy={save.isPending} />
        </form>
      )}
    </FormDialog>
  );
}
