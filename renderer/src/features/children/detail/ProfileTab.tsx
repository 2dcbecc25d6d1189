import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildDetail } from '../../../../../shared/register';
import { formatDate } from '../../../../../shared/format';
import { useCodeLabels } from '../useCodeLabels';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="profile-item">
      <dt>{label}</dt>
      <dd>{children === null || children === '' ? '—' : children}</dd>
    </div>
  );
}

/** The child's profile and guardians, read-only (Sửa opens the form). */
export function ProfileTab({ child }: { child: ChildDetail }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const sex = t(`codes.sex.${child.sex}`); // i18n-dynamic: codes.sex.
  const household = t(`codes.household.${child.householdStatus}`); // i18n-dynamic: codes.household.
  const school = t(`codes.school.${child.schoolLevel}`); // i18n-dynamic: codes.school.
  const leftReason = child.leftReason ? t(`codes.leaveReason.${child.leftReason}`) : ''; // i18n-dynamic: codes.leaveReason.

  return (
    <div className="profile">
      <h2>{t('children.profile.title')}</h2>
      <dl className="profile-list">
        <Item label={t('children.fields.fullName')}>{child.fullName}</Item>
        <Item label={t('children.fields.sex')}>{sex}</Item>
        <Item label={t('children.fields.birthDate')}>{formatDate(child.birthDate)}</Item>
        <Item label={t('children.fields.ethnicity')}>{labels.ethnicityName(child.ethnicityList, child.ethnicityCode)}</Item>
        <Item label={t('children.fields.personalId')}>{child.personalId}</Item>
        <Item label={t('children.fields.birthCertificateNo')}>{child.birthCertificateNo}</Item>
        <Item label={t('children.fields.healthInsuranceNo')}>{child.healthInsuranceNo}</Item>
        <Item label={t('children.fields.unit')}>{child.unitName}</Item>
        <Item label={t('children.fields.village')}>{child.village}</Item>
        <Item label={t('children.fields.addressLine')}>{child.addressLine}</Item>
        <Item label={t('children.fields.householdStatus')}>{household}</Item>
        <Item label={t('children.fields.schoolLevel')}>
          {child.schoolClass ? t('children.profile.schoolWithClass', { level: school, class: child.schoolClass }) : school}
        </Item>
        <Item label={t('children.fields.healthNotes')}>{child.healthNotes}</Item>
        <Item label={t('children.fields.disabilityNotes')}>{child.disabilityNotes}</Item>
        {child.status === 'left' && (
          <>
            <Item label={t('children.profile.leftDate')}>{formatDate(child.leftDate)}</Item>
            <Item label={t('children.profile.leftReason')}>{leftReason}</Item>
            <Item label={t('children.profile.leftNote')}>{child.leftNote}</Item>
          </>
        )}
      </dl>

      <h2>{t('children.guardians.title')}</h2>
      {child.guardians.length === 0 ? (
        <p>{t('children.guardians.none')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('children.guardians.fullName')}</th>
              <th scope="col">{t('children.guardians.relation')}</th>
              <th scope="col">{t('children.guardians.phone')}</th>
              <th scope="col">{t('children.guardians.personalId')}</th>
              <th scope="col">{t('children.guardians.livesWithChild')}</th>
            </tr>
          </thead>
          <tbody>
            {child.guardians.map((guardian) => (
              <tr key={guardian.id}>
                <td>{guardian.fullName}</td>
                <td>{guardian.relation}</td>
                <td>{guardian.phone}</td>
                <td>{guardian.personalId}</td>
                <td>{guardian.livesWithChild ? t('children.common.yes') : t('children.common.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
