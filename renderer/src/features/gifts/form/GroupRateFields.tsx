import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { groupCodes } from '../../../../../shared/codes/groups';
import { FieldError } from '../../../ui/FieldError';
import { MoneyInput } from '../../../ui/MoneyInput';
import { messageKey } from '../../children/dateText';
import { Select } from '../../children/fields';
import type { CodeLabels } from '../../children/useCodeLabels';
import { emptyGroupRate, type CampaignFormValues } from './campaignFormValues';

/** A different gift for the children of some groups (optional); the others get the campaign's gift. */
export function GroupRateFields({ labels }: { labels: CodeLabels }) {
  const { t } = useTranslation();
  const { control, register, setValue, formState, getFieldState } = useFormContext<CampaignFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'groupRates' });
  const listError = messageKey(formState.errors.groupRates?.root?.message ?? formState.errors.groupRates?.message);

  return (
    <>
      <p className="field-hint">{t('gifts.form.groupRatesHint')}</p>
      {fields.map((field, index) => {
        const id = `group-rate-${index}`;
        const error = (name: 'groupCode' | 'cash' | 'goodsValue') =>
          messageKey(getFieldState(`groupRates.${index}.${name}`, formState).error?.message);
        return (
          <fieldset key={field.id} className="gift-row-fields">
            <legend>{t('gifts.form.groupRateLegend', { number: index + 1 })}</legend>
            <Select
              id={`${id}-group`}
              label={t('gifts.form.group')}
              errorKey={error('groupCode')}
              registration={register(`groupRates.${index}.groupCode`)}
              required
            >
              <option value="">{t('gifts.common.choose')}</option>
              {groupCodes.map((code) => (
                <option key={code} value={code}>
                  {labels.groupLabel(code)}
                </option>
              ))}
            </Select>
            <MoneyInput id={`${id}-cash`} name={`groupRates.${index}.cash`} label={t('gifts.form.cash')} errorKey={error('cash')} register={register} setValue={setValue} />
            <MoneyInput
              id={`${id}-goodsValue`}
              name={`groupRates.${index}.goodsValue`}
              label={t('gifts.form.goodsValue')}
              errorKey={error('goodsValue')}
              register={register}
              setValue={setValue}
            />
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('gifts.form.removeGroupRateFor', { number: index + 1 })}
              onClick={() => remove(index)}
            >
              {t('gifts.form.remove')}
            </button>
          </fieldset>
        );
      })}
      <FieldError id="group-rates-error" messageKey={listError} />
      {fields.length < groupCodes.length && (
        <button type="button" className="button button-secondary" onClick={() => append({ ...emptyGroupRate })}>
          {t('gifts.form.addGroupRate')}
        </button>
      )}
    </>
  );
}
