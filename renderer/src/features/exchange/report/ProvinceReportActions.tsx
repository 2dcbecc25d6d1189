import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../../api/ApiProvider';
import { printDocument, saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { useDocumentOutput } from '../../../api/useDocumentOutput';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { provinceReportPrintPath } from '../paths';
import type { Period } from './periods';

// The same name as main gives the Excel file: Bao-cao-toan-tinh_<from>_<to>.xlsx.
const fileName = 'Bao-cao-toan-tinh';

/** "In (A4)" (a landscape PDF in Electron, the print page in browser mode), "Xem bản in" and "Xuất Excel". */
export function ProvinceReportActions({ period, disabled }: { period: Period; disabled: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const route = provinceReportPrintPath(period);

  const { busy, failed, printSaved, excelSaved, print, excel } = useDocumentOutput({
    print: () => printDocument(api, { route, fileName: `${fileName}_${period.from}_${period.to}.pdf`, landscape: true }),
    excel: async () => saveFile(api, await api.request('exchange.provinceReportExcel', period)),
  });
  const off = busy || disabled;

  return (
    <div className="province-report-actions">
      <div className="province-report-actions__buttons" role="group" aria-label={t('provinceReport.actions.label')}>
        <button type="button" className="button" onClick={print} disabled={off}>
          {t('provinceReport.actions.print')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void navigate(route)} disabled={off}>
          {t('print.view')}
        </button>
        <button type="button" className="button button-secondary" onClick={excel} disabled={off}>
          {t('provinceReport.actions.excel')}
        </button>
      </div>
      <div className="province-report-actions__status" role="status">
        {busy && t('provinceReport.actions.working')}
        {printSaved && t('provinceReport.actions.printSaved')}
        {excelSaved && t('provinceReport.actions.excelSaved')}
      </div>
      {failed && <ErrorAlert code={errorCode(failed)} />}
    </div>
  );
}
