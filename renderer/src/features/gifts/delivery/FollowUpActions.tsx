import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CampaignDetail } from '../../../../../shared/gifts';
import { useApi } from '../../../api/ApiProvider';
import { printDocument, saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { useDocumentOutput } from '../../../api/useDocumentOutput';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { rosterPrintPath } from '../../../print/gifts/rosterPath';

interface FollowUpActionsProps {
  campaign: CampaignDetail;
  unitId: string | null;
  unitName: string;
  /** No one was absent: nothing to print. */
  empty: boolean;
}

/**
 * "Danh sách vắng mặt": the children absent at the visit, printed (A4 landscape) or to Excel for
 * a second visit. "Xem bản in" opens the print page in this window, whose "In" reaches the
 * system print dialog in Electron (where "In danh sách vắng mặt" saves a PDF).
 */
export function FollowUpActions({ campaign, unitId, unitName, empty }: FollowUpActionsProps) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const query = { campaignId: campaign.id, unitId, followUp: true };
  const baseName = `danh-sach-vang-mat_${campaign.year}_${unitId?.replace(/[^\w-]/g, '-') ?? 'toan-dia-ban'}`;

  const { busy, failed, printSaved, excelSaved, print, excel } = useDocumentOutput({
    print: () => printDocument(api, { route: rosterPrintPath(query), fileName: `${baseName}.pdf`, landscape: true }),
    excel: async () => saveFile(api, await api.request('gifts.rosterExcel', query)),
  });

  return (
    <div className="gift-follow-up">
      <h3>{t('giftVisit.delivery.followUp.title')}</h3>
      <p>{t('giftVisit.delivery.followUp.hint', { unit: unitName })}</p>
      <div className="gift-follow-up-buttons" role="group" aria-label={t('giftVisit.delivery.followUp.actions')}>
        <button type="button" className="button" onClick={print} disabled={busy || empty}>
          {t('giftVisit.delivery.followUp.print')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void navigate(rosterPrintPath(query))} disabled={busy || empty}>
          {t('print.view')}
        </button>
        <button type="button" className="button button-secondary" onClick={excel} disabled={busy || empty}>
          {t('giftVisit.delivery.followUp.excel')}
        </button>
      </div>
      <p role="status" className="form-status">
        {busy && t('giftVisit.delivery.followUp.working')}
        {printSaved && t('giftVisit.delivery.followUp.printSaved')}
        {excelSaved && t('giftVisit.delivery.followUp.excelSaved')}
      </p>
      {failed && <ErrorAlert code={errorCode(failed)} />}
    </div>
  );
}
