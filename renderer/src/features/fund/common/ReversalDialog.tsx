import { useMemo, useRef, useState } from 'react';
import { useForm, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ErrorCode } from '../../../../../shared/errors';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { todayIso } from '../../children/age';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { DateInput, TextArea } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { isOverdraft, OverrideReason, useOverdraftRefusal } from './OverrideReason';
import { codesAt, dateRefusals, showRefusal } from './refusal';

interface ReversalValues {
  date: string;
  reason: string;
  overrideReason: string;
}

const fields = ['date', 'reason', 'overrideReason'] as const;

interface ReversalDialogProps<TSchema extends z.ZodType<unknown, FieldValues>, TResult> {
  /** Prefix of the fields' ids: `${idPrefix}-date`, `-reason`, `-override`. */
  idPrefix: string;
  title: string;
  /** The posting undone, in one line. */
  subject: string;
  hint: string;
  texts: { date: string; reason: string; submit: string; failed: string; overdraft: string };
  /** receiptCancelSchema or postingReverseSchema: the same day, reason and override. */
  schema: TSchema;
  /** What names the posting undone: { id } of a receipt, { postingId } of a posting. */
  target: Record<string, string>;
  /** The fund write (useFundWrite) that posts the reversal. */
  write: {
    isPending: boolean;
    mutate: (input: z.output<TSchema>, options: { onSuccess: (result: TResult) => void; onError: (error: Error) => void }) => void;
  };
  onCancel: () => void;
  onDone: (result: TResult) => void;
}

/**
 * A posting undone by a reversing one on a day the user picks, with a reason: cancelling a
 * receipt, reversing a campaign payment or a goods issue. If the money has been spent since,
 * main refuses until a logged reason for going below zero is given.
 */
export function ReversalDialog<TSchema extends z.ZodType<unknown, FieldValues>, TResult>(props: ReversalDialogProps<TSchema, TResult>) {
  const { idPrefix, title, subject, hint, texts, schema, target, write, onCancel, onDone } = props;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const overrideId = `${idPrefix}-override`;
  const { refused, refuse } = useOverdraftRefusal(overrideId);
  // The resolver runs outside render and reads this when the form is checked.
  const overrideNeeded = useRef(false);
  overrideNeeded.current = refused;

  const resolver = useMemo(
    () =>
      withChecks(
        convertingResolver(schema, (values: ReversalValues) => ({
          ...target,
          date: dateForSchema(values.date),
          reason: values.reason,
          overrideReason: overrideNeeded.current ? values.overrideReason : null,
        })),
        (values) => (overrideNeeded.current && values.overrideReason.trim() === '' ? [{ path: 'overrideReason', message: 'validation.required' }] : []),
      ) as Resolver<ReversalValues, unknown, z.output<TSchema>>,
    [schema, target],
  );
  const { register, handleSubmit, formState, getFieldState, setError } = useForm<ReversalValues, unknown, z.output<TSchema>>({
    resolver,
    defaultValues: { date: dateForField(todayIso()), reason: '', overrideReason: '' },
    shouldFocusError: false,
  });
  const error = (name: Path<ReversalValues>) => messageKey(getFieldState(name, formState).error?.message);

  const submit = (input: z.output<TSchema>) => {
    if (write.isPending) return;
    setFailure(null);
    write.mutate(input, {
      onSuccess: onDone,
      onError: (caught) => {
        if (isOverdraft(caught)) refuse();
        setFailure(showRefusal({ caught, fields, setError, codeFields: codesAt('date', dateRefusals), handled: ['errors.fundOverdraft'] }));
        focusFirstError();
      },
    });
  };

  return (
    <FormDialog title={title} onClose={onCancel} dirty={formState.isDirty} wide>
      {(close) => (
        <>
          <p className="dialog-subject">{subject}</p>
          <p className="field-hint">{hint}</p>
          <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
            <DateInput id={`${idPrefix}-date`} label={texts.date} hint={t('fund.layout.common.dateHint')} errorKey={error('date')} registration={register('date')} required />
            <TextArea id={`${idPrefix}-reason`} label={texts.reason} errorKey={error('reason')} registration={register('reason')} required />
            {refused && <OverrideReason id={overrideId} explanation={texts.overdraft} errorKey={error('overrideReason')} registration={register('overrideReason')} />}
            {failure && <ErrorAlert code={failure} lead={texts.failed} />}
            <DialogButtons cancelLabel={t('fund.layout.common.cancel')} onCancel={close} submitLabel={texts.submit} busy={write.isPending} />
          </form>
        </>
      )}
    </FormDialog>
  );
}
