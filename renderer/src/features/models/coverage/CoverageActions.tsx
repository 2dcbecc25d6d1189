import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../../api/ApiProvider';
import { printDocument, saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { useDocumentOutput } from '../../../api/useDocumentOutput';
import { coveragePrintPath } from '../printPaths';
import type { CoverageYears } from './coverageYears';
import { ErrorAlert } from '../../../ui/ErrorAlert';

const fileName = 'ket-qua-trien-khai-cac-mo-hinh';

/** "In" (a PDF in Electron, the print page in a new tab in browser mode), "Xem bản in" and "Xuất Excel". */
export function CoverageActions({ years }: { years: CoverageYears }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const route = coveragePrintPath(years);

  const { busy, failed, printSaved, excelSaved, print, excel } = useDocumentOutput({
    print: () => printDocument(api, { route, fileName: `${fileName}_${years.fromYear}-${years.year}.pdf`, landscape: true }),
    excel: async () => saveFile(api, await api.request('models.coverageExcel', years)),
  });

  return (
    <div className="coverage-actions">
      <div className="coverage-actions__buttons" role="group" aria-label={t('models.coverage.actions.label')}>
        <button type="button" className="button" onClick={print} disabled={busy}>
          {t('models.coverage.actions.print')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void navigate(route)} disabled={busy}>
          {t('print.view')}
        </button>
        <button type="button" className="button button-secondary" onClick={excel} disabled={busy}>
          {t('models.coverage.actions.excel')}
        </button>
      </div>
      <div className="coverage-actions__status" role="status">
        {busy && t('models.coverage.actions.working')}
        {printSaved && t('models.coverage.actions.printSaved')}
        {excelSaved && t('models.coverage.actions.excelSaved')}
      </div>
      {failed && <ErrorAlert code={errorCode(failed)} />}
    </div>
  );
}
