import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CampaignDetail } from '../../../../../shared/gifts';
import type { OfficeUnit } from '../../../../../shared/units';
import { useApi } from '../../../api/ApiProvider';
import { printDocument, saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { useDocumentOutput } from '../../../api/useDocumentOutput';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { rosterPrintPath } from '../../../print/gifts/rosterPath';
import { fileNamePart } from '../formHelpers';

/** The PDF's name: "Danh sach ky nhan - Tet Nguyen dan 2027 - Phuong Ngo Quyen.pdf". */
export function rosterFileName(campaignName: string, unitName: string | null): string {
  const parts = ['Danh sach ky nhan', fileNamePart(campaignName), fileNamePart(unitName ?? 'Toan dia ban')].filter(Boolean);
  return `${parts.join(' - ')}.pdf`;
}

/**
 * "In danh sách ký nhận", "Xem bản in" and "Xuất Excel", for one commune or the whole area. All
 * need the list frozen (the roster is the accounting evidence); until then the buttons say why
 * they wait. "Xem bản in" opens the print page in this window: in Electron "In" saves a PDF,
 * and the print page's own "In" is the way to the system print dialog.
 */
export function RosterActions({ campaign, units }: { campaign: CampaignDetail; units: readonly OfficeUnit[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const [unitId, setUnitId] = useState('');
  const frozen = campaign.status === 'frozen';
  const unit = units.find((candidate) => candidate.id === unitId) ?? null;
  const query = { campaignId: campaign.id, unitId: unit?.id ?? null, followUp: false };

  const { busy, failed, printSaved, excelSaved, print, excel } = useDocumentOutput({
    print: () => printDocument(api, { route: rosterPrintPath(query), fileName: rosterFileName(campaign.name, unit?.name ?? null), landscape: true }),
    excel: async () => saveFile(api, await api.request('gifts.rosterExcel', query)),
  });

  return (
    <section className="form-section gift-roster" aria-labelledby="gift-roster-title">
      <h2 id="gift-roster-title">{t('gifts.roster.title')}</h2>
      {!frozen && (
        <p id="gift-roster-draft" className="gift-notice">
          {t('gifts.roster.needsFrozen')}
        </p>
      )}
      <div className="gift-roster-row">
        <div className="field">
          <label htmlFor="gift-roster-unit">{t('gifts.roster.scope')}</label>
          <select id="gift-roster-unit" value={unitId} onChange={(event) => setUnitId(event.target.value)}>
            <option value="">{t('gifts.roster.wholeArea')}</option>
            {units.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <div className="gift-roster-buttons" role="group" aria-label={t('gifts.roster.title')}>
          <button
            type="button"
            className="button"
            disabled={!frozen || busy}
            aria-describedby={frozen ? undefined : 'gift-roster-draft'}
            onClick={print}
          >
            {t('gifts.roster.print')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={!frozen || busy}
            aria-describedby={frozen ? undefined : 'gift-roster-draft'}
            onClick={() => void navigate(rosterPrintPath(query))}
          >
            {t('print.view')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={!frozen || busy}
            aria-describedby={frozen ? undefined : 'gift-roster-draft'}
            onClick={excel}
          >
            {t('gifts.roster.excel')}
          </button>
        </div>
      </div>
      <p className="form-status" role="status">
        {busy && t('gifts.roster.working')}
        {printSaved && t('gifts.roster.printSaved')}
        {excelSaved && t('gifts.roster.excelSaved')}
      </p>
      {failed && <ErrorAlert code={errorCode(failed)} />}
    </section>
  );
}
