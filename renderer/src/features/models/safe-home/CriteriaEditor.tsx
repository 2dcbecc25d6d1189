import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { safeHomeAreas, safeHomeMandatoryCount } from '../../../../../shared/codes/models';
import type { ErrorCode } from '../../../../../shared/errors';
import type { SafeHomeCriterion } from '../../../../../shared/models';
import { safeHomeCriteriaSchema } from '../../../../../shared/schemas/models';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useDiscardGuard } from '../../../ui/useDiscardGuard';
import { FieldError } from '../../../ui/FieldError';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { messageKey } from '../../children/dateText';
import { TextInput } from '../../children/fields';
import { UnsavedChangesGuard } from '../../office/UnsavedChangesGuard';
import { refusalOnFields } from '../common/refusal';
import { useModelLabels } from '../labels';
import { useSafeHomeCriteria, useSaveSafeHomeCriteria } from './queries';

type CriteriaValues = z.input<typeof safeHomeCriteriaSchema>;
type CriteriaInput = z.output<typeof safeHomeCriteriaSchema>;

/** The criteria list as loaded; the form appears once it is there. */
export function CriteriaEditor({ onDirtyChange }: { onDirtyChange?: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const criteria = useSafeHomeCriteria();
  return (
    <section aria-labelledby="safe-home-criteria">
      <h3 id="safe-home-criteria">{t('models.safeHome.criteria.title')}</h3>
      <p className="models-source-note">{t('models.safeHome.criteria.source')}</p>
      <p className="models-source-note">{t('models.safeHome.criteria.recompute')}</p>
      {criteria.isPending && <p role="status">{t('models.safeHome.common.loading')}</p>}
      {criteria.error && <ErrorAlert code={errorCode(criteria.error)} lead={t('models.safeHome.common.loadFailed')} />}
      {criteria.data && <CriteriaForm criteria={criteria.data} onDirtyChange={onDirtyChange} />}
    </section>
  );
}

const valuesOf = (criteria: SafeHomeCriterion[]): CriteriaValues => ({
  criteria: [...criteria].sort((a, b) => a.number - b.number).map(({ id, area, text, mandatory }) => ({ id, area, text, mandatory })),
});

/**
 * The 33 texts and which are mandatory. The rule recognises no home until exactly 15 are marked,
 * so the counter says how far the list is.
 */
function CriteriaForm({ criteria, onDirtyChange }: { criteria: SafeHomeCriterion[]; onDirtyChange?: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const save = useSaveSafeHomeCriteria();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const { register, handleSubmit, formState, getFieldState, setError, control, reset } = useForm<CriteriaValues, unknown, CriteriaInput>({
    resolver: zodResolver(safeHomeCriteriaSchema),
    defaultValues: valuesOf(criteria),
    shouldFocusError: false,
  });
  const rows = useWatch({ control, name: 'criteria' });
  const marked = rows.filter((row) => row.mandatory).length;
  const { requestClose, prompt } = useDiscardGuard(formState.isDirty, () => reset(valuesOf(criteria)));
  const numbers = new Map(criteria.map((criterion) => [criterion.id, criterion.number]));
  const indexed = rows.map((row, index) => ({ row, index }));
  const dirty = formState.isDirty;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  // Main names a row's fields 'criteria.3.text', 'criteria.3.mandatory': shown on the row's text box. The list as a whole: under the counter.
  const fields = useMemo(
    () => ['criteria' as const, ...criteria.flatMap((_, index) => [`criteria.${index}` as const, `criteria.${index}.text` as const])],
    [criteria],
  );
  const rowError = (index: number) =>
    messageKey(getFieldState(`criteria.${index}.text`, formState).error?.message ?? getFieldState(`criteria.${index}`, formState).error?.message);

  const submit = async (input: CriteriaInput) => {
    if (save.isPending) return;
    setFailure(null);
    setSaved(false);
    try {
      const answer = await save.mutateAsync(input);
      reset(valuesOf(answer));
      setSaved(true);
    } catch (caught) {
      setFailure(refusalOnFields({ caught, fields, setError }));
      focusFirstError();
    }
  };

  return (
    <form ref={formRef} className="models-form" noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
      <p role="status" className={marked === safeHomeMandatoryCount ? 'notice-success' : 'models-result-no'}>
        {t('models.safeHome.criteria.counter', { marked, required: safeHomeMandatoryCount })}
      </p>
      <FieldError id="safe-home-criteria-list-error" messageKey={messageKey(getFieldState('criteria', formState).error?.message)} />
      {safeHomeAreas.map((area) => (
        <fieldset key={area} className="models-checklist">
          <legend>{labels.area(area)}</legend>
          {indexed
            .filter(({ row }) => row.area === area)
            .map(({ row, index }) => {
              const number = numbers.get(row.id) ?? index + 1;
              return (
                <div key={row.id} className="models-criterion">
                  <TextInput
                    id={`safe-home-criterion-text-${row.id}`}
                    label={t('models.safeHome.criteria.text', { number })}
                    errorKey={rowError(index)}
                    registration={register(`criteria.${index}.text`)}
                    required
                  />
                  <div className="check-field">
                    <input id={`safe-home-criterion-mandatory-${row.id}`} type="checkbox" {...register(`criteria.${index}.mandatory`)} />
                    <label htmlFor={`safe-home-criterion-mandatory-${row.id}`}>{t('models.safeHome.criteria.mandatoryFor', { number })}</label>
                  </div>
                </div>
              );
            })}
        </fieldset>
      ))}
      {failure && <ErrorAlert code={failure} lead={t('models.safeHome.common.saveFailed')} />}
      <p role="status" className="form-status">
        {saved && <span className="notice-success">{t('models.safeHome.criteria.saved')}</span>}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={requestClose} disabled={!formState.isDirty}>
          {t('models.safeHome.criteria.undo')}
        </button>
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {t('models.safeHome.criteria.save')}
        </button>
      </div>
      {prompt}
      <UnsavedChangesGuard when={dirty} />
    </form>
  );
}
