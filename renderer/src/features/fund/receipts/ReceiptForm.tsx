import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { receiptKinds } from '../../../../../shared/codes/fund';
import type { ErrorCode } from '../../../../../shared/errors';
import { parseDisplayDate } from '../../../../../shared/format';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { MoneyInput } from '../../../ui/MoneyInput';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { messageKey } from '../../children/dateText';
import { DateInput, TextArea, TextInput } from '../../children/fields';
import { UnsavedChangesGuard } from '../../office/UnsavedChangesGuard';
import { codesAt, showRefusal } from '../common/refusal';
import { useFundLabels } from '../labels';
import { receiptsPath } from '../paths';
import { DonorPicker } from './DonorPicker';
import { EarmarkFields } from './EarmarkFields';
import { useCreateReceipt, useNextReceiptNo } from './queries';
import type { ReceiptSavedState } from './ReceiptListPage';
import { earmarkForGoods, receiptFields, receiptResolver, type ReceiptFormValues, type ReceiptInputChecked } from './receiptFormValues';

/** Refusals main gives without a field path, and the field each belongs beside. */
const codeFields = { ...codesAt('receiptNo', ['errors.receiptNoTaken']), ...codesAt('receivedOn', ['errors.periodLocked', 'errors.futureDate']) };

/**
 * A new receipt. The number is offered from the year's sequence (and follows the date's year
 * until the user types their own); the donor is chosen, or added, above the receipt's own form.
 */
export function ReceiptForm({ defaultValues }: { defaultValues: ReceiptFormValues }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const navigate = useNavigate();
  const rootRef = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusFirstError(rootRef);
  const create = useCreateReceipt();
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState<ReceiptSavedState | null>(null);
  // The new donor's form, open above the receipt's, counts as typed input too.
  const [donorDirty, setDonorDirty] = useState(false);

  const form = useForm<ReceiptFormValues, unknown, ReceiptInputChecked>({ resolver: receiptResolver, defaultValues, shouldFocusError: false });
  const { register, handleSubmit, formState, getFieldState, getValues, setError, setValue, watch } = form;
  const error = (name: Path<ReceiptFormValues>) => messageKey(getFieldState(name, formState).error?.message);
  const kind = watch('kind');
  const receivedOn = parseDisplayDate(watch('receivedOn'));
  const nextNo = useNextReceiptNo(receivedOn === null ? null : Number(receivedOn.slice(0, 4)));

  // The offered number follows the date's year until the user types a number of their own.
  const numberTyped = useRef(false);
  useEffect(() => {
    if (nextNo.data && !numberTyped.current) setValue('receiptNo', nextNo.data.receiptNo);
  }, [nextNo.data, setValue]);

  useEffect(() => {
    if (saved) void navigate(receiptsPath, { state: saved });
  }, [saved, navigate]);

  // Beside its field and in the alert too: the alert says the receipt was not written.
  const showFailure = (caught: unknown) => {
    showRefusal({ caught, fields: receiptFields, setError, codeFields });
    setFailure(errorCode(caught));
    requestFocus();
  };

  // Goods in kind are set aside for nothing or for gifts: switching to them drops any other earmark.
  const kindChanged = (next: string) => {
    if (next !== 'inKind') return;
    const earmark = earmarkForGoods({ earmarkKind: getValues('earmarkKind'), earmarkPurpose: getValues('earmarkPurpose') });
    setValue('earmarkKind', earmark.earmarkKind);
    setValue('earmarkPurpose', earmark.earmarkPurpose);
  };

  const onValid = async (input: ReceiptInputChecked) => {
    if (create.isPending) return;
    setFailure(null);
    try {
      const receipt = await create.mutateAsync(input);
      setSaved({ savedReceipt: { receiptNo: receipt.receiptNo, seq: receipt.postingSeq } });
    } catch (caught) {
      showFailure(caught);
    }
  };

  return (
    <FormProvider {...form}>
      <div ref={rootRef} className="fund-receipt-form">
        <DonorPicker onDirtyChange={setDonorDirty} />
        <form noValidate onSubmit={(event) => void handleSubmit(onValid, requestFocus)(event)}>
          <section className="form-section" aria-labelledby="fund-receipt-about-title">
            <h3 id="fund-receipt-about-title">{t('fund.receipts.form.aboutSection')}</h3>
            <DateInput id="fund-receipt-date" label={t('fund.receipts.date')} hint={t('fund.layout.common.dateHint')} errorKey={error('receivedOn')} registration={register('receivedOn')} required />
            <TextInput
              id="fund-receipt-no"
              label={t('fund.receipts.receiptNo')}
              hint={t('fund.receipts.form.receiptNoHint')}
              errorKey={error('receiptNo')}
              registration={register('receiptNo', { onChange: () => (numberTyped.current = true) })}
              required
            />
            <fieldset className="radio-group">
              <legend>{t('fund.receipts.kind')}</legend>
              <div className="radio-options">
                {receiptKinds.map((option) => (
                  <div className="radio-option" key={option}>
                    <input
                      id={`fund-receipt-kind-${option}`}
                      type="radio"
                      value={option}
                      {...register('kind', { onChange: (event: { target: { value: string } }) => kindChanged(event.target.value) })}
                    />
                    <label htmlFor={`fund-receipt-kind-${option}`}>{labels.receiptKind(option)}</label>
                  </div>
                ))}
              </div>
            </fieldset>
            {kind === 'inKind' && (
              <div className="fund-goods-fields">
                <TextInput
                  id="fund-receipt-goods"
                  label={t('fund.receipts.form.goodsDescription')}
                  hint={t('fund.receipts.form.goodsDescriptionHint')}
                  errorKey={error('goodsDescription')}
                  registration={register('goodsDescription')}
                  required
                />
                <TextInput id="fund-receipt-quantity" label={t('fund.receipts.form.goodsQuantity')} inputMode="numeric" errorKey={error('goodsQuantity')} registration={register('goodsQuantity')} required />
                <TextInput
                  id="fund-receipt-unit-of-goods"
                  label={t('fund.receipts.form.goodsUnit')}
                  hint={t('fund.receipts.form.goodsUnitHint')}
                  errorKey={error('goodsUnit')}
                  registration={register('goodsUnit')}
                />
              </div>
            )}
            <MoneyInput
              id="fund-receipt-amount"
              name="amount"
              label={kind === 'inKind' ? t('fund.receipts.form.goodsValue') : t('fund.receipts.form.amount')}
              errorKey={error('amount')}
              register={register}
              setValue={setValue}
              required
            />
          </section>
          <EarmarkFields />
          <section className="form-section" aria-labelledby="fund-receipt-note-title">
            <h3 id="fund-receipt-note-title" className="visually-hidden">
              {t('fund.layout.common.note')}
            </h3>
            <TextArea id="fund-receipt-note" label={t('fund.layout.common.note')} errorKey={error('note')} registration={register('note')} />
          </section>
          {failure && <ErrorAlert code={failure} lead={t('fund.receipts.form.saveFailed')} />}
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
              {t('fund.receipts.form.submit')}
            </button>
            <Link className="button button-secondary" to={receiptsPath}>
              {t('fund.layout.common.cancel')}
            </Link>
            <span role="status" className="form-status">
              {create.isPending && t('fund.layout.common.saving')}
            </span>
          </div>
        </form>
      </div>
      <UnsavedChangesGuard when={(formState.isDirty || donorDirty) && saved === null} />
    </FormProvider>
  );
}
