import { useRef, useState } from 'react';
import { useForm, useWatch, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { medicalSupportTypes } from '../../../../../shared/codes/fund';
import type { ErrorCode } from '../../../../../shared/errors';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { SupportDetail } from '../../../../../shared/fund';
import { supportCompleteSchema } from '../../../../../shared/schemas/fund';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { MoneyInput } from '../../../ui/MoneyInput';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { messageKey } from '../../children/dateText';
import { DateInput, TextArea, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { isOverdraft, OverrideReason, useOverdraftRefusal } from '../common/OverrideReason';
import { useAvailability } from '../common/queries';
import { showRefusal } from '../common/refusal';
import { useFundLabels } from '../labels';
import {
  completeChecks,
  completeFields,
  completeToInput,
  costSplit,
  emptyComplete,
  paidOnIso,
  type CompleteContext,
  type CompleteValues,
} from './completeValues';
import { useSupportWrite } from './queries';

type CompleteInput = z.output<typeof supportCompleteSchema>;

interface CompleteDialogProps {
  support: SupportDetail;
  onClose: () => void;
  onDone: (message: string) => void;
  onTransition: () => void;
}

/**
 * "Ghi nhận hoàn thành": where and when, what it cost and who paid. The fund's share is paid from
 * the ledger on the paid-on day; the dialog shows what the fund can pay for this case that day
 * and, when it is short, asks why the fund pays more than it holds (the reason is logged).
 */
export function CompleteDialog({ support, onClose, onDone, onTransition }: CompleteDialogProps) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const { refused, refuse } = useOverdraftRefusal('complete-overrideReason');
  const complete = useSupportWrite('fund.completeSupport');
  const medical = medicalSupportTypes.includes(support.type);
  // The resolver reads what the screen knows now (the fund's money changes as dates are typed).
  const context = useRef<CompleteContext>({ medical, approvedAmount: support.approvedAmount, askOverride: false });

  const { register, handleSubmit, formState, getFieldState, setError, setValue, control } = useForm<CompleteValues, unknown, CompleteInput>({
    resolver: withChecks(
      convertingResolver(supportCompleteSchema, (values: CompleteValues) => completeToInput(support.id, values, context.current.askOverride)) as Resolver<
        CompleteValues,
        unknown,
        CompleteInput
      >,
      (values) => completeChecks(values, context.current),
    ),
    defaultValues: emptyComplete,
    shouldFocusError: false,
  });
  const error = (name: Path<CompleteValues>) => messageKey(getFieldState(name, formState).error?.message);
  const values = useWatch({ control }) as CompleteValues;
  const split = costSplit(values);
  const paidOn = paidOnIso(values);
  const available = useAvailability(paidOn ? { target: { kind: 'support', id: support.id }, on: paidOn } : null);
  // While a new day loads, the previous day's answer is still there: nothing is decided from it.
  const availableNow = available.data && !available.isPlaceholderData ? available.data : null;
  const short = availableNow !== null && split.fund > availableNow.total;
  const askOverride = short || refused;
  const overApproved = support.approvedAmount !== null && split.fund > support.approvedAmount;
  context.current = { medical, approvedAmount: support.approvedAmount, askOverride };

  const submit = (input: CompleteInput) => {
    if (complete.isPending) return;
    setFailure(null);
    complete.mutate(input, {
      onSuccess: () => onDone(t('fund.supports.complete.done')),
      onError: (caught) => {
        if (isOverdraft(caught)) refuse();
        setFailure(
          showRefusal({
            caught,
            fields: completeFields,
            setError,
            codeFields: { 'errors.fundOverdraft': 'overrideReason', 'errors.exceedsApproved': 'costFund' },
            onTransition,
          }),
        );
        focusFirstError();
      },
    });
  };

  const money = (id: string, name: Path<CompleteValues>, label: string, required = false) => (
    <MoneyInput id={id} name={name} label={label} errorKey={error(name)} register={register} setValue={setValue} required={required} />
  );

  return (
    <FormDialog title={t('fund.supports.complete.title')} onClose={onClose} dirty={formState.isDirty} wide>
      {(close) => (
        <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
          <TextInput
            id="complete-hospital"
            label={medical ? t('fund.supports.fields.hospitalRequired') : t('fund.supports.fields.hospitalOrPlace')}
            errorKey={error('hospital')}
            registration={register('hospital')}
            required={medical}
          />
          <DateInput id="complete-doneOn" label={t('fund.supports.fields.doneOn')} errorKey={error('doneOn')} registration={register('doneOn')} required />
          <DateInput
            id="complete-paidOn"
            label={t('fund.supports.fields.paidOn')}
            hint={t('fund.supports.complete.paidOnHint')}
            errorKey={error('paidOn')}
            registration={register('paidOn')}
          />
          <fieldset className="gift-row-fields">
            <legend>{t('fund.supports.complete.costs')}</legend>
            {money('complete-costFund', 'costFund', t('fund.supports.fields.costFund'))}
            {money('complete-costInsurance', 'costInsurance', t('fund.supports.fields.costInsurance'))}
            {money('complete-costCofunders', 'costCofunders', t('fund.supports.fields.costCofunders'))}
            <TextInput
              id="complete-cofunderNames"
              label={t('fund.supports.fields.cofunderNames')}
              hint={t('fund.supports.complete.cofunderNamesHint')}
              errorKey={error('cofunderNames')}
              registration={register('cofunderNames')}
              required={split.cofunders > 0}
            />
            {money('complete-costFamily', 'costFamily', t('fund.supports.fields.costFamily'))}
            <p className="support-total" role="status" aria-live="polite">
              {t('fund.supports.complete.total', { amount: formatMoney(split.total) })}
            </p>
          </fieldset>

          <div className="support-cost-summary" aria-label={t('fund.supports.complete.fundShare')} role="group">
            <p>
              {t('fund.supports.complete.fundVsApproved', {
                fund: formatMoney(split.fund),
                approved: support.approvedAmount === null ? '' : formatMoney(support.approvedAmount),
              })}
            </p>
            {overApproved && <p className="gift-warning">{t('errors.exceedsApproved')}</p>}
            {paidOn === null ? (
              <p className="field-hint">{t('fund.supports.complete.availableNeedsDate')}</p>
            ) : available.isError ? (
              <p className="field-hint">{t('fund.supports.complete.availableFailed')}</p>
            ) : availableNow ? (
              <>
                <p>{t('fund.supports.complete.available', { date: formatDate(availableNow.on), amount: formatMoney(availableNow.total) })}</p>
                {availableNow.pots.length > 0 && (
                  <ul>
                    {availableNow.pots.map((pot) => (
                      <li key={pot.key}>{t('fund.supports.detail.potLine', { pot: labels.pot(pot), amount: formatMoney(pot.balance) })}</li>
                    ))}
                  </ul>
                )}
                {short && (
                  <p className="gift-warning">{t('fund.supports.complete.short', { amount: formatMoney(split.fund - availableNow.total) })}</p>
                )}
              </>
            ) : (
              <p className="field-hint">{t('fund.supports.common.loading')}</p>
            )}
          </div>

          {askOverride && (
            <OverrideReason
              id="complete-overrideReason"
              explanation={t('fund.supports.complete.overrideHint')}
              errorKey={error('overrideReason')}
              registration={register('overrideReason')}
            />
          )}
          <TextArea id="complete-note" label={t('fund.supports.fields.note')} errorKey={error('note')} registration={register('note')} />
          {failure && <ErrorAlert code={failure} />}
          <DialogButtons
            cancelLabel={t('fund.supports.common.cancel')}
            onCancel={close}
            submitLabel={t('fund.supports.complete.submit')}
            busy={complete.isPending}
          />
        </form>
      )}
    </FormDialog>
  );
}
