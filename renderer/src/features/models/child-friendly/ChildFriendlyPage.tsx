import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildFriendlyScore } from '../../../../../shared/models';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { useAreaUnits } from '../common/queries';
import { YearSelect } from '../common/YearSelect';
import { useYearParam } from '../common/useYearParam';
import { CriteriaTextsEditor } from './CriteriaTextsEditor';
import { useChildFriendlyCriteria, useChildFriendlyScores } from './queries';
import { ScoreForm } from './ScoreForm';
import { ScoreTable } from './ScoreTable';
import '../common/model-forms.css';

type Open = { unitId: string | null; score?: ChildFriendlyScore } | null;

/** Child-friendly communes of a year (?year=): each commune of the area with its score and result. */
export function ChildFriendlyPage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const units = useAreaUnits();
  const criteria = useChildFriendlyCriteria();
  const scores = useChildFriendlyScores(year);
  const [open, setOpen] = useState<Open>(null);
  const [dirty, setDirty] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const failed = units.error ?? criteria.error ?? scores.error;

  const start = (next: Open) => {
    setDone(null);
    setOpen(next);
  };

  return (
    <div className="models-section">
      <h2>{t('models.childFriendly.title')}</h2>
      <div className="models-filters">
        <YearSelect id="child-friendly-year" value={year} onChange={setYear} />
        <button type="button" className="button" onClick={() => start({ unitId: null })} disabled={!criteria.data || !scores.data}>
          {t('models.childFriendly.score')}
        </button>
      </div>
      <p role="status" className="form-status">
        {done && <span className="notice-success">{done}</span>}
      </p>
      {(units.isPending || scores.isPending) && <p role="status">{t('models.childFriendly.loading')}</p>}
      {failed && <ErrorAlert code={errorCode(failed)} lead={t('models.childFriendly.loadFailed')} />}
      {units.data && scores.data && (
        <ScoreTable
          year={year}
          units={units.data}
          scores={scores.data}
          onScore={(unitId, score) => start({ unitId, score })}
          canScore={criteria.data !== undefined}
        />
      )}
      {open && criteria.data && scores.data && (
        <FormDialog title={t('models.childFriendly.form.title', { year: String(year) })} onClose={() => setOpen(null)} dirty={dirty} wide>
          {(close) => (
            <ScoreForm
              year={year}
              score={open.score}
              unitId={open.unitId}
              scoredUnitIds={new Set(scores.data.map((scored) => scored.unitId))}
              criteria={criteria.data}
              onCancel={close}
              onDirtyChange={setDirty}
              onSaved={(saved) => {
                setOpen(null);
                setDirty(false);
                setDone(t('models.childFriendly.saved', { unit: saved.unitName }));
              }}
            />
          )}
        </FormDialog>
      )}
      {criteria.data && <CriteriaTextsEditor texts={criteria.data} />}
    </div>
  );
}
