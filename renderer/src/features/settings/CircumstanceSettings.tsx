import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { legalGroups } from '../../../../shared/codes/groups';
import type { CircumstanceOption } from '../../../../shared/register';
import type { CircumstanceSave } from '../../../../shared/schemas/circumstances';
import { errorCode } from '../../api/queries';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useCircumstances } from '../children/queries';
import { useCodeLabels, type CodeLabels } from '../children/useCodeLabels';
import { CircumstanceOptionForm as OptionForm, useSaveCircumstance } from './CircumstanceOptionForm';
import './circumstance-settings.css';

/**
 * The office's sub-groups and at-risk options (DOMAIN.md §3): add, rename, stop or resume
 * using. The 14 legal groups are fixed by law and only head the sub-group lists.
 */
export function CircumstanceSettings() {
  const { t } = useTranslation();
  const circumstances = useCircumstances();
  const labels = useCodeLabels();
  const options = circumstances.data ?? [];

  return (
    <section className="settings-section circumstance-settings" aria-labelledby="circumstances-heading">
      <h2 id="circumstances-heading">{t('circumstances.heading')}</h2>
      <p>{t('circumstances.intro')}</p>
      {circumstances.isPending && <p>{t('circumstances.loading')}</p>}
      {/* Not role="alert": the lists load with the page, so there is no action to interrupt. */}
      {circumstances.isError && (
        <div className="alert">
          <p>
            <strong>{t('circumstances.loadFailed')} </strong>
            {t(errorCode(circumstances.error)) /* i18n-dynamic: errors. */}
          </p>
        </div>
      )}
      {circumstances.isSuccess && (
        <>
          <SubgroupList options={options.filter((o) => o.kind === 'subgroup')} labels={labels} />
          <AtRiskList options={options.filter((o) => o.kind === 'atRisk')} labels={labels} />
        </>
      )}
    </section>
  );
}

function SubgroupList({ options, labels }: { options: CircumstanceOption[]; labels: CodeLabels }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const groups = legalGroups.filter((group) => options.some((o) => o.groupCode === group.code));
  return (
    <section className="circumstance-list" aria-labelledby="circumstances-subgroups">
      <h3 id="circumstances-subgroups">{t('circumstances.subgroupsHeading')}</h3>
      {groups.length === 0 && <p>{t('circumstances.noSubgroups')}</p>}
      {groups.map((group) => (
        <section key={group.code} aria-labelledby={`circumstances-group-${group.code}`}>
          <h4 id={`circumstances-group-${group.code}`}>{labels.groupLabel(group.code)}</h4>
          <OptionRows options={options.filter((o) => o.groupCode === group.code)} labels={labels} onStatus={setStatus} />
        </section>
      ))}
      <Status text={status} />
      <OptionForm kind="subgroup" option={null} labels={labels} onStatus={setStatus} />
    </section>
  );
}

function AtRiskList({ options, labels }: { options: CircumstanceOption[]; labels: CodeLabels }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  return (
    <section className="circumstance-list" aria-labelledby="circumstances-at-risk">
      <h3 id="circumstances-at-risk">{t('circumstances.atRiskHeading')}</h3>
      {options.length === 0 && <p>{t('circumstances.noAtRisk')}</p>}
      <OptionRows options={options} labels={labels} onStatus={setStatus} />
      <Status text={status} />
      <OptionForm kind="atRisk" option={null} labels={labels} onStatus={setStatus} />
    </section>
  );
}

/** Present from the start, so that screen readers announce each new message. */
function Status({ text }: { text: string }) {
  return (
    <p role="status" className="circumstance-status">
      {text && <span className="notice-success">{text}</span>}
    </p>
  );
}

interface RowsProps {
  options: CircumstanceOption[];
  labels: CodeLabels;
  onStatus: (text: string) => void;
}

function OptionRows({ options, labels, onStatus }: RowsProps) {
  if (options.length === 0) return null;
  return (
    <ul className="circumstance-rows">
      {options.map((option) => (
        <OptionRow key={option.code} option={option} labels={labels} onStatus={onStatus} />
      ))}
    </ul>
  );
}

const saveInput = (option: CircumstanceOption, changes: Partial<CircumstanceSave>): CircumstanceSave => ({
  code: option.code,
  kind: option.kind,
  groupCode: option.groupCode,
  nameVi: option.nameVi,
  nameEn: option.nameEn,
  active: option.active,
  ...changes,
});

function OptionRow({ option, labels, onStatus }: { option: CircumstanceOption; labels: CodeLabels; onStatus: (text: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const toggle = useSaveCircumstance();
  const name = labels.optionName(option);

  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);

  const closeEditor = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  if (editing) {
    return (
      <li className="circumstance-row circumstance-row-editing">
        <OptionForm kind={option.kind} option={option} labels={labels} onStatus={onStatus} onDone={closeEditor} />
      </li>
    );
  }

  const switchActive = () => {
    if (toggle.isPending) return;
    toggle.mutate(saveInput(option, { active: !option.active }), {
      onSuccess: () =>
        onStatus(option.active ? t('circumstances.deactivated', { name }) : t('circumstances.reactivated', { name })),
    });
  };

  return (
    <li className={option.active ? 'circumstance-row' : 'circumstance-row circumstance-row-inactive'}>
      <span className="circumstance-name">
        {name}
        {!option.active && <span className="circumstance-badge">{t('circumstances.inactive')}</span>}
      </span>
      <label className="circumstance-toggle">
        <input
          type="checkbox"
          role="switch"
          checked={option.active}
          aria-label={t('circumstances.activeFor', { name })}
          aria-disabled={toggle.isPending || undefined}
          onChange={switchActive}
        />
        <span aria-hidden="true">{t('circumstances.active')}</span>
      </label>
      <button
        ref={editButton}
        type="button"
        className="button button-secondary button-small"
        aria-label={t('circumstances.editFor', { name })}
        onClick={() => setEditing(true)}
      >
        {t('circumstances.edit')}
      </button>
      {toggle.error && <ErrorAlert code={errorCode(toggle.error)} lead={t('circumstances.saveFailed')} />}
    </li>
  );
}
