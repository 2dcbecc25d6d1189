import { useMemo, useRef } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatDate, formatMoney, parseDisplayDate, parseMoney } from '../../../../../shared/format';
import type { PostingRef } from '../../../../../shared/fund';
import { campaignPaymentSchema } from '../../../../../shared/schemas/fund';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { todayIso } from '../../children/age';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { Dialog } from '../../children/Dialog';
import { DateInput, Select, TextArea } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { serverFieldIssues } from '../../children/serverIssues';
import { moneyForSchema, withChecks } from '../../gifts/formHelpers';
import { MoneyInput } from '../../gifts/MoneyInput';
import { useCampaigns } from '../../gifts/queries';
import { useFundLabels } from '../labels';
import { isOverdraft, OverrideReason, useOverdraftRefusal } from './OverrideReason';
import { useAvailability, usePayCampaign } from './queries';

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
const dateRefusals = new Set(['errors.periodLocked', 'errors.futureDate']);

/**
 * "Chi tiền cho đợt tặng quà": what the fund can pay from on that day is shown pot by pot. When
 * the amount is more (or main says so), a reason for paying beyond it is asked and sent along.
 */
export function CampaignPaymentDialog({ onCancel, onDone }: { onCancel: () => void; onDone: (posting: PostingRef) => void }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const campaigns = useCampaigns();
  const pay = usePayCampaign();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
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

  const onError = (caught: unknown) => {
    const issues = serverFieldIssues(caught, fields);
    if (isOverdraft(caught)) refuse();
    const code = errorCode(caught);
    if (dateRefusals.has(code)) issues.push({ field: 'paidOn', message: code });
    for (const { field, message } of issues) setError(field, { type: 'server', message });
    if (issues.length > 0) focusFirstError();
  };
  const submit = (input: PaymentInput) => {
    if (pay.isPending) return;
    pay.mutate(input, { onSuccess: onDone, onError });
  };
  const failure = pay.error && !isOverdraft(pay.error) && !dateRefusals.has(errorCode(pay.error)) ? errorCode(pay.error) : null;

  return (
    <Dialog title={t('fund.campaignPayment.title')} onClose={onCancel} wide>
      <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
        <Select id="fund-pay-campaign" label={t('fund.campaignPayment.campaign')} errorKey={error('campaignId')} registration={register('campaignId')} required>
          <option value="">{t('fund.layout.common.choose')}</option>
          {(campaigns.data ?? []).map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name}
            </option>
          ))}
        </Select>
        {campaigns.error && <ErrorAlert code={errorCode(campaigns.error)} />}
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
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('fund.layout.common.cancel')}
          </button>
          <button type="submit" className="button" aria-disabled={pay.isPending || undefined}>
            {t('fund.campaignPayment.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
