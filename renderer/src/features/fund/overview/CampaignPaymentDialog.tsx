import { useMemo, useRef, useState } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatDate, formatMoney, parseDisplayDate, parseMoney } from '../../../../../shared/format';
import type { ErrorCode } from '../../../../../shared/errors';
import type { PostingRef } from '../../../../../shared/fund';
import { campaignPaymentSchema } from '../../../../../shared/schemas/fund';
import { errorCode } from '../../../api/queries';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { MoneyInput } from '../../../ui/MoneyInput';
import { moneyForSchema } from '../../../ui/schemaInput';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { todayIso } from '../../children/age';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { DateInput, TextArea } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { isOverdraft, OverrideReason, useOverdraftRefusal } from '../common/OverrideReason';
import { useAvailability } from '../common/queries';
import { codesAt, showRefusal } from '../common/refusal';
import { useFundLabels } from '../labels';
import { CampaignSelect } from './CampaignSelect';
import { usePayCampaign } from './queries';

type PaymentInput = z.output<typeof campaignPaymentSchema>;

interface PaymentValues {
  campaignId: string;
  paidOn: string;
  amount: string;
  note: string;
  overrideReason: string;
}

const fields = ['campaignId', 'paidOn', 'amount', 'note', 'overrideReason'] as const;
/** Refusals about the day are shown beside the date. */
const codeFields = codesAt('paidOn', ['errors.periodLocked', 'errors.futureDate']);

/**
 * "Chi tiền cho đợt tặng quà": what the fund can pay from on that day is shown pot by pot. When
 * the amount is more (or main says so), a reason for paying beyond it is asked and sent along.
 */
export function CampaignPaymentDialog({ onCancel, onDone }: { onCancel: () => void; onDone: (posting: PostingRef) => void }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const pay = usePayCampaign();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const { refused: refusedShort, refuse } = useOverdraftRefusal('fund-pay-override');
  // Read by the resolver when the form is checked: the override is asked only once it is needed.
  const overrideNeeded = useRef(false);

  const resolver = useMemo(
    () =>
      withChecks(
        convertingResolver(campaignPaymentSchema, (values: PaymentValues) => ({
          campaignId: values.campaignId,
          paidOn: dateForSchema(values.paidOn),
          amount: moneyForSchema(values.amount, undefined),
          note: values.note,
          overrideReason: overrideNeeded.current ? values.overrideReason : null,
        })) as Resolver<PaymentValues, unknown, PaymentInput>,
        (values) => [
          ...(values.campaignId === '' ? [{ path: 'campaignId', message: 'validation.required' }] : []),
          ...(values.amount.trim() === '' ? [{ path: 'amount', message: 'validation.required' }] : []),
          ...(overrideNeeded.current && values.overrideReason.trim() === '' ? [{ path: 'overrideReason', message: 'validation.required' }] : []),
        ],
      ),
    [],
  );
  const { register, handleSubmit, formState, getFieldState, setError, setValue, watch } = useForm<PaymentValues, unknown, PaymentInput>({
    resolver,
    defaultValues: { campaignId: '', paidOn: dateForField(todayIso()), amount: '', note: '', overrideReason: '' },
    shouldFocusError: false,
  });
  const error = (name: Path<PaymentValues>) => messageKey(getFieldState(name, formState).error?.message);

  const campaignId = watch('campaignId');
  const paidOn = parseDisplayDate(watch('paidOn'));
  const amount = parseMoney(watch('amount').trim());
  const available = useAvailability(campaignId !== '' && paidOn !== null ? { target: { kind: 'campaign', id: campaignId }, on: paidOn } : null);
  const availableNow = available.data && !available.isPlaceholderData ? available.data : null;
  const short = availableNow !== null && amount !== null && amount > availableNow.total;
  // The resolver runs outside render and reads this when the form is checked.
  overrideNeeded.current = refusedShort || short;

  const submit = (input: PaymentInput) => {
    if (pay.isPending) return;
    setFailure(null);
    pay.mutate(input, {
      onSuccess: onDone,
      onError: (caught) => {
        if (isOverdraft(caught)) refuse();
        setFailure(showRefusal({ caught, fields, setError, codeFields, handled: ['errors.fundOverdraft'] }));
        focusFirstError();
      },
    });
  };

  return (
    <FormDialog title={t('fund.campaignPayment.title')} onClose={onCancel} dirty={formState.isDirty} wide>
      {(close) => (
        <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
          <CampaignSelect id="fund-pay-campaign" errorKey={error('campaignId')} registration={register('campaignId')} />
          <DateInput id="fund-pay-date" label={t('fund.campaignPayment.date')} hint={t('fund.layout.common.dateHint')} errorKey={error('paidOn')} registration={register('paidOn')} required />
          <section className="fund-available" aria-labelledby="fund-pay-available-title" aria-live="polite">
            <h3 id="fund-pay-available-title">{t('fund.campaignPayment.availableTitle')}</h3>
            {campaignId === '' || paidOn === null ? (
              <p className="field-hint">{t('fund.campaignPayment.availableHint')}</p>
            ) : available.error ? (
              <ErrorAlert code={errorCode(available.error)} />
            ) : !availableNow ? (
              <p role="status">{t('fund.layout.common.loading')}</p>
            ) : availableNow.pots.length === 0 ? (
              <p>{t('fund.campaignPayment.nothingAvailable', { date: formatDate(availableNow.on) })}</p>
            ) : (
              <table className="data-table fund-table fund-available-table">
                <caption className="visually-hidden">{t('fund.campaignPayment.availableTitle')}</caption>
                <tbody>
                  {availableNow.pots.map((pot) => (
                    <tr key={pot.key}>
                      <th scope="row">{labels.pot(pot)}</th>
                      <td className="number nowrap">{formatMoney(pot.balance)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="fund-total-row">
                    <th scope="row">{t('fund.campaignPayment.availableTotal', { date: formatDate(availableNow.on) })}</th>
                    <td className="number nowrap">{formatMoney(availableNow.total)}</td>
                  </tr>
                </tfoot>
              </table>
            )}
          </section>
          <MoneyInput id="fund-pay-amount" name="amount" label={t('fund.campaignPayment.amount')} errorKey={error('amount')} register={register} setValue={setValue} required />
          <TextArea id="fund-pay-note" label={t('fund.layout.common.note')} errorKey={error('note')} registration={register('note')} />
          {overrideNeeded.current && (
            <OverrideReason
              id="fund-pay-override"
              explanation={refusedShort ? t('errors.fundOverdraft') : t('fund.campaignPayment.shortText', { short: formatMoney((amount ?? 0) - (availableNow?.total ?? 0)) })}
              errorKey={error('overrideReason')}
              registration={register('overrideReason')}
            />
          )}
          {failure && <ErrorAlert code={failure} lead={t('fund.campaignPayment.failed')} />}
          <DialogButtons
            cancelLabel={t('fund.layout.common.cancel')}
            onCancel={close}
            submitLabel={t('fund.campaignPayment.submit')}
            busy={pay.isPending}
          />
        </form>
      )}
    </FormDialog>
  );
}
