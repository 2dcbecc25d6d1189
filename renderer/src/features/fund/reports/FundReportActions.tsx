import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../../api/ApiProvider';
import { printDocument, saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { useDocumentOutput } from '../../../api/useDocumentOutput';
import { fundPrintPath } from '../../../print/fund/fundPrintPath';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { FundReportKind } from '../paths';
import type { Period } from '../common/periods';
import { reportOutputs } from './reportKinds';

/**
 * "In" (a PDF in Electron, the print page in a new tab in browser mode), "Xem bản in" (the print
 * page in this window) and "Xuất Excel", for the report and period shown.
 */
export function FundReportActions({ kind, period }: { kind: FundReportKind; period: Period }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const output = reportOutputs[kind];
  const route = fundPrintPath(kind, period);

  const { busy, failed, printSaved, excelSaved, print, excel } = useDocumentOutput({
    print: () => printDocument(api, { route, fileName: `${output.fileName}_${period.from}_${period.to}.pdf`, landscape: output.landscape }),
    excel: async () => saveFile(api, await api.request(output.excel, period)),
  });

  return (
    <div className="fund-report-actions">
      <div className="fund-report-actions__buttons" role="group" aria-label={t('fund.reports.actions.label')}>
        <button type="button" className="button" onClick={print} disabled={busy}>
          {t('fund.reports.actions.print')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void navigate(route)} disabled={busy}>
          {t('print.view')}
        </button>
        <button type="button" className="button button-secondary" onClick={excel} disabled={busy}>
          {t('fund.reports.actions.excel')}
        </button>
      </div>
      <div className="fund-report-actions__status" role="status">
        {busy && t('fund.reports.actions.working')}
        {printSaved && t('fund.reports.actions.printSaved')}
        {excelSaved && t('fund.reports.actions.excelSaved')}
      </div>
      {failed && <ErrorAlert code={errorCode(failed)} />}
    </div>
  );
}
