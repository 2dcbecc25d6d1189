import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CriteriaEditor } from './CriteriaEditor';
import { HouseholdsView } from './HouseholdsView';
import { YearSelect } from '../common/YearSelect';
import { useYearParam } from './yearParam';
import { RollupView } from './RollupView';
import './model-forms.css';

const views = ['households', 'rollup', 'criteria'] as const;
type View = (typeof views)[number];

/** Safe homes of a year (?year=): the households assessed, the roll-up per commune, the criteria list. */
export function SafeHomePage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const [params, setParams] = useSearchParams();
  const asked = params.get('view');
  const view: View = views.find((v) => v === asked) ?? 'households';
  const show = (next: View) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('view', next);
        return copy;
      },
      { replace: true },
    );

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
      {view === 'criteria' && <CriteriaEditor />}
    </div>
  );
}
