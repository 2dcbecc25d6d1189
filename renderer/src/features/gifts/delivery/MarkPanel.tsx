import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { deliveryExceptionStatuses, type DeliveryStatus } from '../../../../../shared/codes/gifts';
import type { CampaignDetail, RecipientRow } from '../../../../../shared/gifts';
import { errorCode } from '../../../api/queries';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { DateInput, Select, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { DeliveryDateNotice } from './DeliveryDateNotice';
import { useMarkDelivery } from './mutations';
import { markFormSchema, type MarkInput } from './deliveryForms';
import { useGiftVisitLabels } from './labels';

/** What a visit can record for a child: received, or one of the exceptions. */
const markStatuses = ['received', ...deliveryExceptionStatuses] as const;
type MarkStatus = (typeof markStatuses)[number];

/** The first field of the bar: where "go to recording" lands. */
export const markStatusFieldId = 'gift-mark-status';

interface MarkValues {
  status: MarkStatus;
  date: string;
  receivedBy: string;
  note: string;
}

interface MarkPanelProps {
  campaign: CampaignDetail;
  /** The selected children; none leaves the bar in place, with its buttons off. */
  rows: readonly RecipientRow[];
  /** The day of the visit to offer (ISO): the last one recorded in this tab, else the default. */
  visitDay: string;
  /** After a recording: what to tell the user, and the day recorded (null for undo). */
  onDone: (message: string, date: string | null) => void;
}

/**
 * Records the outcome for the selected children on one day, or takes it back (undo). It stays
 * under the table whether or not a child is selected, so that ticking a box moves no row.
 */
export function MarkPanel({ campaign, rows, visitDay, onDone }: MarkPanelProps) {
  const { t } = useTranslation();
  const labels = useGiftVisitLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [confirmUndo, setConfirmUndo] = useState(false);
  const mark = useMarkDelivery(campaign.id);
  const none = rows.length === 0;
  // The resolver reads the selection at submit time, not when the form was made.
  const ids = useRef<string[]>([]);
  ids.current = rows.map((row) => row.id);

  const { register, handleSubmit, formState, getFieldState, watch, getValues, setValue, resetField } = useForm<MarkValues, unknown, MarkInput>({
    resolver: convertingResolver(markFormSchema, (values: MarkValues) => ({
      recipientIds: ids.current,
      status: values.status,
      date: dateForSchema(values.date),
      receivedBy: values.status === 'receivedByGuardian' ? values.receivedBy : null,
      note: values.note,
    })),
    defaultValues: { status: 'received', date: dateForField(visitDay), receivedBy: '', note: '' },
    shouldFocusError: false,
  });
  const error = (name: keyof MarkValues) => messageKey(getFieldState(name, formState).error?.message);
  const status = watch('status');
  const date = watch('date');

  // "Tất cả đã nhận…" on another day makes that day the one offered here too.
  useEffect(() => setValue('date', dateForField(visitDay)), [visitDay, setValue]);

  // Awaited rather than onSuccess: the refetched list may drop the marked rows first.
  const send = async (input: MarkInput) => {
    const answer = await mark.mutateAsync(input).catch(() => null);
    if (!answer) return; // the refusal shows in mark.error
    resetField('status');
    resetField('receivedBy');
    resetField('note');
    onDone(
      input.status === 'pending'
        ? t('giftVisit.delivery.undo.done', { count: answer.updated })
        : t('giftVisit.delivery.mark.done', { count: answer.updated, status: labels.status(input.status) }),
      input.date,
    );
  };

  // One child with a planned "Người nhận thay": offer that name when marking "received by someone else".
  const onStatusChange = (next: string) => {
    const proxy = rows.length === 1 ? rows[0]?.proxyName : null;
    if (next === 'receivedByGuardian' && proxy && getValues('receivedBy').trim() === '') setValue('receivedBy', proxy);
  };

  return (
    <form
      ref={formRef}
      className="gift-mark"
      noValidate
      aria-labelledby="gift-mark-title"
      onSubmit={(event) =>
        void handleSubmit((input) => {
          if (!none && !mark.isPending) void send(input);
        }, focusFirstError)(event)
      }
    >
      <div className="gift-mark-head">
        <h3 id="gift-mark-title">{none ? t('giftVisit.delivery.mark.none') : t('giftVisit.delivery.mark.title', { count: rows.length })}</h3>
        {none && <span className="gift-mark-hint">{t('giftVisit.delivery.mark.hint')}</span>}
      </div>
      <div className="gift-mark-fields">
        <Select
          id={markStatusFieldId}
          label={t('giftVisit.delivery.mark.status')}
          errorKey={error('status')}
          registration={register('status', { onChange: (event: { target: { value: string } }) => onStatusChange(event.target.value) })}
          required
        >
          {markStatuses.map((code: DeliveryStatus) => (
            <option key={code} value={code}>
              {labels.status(code)}
            </option>
          ))}
        </Select>
        <DateInput id="gift-mark-date" label={t('giftVisit.delivery.mark.date')} errorKey={error('date')} registration={register('date')} required />
        {status === 'receivedByGuardian' && (
          <TextInput
            id="gift-mark-received-by"
            label={t('giftVisit.delivery.mark.receivedBy')}
            errorKey={error('receivedBy')}
            registration={register('receivedBy')}
            required
          />
        )}
        <TextInput id="gift-mark-note" label={t('giftVisit.delivery.mark.note')} errorKey={error('note')} registration={register('note')} />
        <div className="gift-mark-actions">
          <button type="submit" className="button" aria-disabled={none || mark.isPending || undefined}>
            {t('giftVisit.delivery.mark.submit')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={none || undefined}
            onClick={() => {
              if (!none) setConfirmUndo(true);
            }}
          >
            {t('giftVisit.delivery.undo.button')}
          </button>
        </div>
      </div>
      <DeliveryDateNotice id="gift-mark-date-notice" text={date} period={campaign} />
      {mark.error && <ErrorAlert code={errorCode(mark.error)} lead={t('giftVisit.delivery.mark.failed')} />}
      {confirmUndo && (
        <ConfirmDialog
          title={t('giftVisit.delivery.undo.title')}
          text={t('giftVisit.delivery.undo.text', { count: rows.length })}
          cancelLabel={t('giftVisit.common.cancel')}
          confirmLabel={t('giftVisit.delivery.undo.confirm')}
          onCancel={() => setConfirmUndo(false)}
          onConfirm={() => {
            setConfirmUndo(false);
            if (!mark.isPending) void send({ recipientIds: ids.current, status: 'pending', date: null, receivedBy: null, note: null });
          }}
        />
      )}
    </form>
  );
}
