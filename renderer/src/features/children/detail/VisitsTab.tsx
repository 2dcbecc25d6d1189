import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildDetail, Visit } from '../../../../../shared/register';
import { formatDate } from '../../../../../shared/format';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useChildChanged } from '../queries';
import { VisitForm } from './VisitForm';
import { EditDeleteButtons } from '../../../ui/EditDeleteButtons';

type Editing = { kind: 'new' } | { kind: 'edit'; visit: Visit } | null;

/** Thăm hỏi: the visits to the child, newest first; add, correct, delete. */
export function VisitsTab({ child }: { child: ChildDetail }) {
  const { t } = useTranslation();
  const api = useApi();
  const childChanged = useChildChanged();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Visit | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const open = child.status !== 'left';
  const visits = [...child.visits].sort((a, b) => b.visitDate.localeCompare(a.visitDate));

  const remove = useMutation({
    mutationFn: (id: string) => api.request('visits.delete', { id }),
    onSuccess: (saved) => {
      childChanged(saved);
      setDone(t('visits.deleted'));
    },
  });

  const saved = (message: string) => (updated: ChildDetail) => {
    childChanged(updated);
    setEditing(null);
    setDone(message);
  };

  return (
    <div className="visits">
      <h2>{t('visits.title')}</h2>
      <p role="status" className="form-status">
        {done && <span className="notice-success">{done}</span>}
      </p>
      {remove.error && <ErrorAlert code={errorCode(remove.error)} />}

      {open && editing?.kind !== 'new' && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setDone(null);
            setEditing({ kind: 'new' });
          }}
        >
          {t('visits.add')}
        </button>
      )}
      {editing?.kind === 'new' && (
        <VisitForm child={child} visit={null} onCancel={() => setEditing(null)} onSaved={saved(t('visits.added'))} />
      )}

      {visits.length === 0 ? (
        <p>{t('visits.none')}</p>
      ) : (
        <ol className="visit-list">
          {visits.map((visit) => {
            const date = formatDate(visit.visitDate);
            if (editing?.kind === 'edit' && editing.visit.id === visit.id) {
              return (
                <li key={visit.id}>
                  <VisitForm child={child} visit={visit} onCancel={() => setEditing(null)} onSaved={saved(t('visits.updated'))} />
                </li>
              );
            }
            return (
              <li key={visit.id} className="visit">
                <h3>{t('visits.heading', { date, visitor: visit.visitor })}</h3>
                <dl className="profile-list">
                  {visit.health && <VisitItem label={t('visits.fields.health')} text={visit.health} />}
                  {visit.schooling && <VisitItem label={t('visits.fields.schooling')} text={visit.schooling} />}
                  {visit.needs && <VisitItem label={t('visits.fields.needs')} text={visit.needs} />}
                  {visit.notes && <VisitItem label={t('visits.fields.notes')} text={visit.notes} />}
                </dl>
                {open && (
                  <div className="form-actions">
                    <EditDeleteButtons
                      texts={{
                        edit: t('visits.edit'),
                        editFor: t('visits.editFor', { date }),
                        delete: t('visits.delete'),
                        deleteFor: t('visits.deleteFor', { date }),
                      }}
                      onEdit={() => {
                        setDone(null);
                        setEditing({ kind: 'edit', visit });
                      }}
                      onDelete={() => setDeleting(visit)}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}

      {deleting && (
        <ConfirmDialog
          title={t('visits.confirmDelete.title')}
          text={t('visits.confirmDelete.text', { date: formatDate(deleting.visitDate), visitor: deleting.visitor })}
          cancelLabel={t('children.common.cancel')}
          confirmLabel={t('visits.confirmDelete.confirm')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const id = deleting.id;
            setDeleting(null);
            setDone(null);
            remove.mutate(id);
          }}
        />
      )}
    </div>
  );
}

function VisitItem({ label, text }: { label: string; text: string }) {
  return (
    <div className="profile-item">
      <dt>{label}</dt>
      <dd className="preserve-lines">{text}</dd>
    </div>
  );
}
