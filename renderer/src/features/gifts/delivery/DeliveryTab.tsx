import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deliveryStatuses, type DeliveryStatus } from '../../../../../shared/codes/gifts';
import type { CampaignDetail } from '../../../../../shared/gifts';
import { errorCode } from '../../../api/queries';
import { foldForSearch } from '../../../lib/searchText';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { todayIso } from '../../children/age';
import { useOfficeUnits } from '../../children/queries';
import { useRecipients } from '../queries';
import { AllReceivedDialog } from './AllReceivedDialog';
import { defaultDeliveryDate } from './deliveryDate';
import { DeliveryTable } from './DeliveryTable';
import { FollowUpActions } from './FollowUpActions';
import { useGiftVisitLabels } from './labels';
import { MarkPanel, markStatusFieldId } from './MarkPanel';
import '../../office/office-form.css';
import '../../children/children.css';
import './delivery.css';

type View = 'all' | 'absent';

/**
 * After the visit: who received, who was absent or refused, on which day; "all received"
 * with exceptions; and the follow-up list of those absent. Only a frozen list is delivered.
 */
export function DeliveryTab({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  if (campaign.status === 'draft') {
    return (
      <section className="gift-delivery" aria-labelledby="gift-delivery-title">
        <h2 id="gift-delivery-title">{t('giftVisit.delivery.title')}</h2>
        <p className="gift-delivery-notice">{t('giftVisit.delivery.draftNotice')}</p>
      </section>
    );
  }
  return <FrozenDelivery campaign={campaign} />;
}

function FrozenDelivery({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const labels = useGiftVisitLabels();
  const units = useOfficeUnits();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [view, setView] = useState<View>('all');
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const [search, setSearch] = useState('');
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: '', ids: new Set() });
  const [allReceived, setAllReceived] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // The day of the visit: offered by the bar and by "Tất cả đã nhận…", it follows the last one recorded.
  const [visitDay, setVisitDay] = useState(() => defaultDeliveryDate(campaign, todayIso()));

  const statuses: DeliveryStatus[] = view === 'absent' ? ['absent'] : status === '' ? [] : [status];
  const query = { campaignId: campaign.id, unitId, statuses, includeRemoved: false, search: '' };
  const queryKey = JSON.stringify(query);
  const recipients = useRecipients(query);
  const rows = useMemo(() => recipients.data ?? [], [recipients.data]);
  // Folded once per list, not once per name per keystroke: a whole area is thousands of names.
  const folded = useMemo(() => rows.map((row) => foldForSearch(row.fullName)), [rows]);
  const shown = useMemo(() => {
    const wanted = foldForSearch(search);
    return wanted === '' ? rows : rows.filter((_, index) => folded[index]?.includes(wanted));
  }, [rows, folded, search]);
  const footerRef = useRef<HTMLDivElement>(null);

  // A selection belongs to the list it was made in; another commune or view starts afresh.
  const selected = useMemo(() => {
    if (selection.key !== queryKey) return new Set<string>();
    const present = new Set(rows.map((row) => row.id));
    return new Set([...selection.ids].filter((id) => present.has(id)));
  }, [selection, queryKey, rows]);
  const select = (ids: ReadonlySet<string>) => setSelection({ key: queryKey, ids });
  const unitName = unitId === null ? t('giftVisit.delivery.allUnits') : (units.data?.find((unit) => unit.id === unitId)?.name ?? unitId);
  const counts = campaign.statusCounts;
  const finish = (message: string, date: string | null) => {
    select(new Set());
    setDone(message);
    if (date !== null) setVisitDay(date);
  };

  return (
    <section className="gift-delivery" aria-labelledby="gift-delivery-title">
      <h2 id="gift-delivery-title">{t('giftVisit.delivery.title')}</h2>
      <p className="gift-delivery-counts">
        {deliveryStatuses.map((code) => (
          <span key={code}>
            {labels.status(code)}: <strong>{counts[code].toLocaleString('vi-VN')}</strong>
          </span>
        ))}
      </p>

      <div className="gift-delivery-bar" role="group" aria-label={t('giftVisit.delivery.filters')}>
        <div className="field">
          <label htmlFor="gift-delivery-unit">{t('giftVisit.delivery.unit')}</label>
          <select id="gift-delivery-unit" value={unitId ?? ''} onChange={(event) => setUnitId(event.target.value || null)}>
            <option value="">{t('giftVisit.delivery.allUnits')}</option>
            {(units.data ?? []).map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="gift-delivery-view">
          <legend>{t('giftVisit.delivery.view.label')}</legend>
          {(['all', 'absent'] as const).map((option) => (
            <label key={option}>
              <input type="radio" name="gift-delivery-view" value={option} checked={view === option} onChange={() => setView(option)} />
              {option === 'all' ? t('giftVisit.delivery.view.all') : t('giftVisit.delivery.view.absent')}
            </label>
          ))}
        </fieldset>
        {view === 'all' && (
          <div className="field">
            <label htmlFor="gift-delivery-status">{t('giftVisit.delivery.status')}</label>
            <select id="gift-delivery-status" value={status} onChange={(event) => setStatus(event.target.value as DeliveryStatus | '')}>
              <option value="">{t('giftVisit.delivery.allStatuses')}</option>
              {deliveryStatuses.map((code) => (
                <option key={code} value={code}>
                  {labels.status(code)}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="gift-delivery-search">{t('giftVisit.delivery.search')}</label>
          <input id="gift-delivery-search" type="search" autoComplete="off" value={search} onChange={(event) => setSearch(event.target.value)} />
        </div>
        {view === 'all' && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setDone(null);
              setAllReceived(true);
            }}
          >
            {t('giftVisit.delivery.allReceived.button')}
          </button>
        )}
      </div>

      {view === 'absent' && <FollowUpActions campaign={campaign} unitId={unitId} unitName={unitName} empty={rows.length === 0} />}

      {recipients.isPending && <p role="status">{t('giftVisit.delivery.loading')}</p>}
      {recipients.isError && <ErrorAlert code={errorCode(recipients.error)} />}
      {recipients.isSuccess &&
        (rows.length === 0 ? (
          <p>{view === 'absent' ? t('giftVisit.delivery.followUp.empty') : t('giftVisit.delivery.empty')}</p>
        ) : shown.length === 0 ? (
          <p>{t('giftVisit.delivery.noMatch')}</p>
        ) : (
          <>
            {/* Past a commune's hundreds of checkboxes in one step. */}
            <button type="button" className="button button-secondary button-small gift-skip" onClick={() => document.getElementById(markStatusFieldId)?.focus()}>
              {t('giftVisit.delivery.mark.skip')}
            </button>
            <DeliveryTable
              caption={view === 'absent' ? t('giftVisit.delivery.followUp.title') : t('giftVisit.delivery.tableCaption', { unit: unitName })}
              rows={shown}
              selected={selected}
              onSelect={select}
              footerRef={footerRef}
            />
          </>
        ))}

      {/* After the table and kept in view: what appears here never moves a row under the pointer. */}
      <div ref={footerRef} className="gift-delivery-footer">
        {recipients.isSuccess && rows.length > 0 && (
          <MarkPanel campaign={campaign} rows={rows.filter((row) => selected.has(row.id))} visitDay={visitDay} onDone={finish} />
        )}
        <p role="status" className="form-status">
          {done && <span className="notice-success">{done}</span>}
        </p>
      </div>

      {allReceived && (
        <AllReceivedDialog
          campaignId={campaign.id}
          unitId={unitId}
          unitName={unitName}
          period={campaign}
          visitDay={visitDay}
          onClose={() => setAllReceived(false)}
          onDone={(message, date) => {
            setAllReceived(false);
            finish(message, date);
          }}
        />
      )}
    </section>
  );
}
