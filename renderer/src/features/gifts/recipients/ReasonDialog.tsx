import { useRef } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RecipientRow } from '../../../../../shared/gifts';
import { recipientRemoveSchema } from '../../../../../shared/schemas/gifts';
import type { z } from 'zod';
import { ApiError } from '../../../api/client';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { messageKey } from '../../children/dateText';
import { Dialog } from '../../children/Dialog';
import { TextArea } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { serverFieldIssues } from '../../children/serverIssues';
import { useRemoveRecipient, useRestoreRecipient } from '../queries';

type ReasonInput = z.output<typeof recipientRemoveSchema>;

interface ReasonDialogProps {
  campaignId: string;
  row: RecipientRow;
  action: 'remove' | 'restore';
  frozen: boolean;
  onCancel: () => void;
  onDone: (row: RecipientRow) => void;
}

/** Taking a child off the list, or putting them back: always with a reason (logged once frozen). */
export function ReasonDialog({ campaignId, row, action, frozen, onCancel, onDone }: ReasonDialogProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const remove = useRemoveRecipient(campaignId);
  const restore = useRestoreRecipient(campaignId);
  const mutation = action === 'remove' ? remove : restore;
  const { register, handleSubmit, formState, getFieldState, setError } = useForm<{ reason: string }, unknown, ReasonInput>({
    resolver: convertingResolver(recipientRemoveSchema, (values: { reason: string }) => ({ recipientId: row.id, reason: values.reason })) as Resolver<
      { reason: string },
      unknown,
      ReasonInput
    >,
    defaultValues: { reason: '' },
    shouldFocusError: false,
  });

  const onError = (caught: unknown) => {
    const issues = serverFieldIssues(caught, ['reason'] as const);
    if (caught instanceof ApiError && caught.error.code === 'errors.reasonRequired') {
      issues.push({ field: 'reason', message: 'errors.reasonRequired' });
    }
    for (const { field, message } of issues) setError(field, { type: 'server', message });
    if (issues.length > 0) focusFirstError();
  };

  const submit = (input: ReasonInput) => {
    if (mutation.isPending) return;
    mutation.mutate(input, { onSuccess: onDone, onError });
  };
  const title = action === 'remove' ? t('gifts.reason.removeTitle') : t('gifts.reason.restoreTitle');
  // A refusal that names the reason is shown beside it; others in the alert.
  const alert = mutation.error && !(mutation.error instanceof ApiError && mutation.error.error.code === 'errors.reasonRequired');

  return (
    <Dialog title={title} onClose={onCancel}>
      <p className="dialog-subject">{row.fullName}</p>
      <p className="field-hint">{frozen ? t('gifts.reason.frozenHint') : t('gifts.reason.draftHint')}</p>
      <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
        <TextArea
          id="gift-reason"
          label={t('gifts.reason.reason')}
          errorKey={messageKey(getFieldState('reason', formState).error?.message)}
          registration={register('reason')}
          required
        />
        {alert && <ErrorAlert code={errorCode(mutation.error)} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('gifts.common.cancel')}
          </button>
          <button type="submit" className="button" aria-disabled={mutation.isPending || undefined}>
            {action === 'remove' ? t('gifts.reason.removeSubmit') : t('gifts.reason.restoreSubmit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
