import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApi } from '../../../api/ApiProvider';
import { printDocument, saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { useDocumentOutput } from '../../../api/useDocumentOutput';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { periodSearch, type Period } from './periods';

/** The print route of the report for a period (renderer/src/print/routes.tsx). */
export const reviewPrintRoute = (period: Period): string => `/print/review${periodSearch(period)}`;

/**
 * "In" (a PDF in Electron, the print page in a new tab in browser mode), "Xem bản in" (the print
 * page in this window, whose own "In" opens the system print dialog in Electron) and "Xuất Excel".
 */
export function ReviewActions({ period }: { period: Period }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const baseName = `bao-cao-ra-soat-bien-dong_${period.from}_${period.to}`;

  const { busy, failed, printSaved, excelSaved, print, excel } = useDocumentOutput({
    print: () => printDocument(api, { route: reviewPrintRoute(period), fileName: `${baseName}.pdf`, landscape: true }),
    excel: async () => saveFile(api, await api.request('register.reviewExcel', period)),
  });

  return (
    <div className="review-actions">
      <div className="review-actions__buttons" role="group" aria-label={t('review.actions.label')}>
        <button type="button" className="button" onClick={print} disabled={busy}>
          {t('review.actions.print')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void navigate(reviewPrintRoute(period))} disabled={busy}>
          {t('print.view')}
        </button>
        <button type="button" className="button button-secondary" onClick={excel} disabled={busy}>
          {t('review.actions.excel')}
        </button>
      </div>
      <div className="review-actions__status" role="status">
        {busy && t('review.actions.working')}
        {printSaved && t('review.actions.printSaved')}
        {excelSaved && t('review.actions.excelSaved')}
      </div>
      {failed && <ErrorAlert code={errorCode(failed)} />}
    </div>
  );
}
