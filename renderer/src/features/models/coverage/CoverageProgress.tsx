import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../../../../shared/models';
import { useModelLabels } from '../labels';
import { formatShare, targetReached } from './coverageFigures';

/** Per model: "56 / 156 xã, phường (35,9%)", a bar of the area's communes with the target marked, and the target's state. */
export function CoverageProgress({ coverage }: { coverage: Coverage }) {
  const { t, i18n } = useTranslation();
  const labels = useModelLabels();
  const total = coverage.totalCommunes;
  const percentOf = (count: number) => (total > 0 ? Math.min(100, (count / total) * 100) : 0);

  return (
    <ul className="coverage-progress" aria-label={t('models.coverage.progress.label', { year: coverage.year })}>
      {coverage.models.map((model) => {
        const name = labels.modelType(model);
        const share = t('models.coverage.share', { covered: model.covered, total, percent: formatShare(model.covered, total, i18n.language) });
        const reached = targetReached(model.covered, model.target);
        const nameId = `coverage-model-${model.modelTypeId}`;
        return (
          <li key={model.modelTypeId} className="coverage-progress__item">
            <div className="coverage-progress__head">
              <span id={nameId} className="coverage-progress__name">
                {name}
              </span>
              <span className="coverage-progress__share">{share}</span>
            </div>
            <div
              className="coverage-progress__track"
              role="progressbar"
              aria-labelledby={nameId}
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={model.covered}
              aria-valuetext={share}
            >
              <div className="coverage-progress__fill" style={{ width: `${percentOf(model.covered)}%` }} />
              {model.target !== null && (
                <div className="coverage-progress__target" style={{ left: `${percentOf(model.target)}%` }} aria-hidden="true" />
              )}
            </div>
            <p className={`coverage-progress__target-text coverage-progress__target-text--${reached === null ? 'none' : reached ? 'reached' : 'behind'}`}>
              {model.target === null
                ? t('models.coverage.target.none')
                : reached
                  ? t('models.coverage.target.reached', { target: model.target })
                  : t('models.coverage.target.behind', { target: model.target })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
