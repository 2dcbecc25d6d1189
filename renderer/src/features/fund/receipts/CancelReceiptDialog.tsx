import { useMemo, useRef } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { Receipt } from '../../../../../shared/fund';
import { receiptCancelSchema } from '../../../../../shared/schemas/fund';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { todayIso } from '../../children/age';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { Dialog } from '../../children/Dialog';
import { DateInput, TextArea } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { serverFieldIssues } from '../../children/serverIssues';
import { withChecks } from '../../gifts/formHelpers';
import { isOverdraft, OverrideReason, useOverdraftRefusal } from '../overview/OverrideReason';
import { useCancelReceipt } from './queries';

type CancelInput = z.output<typeof receiptCancelSchema>;

interface CancelValues {
  date: string;
  reason: string;
  overrideReason: string;
}

const fields = ['date', 'reason', 'overrideReason'] as const;
/** Refusals about the day of the cancellation are shown beside it. */
const dateRefusals = new Set(['errors.periodLocked', 'errors.futureDate', 'errors.reversalBeforeOriginal']);

/**
 * "Hủy phiếu thu": a receipt is never edited; it is cancelled by a reversing entry on a day the
 * user picks. If its money has been spent, main refuses unless a logged reason is given.
 */
export function CancelReceiptDialog({ receipt, onCancel, onDone }: { receipt: Receipt; onCancel: () => void; onDone: (receipt: Receipt) => void }) {
  const { t } = useTranslation();
  const cancel = useCancelReceipt();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const { refused, refuse } = useOverdraftRefusal('fund-cancel-override');
  const overrideNeeded = useRef(false);
  // The resolver runs outside render and reads this when the form is checked.
  overrideNeeded.current = refused;

  const resolver = useMemo(
    () =>
      withChecks(
        convertingResolver(receiptCancelSchema, (values: CancelValues) => ({
          id: receipt.id,
          date: dateForSchema(values.date),
          reason: values.reason,
          overrideReason: overrideNeeded.current ? values.overrideReason : null,
        })) as Resolver<CancelValues, unknown, CancelInput>,
        (values) => (overrideNeeded.current && values.overrideReason.trim() === '' ? [{ path: 'overrideReason', message: 'validation.required' }] : []),
      ),
    [receipt.id],
  );
  const { register, handleSubmit, formState, getFieldState, setError } = useForm<CancelValues, unknown, CancelInput>({
    resolver,
    defaultValues: { date: dateForField(todayIso()), reason: '', overrideReason: '' },
    shouldFocusError: false,
  });
  const error = (name: Path<CancelValues>) => messageKey(getFieldState(name, formState).error?.message);

  const onError = (caught: unknown) => {
    if (isOverdraft(caught)) refuse();
    const issues = serverFieldIssues(caught, fields);
    const code = errorCode(caught);
    if (dateRefusals.has(code)) issues.push({ field: 'date', message: code });
    for (const issue of issues) setError(issue.field, { type: 'server', message: issue.message });
    if (issues.length > 0) focusFirstError();
  };
  const submit = (input: CancelInput) => {
    if (cancel.isPending) return;
    cancel.mutate(input, { onSuccess: onDone, onError });
  };
  const failure = cancel.error && !isOverdraft(cancel.error) && !dateRefusals.has(errorCode(cancel.error)) ? errorCode(cancel.error) : null;

  return (
    <Dialog title={t('fund.receipts.cancel.title')} onClose={onCancel} wide>
      <p className="dialog-subject">
        {t('fund.receipts.cancel.subject', {
          receiptNo: receipt.receiptNo,
          date: formatDate(receipt.receivedOn),
          donor: receipt.donorName,
          amount: formatMoney(receipt.amount),
        })}
      </p>
      <p className="field-hint">{t('fund.receipts.cancel.hint')}</p>
      <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
        <DateInput id="fund-cancel-date" label={t('fund.receipts.cancel.date')} hint={t('fund.layout.common.dateHint')} errorKey={error('date')} registration={register('date')} required />
        <TextArea id="fund-cancel-reason" label={t('fund.receipts.cancel.reason')} errorKey={error('reason')} registration={register('reason')} required />
        {refused && (
          <OverrideReason
            id="fund-cancel-override"
            explanation={t('fund.receipts.cancel.overdraft')}
            errorKey={error('overrideReason')}
            registration={register('overrideReason')}
          />
        )}
        {failure && <ErrorAlert code={failure} lead={t('fund.receipts.cancel.failed')} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('fund.layout.common.cancel')}
          </button>
          <button type="submit" className="button" aria-disabled={cancel.isPending || undefined}>
            {t('fund.receipts.cancel.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
