import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildDetail, Membership } from '../../../../../shared/register';
import { formatDate } from '../../../../../shared/format';
import { useChildChanged } from '../queries';
import { useCodeLabels } from '../useCodeLabels';
import { EndMembershipDialog } from './EndMembershipDialog';
import { MembershipAddForm } from './MembershipAddForm';

/** Why the child is on the register, over time: each group or at-risk entry with its period. */
export function CircumstancesTab({ child }: { child: ChildDetail }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const childChanged = useChildChanged();
  const [ending, setEnding] = useState<Membership | null>(null);
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const open = child.status !== 'left';
  const labelOf = (membership: Membership) =>
    membership.kind === 'group'
      ? labels.groupLabel(membership.code)
      : t('children.memberships.atRiskLabel', { name: labels.circumstanceName(membership.code) });
  // Current entries first, then the ended ones, each by start date.
  const memberships = [...child.memberships].sort(
    (a, b) => Number(a.endDate !== null) - Number(b.endDate !== null) || a.startDate.localeCompare(b.startDate),
  );

  return (
    <div className="circumstances">
      <h2>{t('children.memberships.title')}</h2>
      <p role="status" className="form-status">
        {done && <span className="notice-success">{done}</span>}
      </p>
      {memberships.length === 0 ? (
        <p>{t('children.memberships.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('children.memberships.group')}</th>
              <th scope="col">{t('children.memberships.subgroup')}</th>
              <th scope="col">{t('children.memberships.from')}</th>
              <th scope="col">{t('children.memberships.to')}</th>
              <th scope="col">{t('children.memberships.endReason')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('children.memberships.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {memberships.map((membership) => {
              const label = labelOf(membership);
              const endReason = membership.endReason ? t(`codes.endReason.${membership.endReason}`) : ''; // i18n-dynamic: codes.endReason.
              return (
                <tr key={membership.id}>
                  <td>{label}</td>
                  <td>{labels.circumstanceName(membership.subgroupCode)}</td>
                  <td>{formatDate(membership.startDate)}</td>
                  <td>{formatDate(membership.endDate)}</td>
                  <td>{endReason}</td>
                  <td>
                    {membership.endDate === null && open && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        aria-label={t('children.memberships.endFor', { label })}
                        onClick={() => setEnding(membership)}
                      >
                        {t('children.memberships.end')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {open &&
        (adding ? (
          <MembershipAddForm
            child={child}
            onCancel={() => setAdding(false)}
            onAdded={(saved) => {
              childChanged(saved);
              setAdding(false);
              setDone(t('children.memberships.added'));
            }}
          />
        ) : (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setDone(null);
              setAdding(true);
            }}
          >
            {t('children.memberships.add')}
          </button>
        ))}

      {ending && (
        <EndMembershipDialog
          membership={ending}
          label={labelOf(ending)}
          onCancel={() => setEnding(null)}
          onEnded={(saved) => {
            childChanged(saved);
            setEnding(null);
            setDone(t('children.memberships.ended'));
          }}
        />
      )}
    </div>
  );
}
