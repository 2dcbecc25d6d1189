import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldVietnamese } from '../../../../../shared/format';
import type { CampaignDetail, RecipientRow } from '../../../../../shared/gifts';
import type { OfficeUnit } from '../../../../../shared/units';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { CodeLabels } from '../../children/useCodeLabels';
import { recipientsQuery } from '../queries';
import { AddChildDialog } from './AddChildDialog';
import { ReasonDialog } from './ReasonDialog';
import { RecipientGiftDialog } from './RecipientGiftDialog';
import { RecipientTable, type RecipientAction } from './RecipientTable';

const searchDelayMs = 200;

type Open = { kind: 'add' } | { kind: RecipientAction; row: RecipientRow } | null;

/** The campaign's children, by commune and search, with what can be done to each. */
export function RecipientList({ campaign, units, labels }: { campaign: CampaignDetail; units: readonly OfficeUnit[]; labels: CodeLabels }) {
  const { t } = useTranslation();
  const api = useApi();
  const [unitId, setUnitId] = useState('');
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const frozen = campaign.status === 'frozen';

  useEffect(() => {
    const timer = setTimeout(() => setSearch(foldVietnamese(text).slice(0, 100)), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  const query = useMemo(
    () => ({ campaignId: campaign.id, unitId: unitId || null, statuses: [], includeRemoved, search }),
    [campaign.id, unitId, includeRemoved, search],
  );
  const recipients = useQuery({ ...recipientsQuery(api, query), placeholderData: keepPreviousData });
  const rows = recipients.data ?? [];
  const includedCount = rows.filter((row) => row.included).length;
  const filtered = unitId !== '' || search !== '';

  const onAction = useCallback((kind: RecipientAction, row: RecipientRow) => {
    setDone(null);
    setOpen({ kind, row });
  }, []);

  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };

  return (
    <section className="gift-list" aria-labelledby="gift-list-title">
      <div className="children-header">
        <h2 id="gift-list-title">{t('gifts.recipients.title')}</h2>
        <p className="children-count" role="status">
          {recipients.data && t('gifts.recipients.count', { count: includedCount })}
        </p>
        <div className="children-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setDone(null);
              setOpen({ kind: 'add' });
            }}
          >
            {t('gifts.recipients.add')}
          </button>
        </div>
      </div>

      <div className="children-filters gift-list-filters">
        <div className="field">
          <label htmlFor="gift-list-unit">{t('gifts.fields.unit')}</label>
          <select id="gift-list-unit" value={unitId} onChange={(event) => setUnitId(event.target.value)}>
            <option value="">{t('gifts.roster.wholeArea')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="gift-list-search">{t('gifts.recipients.search')}</label>
          <input
            id="gift-list-search"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="check-field">
          <input id="gift-list-removed" type="checkbox" checked={includeRemoved} onChange={(event) => setIncludeRemoved(event.target.checked)} />
          <label htmlFor="gift-list-removed">{t('gifts.recipients.showRemoved')}</label>
        </div>
      </div>

      <p role="status" className="form-status">
        {done && <span className="notice-success">{done}</span>}
      </p>
      {recipients.error && <ErrorAlert code={errorCode(recipients.error)} lead={t('gifts.recipients.loadFailed')} />}
      {recipients.isPending && !recipients.error && <p role="status">{t('gifts.common.loading')}</p>}
      {recipients.data &&
        (rows.length === 0 ? (
          <p className="children-no-match">{filtered ? t('gifts.recipients.noMatch') : t('gifts.recipients.empty')}</p>
        ) : (
          <RecipientTable
            rows={rows}
            labels={labels}
            busy={recipients.isPlaceholderData}
            onAction={onAction}
          />
        ))}

      {open?.kind === 'add' && (
        <AddChildDialog
          campaign={campaign}
          onCancel={() => setOpen(null)}
          onDone={(row) => finish(t('gifts.recipients.added', { name: row.fullName }))}
        />
      )}
      {(open?.kind === 'remove' || open?.kind === 'restore') && (
        <ReasonDialog
          campaignId={campaign.id}
          row={open.row}
          action={open.kind}
          frozen={frozen}
          onCancel={() => setOpen(null)}
          onDone={(row) =>
            finish(open.kind === 'remove' ? t('gifts.recipients.removed', { name: row.fullName }) : t('gifts.recipients.restored', { name: row.fullName }))
          }
        />
      )}
      {open?.kind === 'gift' && (
        <RecipientGiftDialog
          campaignId={campaign.id}
          row={open.row}
          frozen={frozen}
          onCancel={() => setOpen(null)}
          onDone={(row) => finish(t('gifts.recipients.giftSaved', { name: row.fullName }))}
        />
      )}
    </section>
  );
}
