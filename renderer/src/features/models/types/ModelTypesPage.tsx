import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../../shared/errors';
import type { ModelType } from '../../../../../shared/models';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useModelTypes } from '../common/queries';
import { useModelLabels } from '../labels';
import { ModelTypeDialog } from './ModelTypeDialog';
import { useUpdateModelType } from './queries';
import { TargetsSection } from './TargetsSection';

type Open = { kind: 'create' } | { kind: 'rename'; type: ModelType } | null;

/** The models the office works with: the shipped ones and its own (added, renamed, archived), and its yearly targets. */
export function ModelTypesPage() {
  const { t } = useTranslation();
  const types = useModelTypes();
  const update = useUpdateModelType();
  const labels = useModelLabels();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);

  const start = (next: Open) => {
    setDone(null);
    setFailure(null);
    setOpen(next);
  };

  const setArchived = (type: ModelType, archived: boolean) => {
    if (update.isPending || type.name === null) return;
    setDone(null);
    setFailure(null);
    const name = type.name;
    update.mutate(
      { id: type.id, name, archived },
      {
        onSuccess: () => setDone(archived ? t('models.types.archivedDone', { name }) : t('models.types.restoredDone', { name })),
        onError: (caught) => setFailure(errorCode(caught)),
      },
    );
  };

  return (
    <div className="models-types">
      <section className="models-section" aria-labelledby="models-types-title">
        <div className="children-header">
          <h2 id="models-types-title">{t('models.types.title')}</h2>
          <div className="children-actions">
            <button type="button" className="button" onClick={() => start({ kind: 'create' })}>
              {t('models.types.create')}
            </button>
          </div>
        </div>
        <p className="field-hint">{t('models.types.intro')}</p>
        <p role="status" className="form-status">
          {done && <span className="notice-success models-done">{done}</span>}
        </p>
        {failure && <ErrorAlert code={failure} lead={t('models.types.saveFailed')} />}
        {types.isPending && <p role="status">{t('models.common.loading')}</p>}
        {types.error && <ErrorAlert code={errorCode(types.error)} lead={t('models.types.loadFailed')} />}
        {types.data && (
          <div className="models-table-scroll">
            <table className="data-table models-table">
              <caption className="visually-hidden">{t('models.types.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('models.types.name')}</th>
                  <th scope="col">{t('models.types.state')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('models.common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {types.data.map((type) => {
                  const name = labels.modelType(type);
                  return (
                    <tr key={type.id} className={type.archived ? 'models-archived' : undefined}>
                      <th scope="row">
                        {name}
                        {type.builtin && ' '}
                        {type.builtin && <span className="models-badge">{t('models.types.builtin')}</span>}
                      </th>
                      <td>{type.archived ? t('models.types.archived') : t('models.types.inUse')}</td>
                      <td>
                        {type.builtin === null && (
                          <div className="models-row-actions">
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              aria-label={t('models.types.renameFor', { name })}
                              onClick={() => start({ kind: 'rename', type })}
                            >
                              {t('models.types.rename')}
                            </button>
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              aria-label={type.archived ? t('models.types.restoreFor', { name }) : t('models.types.archiveFor', { name })}
                              onClick={() => setArchived(type, !type.archived)}
                            >
                              {type.archived ? t('models.types.restore') : t('models.types.archive')}
                            </button>
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {types.data && <TargetsSection types={types.data.filter((type) => !type.archived)} />}
      {open && (
        <ModelTypeDialog
          type={open.kind === 'rename' ? open.type : undefined}
          onClose={() => setOpen(null)}
          onSaved={(name) => {
            setOpen(null);
            setDone(t('models.types.saved', { name }));
          }}
        />
      )}
    </div>
  );
}
