import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ErrorCode } from '../../../../../shared/errors';
import { targetInputSchema } from '../../../../../shared/schemas/models';
import { describedBy } from '../../../ui/describedBy';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { wholeNumberForSchema } from '../../../ui/schemaInput';
import { withChecks } from '../../../ui/withChecks';
import { messageKey } from '../../children/dateText';
import { convertingResolver } from '../../children/formResolver';
import { refusalOnFields } from '../common/refusal';
import { useSaveTarget } from './queries';

type TargetInput = z.output<typeof targetInputSchema>;

interface TargetValues {
  targetCommunes: string;
}

const fields = ['targetCommunes'] as const;

interface TargetFormProps {
  modelTypeId: string;
  modelName: string;
  year: number;
  target: number | null;
  onSaved: () => void;
}

/** One model's target for a year, in its table row; main refuses a target beyond the area's communes. */
export function TargetForm({ modelTypeId, modelName, year, target, onSaved }: TargetFormProps) {
  const { t } = useTranslation();
  const save = useSaveTarget();
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const { register, handleSubmit, formState, getFieldState, setError, setFocus } = useForm<TargetValues, unknown, TargetInput>({
    resolver: withChecks(
      convertingResolver(targetInputSchema, (values: TargetValues) => ({
        modelTypeId,
        year,
        targetCommunes: wholeNumberForSchema(values.targetCommunes),
      })) as Resolver<TargetValues, unknown, TargetInput>,
      (values) => (values.targetCommunes.trim() === '' ? [{ path: 'targetCommunes', message: 'validation.required' }] : []),
    ),
    defaultValues: { targetCommunes: target === null ? '' : String(target) },
    shouldFocusError: true,
  });
  const id = `models-target-${modelTypeId}`;
  const errorKey = messageKey(getFieldState('targetCommunes', formState).error?.message);

  const submit = (input: TargetInput) => {
    if (save.isPending) return;
    setFailure(null);
    save.mutate(input, {
      onSuccess: onSaved,
      onError: (caught) => {
        setFailure(refusalOnFields({ caught, fields, setError }));
        setFocus('targetCommunes');
      },
    });
  };

  return (
    <form className="models-target-form" noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
      <div className="field">
        <label htmlFor={id} className="visually-hidden">
          {t('models.types.targets.fieldLabel', { name: modelName, year })}
        </label>
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          aria-invalid={errorKey ? true : undefined}
          aria-describedby={describedBy(errorKey && `${id}-error`)}
          {...register('targetCommunes')}
        />
        <FieldError id={`${id}-error`} messageKey={errorKey} />
      </div>
      <button type="submit" className="button button-secondary button-small" aria-label={t('models.types.targets.saveFor', { name: modelName })} aria-disabled={save.isPending || undefined}>
        {t('models.common.save')}
      </button>
      {failure && <ErrorAlert code={failure} lead={t('models.types.targets.saveFailed')} />}
    </form>
  );
}
