import { useTranslation } from 'react-i18next';
import { rolloutStatuses, type RolloutStatus } from '../../../../../shared/codes/models';
import { formatDate, formatDateTime, formatMoney } from '../../../../../shared/format';
import type { RolloutChange } from '../../../../../shared/models';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Dialog } from '../../children/Dialog';
import { useModelLabels, type ModelLabels } from '../labels';
import { useRolloutHistory } from './queries';

type Change = RolloutChange['changes'][number];

const isStatus = (value: unknown): value is RolloutStatus => rolloutStatuses.some((status) => status === value);

/** A field's value as the table shows it: statuses by name, dates dd/mm/yyyy, money in đồng. */
function shown(field: Change['field'], value: Change['from'], labels: ModelLabels, empty: string): string {
  if (value === null || value === '') return empty;
  if (field === 'status' && isStatus(value)) return labels.status(value);
  if ((field === 'startDate' || field === 'endDate') && typeof value === 'string') return formatDate(value);
  if (field === 'budget' && typeof value === 'number') return formatMoney(value);
  return String(value);
}

interface RolloutHistoryDialogProps {
  rolloutId: string;
  unitName: string;
  year: number;
  onClose: () => void;
}

/** "Lịch sử": every save of a rollout in the order main gives (newest first), each changed field from → to. */
export function RolloutHistoryDialog({ rolloutId, unitName, year, onClose }: RolloutHistoryDialogProps) {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const history = useRolloutHistory(rolloutId);
  const empty = t('models.rollouts.history.empty');
  // Main answers newest first (ties by id); shown as it comes.
  const entries = history.data ?? [];

  return (
    <Dialog title={t('models.rollouts.history.title', { unit: unitName, year })} onClose={onClose} wide>
      {history.isPending && <p role="status">{t('models.common.loading')}</p>}
      {history.error && <ErrorAlert code={errorCode(history.error)} lead={t('models.rollouts.history.loadFailed')} />}
      {history.data && entries.length === 0 && <p>{t('models.rollouts.history.none')}</p>}
      {entries.length > 0 && (
        <ol className="models-history">
          {entries.map((entry) => (
            <li key={entry.id}>
              <strong>
                {formatDateTime(entry.at)} — {entry.kind === 'created' ? t('models.rollouts.history.created') : t('models.rollouts.history.updated')}
              </strong>
              <ul>
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {t('models.rollouts.history.change', {
                      field: t(`models.rollouts.fields.${change.field}`), // i18n-dynamic: models.rollouts.fields.
                      from: shown(change.field, change.from, labels, empty),
                      to: shown(change.field, change.to, labels, empty),
                    })}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('models.common.close')}
        </button>
      </div>
    </Dialog>
  );
}
