import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Controller, FormProvider, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/errors';
import {
  officeSetupSchema,
  type OfficeProfile,
  type OfficeSetup,
} from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/client';
import { errorCode, useProvinces } from '../../api/queries';
import { validationKey } from '../../i18n';
import { describedBy } from '../../ui/describedBy';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { FieldError } from '../../ui/FieldError';
import { TextField } from '../../ui/TextField';
import { useFocusFirstError } from '../../ui/useFocusFirstError';
import { AreaFields } from './AreaFields';
import { emptyArea, officeToFormValues, toFormPath, type OfficeFormValues } from './officeFormValues';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import './office-form.css';

interface OfficeFormProps {
  defaultValues: OfficeFormValues;
  submitLabel: string;
  /** Called with the saved office; the form is already reset to it. */
  onSaved: (office: OfficeProfile) => void;
  /** Shown in a status region after a successful save. */
  savedMessage?: string;
  /** Ask before leaving the page with unsaved edits (needs a data router). */
  guardUnsaved?: boolean;
}

type TextFieldName = Extract<
  Path<OfficeFormValues>,
  'name' | 'parentAgency' | 'receiver' | 'placeName' | 'headTitle' | 'headName' | 'preparerName'
>;

/** The office's profile and area: used by first-run setup and by Settings. */
export function OfficeForm({ defaultValues, submitLabel, onSaved, savedMessage, guardUnsaved }: OfficeFormProps) {
  const { t } = useTranslation();
  const api = useApi();
  const provinces = useProvinces();
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);

  const form = useForm<OfficeFormValues, unknown, OfficeSetup>({
    resolver: zodResolver(officeSetupSchema),
    defaultValues,
    // Focus is moved below, in page order (react-hook-form goes by registration order).
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  // After a refused submit, focus goes to the first field with a message, once it is rendered.
  const requestFocus = useFocusFirstError(formRef);
  const { register, handleSubmit, setError, setValue, clearErrors, getValues, getFieldState, reset, formState } = form;

  const save = useMutation({
    mutationFn: (input: OfficeSetup) => api.request('office.save', input),
  });

  useEffect(() => {
    if (formState.isDirty) setSaved(false);
  }, [formState.isDirty]);

  const errorKey = (name: Path<OfficeFormValues>) => validationKey(getFieldState(name, formState).error?.message);

  const onSubmit = handleSubmit(async (values) => {
    if (save.isPending) return;
    setFailure(null);
    setSaved(false);
    try {
      const office = await save.mutateAsync(values);
      reset(officeToFormValues(office));
      setSaved(true);
      onSaved(office);
    } catch (error) {
      const appError = error instanceof ApiError ? error.error : { code: 'errors.internal' as const };
      setFailure(appError.code);
      // Put main's field messages beside the fields; the input itself stays as typed.
      for (const detail of appError.details ?? []) {
        const path = toFormPath(detail.path);
        if (path) setError(path, { type: 'server', message: detail.message });
      }
      requestFocus();
    }
  }, requestFocus);

  const textField = (name: TextFieldName, label: string, extra: { placeholder?: string; hint?: string } = {}) => (
    <TextField
      id={`office-${name}`}
      label={label}
      hint={extra.hint}
      placeholder={extra.placeholder}
      autoComplete="off"
      errorKey={errorKey(name)}
      registration={register(name)}
    />
  );

  const provinceErrorKey = errorKey('provinceCode');

  return (
    <FormProvider {...form}>
      <form ref={formRef} className="office-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <section className="form-section" aria-labelledby="office-section-area">
          <h2 id="office-section-area">{t('office.form.sectionArea')}</h2>

          <fieldset className="radio-group" aria-describedby="office-mode-hint">
            <legend>{t('office.form.mode.legend')}</legend>
            <div className="radio-options">
              <div className="radio-option">
                <input id="office-mode-office" type="radio" value="office" {...register('mode')} />
                <label htmlFor="office-mode-office">{t('office.form.mode.office')}</label>
              </div>
              <div className="radio-option">
                <input id="office-mode-province" type="radio" value="province" {...register('mode')} />
                <label htmlFor="office-mode-province">{t('office.form.mode.province')}</label>
              </div>
            </div>
            <p id="office-mode-hint" className="field-hint">
              {t('office.form.mode.hint')}
            </p>
          </fieldset>

          <div className="field">
            <label htmlFor="office-provinceCode">{t('office.form.province.label')}</label>
            <Controller
              control={form.control}
              name="provinceCode"
              render={({ field }) => (
                <select
                  id="office-provinceCode"
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onBlur={field.onBlur}
                  onChange={(event) => {
                    field.onChange(event.target.value);
                    // Units of another province no longer apply.
                    setValue('area', emptyArea(getValues('area').kind), { shouldDirty: true });
                    clearErrors('area');
                  }}
                  aria-required="true"
                  aria-invalid={provinceErrorKey ? true : undefined}
                  aria-describedby={describedBy(provinceErrorKey && 'office-provinceCode-error')}
                >
                  <option value="">{t('office.form.province.choose')}</option>
                  {(provinces.data ?? []).map((p) => (
                    <option key={p.code} value={p.code}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            />
            <FieldError id="office-provinceCode-error" messageKey={provinceErrorKey} />
            {provinces.isError && <ErrorAlert code={errorCode(provinces.error)} />}
          </div>

          <AreaFields />
        </section>

        <section className="form-section" aria-labelledby="office-section-documents">
          <h2 id="office-section-documents">{t('office.form.sectionDocuments')}</h2>
          {textField('name', t('office.form.name.label'), {
            placeholder: t('office.form.name.placeholder'),
            hint: t('office.form.name.hint'),
          })}
          {textField('parentAgency', t('office.form.parentAgency.label'), {
            placeholder: t('office.form.parentAgency.placeholder'),
          })}
          {textField('receiver', t('office.form.receiver.label'), {
            placeholder: t('office.form.receiver.placeholder'),
          })}
          {textField('placeName', t('office.form.placeName.label'), {
            placeholder: t('office.form.placeName.placeholder'),
            hint: t('office.form.placeName.hint'),
          })}
        </section>

        <section className="form-section" aria-labelledby="office-section-signatures">
          <h2 id="office-section-signatures">{t('office.form.sectionSignatures')}</h2>
          {textField('headTitle', t('office.form.headTitle.label'), { hint: t('office.form.headTitle.hint') })}
          {textField('headName', t('office.form.headName.label'))}
          {textField('preparerName', t('office.form.preparerName.label'), {
            hint: t('office.form.preparerName.hint'),
          })}
        </section>

        {failure && <ErrorAlert code={failure} lead={t('office.form.saveFailed')} />}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={save.isPending ? true : undefined}>
            {submitLabel}
          </button>
          <span role="status" className="form-status">
            {save.isPending && t('office.form.saving')}
            {saved && savedMessage && <span className="notice-success">{savedMessage}</span>}
          </span>
        </div>
      </form>
      {guardUnsaved && <UnsavedChangesGuard when={formState.isDirty && !save.isPending} />}
    </FormProvider>
  );
}
