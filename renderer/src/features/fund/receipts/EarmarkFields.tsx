import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { earmarkKinds, spendingPurposes } from '../../../../../shared/codes/fund';
import { describedBy } from '../../../ui/describedBy';
import { FieldError } from '../../../ui/FieldError';
import { messageKey } from '../../children/dateText';
import { Select } from '../../children/fields';
import { useOfficeUnits } from '../../children/queries';
import { useFundLabels } from '../labels';
import { ChildPicker } from './ChildPicker';
import type { ReceiptFormValues } from './receiptFormValues';

/** What the receipt is set aside for: nothing (the general fund), a purpose, a commune, or a child. */
export function EarmarkFields() {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const units = useOfficeUnits();
  const { register, watch, formState, getFieldState } = useFormContext<ReceiptFormValues>();
  const kind = watch('earmarkKind');
  const error = (name: keyof ReceiptFormValues) => messageKey(getFieldState(name, formState).error?.message);
  const kindError = error('earmarkKind') ?? error('earmarkChildId');

  return (
    <section className="form-section" aria-labelledby="fund-receipt-earmark-title">
      <h3 id="fund-receipt-earmark-title">{t('fund.receipts.form.earmarkSection')}</h3>
      <fieldset className="radio-group" aria-describedby={describedBy(kindError && 'fund-receipt-earmark-error')}>
        <legend>{t('fund.receipts.earmark')}</legend>
        <div className="radio-options fund-earmark-options">
          {earmarkKinds.map((option) => (
            <div className="radio-option" key={option}>
              <input
                id={`fund-receipt-earmark-${option}`}
                type="radio"
                value={option}
                aria-invalid={kindError ? true : undefined}
                aria-describedby={describedBy(kindError && 'fund-receipt-earmark-error')}
                {...register('earmarkKind')}
              />
              <label htmlFor={`fund-receipt-earmark-${option}`}>{labels.earmarkKind(option)}</label>
            </div>
          ))}
        </div>
        <FieldError id="fund-receipt-earmark-error" messageKey={kindError} />
      </fieldset>
      {kind === 'purpose' && (
        <Select id="fund-receipt-purpose" label={t('fund.receipts.form.purpose')} errorKey={error('earmarkPurpose')} registration={register('earmarkPurpose')} required>
          <option value="">{t('fund.layout.common.choose')}</option>
          {spendingPurposes.map((purpose) => (
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
      {kind === 'child' && <ChildPicker />}
    </section>
  );
}
