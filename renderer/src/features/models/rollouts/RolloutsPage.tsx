import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { coveredStatuses } from '../../../../../shared/codes/models';
import type { Rollout } from '../../../../../shared/models';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ModelSelect } from '../common/ModelSelect';
import { useModelTypes, useAreaUnits } from '../common/queries';
import { yearInSearch } from '../common/year';
import { YearSelect } from '../common/YearSelect';
import { useModelLabels } from '../labels';
import { useRollouts } from './queries';
import { RolloutDialog } from './RolloutDialog';
import { RolloutHistoryDialog } from './RolloutHistoryDialog';
import { RolloutTable, type RolloutRow } from './RolloutTable';
import type { RolloutPlace } from './rolloutValues';

type Open = { kind: 'edit'; place: RolloutPlace; row: RolloutRow } | { kind: 'history'; rollout: Rollout; row: RolloutRow } | null;

/**
 * One model in every commune of the area for a year. Year and model live in the address
 * (?year=…&model=…), so back, forward and a reload show the same table.
 */
export function RolloutsPage() {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const [search, setSearch] = useSearchParams();
  const year = yearInSearch(search);
  const types = useModelTypes();
  const units = useAreaUnits();
  const wanted = search.get('model');
  const model = types.data?.find((type) => type.id === wanted) ?? types.data?.find((type) => !type.archived) ?? null;
  const rollouts = useRollouts(model?.id ?? null, year);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);

  const show = (next: { year?: number; model?: string }) => {
    setDone(null);
    setSearch((current) => {
      const params = new URLSearchParams(current);
      params.set('year', String(next.year ?? year));
      const modelId = next.model ?? model?.id;
      if (modelId) params.set('model', modelId);
      return params;
    });
  };

  const rows: RolloutRow[] = (units.data ?? []).map((unit) => ({ unit, rollout: rollouts.data?.find((rollout) => rollout.unitId === unit.id) ?? null }));
  const covered = rows.filter((row) => row.rollout !== null && coveredStatuses.includes(row.rollout.status)).length;
  const modelName = model ? labels.modelType(model) : '';
  const failed = types.error ?? units.error ?? rollouts.error;

  return (
    <div className="models-rollouts">
      <h2>{t('models.rollouts.title')}</h2>
      <div className="models-filters">
        <YearSelect id="models-rollouts-year" value={year} onChange={(next) => show({ year: next })} />
        {types.data && model && <ModelSelect id="models-rollouts-model" types={types.data} value={model.id} onChange={(next) => show({ model: next })} />}
      </div>
      <p role="status" className="form-status">
        {done && <span className="notice-success models-done">{done}</span>}
      </p>
      {failed && <ErrorAlert code={errorCode(failed)} lead={t('models.rollouts.loadFailed')} />}
      {(types.isPending || units.isPending || (model !== null && rollouts.isPending)) && !failed && <p role="status">{t('models.common.loading')}</p>}
      {units.data && rollouts.data && model && (
        <>
          <p className="models-summary">{t('models.rollouts.summary', { covered, total: units.data.length })}</p>
          <RolloutTable
            rows={rows}
            caption={t('models.rollouts.caption', { model: modelName, year })}
            onEdit={(row) => {
              setDone(null);
              setOpen({ kind: 'edit', row, place: { modelTypeId: model.id, unitId: row.unit.id, year } });
            }}
            onHistory={(row, rollout) => setOpen({ kind: 'history', row, rollout })}
          />
        </>
      )}
      {open?.kind === 'edit' && (
        <RolloutDialog
          place={open.place}
          modelName={modelName}
          unitName={open.row.unit.name}
          rollout={open.row.rollout}
          onClose={() => setOpen(null)}
          onSaved={() => {
            setOpen(null);
            setDone(t('models.rollouts.saved', { unit: open.row.unit.name, year: open.place.year }));
          }}
        />
      )}
      {open?.kind === 'history' && <RolloutHistoryDialog rolloutId={open.rollout.id} unitName={open.row.unit.name} year={open.rollout.year} onClose={() => setOpen(null)} />}
    </div>
  );
}
