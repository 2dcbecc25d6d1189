import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ErrorCode } from '../../../../../shared/errors';
import { childFriendlyCriteriaSchema } from '../../../../../shared/schemas/models';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { messageKey } from '../../children/dateText';
import { TextInput } from '../../children/fields';
import { UnsavedChangesGuard } from '../../office/UnsavedChangesGuard';
import { refusalOnFields } from '../common/refusal';
import { useSaveChildFriendlyCriteria } from './queries';

type TextsValues = z.input<typeof childFriendlyCriteriaSchema>;
type TextsInput = z.output<typeof childFriendlyCriteriaSchema>;

/** The names of the 13 criteria, as the office words them (the rule never reads them). */
export function CriteriaTextsEditor({ texts }: { texts: string[] }) {
  const { t } = useTranslation();
  const save = useSaveChildFriendlyCriteria();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  // Main names a text by its row ('texts.2'); a refusal about the list as a whole goes under it.
  const fields = useMemo(() => ['texts' as const, ...texts.map((_, index) => `texts.${index}` as const)], [texts]);
  const { register, handleSubmit, formState, getFieldState, setError, reset } = useForm<TextsValues, unknown, TextsInput>({
    resolver: zodResolver(childFriendlyCriteriaSchema),
    defaultValues: { texts },
    shouldFocusError: false,
  });

  const submit = async (input: TextsInput) => {
    if (save.isPending) return;
    setFailure(null);
    setSaved(false);
    try {
      reset({ texts: await save.mutateAsync(input) });
      setSaved(true);
    } catch (caught) {
      setFailure(refusalOnFields({ caught, fields, setError }));
      focusFirstError();
    }
  };

  return (
    <details className="models-editor">
      <summary>{t('models.childFriendly.criteria.title')}</summary>
      <form ref={formRef} className="models-form" noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
        <p className="field-hint">{t('models.childFriendly.criteria.hint')}</p>
        {texts.map((_, index) => (
          <TextInput
            key={index}
            id={`child-friendly-criterion-${index + 1}`}
            label={t('models.childFriendly.criteria.text', { number: index + 1 })}
            errorKey={messageKey(getFieldState(`texts.${index}`, formState).error?.message)}
            registration={register(`texts.${index}`)}
            required
          />
        ))}
        <FieldError id="child-friendly-criteria-error" messageKey={messageKey(getFieldState('texts', formState).error?.message)} />
        {failure && <ErrorAlert code={failure} lead={t('models.childFriendly.form.saveFailed')} />}
        <p role="status" className="form-status">
          {saved && <span className="notice-success">{t('models.childFriendly.criteria.saved')}</span>}
        </p>
        <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
          {t('models.childFriendly.criteria.save')}
        </button>
      </form>
      <UnsavedChangesGuard when={formState.isDirty} />
    </details>
  );
}
