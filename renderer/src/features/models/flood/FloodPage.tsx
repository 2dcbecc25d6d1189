import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FloodPoint } from '../../../../../shared/models';
import { errorCode } from '../../../api/queries';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormDialog } from '../../../ui/FormDialog';
import { YearSelect } from '../common/YearSelect';
import { useYearParam } from '../common/useYearParam';
import { FloodCostReportView } from './FloodCostReportView';
import { FloodPointForm } from './FloodPointForm';
import { FloodPointTable } from './FloodPointTable';
import { FloodReportActions } from './FloodReportActions';
import { useDeleteFloodPoint, useFloodCostReport } from './queries';
import '../common/model-forms.css';

type Open = { kind: 'create' } | { kind: 'edit'; point: FloodPoint } | null;

/** Flood-season childcare points of a year (?year=) and what they cost, printed or in Excel. */
export function FloodPage() {
  const { t } = useTranslation();
  const [year, setYear] = useYearParam();
  const report = useFloodCostReport(year);
  const remove = useDeleteFloodPoint();
  const [open, setOpen] = useState<Open>(null);
  const [dirty, setDirty] = useState(false);
  const [deleting, setDeleting] = useState<FloodPoint | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const start = (next: Open) => {
    setDone(null);
    remove.reset();
    setOpen(next);
  };

  return (
    <div className="models-section">
      <h2>{t('models.flood.title')}</h2>
      <div className="models-filters">
        <YearSelect id="flood-year" value={year} onChange={setYear} />
        <button type="button" className="button" onClick={() => start({ kind: 'create' })}>
          {t('models.flood.create')}
        </button>
      </div>
      <p role="status" className="form-status">
        {done && <span className="notice-success">{done}</span>}
      </p>
      {report.isPending && <p role="status">{t('models.flood.loading')}</p>}
      {report.error && <ErrorAlert code={errorCode(report.error)} lead={t('models.flood.loadFailed')} />}
      {remove.error && <ErrorAlert code={errorCode(remove.error)} lead={t('models.flood.deleteFailed')} />}
      {report.data &&
        (report.data.points.length === 0 ? (
          <p>{t('models.flood.empty', { year: String(year) })}</p>
        ) : (
          <>
            <FloodPointTable
              year={year}
              points={report.data.points}
              onEdit={(point) => start({ kind: 'edit', point })}
              onDelete={(point) => {
                setDone(null);
                setDeleting(point);
              }}
            />
            <FloodCostReportView report={report.data} />
            <FloodReportActions year={year} />
          </>
        ))}
      {open && (
        <FormDialog title={open.kind === 'create' ? t('models.flood.form.createTitle') : t('models.flood.form.editTitle')} onClose={() => setOpen(null)} dirty={dirty} wide>
          {(close) => (
            <FloodPointForm
              year={year}
              point={open.kind === 'edit' ? open.point : undefined}
              onCancel={close}
              onDirtyChange={setDirty}
              onSaved={(saved) => {
                setOpen(null);
                setDirty(false);
                setDone(t('models.flood.saved', { name: saved.name }));
              }}
            />
          )}
        </FormDialog>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('models.flood.deleteTitle')}
          text={t('models.flood.deleteText', { name: deleting.name, unit: deleting.unitName })}
          cancelLabel={t('models.flood.form.cancel')}
          confirmLabel={t('models.flood.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const { id, name } = deleting;
            setDeleting(null);
            remove.mutate(id, { onSuccess: () => setDone(t('models.flood.deleted', { name })) });
          }}
        />
      )}
    </div>
  );
}
