import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../../../shared/register';
import { formatDate } from '../../../../../shared/format';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Dialog } from '../Dialog';
import { useChild } from '../queries';
import { StatusBadge } from '../StatusBadge';
import { useCodeLabels } from '../useCodeLabels';

interface DuplicateDialogProps {
  candidates: readonly DuplicateCandidate[];
  saving: boolean;
  onBack: () => void;
  /** Saves anyway, remembering that these are other children. */
  onSaveAnyway: () => void;
}

/**
 * Children already in the register who may be this one. The same personal ID blocks;
 * a similar name with the same birth date, or the same guardian, is the user's call.
 */
export function DuplicateDialog({ candidates, saving, onBack, onSaveAnyway }: DuplicateDialogProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<string | null>(null);
  const blocked = candidates.some((candidate) => candidate.reason === 'samePersonalId');

  return (
    <Dialog title={t('duplicates.title')} onClose={onBack} wide initialFocus=".duplicate-back">
      <p>{blocked ? t('duplicates.blocked') : t('duplicates.intro', { count: candidates.length })}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('duplicates.columns.name')}</th>
            <th scope="col">{t('duplicates.columns.birthDate')}</th>
            <th scope="col">{t('duplicates.columns.unit')}</th>
            <th scope="col">{t('duplicates.columns.reason')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('duplicates.columns.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate) => (
            <tr key={candidate.id}>
              <td>{candidate.fullName}</td>
              <td>{formatDate(candidate.birthDate)}</td>
              <td>{candidate.unitName}</td>
              <td>{t(`duplicates.reason.${candidate.reason}`) /* i18n-dynamic: duplicates.reason. */}</td>
              <td>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-expanded={shown === candidate.id}
                  aria-controls="duplicate-preview"
                  aria-label={t('duplicates.openFor', { name: candidate.fullName })}
                  onClick={() => setShown(shown === candidate.id ? null : candidate.id)}
                >
                  {t('duplicates.open')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div id="duplicate-preview">{shown && <CandidatePreview id={shown} />}</div>
      <div className="dialog-actions">
        <button type="button" className="button duplicate-back" onClick={onBack}>
          {t('duplicates.back')}
        </button>
        {!blocked && (
          <button type="button" className="button button-secondary" onClick={onSaveAnyway} aria-disabled={saving || undefined}>
            {t('duplicates.saveAnyway')}
          </button>
        )}
      </div>
    </Dialog>
  );
}

/** The existing record, shown in the dialog so the form being filled in is kept. */
function CandidatePreview({ id }: { id: string }) {
  const { t } = useTranslation();
  const child = useChild(id);
  const labels = useCodeLabels();
  if (child.isPending) return <p role="status">{t('children.detail.loading')}</p>;
  if (child.isError) return <ErrorAlert code={errorCode(child.error)} />;
  const c = child.data;
  const sex = t(`codes.sex.${c.sex}`); // i18n-dynamic: codes.sex.
  const current = c.memberships.filter((m) => m.endDate === null).map((m) => labels.membershipLabel(m));
  return (
    <section className="duplicate-preview" aria-label={t('duplicates.previewLabel', { name: c.fullName })}>
      <h3>
        {c.fullName} <StatusBadge status={c.status} />
      </h3>
      <dl className="profile-list">
        <div className="profile-item">
          <dt>{t('children.fields.sex')}</dt>
          <dd>{sex}</dd>
        </div>
        <div className="profile-item">
          <dt>{t('children.fields.birthDate')}</dt>
          <dd>{formatDate(c.birthDate)}</dd>
        </div>
        <div className="profile-item">
          <dt>{t('children.fields.personalId')}</dt>
          <dd>{c.personalId ?? '—'}</dd>
        </div>
        <div className="profile-item">
          <dt>{t('children.fields.unit')}</dt>
          <dd>{[c.village, c.unitName].filter(Boolean).join(', ')}</dd>
        </div>
        <div className="profile-item">
          <dt>{t('children.guardians.title')}</dt>
          <dd>{c.guardians.map((g) => `${g.fullName} (${g.relation})`).join('; ') || '—'}</dd>
        </div>
        <div className="profile-item">
          <dt>{t('children.memberships.title')}</dt>
          <dd>{current.join('; ') || '—'}</dd>
        </div>
      </dl>
    </section>
  );
}
