import { useAreaUnits } from '../common/queries';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { safeHomeAreas, safeHomeResult } from '../../../../../shared/codes/models';
import type { ErrorCode } from '../../../../../shared/errors';
import { formatDate } from '../../../../../shared/format';
import type { SafeHomeAssessment, SafeHomeCriterion } from '../../../../../shared/models';
import { safeHomeAssessmentInputSchema, safeHomeAssessmentUpdateSchema } from '../../../../../shared/schemas/models';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { ChildPicker } from '../../children/ChildPicker';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { DateInput, Select, TextArea, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { refusalOnFields } from '../common/refusal';
import { useModelLabels } from '../labels';
import { todayIso } from '../../children/age';
import { defaultDateIn, yearChoices } from '../common/year';
import { useCreateAssessment, useUpdateAssessment } from './queries';
import { useSafeHomeResultText } from './resultText';

type AssessmentInput = z.output<typeof safeHomeAssessmentInputSchema>;

interface AssessmentValues {
  unitId: string;
  year: string;
  assessedOn: string;
  householdHead: string;
  village: string;
  address: string;
  metCriterionIds: string[];
  childInjured: boolean;
  childIds: string[];
  note: string;
}

type LinkedChild = SafeHomeAssessment['children'][number];

// Main names a ticked box 'metCriterionIds.4' and a linked child 'childIds.0': both land on their list's message.
const fields = ['unitId', 'year', 'assessedOn', 'householdHead', 'village', 'address', 'metCriterionIds', 'childIds', 'note'] as const;

function valuesOf(assessment: SafeHomeAssessment | undefined, year: number, unitId: string | null): AssessmentValues {
  if (!assessment)
    return {
      unitId: unitId ?? '',
      year: String(year),
      assessedOn: dateForField(defaultDateIn(year, todayIso())),
      householdHead: '',
      village: '',
      address: '',
      metCriterionIds: [],
      childInjured: false,
      childIds: [],
      note: '',
    };
  return {
    unitId: assessment.unitId,
    year: String(assessment.year),
    assessedOn: dateForField(assessment.assessedOn),
    householdHead: assessment.householdHead,
    village: assessment.village ?? '',
    address: assessment.address ?? '',
    metCriterionIds: assessment.metCriterionIds,
    childInjured: assessment.childInjured,
    childIds: assessment.children.map((child) => child.id),
    note: assessment.note ?? '',
  };
}

const toInput = (values: AssessmentValues) => ({ ...values, year: Number(values.year), assessedOn: dateForSchema(values.assessedOn) });
const unitChosen = (values: AssessmentValues) => (values.unitId === '' ? [{ path: 'unitId', message: 'validation.required' }] : []);

function resolverFor(assessmentId: string | undefined): Resolver<AssessmentValues, unknown, AssessmentInput> {
  const checked =
    assessmentId === undefined
      ? convertingResolver(safeHomeAssessmentInputSchema, toInput)
      : convertingResolver(safeHomeAssessmentUpdateSchema, (values: AssessmentValues) => ({ ...toInput(values), id: assessmentId }));
  return withChecks(checked as Resolver<AssessmentValues, unknown, AssessmentInput>, unitChosen);
}

interface AssessmentFormProps {
  assessment?: SafeHomeAssessment;
  criteria: SafeHomeCriterion[];
  /** The page's year and commune filter: a new assessment starts from them. */
  year: number;
  unitId: string | null;
  onSaved: (assessment: SafeHomeAssessment) => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * One household checked against the 33 criteria. The result is computed as boxes are ticked,
 * with the rule main applies (safeHomeResult); nobody types it.
 */
export function AssessmentForm({ assessment, criteria, year, unitId, onSaved, onCancel, onDirtyChange }: AssessmentFormProps) {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const units = useAreaUnits();
  const resultText = useSafeHomeResultText();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const create = useCreateAssessment();
  const update = useUpdateAssessment();
  const busy = create.isPending || update.isPending;
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [linked, setLinked] = useState<LinkedChild[]>(assessment?.children ?? []);
  const defaultValues = useMemo(() => valuesOf(assessment, year, unitId), [assessment, year, unitId]);
  const resolver = useMemo(() => resolverFor(assessment?.id), [assessment?.id]);
  const { register, handleSubmit, formState, getFieldState, setError, setValue, control } = useForm<AssessmentValues, unknown, AssessmentInput>({
    resolver,
    defaultValues,
    shouldFocusError: false,
  });
  const error = (name: Path<AssessmentValues>) => messageKey(getFieldState(name, formState).error?.message);
  const dirty = formState.isDirty;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const [met, childInjured, formYear] = useWatch({ control, name: ['metCriterionIds', 'childInjured', 'year'] });
  // A new assessment's date follows the year chosen in the form until the user types one.
  const dateTyped = formState.dirtyFields.assessedOn === true;
  useEffect(() => {
    if (assessment || dateTyped) return;
    setValue('assessedOn', dateForField(defaultDateIn(Number(formYear), todayIso())));
  }, [assessment, dateTyped, formYear, setValue]);
  const result = safeHomeResult(criteria, met ?? [], childInjured === true);
  const mandatoryTotal = criteria.filter((criterion) => criterion.mandatory).length;

  const link = (next: LinkedChild[]) => {
    setLinked(next);
    setValue(
      'childIds',
      next.map((child) => child.id),
      { shouldDirty: true },
    );
  };

  const submit = async (input: AssessmentInput) => {
    if (busy) return;
    setFailure(null);
    try {
      onSaved(assessment ? await update.mutateAsync({ ...input, id: assessment.id }) : await create.mutateAsync(input));
    } catch (caught) {
      setFailure(refusalOnFields({ caught, fields, setError }));
      focusFirstError();
    }
  };

  return (
    <form ref={formRef} className="models-form" noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
      <Select id="safe-home-unit" label={t('models.safeHome.form.unit')} errorKey={error('unitId')} registration={register('unitId')} required>
        <option value="">{t('models.safeHome.common.choose')}</option>
        {(units.data ?? []).map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </Select>
      <Select id="safe-home-year" label={t('models.safeHome.common.year')} errorKey={error('year')} registration={register('year')} required>
        {yearChoices(year).map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </Select>
      <DateInput
        id="safe-home-assessed-on"
        label={t('models.safeHome.form.assessedOn')}
        hint={t('models.safeHome.common.dateHint')}
        errorKey={error('assessedOn')}
        registration={register('assessedOn')}
        required
      />
      <TextInput id="safe-home-head" label={t('models.safeHome.form.householdHead')} errorKey={error('householdHead')} registration={register('householdHead')} required />
      <TextInput id="safe-home-village" label={t('models.safeHome.form.village')} errorKey={error('village')} registration={register('village')} />
      <TextInput id="safe-home-address" label={t('models.safeHome.form.address')} errorKey={error('address')} registration={register('address')} />

      <h3>{t('models.safeHome.form.criteria')}</h3>
      {/* One group around the six areas, so that a refusal about the ticks shows under them and focus goes to the first box. */}
      <fieldset className="models-group" aria-describedby={error('metCriterionIds') ? 'safe-home-criteria-error' : undefined}>
      {safeHomeAreas.map((area) => (
        <fieldset key={area} className="models-checklist">
          <legend>{labels.area(area)}</legend>
          {criteria
            .filter((criterion) => criterion.area === area)
            .map((criterion) => (
              <div key={criterion.id} className="check-field">
                <input id={`safe-home-criterion-${criterion.id}`} type="checkbox" value={criterion.id} {...register('metCriterionIds')} />
                <label htmlFor={`safe-home-criterion-${criterion.id}`}>
                  {`${criterion.number}. ${criterion.text}`}
                  {criterion.mandatory && ` ${t('models.safeHome.form.mandatory')}`}
                </label>
              </div>
            ))}
        </fieldset>
      ))}
        <FieldError id="safe-home-criteria-error" messageKey={error('metCriterionIds')} />
      </fieldset>
      <div className="check-field field">
        <input id="safe-home-injured" type="checkbox" {...register('childInjured')} />
        <label htmlFor="safe-home-injured">{t('models.safeHome.form.childInjured')}</label>
      </div>
      <p className="models-result">
        <strong>{t('models.safeHome.form.result')}:</strong>{' '}
        <span aria-live="polite" className={result.recognised ? 'notice-success' : 'models-result-no'}>
          {resultText(result, mandatoryTotal)}
        </span>
      </p>
      {/* The picker and the linked list as one group: a refusal about the children shows under the list and focus goes to the search box. */}
      <fieldset className="models-group" aria-describedby={error('childIds') ? 'safe-home-children-error' : undefined}>

      <ChildPicker
        idPrefix="safe-home-child"
        legend={t('models.safeHome.form.children')}
        chosen={null}
        onChoose={(child) => {
          if (child && !linked.some((other) => other.id === child.id))
            link([...linked, { id: child.id, fullName: child.fullName, birthDate: child.birthDate }]);
        }}
        summary={(child) => child.fullName}
      />
      {linked.length === 0 ? (
        <p className="field-hint">{t('models.safeHome.form.noChildren')}</p>
      ) : (
        <ul className="plain-list" aria-label={t('models.safeHome.form.linked')}>
          {linked.map((child) => (
            <li key={child.id}>
              {t('models.safeHome.form.childLine', { name: child.fullName, birthDate: formatDate(child.birthDate) })}{' '}
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('models.safeHome.form.unlinkFor', { name: child.fullName })}
                onClick={() => link(linked.filter((other) => other.id !== child.id))}
              >
                {t('models.safeHome.form.unlink')}
              </button>
            </li>
          ))}
        </ul>
      )}
        <FieldError id="safe-home-children-error" messageKey={error('childIds')} />
      </fieldset>
      <TextArea id="safe-home-note" label={t('models.safeHome.common.note')} errorKey={error('note')} registration={register('note')} />
      {failure && <ErrorAlert code={failure} lead={t('models.safeHome.common.saveFailed')} />}
      <DialogButtons
        cancelLabel={t('models.safeHome.common.cancel')}
        onCancel={onCancel}
        submitLabel={assessment ? t('models.safeHome.form.saveEdit') : t('models.safeHome.form.saveNew')}
        busy={busy}
      />
    </form>
  );
}
