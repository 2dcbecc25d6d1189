import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CampaignDetail } from '../../../../../shared/gifts';
import { useApi } from '../../../api/ApiProvider';
import { printDocument, saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
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

  const print = useMutation({
    mutationFn: () => printDocument(api, { route: rosterPrintPath(query), fileName: `${baseName}.pdf`, landscape: true }),
  });
  const excel = useMutation({
    mutationFn: async () => saveFile(api, await api.request('gifts.rosterExcel', query)),
  });
  const busy = print.isPending || excel.isPending;
  const failed = print.error ?? excel.error;
  const run = (action: typeof print, other: typeof print) => {
    other.reset();
    action.mutate();
  };

  return (
    <div className="gift-follow-up">
      <h3>{t('giftVisit.delivery.followUp.title')}</h3>
      <p>{t('giftVisit.delivery.followUp.hint', { unit: unitName })}</p>
      <div className="gift-follow-up-buttons" role="group" aria-label={t('giftVisit.delivery.followUp.actions')}>
        <button type="button" className="button" onClick={() => run(print, excel)} disabled={busy || empty}>
          {t('giftVisit.delivery.followUp.print')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void navigate(rosterPrintPath(query))} disabled={busy || empty}>
          {t('print.view')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => run(excel, print)} disabled={busy || empty}>
          {t('giftVisit.delivery.followUp.excel')}
        </button>
      </div>
      <p role="status" className="form-status">
        {busy && t('giftVisit.delivery.followUp.working')}
        {print.data?.saved && t('giftVisit.delivery.followUp.printSaved')}
        {excel.data?.saved && t('giftVisit.delivery.followUp.excelSaved')}
      </p>
      {failed && <ErrorAlert code={errorCode(failed)} />}
    </div>
  );
}
