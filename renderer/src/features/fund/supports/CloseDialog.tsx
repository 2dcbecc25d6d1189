import { useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../../shared/errors';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { SupportDetail } from '../../../../../shared/fund';
import { supportCloseSchema, supportReopenSchema } from '../../../../../shared/schemas/fund';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { todayIso } from '../../children/age';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { DateInput, TextArea } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { codesAt, dateRefusals, showRefusal } from '../common/refusal';
import { useSupportWrite } from './queries';

export type CloseKind = 'reject' | 'cancel' | 'reopen';

/** The day is `on` for reject and cancel, `date` for reopen (as the schemas name it). */
interface CloseValues {
  on: string;
  date: string;
  reason: string;
}

const fields = ['on', 'date', 'reason'] as const;

interface CloseDialogProps {
  support: SupportDetail;
  kind: CloseKind;
  onClose: () => void;
  onDone: (message: string) => void;
  onTransition: () => void;
}

/**
 * "Không duyệt", "Hủy hồ sơ" and "Hủy ghi nhận hoàn thành": a day and a reason. Undoing "done"
 * reverses the payment in the ledger (nothing is erased) and puts the case back to approved.
 */
export function CloseDialog({ support, kind, onClose, onDone, onTransition }: CloseDialogProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const reject = useSupportWrite('fund.rejectSupport');
  const cancel = useSupportWrite('fund.cancelSupport');
  const reopen = useSupportWrite('fund.reopenSupport');
  const busy = reject.isPending || cancel.isPending || reopen.isPending;
  const dateField = kind === 'reopen' ? 'date' : 'on';
  const today = dateForField(todayIso());
  const text = useCloseTexts()[kind];

  const { register, handleSubmit, formState, getFieldState, setError } = useForm<CloseValues>({
    resolver: (kind === 'reopen'
      ? convertingResolver(supportReopenSchema, (values: CloseValues) => ({ id: support.id, date: dateForSchema(values.date), reason: values.reason }))
      : convertingResolver(supportCloseSchema, (values: CloseValues) => ({ id: support.id, on: dateForSchema(values.on), reason: values.reason }))) as unknown as Resolver<CloseValues>,
    defaultValues: { on: today, date: today, reason: '' },
    shouldFocusError: false,
  });
  const error = (name: 'on' | 'date' | 'reason') => messageKey(getFieldState(name, formState).error?.message);

  const submit = async (values: CloseValues) => {
    if (busy) return;
    setFailure(null);
    const day = dateForSchema(values[dateField]) ?? '';
    try {
      if (kind === 'reopen') await reopen.mutateAsync({ id: support.id, date: day, reason: values.reason.trim() });
      else await (kind === 'reject' ? reject : cancel).mutateAsync({ id: support.id, on: day, reason: values.reason.trim() });
      onDone(text.done);
    } catch (caught) {
      setFailure(showRefusal({ caught, fields, setError, codeFields: codesAt(dateField, dateRefusals), onTransition }));
      focusFirstError();
    }
  };

  return (
    <FormDialog title={text.title} onClose={onClose} dirty={formState.isDirty}>
      {(close) => (
        <>
          <p className="field-hint">
            {kind === 'reopen' && support.payment
              ? t('fund.supports.close.reopen.hintPaid', { amount: formatMoney(support.payment.amount), date: formatDate(support.payment.paidOn) })
              : text.hint}
          </p>
          <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
            <DateInput
              id="close-date"
              label={text.date}
              errorKey={error(dateField)}
              registration={register(dateField)}
              required
            />
            <TextArea id="close-reason" label={t('fund.supports.fields.reason')} errorKey={error('reason')} registration={register('reason')} required />
            {failure && <ErrorAlert code={failure} />}
            <DialogButtons cancelLabel={t('fund.supports.common.back')} onCancel={close} submitLabel={text.submit} busy={busy} />
          </form>
        </>
      )}
    </FormDialog>
  );
}

/** Each kind's words, named in full so that the key check sees them. */
function useCloseTexts(): Record<CloseKind, { title: string; hint: string; date: string; submit: string; done: string }> {
  const { t } = useTranslation();
  return {
    reject: {
      title: t('fund.supports.close.reject.title'),
      hint: t('fund.supports.close.reject.hint'),
      date: t('fund.supports.close.reject.date'),
      submit: t('fund.supports.close.reject.submit'),
      done: t('fund.supports.close.reject.done'),
    },
    cancel: {
      title: t('fund.supports.close.cancel.title'),
      hint: t('fund.supports.close.cancel.hint'),
      date: t('fund.supports.close.cancel.date'),
      submit: t('fund.supports.close.cancel.submit'),
      done: t('fund.supports.close.cancel.done'),
    },
    reopen: {
      title: t('fund.supports.close.reopen.title'),
      hint: t('fund.supports.close.reopen.hint'),
      date: t('fund.supports.close.reopen.date'),
      submit: t('fund.supports.close.reopen.submit'),
      done: t('fund.supports.close.reopen.done'),
    },
  };
}
