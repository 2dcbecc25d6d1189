import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { safeHomeCriteriaCount } from '../../../../../shared/codes/models';
import { formatDate } from '../../../../../shared/format';
import type { SafeHomeAssessment, SafeHomeCriterion } from '../../../../../shared/models';
import { errorCode } from '../../../api/queries';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { UnitSelect } from '../common/UnitSelect';
import { useModelLabels } from '../labels';
import { AssessmentForm } from './AssessmentForm';
import { useDeleteAssessment, useSafeHomeAssessments, useSafeHomeCriteria } from './queries';
import { EditDeleteButtons } from '../../../ui/EditDeleteButtons';

type Open = { kind: 'create' } | { kind: 'edit'; assessment: SafeHomeAssessment } | null;

/** The households assessed in a year, filtered by commune (?unit=); assessed, edited and deleted here. */
export function HouseholdsView({ year }: { year: number }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') || null;
  const criteria = useSafeHomeCriteria();
  const assessments = useSafeHomeAssessments(year, unitId);
  const remove = useDeleteAssessment();
  const [open, setOpen] = useState<Open>(null);
  const [dirty, setDirty] = useState(false);
  const [deleting, setDeleting] = useState<SafeHomeAssessment | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const filter = (next: string) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === '') copy.delete('unit');
        else copy.set('unit', next);
        return copy;
      },
      { replace: true },
    );

  const start = (next: Open) => {
    setDone(null);
    remove.reset();
    setOpen(next);
  };

  return (
    <section aria-labelledby="safe-home-households">
      <h3 id="safe-home-households">{t('models.safeHome.households.title', { year })}</h3>
      <div className="models-filters">
        <UnitSelect
          id="safe-home-unit-filter"
          value={unitId ?? ''}
          onChange={filter}
          label={t('models.safeHome.households.unitFilter')}
          emptyLabel={t('models.safeHome.households.allUnits')}
        />
        <button type="button" className="button" onClick={() => start({ kind: 'create' })} disabled={!criteria.data}>
          {t('models.safeHome.households.assess')}
        </button>
      </div>
      <p role="status" className="form-status">
        {done && <span className="notice-success">{done}</span>}
      </p>
      {(assessments.isPending || criteria.isPending) && <p role="status">{t('models.safeHome.common.loading')}</p>}
      {assessments.error && <ErrorAlert code={errorCode(assessments.error)} lead={t('models.safeHome.common.loadFailed')} />}
      {criteria.error && <ErrorAlert code={errorCode(criteria.error)} lead={t('models.safeHome.common.loadFailed')} />}
      {remove.error && <ErrorAlert code={errorCode(remove.error)} lead={t('models.safeHome.households.deleteFailed')} />}
      {assessments.data &&
        criteria.data &&
        (assessments.data.length === 0 ? (
          <p>{t('models.safeHome.households.empty', { year })}</p>
        ) : (
          <AssessmentTable
            rows={assessments.data}
            criteria={criteria.data}
            onEdit={(assessment) => start({ kind: 'edit', assessment })}
            onDelete={(assessment) => {
              setDone(null);
              setDeleting(assessment);
            }}
          />
        ))}
      {open && criteria.data && (
        <FormDialog
          title={open.kind === 'create' ? t('models.safeHome.form.createTitle') : t('models.safeHome.form.editTitle')}
          onClose={() => setOpen(null)}
          dirty={dirty}
          wide
        >
          {(close) => (
            <AssessmentForm
              assessment={open.kind === 'edit' ? open.assessment : undefined}
              criteria={criteria.data}
              year={year}
              unitId={unitId}
              onCancel={close}
              onDirtyChange={setDirty}
              onSaved={(saved) => {
                setOpen(null);
                setDirty(false);
                setDone(t('models.safeHome.households.saved', { name: saved.householdHead }));
              }}
            />
          )}
        </FormDialog>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('models.safeHome.households.deleteTitle')}
          text={t('models.safeHome.households.deleteText', { name: deleting.householdHead, year: String(deleting.year) })}
          cancelLabel={t('models.safeHome.common.cancel')}
          confirmLabel={t('models.safeHome.households.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const { id, householdHead } = deleting;
            setDeleting(null);
            remove.mutate(id, { onSuccess: () => setDone(t('models.safeHome.households.deleted', { name: householdHead })) });
          }}
        />
      )}
    </section>
  );
}

interface AssessmentTableProps {
  rows: SafeHomeAssessment[];
  criteria: SafeHomeCriterion[];
  onEdit: (assessment: SafeHomeAssessment) => void;
  onDelete: (assessment: SafeHomeAssessment) => void;
}

function AssessmentTable({ rows, criteria, onEdit, onDelete }: AssessmentTableProps) {
  const { t } = useTranslation();
  const labels = useModelLabels();
  const mandatoryTotal = criteria.filter((criterion) => criterion.mandatory).length;
  return (
    <div className="models-table-scroll">
      <table className="data-table models-table">
        <caption className="visually-hidden">{t('models.safeHome.households.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('models.safeHome.households.head')}</th>
            <th scope="col">{t('models.safeHome.households.village')}</th>
            <th scope="col">{t('models.safeHome.households.unit')}</th>
            <th scope="col">{t('models.safeHome.households.assessedOn')}</th>
            <th scope="col" className="number">
              {t('models.safeHome.households.met')}
            </th>
            <th scope="col" className="number">
              {t('models.safeHome.households.mandatory')}
            </th>
            <th scope="col">{t('models.safeHome.households.injured')}</th>
            <th scope="col">{t('models.safeHome.households.result')}</th>
            <th scope="col">{t('models.safeHome.households.children')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('models.safeHome.common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.householdHead}</th>
              <td>{row.village}</td>
              <td>{row.unitName}</td>
              <td className="nowrap">{formatDate(row.assessedOn)}</td>
              <td className="number">{`${row.result.metCount}/${safeHomeCriteriaCount}`}</td>
              <td className="number">{`${mandatoryTotal - row.result.mandatoryMissing.length}/${mandatoryTotal}`}</td>
              <td>{row.childInjured ? t('models.safeHome.common.yes') : t('models.safeHome.common.no')}</td>
              <td>
                <strong>{row.result.recognised ? t('models.safeHome.households.recognised') : t('models.safeHome.households.notRecognised')}</strong>
                {row.result.reasons.map((reason) => (
                  <div key={reason} className="field-hint">
                    {labels.safeHomeRefusal(reason)}
                  </div>
                ))}
              </td>
              <td>
                {row.children.map((child) => (
                  <div key={child.id}>{child.fullName}</div>
                ))}
              </td>
              <td className="nowrap">
                <EditDeleteButtons
                  texts={{
                    edit: t('models.safeHome.households.edit'),
                    editFor: t('models.safeHome.households.editFor', { name: row.householdHead }),
                    delete: t('models.safeHome.households.delete'),
                    deleteFor: t('models.safeHome.households.deleteFor', { name: row.householdHead }),
                  }}
                  onEdit={() => onEdit(row)}
                  onDelete={() => onDelete(row)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
