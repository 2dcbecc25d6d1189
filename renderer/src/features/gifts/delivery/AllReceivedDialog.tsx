import { useMemo, useRef } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { deliveryExceptionStatuses } from '../../../../../shared/codes/gifts';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { Dialog } from '../../children/Dialog';
import { DateInput, Select, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { useRecipients } from '../queries';
import { DeliveryDateNotice } from './DeliveryDateNotice';
import { ExceptionPicker } from './ExceptionPicker';
import type { CampaignPeriod } from './deliveryDate';
import { useMarkAllReceived } from './mutations';
import { allReceivedFormSchema, type AllReceivedInput } from './deliveryForms';
import { useGiftVisitLabels } from './labels';

type ExceptionStatus = (typeof deliveryExceptionStatuses)[number];

interface ExceptionValues {
  recipientId: string;
  status: ExceptionStatus;
  receivedBy: string;
}

interface AllReceivedValues {
  date: string;
  exceptions: ExceptionValues[];
}

interface AllReceivedDialogProps {
  campaignId: string;
  /** The commune, or null for the whole area. */
  unitId: string | null;
  unitName: string;
  period: CampaignPeriod;
  /** The day of the visit to offer (ISO). */
  visitDay: string;
  onClose: () => void;
  /** What to tell the user, and the day recorded. */
  onDone: (message: string, date: string) => void;
}

/**
 * "Tất cả đã nhận": every child still waiting received on the day, except those picked here.
 * The form is there from the start (focus lands on the date); the children load into it.
 */
export function AllReceivedDialog({ campaignId, unitId, unitName, period, visitDay, onClose, onDone }: AllReceivedDialogProps) {
  const { t } = useTranslation();
  const labels = useGiftVisitLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const markAll = useMarkAllReceived(campaignId);
  const query = useRecipients({ campaignId, unitId, statuses: ['pending'], includeRemoved: false, search: '' });
  const pending = useMemo(() => query.data ?? [], [query.data]);
  const byId = useMemo(() => new Map(pending.map((row) => [row.id, row])), [pending]);

  const { register, control, handleSubmit, formState, getFieldState, getValues, watch } = useForm<AllReceivedValues, unknown, AllReceivedInput>({
    resolver: convertingResolver(allReceivedFormSchema, (values: AllReceivedValues) => ({
      campaignId,
      unitId,
      date: dateForSchema(values.date),
      exceptions: values.exceptions.map((exception) => ({
        recipientId: exception.recipientId,
        status: exception.status,
        receivedBy: exception.status === 'receivedByGuardian' ? exception.receivedBy : null,
        note: null,
      })),
    })),
    defaultValues: { date: dateForField(visitDay), exceptions: [] },
    shouldFocusError: false,
  });
  const exceptions = useFieldArray({ control, name: 'exceptions', keyName: 'key' });
  const watched = watch('exceptions');
  const error = (name: 'date' | `exceptions.${number}.receivedBy`) => messageKey(getFieldState(name, formState).error?.message);

  // Ticking a child adds it as an exception ("absent" first: the usual one); what was set for the others stays.
  const pick = (ids: string[]) => {
    const current = new Map(getValues('exceptions').map((exception) => [exception.recipientId, exception]));
    exceptions.replace(
      ids.map((id) => current.get(id) ?? { recipientId: id, status: 'absent', receivedBy: byId.get(id)?.proxyName ?? '' }),
    );
  };

  const submit = async (input: AllReceivedInput) => {
    const answer = await markAll.mutateAsync(input).catch(() => null);
    if (answer) onDone(t('giftVisit.delivery.allReceived.done', { count: answer.updated }), input.date);
  };

  return (
    <Dialog title={t('giftVisit.delivery.allReceived.title', { unit: unitName })} onClose={onClose} wide>
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) =>
          void handleSubmit((input) => {
            if (!markAll.isPending) void submit(input);
          }, focusFirstError)(event)
        }
      >
        <DateInput id="gift-all-date" label={t('giftVisit.delivery.allReceived.date')} errorKey={error('date')} registration={register('date')} required />
        <DeliveryDateNotice id="gift-all-date-notice" text={watch('date')} period={period} />
        {query.isPending && <p role="status">{t('giftVisit.delivery.loading')}</p>}
        {query.isError && <ErrorAlert code={errorCode(query.error)} />}
        {query.isSuccess && <p>{t('giftVisit.delivery.allReceived.intro', { count: pending.length, area: unitName })}</p>}
        {pending.length > 0 && (
          <ExceptionPicker
            pending={pending}
            wholeArea={unitId === null}
            selected={exceptions.fields.map((field) => field.recipientId)}
            onChange={pick}
          />
        )}
        {exceptions.fields.length > 0 && (
          <fieldset className="gift-exceptions">
            <legend>{t('giftVisit.delivery.allReceived.exceptionStatuses')}</legend>
            {exceptions.fields.map((field, index) => {
              const name = byId.get(field.recipientId)?.fullName ?? '';
              return (
                <div key={field.key} className="gift-exception" role="group" aria-label={name}>
                  <span className="gift-exception-name" aria-hidden="true">
                    {name}
                  </span>
                  <Select
                    id={`gift-exception-${index}-status`}
                    label={t('giftVisit.delivery.allReceived.statusFor', { name })}
                    errorKey={undefined}
                    registration={register(`exceptions.${index}.status`)}
                  >
                    {deliveryExceptionStatuses.map((code) => (
                      <option key={code} value={code}>
                        {labels.status(code)}
                      </option>
                    ))}
                  </Select>
                  {watched[index]?.status === 'receivedByGuardian' && (
                    <TextInput
                      id={`gift-exception-${index}-received-by`}
                      label={t('giftVisit.delivery.allReceived.receivedByFor', { name })}
                      errorKey={error(`exceptions.${index}.receivedBy`)}
                      registration={register(`exceptions.${index}.receivedBy`)}
                      required
                    />
                  )}
                </div>
              );
            })}
          </fieldset>
        )}
        <p className="gift-all-result">
          {t('giftVisit.delivery.allReceived.result', {
            received: pending.length - exceptions.fields.length,
            exceptions: exceptions.fields.length,
          })}
        </p>
        {markAll.error && <ErrorAlert code={errorCode(markAll.error)} lead={t('giftVisit.delivery.mark.failed')} />}
        <div className="dialog-actions">
          <button type="submit" className="button" aria-disabled={markAll.isPending || undefined} disabled={pending.length === 0}>
            {t('giftVisit.delivery.allReceived.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('giftVisit.common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
