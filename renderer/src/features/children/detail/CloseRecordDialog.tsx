import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { leaveReasons, type LeaveReason } from '../../../../../shared/codes/register';
import type { ChildDetail } from '../../../../../shared/register';
import { childCloseSchema, type ChildClose } from '../../../../../shared/schemas/children';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { sixteenthBirthday, todayIso } from '../age';
import { dateForField, dateForSchema, messageKey } from '../dateText';
import { Dialog } from '../Dialog';
import { DateInput, Select, TextArea } from '../fields';
import { convertingResolver } from '../formResolver';
import { serverFieldIssues } from '../serverIssues';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';

interface CloseValues {
  reason: LeaveReason | '';
  date: string;
  note: string;
}

interface CloseRecordDialogProps {
  child: ChildDetail;
  onCancel: () => void;
  onClosed: (child: ChildDetail) => void;
}

/** Đóng hồ sơ: the child leaves the register with a reason and a date; the record stays. */
export function CloseRecordDialog({ child, onCancel, onClosed }: CloseRecordDialogProps) {
  const { t } = useTranslation();
  const api = useApi();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const { register, handleSubmit, formState, setValue, getFieldState, setError } = useForm<CloseValues, unknown, ChildClose>({
    resolver: convertingResolver(childCloseSchema, (values: CloseValues) => ({
      id: child.id,
      reason: values.reason === '' ? undefined : values.reason,
      date: dateForSchema(values.date),
      note: values.note,
    })),
    defaultValues: { reason: '', date: dateForField(todayIso()), note: '' },
    shouldFocusError: false,
  });
  const close = useMutation({
    mutationFn: (input: ChildClose) => api.request('children.close', input),
    onSuccess: onClosed,
    onError: (caught) => {
      const issues = serverFieldIssues(caught, ['reason', 'date', 'note'] as const);
      for (const { field, message } of issues) setError(field, { type: 'server', message });
      if (issues.length > 0) focusFirstError();
    },
  });
  const error = (name: keyof CloseValues) => messageKey(getFieldState(name, formState).error?.message);

  const reason = register('reason', {
    onChange: (event: { target: { value: string } }) => {
      // Turning 16 has a known date: the 16th birthday.
      const birthday = sixteenthBirthday(child.birthDate);
      if (event.target.value === 'turned16' && birthday && !getFieldState('date').isDirty) {
        setValue('date', dateForField(birthday));
      }
    },
  });

  return (
    <Dialog title={t('children.closeDialog.title')} onClose={onCancel}>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) =>
          void handleSubmit((values) => {
            if (!close.isPending) close.mutate(values);
          }, focusFirstError)(event)
        }
      >
        <Select id="close-reason" label={t('children.closeDialog.reason')} errorKey={error('reason')} registration={reason} required>
          <option value="">{t('children.common.choose')}</option>
          {leaveReasons.map((value) => (
            <option key={value} value={value}>
              {t(`codes.leaveReason.${value}`) /* i18n-dynamic: codes.leaveReason. */}
            </option>
          ))}
        </Select>
        <DateInput id="close-date" label={t('children.closeDialog.date')} errorKey={error('date')} registration={register('date')} required />
        <TextArea id="close-note" label={t('children.closeDialog.note')} errorKey={error('note')} registration={register('note')} />
        {close.error && <ErrorAlert code={errorCode(close.error)} />}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('children.common.cancel')}
          </button>
          <button type="submit" className="button" aria-disabled={close.isPending || undefined}>
            {t('children.closeDialog.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
