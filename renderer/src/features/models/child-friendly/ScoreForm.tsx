import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { childFriendlyResult, communeClasses, type CommuneClass } from '../../../../../shared/codes/models';
import type { ErrorCode } from '../../../../../shared/errors';
import type { ChildFriendlyScore } from '../../../../../shared/models';
import { childFriendlyScoreInputSchema } from '../../../../../shared/schemas/models';
import { DialogButtons } from '../../../ui/DialogButtons';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FieldError } from '../../../ui/FieldError';
import { wholeNumberForSchema } from '../../../ui/schemaInput';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { withChecks } from '../../../ui/withChecks';
import { todayIso } from '../../children/age';
import { describedBy } from '../../../ui/describedBy';
import { dateForField, dateForSchema, messageKey } from '../../children/dateText';
import { DateInput, Select, TextArea, TextInput } from '../../children/fields';
import { convertingResolver } from '../../children/formResolver';
import { refusalOnFields } from '../common/refusal';
import { useAreaUnits } from '../common/queries';
import { defaultDateIn } from '../common/year';
import { useModelLabels } from '../labels';
import { useSaveScore } from './queries';
import { useChildFriendlyResultText } from './resultText';

type ScoreInput = z.output<typeof childFriendlyScoreInputSchema>;

interface ScoreValues {
  unitId: string;
  communeClass: CommuneClass | '';
  assessedOn: string;
  scores: string[];
  note: string;
}

const fieldsFor = (criteriaCount: number): Path<ScoreValues>[] => [
  'unitId',
  'communeClass',
  'assessedOn',
  'scores',
  ...Array.from({ length: criteriaCount }, (_, index) => `scores.${index}` as const),
  'note',
];

const valuesOf = (score: ChildFriendlyScore | undefined, unitId: string | null, year: number, criteriaCount: number): ScoreValues => ({
  unitId: score?.unitId ?? unitId ?? '',
  communeClass: score?.communeClass ?? '',
  assessedOn: dateForField(score?.assessedOn ?? defaultDateIn(year, todayIso())),
  scores: score ? score.scores.map(String) : Array.from({ length: criteriaCount }, () => ''),
  note: score?.note ?? '',
});

/** What a typed score counts for in the live result: a blank or unreadable one as 0. */
const liveScore = (text: string | undefined) => {
  const trimmed = (text ?? '').trim();
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : 0;
};

function resolverFor(year: number): Resolver<ScoreValues, unknown, ScoreInput> {
  const checked = convertingResolver(childFriendlyScoreInputSchema, (values: ScoreValues) => ({
    ...values,
    year,
    communeClass: values.communeClass === '' ? undefined : values.communeClass,
    assessedOn: dateForSchema(values.assessedOn),
    scores: values.scores.map(wholeNumberForSchema),
  }));
  return withChecks(checked as Resolver<ScoreValues, unknown, ScoreInput>, (values) =>
    values.unitId === '' ? [{ path: 'unitId', message: 'validation.required' }] : [],
  );
}

interface ScoreFormProps {
  year: number;
  /** The commune's score this year, when editing it: the commune is then fixed. */
  score?: ChildFriendlyScore;
  unitId: string | null;
  /** Communes already scored this year: a new score is only offered for the others (no silent overwrite). */
  scoredUnitIds: ReadonlySet<string>;
  criteria: string[];
  onSaved: (score: ChildFriendlyScore) => void;
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** A commune's yearly score on the 13 criteria; the result follows each typed score (childFriendlyResult). */
export function ScoreForm({ year, score, unitId, scoredUnitIds, criteria, onSaved, onCancel, onDirtyChange }: ScoreFormProps) {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const units = useAreaUnits();
  const resultText = useChildFriendlyResultText();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const save = useSaveScore();
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const defaultValues = useMemo(() => valuesOf(score, unitId, year, criteria.length), [score, unitId, year, criteria.length]);
  const fields = useMemo(() => fieldsFor(criteria.length), [criteria.length]);
  const resolver = useMemo(() => resolverFor(year), [year]);
  const { register, handleSubmit, formState, getFieldState, setError, control } = useForm<ScoreValues, unknown, ScoreInput>({
    resolver,
    defaultValues,
    shouldFocusError: false,
  });
  const error = (name: Path<ScoreValues>) => messageKey(getFieldState(name, formState).error?.message);
  const dirty = formState.isDirty;
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  const unscored = (units.data ?? []).filter((unit) => !scoredUnitIds.has(unit.id));
  const [communeClass, scores] = useWatch({ control, name: ['communeClass', 'scores'] });
  const result = communeClass ? childFriendlyResult((scores ?? []).map(liveScore), communeClass) : null;

  const submit = async (input: ScoreInput) => {
    if (save.isPending) return;
    setFailure(null);
    try {
      onSaved(await save.mutateAsync(input));
    } catch (caught) {
      setFailure(refusalOnFields({ caught, fields, setError }));
      focusFirstError();
    }
  };

  return (
    <form ref={formRef} className="models-form" noValidate onSubmit={(event) => void handleSubmit(submit, focusFirstError)(event)}>
      {score ? (
        <div className="field">
          <label htmlFor="child-friendly-unit">{t('models.childFriendly.form.unit')}</label>
          <p id="child-friendly-unit-hint" className="field-hint">
            {t('models.childFriendly.form.unitFixed')}
          </p>
          <input
            id="child-friendly-unit"
            type="text"
            readOnly
            value={score.unitName}
            aria-invalid={error('unitId') ? true : undefined}
            aria-describedby={describedBy('child-friendly-unit-hint', error('unitId') && 'child-friendly-unit-error')}
          />
          <FieldError id="child-friendly-unit-error" messageKey={error('unitId')} />
        </div>
      ) : (
        <Select
          id="child-friendly-unit"
          label={t('models.childFriendly.form.unit')}
          hint={unscored.length === 0 && units.data ? t('models.childFriendly.form.allScored') : undefined}
          errorKey={error('unitId')}
          registration={register('unitId')}
          required
        >
          <option value="">{t('models.childFriendly.form.choose')}</option>
          {unscored.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </Select>
      )}
      <Select
        id="child-friendly-class"
        label={t('models.childFriendly.form.communeClass')}
        errorKey={error('communeClass')}
        registration={register('communeClass')}
        required
      >
        <option value="">{t('models.childFriendly.form.choose')}</option>
        {communeClasses.map((code) => (
          <option key={code} value={code}>
            {labels.communeClass(code)}
          </option>
        ))}
      </Select>
      <DateInput
        id="child-friendly-assessed-on"
        label={t('models.childFriendly.form.assessedOn')}
        hint={t('models.childFriendly.form.dateHint')}
        errorKey={error('assessedOn')}
        registration={register('assessedOn')}
        required
      />
      <fieldset className="models-scores">
        <legend>{t('models.childFriendly.form.scores')}</legend>
        <p className="field-hint">{t('models.childFriendly.form.scoresHint')}</p>
        {criteria.map((text, index) => (
          <TextInput
            key={index}
            id={`child-friendly-score-${index + 1}`}
            label={`${index + 1}. ${text}`}
            inputMode="numeric"
            errorKey={error(`scores.${index}`)}
            registration={register(`scores.${index}`)}
            required
          />
        ))}
        <FieldError id="child-friendly-scores-error" messageKey={error('scores')} />
      </fieldset>
      <p className="models-result">
        <strong>{t('models.childFriendly.form.result')}:</strong>{' '}
        <span aria-live="polite" className={result?.recognised ? 'notice-success' : 'models-result-no'}>
          {result ? resultText(result) : t('models.childFriendly.form.chooseClass')}
        </span>
      </p>
      <TextArea id="child-friendly-note" label={t('models.childFriendly.form.note')} errorKey={error('note')} registration={register('note')} />
      {failure && <ErrorAlert code={failure} lead={t('models.childFriendly.form.saveFailed')} />}
      <DialogButtons cancelLabel={t('models.childFriendly.form.cancel')} onCancel={onCancel} submitLabel={t('models.childFriendly.form.save')} busy={save.isPending} />
    </form>
  );
}
