import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { CriteriaEditor } from './CriteriaEditor';
import { HouseholdsView } from './HouseholdsView';
import { YearSelect } from '../common/YearSelect';
import { useYearParam } from '../common/useYearParam';
import { RollupView } from './RollupView';
import '../common/model-forms.css';

const views = ['households', 'rollup', 'criteria'] as const;
type View = (typeof views)[number];

/** Safe homes of a year (?year=): the households assessed, the roll-up per commune, the criteria list. */
export function SafeHomePage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const [params, setParams] = useSearchParams();
  const asked = params.get('view');
  const view: View = views.find((v) => v === asked) ?? 'households';
  // The criteria editor's unsaved edits: switching views unmounts it, so ask first (the address keeps its path, so the router's guard does not).
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState<View | null>(null);
  const go = (next: View) => {
    setEditing(false);
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('view', next);
        return copy;
      },
      { replace: true },
    );
  };
  const show = (next: View) => {
    if (next === view) return;
    if (view === 'criteria' && editing) setAsking(next);
    else go(next);
  };

  return (
    <div className="models-section">
      <h2>{t('models.safeHome.title')}</h2>
      <div className="models-filters">
        {view !== 'criteria' && <YearSelect id="safe-home-page-year" value={year} onChange={setYear} />}
        <div className="models-views" role="group" aria-label={t('models.safeHome.views.label')}>
          {views.map((v) => (
            <button
              key={v}
              type="button"
              className={v === view ? 'button' : 'button button-secondary'}
              aria-pressed={v === view}
              onClick={() => show(v)}
            >
              {t(`models.safeHome.views.${v}`) /* i18n-dynamic: models.safeHome.views. */}
            </button>
          ))}
        </div>
      </div>
      {view === 'households' && <HouseholdsView year={year} />}
      {view === 'rollup' && <RollupView year={year} />}
      {view === 'criteria' && <CriteriaEditor onDirtyChange={setEditing} />}
      {asking && (
        <ConfirmDialog
          title={t('unsaved.title')}
          text={t('unsaved.text')}
          cancelLabel={t('unsaved.stay')}
          confirmLabel={t('unsaved.leave')}
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            go(asking);
          }}
        />
      )}
    </div>
  );
}
