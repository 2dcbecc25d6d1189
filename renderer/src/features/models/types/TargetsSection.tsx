import { useAreaUnits } from '../common/queries';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelType } from '../../../../../shared/models';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { thisYear } from '../common/year';
import { YearSelect } from '../common/YearSelect';
import { useModelLabels } from '../labels';
import { useTargets } from './queries';
import { TargetForm } from './TargetForm';

/** How many communes of the area should have each model, year by year (the coverage page measures against it). */
export function TargetsSection({ types }: { types: readonly ModelType[] }) {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const [year, setYear] = useState(thisYear);
  const [done, setDone] = useState<string | null>(null);
  const targets = useTargets(year);
  const units = useAreaUnits();
  const targetOf = (modelTypeId: string) => targets.data?.find((target) => target.modelTypeId === modelTypeId)?.targetCommunes ?? null;

  return (
    <section className="models-section" aria-labelledby="models-targets-title">
      <h2 id="models-targets-title">{t('models.types.targets.title')}</h2>
      <div className="models-filters">
        <YearSelect
          id="models-targets-year"
          value={year}
          onChange={(next) => {
            setDone(null);
            setYear(next);
          }}
        />
      </div>
      {units.data && <p className="models-summary">{t('models.types.targets.areaCount', { count: units.data.length })}</p>}
      <p role="status" className="form-status">
        {done && <span className="notice-success models-done">{done}</span>}
      </p>
      {targets.isPending && <p role="status">{t('models.common.loading')}</p>}
      {targets.error && <ErrorAlert code={errorCode(targets.error)} lead={t('models.types.targets.loadFailed')} />}
      {targets.data && (
        <div className="models-table-scroll">
          <table className="data-table models-table">
            <caption className="visually-hidden">{t('models.types.targets.caption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('models.types.name')}</th>
                <th scope="col">{t('models.types.targets.column')}</th>
              </tr>
            </thead>
            <tbody>
              {types.map((type) => {
                const name = labels.modelType(type);
                const target = targetOf(type.id);
                return (
                  <tr key={type.id}>
                    <th scope="row">{name}</th>
                    <td>
                      <TargetForm
                        key={`${year}-${target ?? ''}`}
                        modelTypeId={type.id}
                        modelName={name}
                        year={year}
                        target={target}
                        onSaved={() => setDone(t('models.types.targets.saved', { name, year }))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
