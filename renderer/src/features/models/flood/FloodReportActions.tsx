import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiProvider';
import { printDocument, saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { useDocumentOutput } from '../../../api/useDocumentOutput';
import { floodCostPrintPath } from '../printPaths';
import { ErrorAlert } from '../../../ui/ErrorAlert';

/** "In" (a PDF in Electron, the print page in browser mode) and "Xuất Excel" of the year's cost report. */
export function FloodReportActions({ year }: { year: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const { busy, failed, printSaved, excelSaved, print, excel } = useDocumentOutput({
    print: () => printDocument(api, { route: floodCostPrintPath(year), fileName: `chi-phi-diem-giu-tre-mua-lu_${year}.pdf`, landscape: true }),
    excel: async () => saveFile(api, await api.request('models.floodCostExcel', { year })),
  });
  return (
    <div className="models-report-actions">
      <div role="group" aria-label={t('models.flood.actions.label')}>
        <button type="button" className="button" onClick={print} disabled={busy}>
          {t('models.flood.actions.print')}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={excel} disabled={busy}>
          {t('models.flood.actions.excel')}
        </button>
      </div>
      <div role="status">
        {busy && t('models.flood.actions.working')}
        {printSaved && t('models.flood.actions.printSaved')}
        {excelSaved && t('models.flood.actions.excelSaved')}
      </div>
      {failed && <ErrorAlert code={errorCode(failed)} />}
    </div>
  );
}
