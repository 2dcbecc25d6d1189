import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { MembershipKind } from '../../../../../shared/codes/register';
import { todayIso } from '../age';
import { dateForField, messageKey } from '../dateText';
import { DateInput, Select } from '../fields';
import type { CodeLabels } from '../useCodeLabels';
import { describedBy } from '../../../ui/describedBy';
import { FieldError } from '../../../ui/FieldError';
import { membershipRank, type ChildFormValues } from './childFormValues';

interface Entry {
  kind: MembershipKind;
  code: string;
  label: string;
  /** Short name for the fields that belong to it ("nhóm a", or the at-risk option). */
  short: string;
}

/**
 * Why a new child is on the register: any of the 14 groups (with sub-group and start date)
 * and any at-risk options. At least one is required.
 */
export function CircumstanceFields({ labels }: { labels: CodeLabels }) {
  const { t } = useTranslation();
  const { control, register, formState, getFieldState } = useFormContext<ChildFormValues>();
  const { fields, insert, remove } = useFieldArray({ control, name: 'memberships' });
  const atRiskCodes = labels.atRiskOptions.map((option) => option.code);
  const arrayError = formState.errors.memberships;
  const requiredKey = messageKey(arrayError?.root?.message ?? arrayError?.message);
  const errorId = 'memberships-error';

  const toggle = (entry: Entry, checked: boolean) => {
    const index = fields.findIndex((f) => f.kind === entry.kind && f.code === entry.code);
    if (!checked) {
      if (index !== -1) remove(index);
      return;
    }
    if (index !== -1) return;
    const rank = membershipRank(entry.kind, entry.code, atRiskCodes);
    const position = fields.filter((f) => membershipRank(f.kind, f.code, atRiskCodes) < rank).length;
    insert(position, { kind: entry.kind, code: entry.code, subgroupCode: '', startDate: dateForField(todayIso()), note: '' });
  };

  const renderEntry = (entry: Entry) => {
    const index = fields.findIndex((f) => f.kind === entry.kind && f.code === entry.code);
    const boxId = `membership-${entry.kind}-${entry.code}`;
    const subgroups = entry.kind === 'group' ? labels.subgroupsOf(entry.code) : [];
    const error = (name: 'subgroupCode' | 'startDate') =>
      messageKey(getFieldState(`memberships.${index}.${name}`, formState).error?.message);
    return (
      <li key={boxId}>
        <div className="check-field">
          <input
            id={boxId}
            type="checkbox"
            checked={index !== -1}
            onChange={(event) => toggle(entry, event.target.checked)}
            aria-describedby={describedBy(requiredKey && errorId)}
          />
          <label htmlFor={boxId}>{entry.label}</label>
        </div>
        {index !== -1 && (
          <div className="membership-details">
            {subgroups.length > 0 && (
              <Select
                id={`${boxId}-subgroup`}
                label={t('children.form.subgroupFor', { name: entry.short })}
                errorKey={error('subgroupCode')}
                registration={register(`memberships.${index}.subgroupCode`)}
              >
                <option value="">{t('children.common.notSpecified')}</option>
                {subgroups.map((option) => (
                  <option key={option.code} value={option.code}>
                    {labels.optionName(option)}
                  </option>
                ))}
              </Select>
            )}
            <DateInput
              id={`${boxId}-start`}
              label={t('children.form.startFor', { name: entry.short })}
              errorKey={error('startDate')}
              registration={register(`memberships.${index}.startDate`)}
              required
            />
          </div>
        )}
      </li>
    );
  };

  return (
    <div className="circumstance-fields">
      <FieldError id={errorId} messageKey={requiredKey} />
      <fieldset className="checklist">
        <legend>{t('children.form.groupsLegend')}</legend>
        <ul className="membership-choices">
          {labels.groups.map((group) =>
            renderEntry({
              kind: 'group',
              code: group.code,
              label: labels.groupLabel(group.code),
              short: t('children.form.groupShort', { letter: group.letter }),
            }),
          )}
        </ul>
      </fieldset>
      <fieldset className="checklist">
        <legend>{t('children.form.atRiskLegend')}</legend>
        <ul className="membership-choices">
          {labels.atRiskOptions.map((option) =>
            renderEntry({ kind: 'atRisk', code: option.code, label: labels.optionName(option), short: labels.optionName(option) }),
          )}
        </ul>
      </fieldset>
    </div>
  );
}
