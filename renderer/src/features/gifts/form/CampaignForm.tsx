import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { giftOccasions } from '../../../../../shared/codes/gifts';
import type { ErrorCode } from '../../../../../shared/errors';
import type { CampaignDetail } from '../../../../../shared/gifts';
import { campaignInputSchema } from '../../../../../shared/schemas/gifts';
import type { z } from 'zod';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { MoneyInput } from '../../../ui/MoneyInput';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { UnsavedChangesGuard } from '../../office/UnsavedChangesGuard';
import { messageKey } from '../../children/dateText';
import { DateInput, Select, TextArea, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import type { CodeLabels } from '../../children/useCodeLabels';
import { useGiftLabels } from '../labels';
import { campaignPath } from '../paths';
import { useCreateCampaign, useUpdateCampaign } from '../queries';
import { emptyChoices, isCampaignField, toSchemaInput, type CampaignFormValues } from './campaignFormValues';
import { FrozenGiftSummary } from './FrozenGiftSummary';
import { FundingFields } from './FundingFields';
import { GroupRateFields } from './GroupRateFields';

type CampaignInput = z.output<typeof campaignInputSchema>;

const resolver = withChecks(
  convertingResolver(campaignInputSchema, toSchemaInput) as Resolver<CampaignFormValues, unknown, CampaignInput>,
  emptyChoices,
);

type CampaignFormProps = {
  defaultValues: CampaignFormValues;
  labels: CodeLabels;
  cancelTo: string;
} & ({ mode: 'create' } | { mode: 'edit'; campaign: CampaignDetail });

/**
 * A value a frozen campaign keeps (main refuses to change it): shown in a read-only box where
 * the field was, not registered, so the form sends the campaign's own value back.
 */
function FixedField({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} readOnly aria-describedby="campaign-fixed-hint" />
    </div>
  );
}

/**
 * Create or edit a campaign. Once its list is frozen the occasion, the year, the gift, the funding
 * and the group rates are fixed (main refuses changes), so they are shown, not offered; their
 * values go back unchanged.
 */
export function CampaignForm(props: CampaignFormProps) {
  const { defaultValues, labels, cancelTo, mode } = props;
  const { t } = useTranslation();
  const giftLabels = useGiftLabels();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const requestFocus = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  const create = useCreateCampaign();
  const update = useUpdateCampaign();
  const busy = create.isPending || update.isPending;
  const frozen = props.mode === 'edit' && props.campaign.status === 'frozen';

  const form = useForm<CampaignFormValues, unknown, CampaignInput>({ resolver, defaultValues, shouldFocusError: false });
  const { register, handleSubmit, formState, getFieldState, setError, setValue } = form;
  const error = (name: Path<CampaignFormValues>) => messageKey(getFieldState(name, formState).error?.message);

  useEffect(() => {
    if (savedId) void navigate(campaignPath(savedId));
  }, [savedId, navigate]);

  const showFailure = (caught: unknown) => {
    const appError = caught instanceof ApiError ? caught.error : { code: 'errors.internal' as const, details: undefined };
    setFailure(appError.code);
    for (const detail of appError.details ?? []) {
      if (isCampaignField(detail.path)) {
        setError(detail.path as Path<CampaignFormValues>, { type: 'server', message: detail.message });
      }
    }
    requestFocus();
  };

  const onValid = async (values: CampaignInput) => {
    if (busy) return;
    setFailure(null);
    try {
      const saved = props.mode === 'create' ? await create.mutateAsync(values) : await update.mutateAsync({ ...values, id: props.campaign.id });
      setSavedId(saved.id);
    } catch (caught) {
      showFailure(caught);
    }
  };

  return (
    <FormProvider {...form}>
      <form ref={formRef} className="gift-form" noValidate onSubmit={(event) => void handleSubmit(onValid, requestFocus)(event)}>
        <section className="form-section" aria-labelledby="campaign-section-about">
          <h2 id="campaign-section-about">{t('gifts.form.sectionAbout')}</h2>
          <TextInput
            id="campaign-name"
            label={t('gifts.fields.name')}
            hint={t('gifts.form.nameHint')}
            errorKey={error('name')}
            registration={register('name')}
            required
          />
          {frozen ? (
            <FixedField id="campaign-occasion" label={t('gifts.fields.occasion')} value={giftLabels.occasion(props.campaign.occasion)} />
          ) : (
            <Select id="campaign-occasion" label={t('gifts.fields.occasion')} errorKey={error('occasion')} registration={register('occasion')} required>
              <option value="">{t('gifts.common.choose')}</option>
              {giftOccasions.map((occasion) => (
                <option key={occasion} value={occasion}>
                  {giftLabels.occasion(occasion)}
                </option>
              ))}
            </Select>
          )}
          {frozen ? (
            <>
              <FixedField id="campaign-year" label={t('gifts.fields.year')} value={String(props.campaign.year)} />
              <p id="campaign-fixed-hint" className="field-hint">
                {t('giftVisit.form.fixedAfterFreeze')}
              </p>
            </>
          ) : (
            <TextInput id="campaign-year" label={t('gifts.fields.year')} inputMode="numeric" errorKey={error('year')} registration={register('year')} required />
          )}
          <DateInput
            id="campaign-startDate"
            label={t('gifts.fields.startDate')}
            hint={t('gifts.form.startDateHint')}
            errorKey={error('startDate')}
            registration={register('startDate')}
            required
          />
          <DateInput id="campaign-endDate" label={t('gifts.fields.endDate')} hint={t('gifts.form.dateHint')} errorKey={error('endDate')} registration={register('endDate')} required />
          <TextArea id="campaign-note" label={t('gifts.fields.note')} errorKey={error('note')} registration={register('note')} />
        </section>

        {frozen ? (
          <FrozenGiftSummary campaign={props.campaign} labels={labels} />
        ) : (
          <>
            <section className="form-section" aria-labelledby="campaign-section-gift">
              <h2 id="campaign-section-gift">{t('gifts.form.sectionGift')}</h2>
              <p className="field-hint">{t('gifts.form.giftHint')}</p>
              <MoneyInput
                id="campaign-cash"
                name="cashPerChild"
                label={t('gifts.fields.cashPerChild')}
                errorKey={error('cashPerChild')}
                register={register}
                setValue={setValue}
              />
              <TextInput
                id="campaign-goodsDescription"
                label={t('gifts.fields.goodsDescription')}
                hint={t('gifts.form.goodsDescriptionHint')}
                errorKey={error('goodsDescription')}
                registration={register('goodsDescription')}
              />
              <MoneyInput
                id="campaign-goodsValue"
                name="goodsValuePerChild"
                label={t('gifts.fields.goodsValuePerChild')}
                errorKey={error('goodsValuePerChild')}
                register={register}
                setValue={setValue}
              />
            </section>
            <section className="form-section" aria-labelledby="campaign-section-funding">
              <h2 id="campaign-section-funding">{t('gifts.form.sectionFunding')}</h2>
              <FundingFields />
            </section>
            <section className="form-section" aria-labelledby="campaign-section-groups">
              <h2 id="campaign-section-groups">{t('gifts.form.sectionGroupRates')}</h2>
              <GroupRateFields labels={labels} />
            </section>
          </>
        )}

        {failure && <ErrorAlert code={failure} lead={t('gifts.form.saveFailed')} />}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {mode === 'create' ? t('gifts.form.submitCreate') : t('gifts.form.submitEdit')}
          </button>
          <Link className="button button-secondary" to={cancelTo}>
            {t('gifts.common.cancel')}
          </Link>
          <span role="status" className="form-status">
            {busy && t('gifts.form.saving')}
          </span>
        </div>
      </form>
      <UnsavedChangesGuard when={formState.isDirty && savedId === null} />
    </FormProvider>
  );
}
