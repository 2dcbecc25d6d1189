import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fundingSourceKinds } from '../../../../../shared/codes/gifts';
import { formatMoney } from '../../../../../shared/format';
import { FieldError } from '../../../ui/FieldError';
import { MoneyInput } from '../../../ui/MoneyInput';
import { messageKey } from '../../children/dateText';
import { Select, TextInput } from '../../children/fields';
import { sumMoney } from '../formHelpers';
import { useGiftLabels } from '../labels';
import { emptyFunding, type CampaignFormValues } from './campaignFormValues';

const maxSources = 10;

/** Where the money comes from: several sources, each with its amount; the budget is their sum. */
export function FundingFields() {
  const { t } = useTranslation();
  const labels = useGiftLabels();
  const { control, register, setValue, formState, getFieldState } = useFormContext<CampaignFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'funding' });
  const funding = useWatch({ control, name: 'funding' });
  const budget = sumMoney(funding.map((source) => source.amount));
  const listError = messageKey(formState.errors.funding?.root?.message ?? formState.errors.funding?.message);

  return (
    <>
      {fields.map((field, index) => {
        const id = `funding-${index}`;
        const error = (name: 'kind' | 'sponsorName' | 'amount') =>
          messageKey(getFieldState(`funding.${index}.${name}`, formState).error?.message);
        return (
          <fieldset key={field.id} className="gift-row-fields">
            <legend>{t('gifts.form.fundingLegend', { number: index + 1 })}</legend>
            <Select id={`${id}-kind`} label={t('gifts.form.fundingKind')} errorKey={error('kind')} registration={register(`funding.${index}.kind`)} required>
              <option value="">{t('gifts.common.choose')}</option>
              {fundingSourceKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {labels.fundingKind(kind)}
                </option>
              ))}
            </Select>
            {funding[index]?.kind === 'sponsor' && (
              <TextInput
                id={`${id}-sponsorName`}
                label={t('gifts.form.sponsorName')}
                errorKey={error('sponsorName')}
                registration={register(`funding.${index}.sponsorName`)}
                required
              />
            )}
            <MoneyInput
              id={`${id}-amount`}
              name={`funding.${index}.amount`}
              label={t('gifts.form.fundingAmount')}
              errorKey={error('amount')}
              register={register}
              setValue={setValue}
              required
            />
            {fields.length > 1 && (
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('gifts.form.removeFundingFor', { number: index + 1 })}
                onClick={() => remove(index)}
              >
                {t('gifts.form.remove')}
              </button>
            )}
          </fieldset>
        );
      })}
      <FieldError id="funding-error" messageKey={listError} />
      {fields.length < maxSources && (
        <button type="button" className="button button-secondary" onClick={() => append({ ...emptyFunding })}>
          {t('gifts.form.addFunding')}
        </button>
      )}
      <p className="gift-budget">
        {t('gifts.form.budget')} <output aria-live="polite">{formatMoney(budget)}</output>
      </p>
    </>
  );
}
