import { useEffect, useRef, useState } from 'react';
import { Controller, useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { groupCodes } from '../../../../../shared/codes/groups';
import { householdStatuses } from '../../../../../shared/codes/register';
import type { CampaignDetail } from '../../../../../shared/gifts';
import { selectionRulesSchema, type SelectionRules } from '../../../../../shared/schemas/gifts';
import type { OfficeUnit } from '../../../../../shared/units';
import { errorCode } from '../../../api/queries';
import { describedBy } from '../../../ui/describedBy';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { messageKey } from '../../children/dateText';
import { convertingResolver } from '../../children/formResolver';
import { MultiSelect } from '../../children/MultiSelect';
import { serverFieldIssues } from '../../children/serverIssues';
import type { CodeLabels } from '../../children/useCodeLabels';
import { useApplySelection, usePreviewSelection } from '../queries';
import { SelectionPreviewView } from './SelectionPreviewView';
import { selectionValues, toRulesInput, type SelectionValues } from './selectionValues';

const resolver = convertingResolver(selectionRulesSchema, toRulesInput) as Resolver<SelectionValues, unknown, SelectionRules>;
const ruleFields = ['groupCodes', 'includeAtRisk', 'ageMin', 'ageMax', 'unitIds', 'householdStatuses', 'noGiftMonths'] as const;

interface SelectionPanelProps {
  campaign: CampaignDetail;
  units: readonly OfficeUnit[];
  labels: CodeLabels;
}

/**
 * The rules that propose the list (draft only): "Xem trước" shows what they would do,
 * "Áp dụng" changes the list. Children removed by hand stay removed; those added by hand stay.
 */
export function SelectionPanel({ campaign, units, labels }: SelectionPanelProps) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const requestFocus = useFocusFirstError(formRef);
  const preview = usePreviewSelection();
  const apply = useApplySelection();
  const [applied, setApplied] = useState<number | null>(null);
  const { register, control, handleSubmit, formState, getFieldState, setError, watch } = useForm<SelectionValues, unknown, SelectionRules>({
    resolver,
    defaultValues: selectionValues(campaign.rules),
    shouldFocusError: false,
  });
  const error = (name: Path<SelectionValues>) => messageKey(getFieldState(name, formState).error?.message);
  const noRecentGift = watch('noRecentGift');

  // A preview is of the rules as they were: once they change it no longer says what "Áp dụng" will do.
  const resetPreview = useRef(preview.reset);
  resetPreview.current = preview.reset;
  useEffect(() => {
    const subscription = watch(() => {
      resetPreview.current();
      setApplied(null);
    });
    return () => subscription.unsubscribe();
  }, [watch]);

  const showFieldIssues = (caught: unknown) => {
    const issues = serverFieldIssues(
      caught,
      ruleFields.map((field) => `rules.${field}` as const),
    );
    for (const { field, message } of issues) {
      setError(field.slice('rules.'.length) as (typeof ruleFields)[number], { type: 'server', message });
    }
    if (issues.length > 0) requestFocus();
  };

  const runPreview = (rules: SelectionRules) => {
    if (preview.isPending || apply.isPending) return;
    apply.reset();
    setApplied(null);
    preview.mutate({ campaignId: campaign.id, rules }, { onError: showFieldIssues });
  };
  const runApply = (rules: SelectionRules) => {
    if (preview.isPending || apply.isPending) return;
    setApplied(null);
    apply.mutate(
      { campaignId: campaign.id, rules },
      {
        onSuccess: (saved) => {
          preview.reset();
          setApplied(saved.plannedChildren);
        },
        onError: showFieldIssues,
      },
    );
  };

  const ageError = error('ageMin') ?? error('ageMax');
  const monthsError = error('noGiftMonths');
  const failure = preview.error ?? apply.error;

  return (
    <section className="form-section gift-rules" aria-labelledby="gift-rules-title">
      <h2 id="gift-rules-title">{t('gifts.rules.title')}</h2>
      <p className="field-hint">{t('gifts.rules.intro')}</p>
      <form ref={formRef} noValidate onSubmit={(event) => void handleSubmit(runPreview, requestFocus)(event)}>
        <div className="gift-rules-row">
          <Controller
            control={control}
            name="groupCodes"
            render={({ field }) => (
              <MultiSelect
                label={t('gifts.rules.groups')}
                options={groupCodes.map((code) => ({ value: code, label: labels.groupLabel(code) }))}
                selected={field.value}
                onChange={field.onChange}
              />
            )}
          />
          <div className="check-field">
            <input id="gift-rules-atRisk" type="checkbox" {...register('includeAtRisk')} />
            <label htmlFor="gift-rules-atRisk">{t('gifts.rules.includeAtRisk')}</label>
          </div>
          <Controller
            control={control}
            name="unitIds"
            render={({ field }) => (
              <MultiSelect
                label={t('gifts.rules.units')}
                options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
                selected={field.value}
                onChange={field.onChange}
                filterable
              />
            )}
          />
          <Controller
            control={control}
            name="householdStatuses"
            render={({ field }) => (
              <MultiSelect
                label={t('gifts.rules.household')}
                options={householdStatuses.map((status) => ({
                  value: status,
                  label: t(`codes.household.${status}`), // i18n-dynamic: codes.household.
                }))}
                selected={field.value}
                onChange={(next) => field.onChange(next)}
              />
            )}
          />
        </div>
        <p className="field-hint">{t('gifts.rules.groupsHint')}</p>

        <fieldset className="children-age gift-rules-age" aria-describedby={describedBy('gift-rules-age-hint', ageError && 'gift-rules-age-error')}>
          <legend>{t('gifts.rules.age')}</legend>
          <label htmlFor="gift-rules-ageMin">{t('gifts.rules.ageFrom')}</label>
          <input
            id="gift-rules-ageMin"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={error('ageMin') ? true : undefined}
            aria-describedby={describedBy(error('ageMin') && 'gift-rules-age-error')}
            {...register('ageMin')}
          />
          <label htmlFor="gift-rules-ageMax">{t('gifts.rules.ageTo')}</label>
          <input
            id="gift-rules-ageMax"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={error('ageMax') ? true : undefined}
            aria-describedby={describedBy(error('ageMax') && 'gift-rules-age-error')}
            {...register('ageMax')}
          />
        </fieldset>
        <p id="gift-rules-age-hint" className="field-hint">
          {t('gifts.rules.ageHint')}
        </p>
        <FieldError id="gift-rules-age-error" messageKey={ageError} />

        <div className="gift-rules-recent">
          <div className="check-field">
            <input id="gift-rules-noGift" type="checkbox" {...register('noRecentGift')} />
            <label htmlFor="gift-rules-noGift">{t('gifts.rules.noRecentGift')}</label>
          </div>
          {noRecentGift && (
            <div className="gift-rules-months">
              <label htmlFor="gift-rules-months">{t('gifts.rules.months')}</label>
              <input
                id="gift-rules-months"
                type="text"
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={monthsError ? true : undefined}
                aria-describedby={describedBy('gift-rules-months-hint', monthsError && 'gift-rules-months-error')}
                {...register('noGiftMonths')}
              />
              <p id="gift-rules-months-hint" className="field-hint">
                {t('gifts.rules.monthsHint')}
              </p>
              <FieldError id="gift-rules-months-error" messageKey={monthsError} />
            </div>
          )}
        </div>

        <div className="form-actions">
          <button type="submit" className="button button-secondary" aria-disabled={preview.isPending || undefined}>
            {t('gifts.rules.preview')}
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={apply.isPending || undefined}
            onClick={() => void handleSubmit(runApply, requestFocus)()}
          >
            {t('gifts.rules.apply')}
          </button>
          <span role="status" className="form-status">
            {preview.isPending && t('gifts.rules.previewing')}
            {apply.isPending && t('gifts.rules.applying')}
            {preview.data && t('gifts.rules.previewDone', { count: preview.data.matched })}
            {applied !== null && <span className="notice-success">{t('gifts.rules.applied', { count: applied })}</span>}
          </span>
        </div>
        {failure && <ErrorAlert code={errorCode(failure)} />}
      </form>
      {preview.data && <SelectionPreviewView preview={preview.data} />}
    </section>
  );
}
