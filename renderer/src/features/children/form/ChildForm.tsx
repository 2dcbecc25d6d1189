import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { householdStatuses, schoolLevels, sexes } from '../../../../../shared/codes/register';
import type { ErrorCode } from '../../../../../shared/errors';
import { normalizeName } from '../../../../../shared/format';
import type { DuplicateCandidate } from '../../../../../shared/register';
import { childCreateSchema, childProfileSchema, type ChildCreate, type ChildProfile } from '../../../../../shared/schemas/children';
import type { OfficeUnit } from '../../../../../shared/units';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/client';
import { describedBy } from '../../../ui/describedBy';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { UnsavedChangesGuard } from '../../office/UnsavedChangesGuard';
import { messageKey } from '../dateText';
import { DateInput, Select, TextArea, TextInput } from '../fields';
import { convertingResolver } from '../formResolver';
import { childPath } from '../paths';
import { useChildChanged } from '../queries';
import type { CodeLabels } from '../useCodeLabels';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withStartCheck } from './childhood';
import { toSchemaInput, type ChildFormValues } from './childFormValues';
import { CircumstanceFields } from './CircumstanceFields';
import { DuplicateDialog } from './DuplicateDialog';
import { GuardianFields } from './GuardianFields';

type Saved = ChildProfile | ChildCreate;

type ChildFormProps = {
  defaultValues: ChildFormValues;
  units: readonly OfficeUnit[];
  labels: CodeLabels;
  cancelTo: string;
} & ({ mode: 'create' } | { mode: 'edit'; childId: string });

const resolvers = {
  create: withStartCheck(convertingResolver(childCreateSchema, toSchemaInput) as Resolver<ChildFormValues, unknown, Saved>),
  edit: convertingResolver(childProfileSchema, toSchemaInput) as Resolver<ChildFormValues, unknown, Saved>,
};

/**
 * Create and edit a child's record. Inputs are plain and uncontrolled, so Telex/VNI
 * composition is never disturbed; names are tidied on blur and on submit only.
 */
export function ChildForm(props: ChildFormProps) {
  const { defaultValues, units, labels, cancelTo, mode } = props;
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const childChanged = useChildChanged();
  const formRef = useRef<HTMLFormElement>(null);
  const requestFocus = useFocusFirstError(formRef);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [pending, setPending] = useState<{ values: ChildCreate; candidates: DuplicateCandidate[] } | null>(null);

  const form = useForm<ChildFormValues, unknown, Saved>({
    resolver: resolvers[mode],
    defaultValues,
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, getFieldState, setError, setValue, watch } = form;
  const error = (name: Path<ChildFormValues>) => messageKey(getFieldState(name, formState).error?.message);

  // Leave for the saved record once the guard is gone.
  useEffect(() => {
    if (savedId) void navigate(childPath(savedId));
  }, [savedId, navigate]);

  const showFailure = (caught: unknown) => {
    const appError = caught instanceof ApiError ? caught.error : { code: 'errors.internal' as const, details: undefined };
    if (appError.code === 'errors.duplicatePersonalId') {
      setError('personalId', { type: 'server', message: 'errors.duplicatePersonalId' });
    } else {
      setFailure(appError.code);
      for (const detail of appError.details ?? []) {
        setError(detail.path as Path<ChildFormValues>, { type: 'server', message: detail.message });
      }
    }
    requestFocus();
  };

  const save = async (values: Saved, notDuplicateOf: string[]) => {
    const child =
      props.mode === 'create'
        ? await api.request('children.create', { ...(values as ChildCreate), notDuplicateOf })
        : await api.request('children.update', { ...values, id: props.childId });
    childChanged(child);
    setSavedId(child.id);
  };

  const run = async (work: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (caught) {
      setPending(null);
      showFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const onValid = (values: Saved) =>
    run(async () => {
      if ('memberships' in values) {
        const candidates = await api.request('children.findDuplicates', {
          id: null,
          fullName: values.fullName,
          birthDate: values.birthDate,
          personalId: values.personalId,
          guardianNames: values.guardians.map((guardian) => guardian.fullName),
        });
        if (candidates.length > 0) {
          if (candidates.some((candidate) => candidate.reason === 'samePersonalId')) {
            setError('personalId', { type: 'server', message: 'errors.duplicatePersonalId' });
          }
          setPending({ values, candidates });
          return;
        }
      }
      await save(values, []);
    });

  const fullName = register('fullName', {
    onBlur: (event: { target: { value: string } }) => {
      const tidy = normalizeName(event.target.value);
      if (tidy !== event.target.value) setValue('fullName', tidy, { shouldDirty: true });
    },
  });
  const sexError = error('sex');
  const ethnicityList = watch('ethnicityList');

  return (
    <FormProvider {...form}>
      <form ref={formRef} className="child-form" noValidate onSubmit={(event) => void handleSubmit(onValid, requestFocus)(event)}>
        <section className="form-section" aria-labelledby="child-section-identity">
          <h2 id="child-section-identity">{t('children.form.sectionIdentity')}</h2>
          <TextInput id="child-fullName" label={t('children.fields.fullName')} errorKey={error('fullName')} registration={fullName} required />
          <fieldset className="radio-group" aria-describedby={describedBy(sexError && 'child-sex-error')}>
            <legend>{t('children.fields.sex')}</legend>
            <div className="radio-options">
              {sexes.map((sex) => (
                <div className="radio-option" key={sex}>
                  <input
                    id={`child-sex-${sex}`}
                    type="radio"
                    value={sex}
                    aria-invalid={sexError ? true : undefined}
                    aria-describedby={describedBy(sexError && 'child-sex-error')}
                    {...register('sex')}
                  />
                  <label htmlFor={`child-sex-${sex}`}>{t(`codes.sex.${sex}`) /* i18n-dynamic: codes.sex. */}</label>
                </div>
              ))}
            </div>
            <FieldError id="child-sex-error" messageKey={sexError} />
          </fieldset>
          <DateInput
            id="child-birthDate"
            label={t('children.fields.birthDate')}
            hint={t('children.form.dateHint')}
            errorKey={error('birthDate')}
            registration={register('birthDate')}
            required
          />
          <Select id="child-ethnicity" label={t('children.fields.ethnicity')} errorKey={error('ethnicityCode')} registration={register('ethnicityCode')} required>
            {labels.ethnicities.map((e) => {
              const code = ethnicityList === '1979' ? e.code1979 : e.code2008;
              return (
                <option key={code} value={code}>
                  {e.name}
                </option>
              );
            })}
          </Select>
          <TextInput
            id="child-personalId"
            label={t('children.fields.personalId')}
            hint={t('children.form.personalIdHint')}
            inputMode="numeric"
            errorKey={error('personalId')}
            registration={register('personalId')}
          />
          <TextInput id="child-birthCertificateNo" label={t('children.fields.birthCertificateNo')} errorKey={error('birthCertificateNo')} registration={register('birthCertificateNo')} />
          <TextInput id="child-healthInsuranceNo" label={t('children.fields.healthInsuranceNo')} errorKey={error('healthInsuranceNo')} registration={register('healthInsuranceNo')} />
        </section>

        <section className="form-section" aria-labelledby="child-section-home">
          <h2 id="child-section-home">{t('children.form.sectionHome')}</h2>
          <Select id="child-unit" label={t('children.fields.unit')} errorKey={error('unitId')} registration={register('unitId')} required>
            <option value="">{t('children.form.chooseUnit')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </Select>
          <TextInput id="child-village" label={t('children.fields.village')} errorKey={error('village')} registration={register('village')} />
          <TextInput id="child-addressLine" label={t('children.fields.addressLine')} errorKey={error('addressLine')} registration={register('addressLine')} />
          <Select id="child-household" label={t('children.fields.householdStatus')} errorKey={error('householdStatus')} registration={register('householdStatus')} required>
            <option value="">{t('children.common.choose')}</option>
            {householdStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`codes.household.${status}`) /* i18n-dynamic: codes.household. */}
              </option>
            ))}
          </Select>
        </section>

        <section className="form-section" aria-labelledby="child-section-school">
          <h2 id="child-section-school">{t('children.form.sectionSchool')}</h2>
          <Select id="child-schoolLevel" label={t('children.fields.schoolLevel')} errorKey={error('schoolLevel')} registration={register('schoolLevel')} required>
            <option value="">{t('children.common.choose')}</option>
            {schoolLevels.map((level) => (
              <option key={level} value={level}>
                {t(`codes.school.${level}`) /* i18n-dynamic: codes.school. */}
              </option>
            ))}
          </Select>
          <TextInput id="child-schoolClass" label={t('children.fields.schoolClass')} errorKey={error('schoolClass')} registration={register('schoolClass')} />
          <TextArea id="child-healthNotes" label={t('children.fields.healthNotes')} errorKey={error('healthNotes')} registration={register('healthNotes')} />
          <TextArea id="child-disabilityNotes" label={t('children.fields.disabilityNotes')} errorKey={error('disabilityNotes')} registration={register('disabilityNotes')} />
        </section>

        <section className="form-section" aria-labelledby="child-section-guardians">
          <h2 id="child-section-guardians">{t('children.guardians.title')}</h2>
          <GuardianFields />
        </section>

        {mode === 'create' && (
          <section className="form-section" aria-labelledby="child-section-circumstances">
            <h2 id="child-section-circumstances">{t('children.form.sectionCircumstances')}</h2>
            <CircumstanceFields labels={labels} />
          </section>
        )}

        {failure && <ErrorAlert code={failure} lead={t('children.form.saveFailed')} />}
        <div className="form-actions">
          <button type="submit" className="button" aria-disabled={busy || undefined}>
            {mode === 'create' ? t('children.form.submitCreate') : t('children.form.submitEdit')}
          </button>
          <Link className="button button-secondary" to={cancelTo}>
            {t('children.common.cancel')}
          </Link>
          <span role="status" className="form-status">
            {busy && t('children.form.saving')}
          </span>
        </div>
      </form>
      {pending && (
        <DuplicateDialog
          candidates={pending.candidates}
          saving={busy}
          onBack={() => {
            setPending(null);
            requestFocus();
          }}
          onSaveAnyway={() => {
            const { values, candidates } = pending;
            void run(() => save(values, candidates.map((candidate) => candidate.id)));
          }}
        />
      )}
      <UnsavedChangesGuard when={formState.isDirty && savedId === null} />
    </FormProvider>
  );
}
