import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { earmarkKinds, inKindEarmarkKinds, inKindEarmarkPurposes, spendingPurposes } from '../../../../../shared/codes/fund';
import { describedBy } from '../../../ui/describedBy';
import { FieldError } from '../../../ui/FieldError';
import { ChildPicker, type ChosenChild, useChildLine } from '../../children/ChildPicker';
import { messageKey } from '../../children/dateText';
import { Select } from '../../children/fields';
import { useOfficeUnits } from '../../children/queries';
import { useFundLabels } from '../labels';
import type { ReceiptFormValues } from './receiptFormValues';

/**
 * What the receipt is set aside for: nothing (the general fund), a purpose, a commune, or a
 * child. Goods in kind can only leave the fund through gift campaigns, so they are set aside
 * for nothing or for gifts (the form changes the earmark when the kind changes: receiptKindChanged).
 */
export function EarmarkFields() {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const units = useOfficeUnits();
  const childLine = useChildLine();
  const { register, watch, setValue, formState, getFieldState } = useFormContext<ReceiptFormValues>();
  const [child, setChild] = useState<ChosenChild | null>(null);
  const kind = watch('earmarkKind');
  const inKind = watch('kind') === 'inKind';
  const kinds = inKind ? inKindEarmarkKinds : earmarkKinds;
  const purposes = inKind ? inKindEarmarkPurposes : spendingPurposes;
  const error = (name: keyof ReceiptFormValues) => messageKey(getFieldState(name, formState).error?.message);
  const kindError = error('earmarkKind');
  const describedIds = describedBy(inKind && 'fund-receipt-earmark-hint', kindError && 'fund-receipt-earmark-error');

  const chooseChild = (chosen: ChosenChild | null) => {
    setChild(chosen);
    setValue('earmarkChildId', chosen?.id ?? '', { shouldDirty: true });
  };

  return (
    <section className="form-section" aria-labelledby="fund-receipt-earmark-title">
      <h3 id="fund-receipt-earmark-title">{t('fund.receipts.form.earmarkSection')}</h3>
      <fieldset className="radio-group" aria-describedby={describedIds}>
        <legend>{t('fund.receipts.earmark')}</legend>
        {inKind && (
          <p id="fund-receipt-earmark-hint" className="field-hint">
            {t('fund.receipts.form.goodsEarmarkHint')}
          </p>
        )}
        <div className="radio-options fund-earmark-options">
          {kinds.map((option) => (
            <div className="radio-option" key={option}>
              <input
                id={`fund-receipt-earmark-${option}`}
                type="radio"
                value={option}
                aria-invalid={kindError ? true : undefined}
                aria-describedby={describedIds}
                {...register('earmarkKind', {
                  // Goods set aside for a purpose are set aside for gifts: there is no other to choose.
                  onChange: () => {
                    if (inKind && option === 'purpose') setValue('earmarkPurpose', 'gifts');
                  },
                })}
              />
              <label htmlFor={`fund-receipt-earmark-${option}`}>{labels.earmarkKind(option)}</label>
            </div>
          ))}
        </div>
        <FieldError id="fund-receipt-earmark-error" messageKey={kindError} />
      </fieldset>
      {kind === 'purpose' && (
        <Select id="fund-receipt-purpose" label={t('fund.receipts.form.purpose')} errorKey={error('earmarkPurpose')} registration={register('earmarkPurpose')} required>
          {!inKind && <option value="">{t('fund.layout.common.choose')}</option>}
          {purposes.map((purpose) => (
            <option key={purpose} value={purpose}>
              {labels.purpose(purpose)}
            </option>
          ))}
        </Select>
      )}
      {kind === 'unit' && (
        <Select id="fund-receipt-unit" label={t('fund.receipts.form.unit')} errorKey={error('earmarkUnitId')} registration={register('earmarkUnitId')} required>
          <option value="">{t('fund.layout.common.choose')}</option>
          {(units.data ?? []).map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </Select>
      )}
      {kind === 'child' && (
        <ChildPicker
          idPrefix="fund-receipt-child"
          legend={t('fund.receipts.form.child')}
          chosen={child}
          onChoose={chooseChild}
          summary={(chosen) => t('fund.receipts.form.childChosen', { child: childLine(chosen) })}
          errorKey={error('earmarkChildId')}
        />
      )}
    </section>
  );
}
