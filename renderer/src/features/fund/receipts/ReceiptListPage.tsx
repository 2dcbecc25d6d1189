import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { Receipt } from '../../../../../shared/fund';
import { errorCode } from '../../../api/queries';
import { matchesSearch } from '../../../lib/searchText';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FundPeriodForm } from '../common/FundPeriodForm';
import { periodInSearch, periodSearch } from '../common/periods';
import { receiptCreatePath } from '../paths';
import { CancelReceiptDialog } from './CancelReceiptDialog';
import { useReceipts } from './queries';
import { ReceiptTable } from './ReceiptTable';

/** What the receipt form leaves in the location's state after saving. */
export interface ReceiptSavedState {
  savedReceipt: { receiptNo: string; seq: number };
}

function savedReceipt(state: unknown): ReceiptSavedState['savedReceipt'] | null {
  if (typeof state !== 'object' || state === null || !('savedReceipt' in state)) return null;
  const saved = (state as ReceiptSavedState).savedReceipt;
  return typeof saved?.receiptNo === 'string' && typeof saved.seq === 'number' ? saved : null;
}

/** The fund's receipts for a period (kept in the address), searched by number or donor; each can be cancelled. */
export function ReceiptListPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const period = periodInSearch(search);
  const [text, setText] = useState('');
  const deferredText = useDeferredValue(text);
  const [cancelling, setCancelling] = useState<Receipt | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const receipts = useReceipts({ from: period.from, to: period.to, donorId: null, search: '' });
  // Searched here, not by main: a period's receipts are already loaded, and matching ignores diacritics.
  const rows = useMemo(
    () => (receipts.data ?? []).filter((receipt) => matchesSearch(`${receipt.receiptNo} ${receipt.donorName}`, deferredText)),
    [receipts.data, deferredText],
  );
  const saved = savedReceipt(location.state);
  const notice = done ?? (saved ? t('fund.receipts.savedNotice', { receiptNo: saved.receiptNo, seq: saved.seq }) : null);

  return (
    <div className="fund-receipts">
      <div className="children-header">
        <h2>{t('fund.receipts.title')}</h2>
        {receipts.data && (
          <p className="children-count" role="status">
            {t('fund.receipts.count', { count: rows.length })}
          </p>
        )}
        <div className="children-actions">
          <Link className="button" to={receiptCreatePath}>
            {t('fund.receipts.create')}
          </Link>
        </div>
      </div>
      <p role="status" className="form-status">
        {notice && <span className="notice-success fund-done">{notice}</span>}
      </p>
      <FundPeriodForm
        idPrefix="fund-receipts"
        legend={t('fund.receipts.period')}
        submitLabel={t('fund.receipts.show')}
        period={period}
        onApply={(next) => setSearch(periodSearch(next))}
      />
      <div className="children-filters fund-filters">
        <div className="field">
          <label htmlFor="fund-receipt-search">{t('fund.receipts.search')}</label>
          <input id="fund-receipt-search" type="search" autoComplete="off" spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} />
        </div>
      </div>
      {receipts.isPending && <p role="status">{t('fund.layout.common.loading')}</p>}
      {receipts.error && <ErrorAlert code={errorCode(receipts.error)} lead={t('fund.receipts.loadFailed')} />}
      {receipts.data && (rows.length === 0 ? <p>{t('fund.receipts.empty')}</p> : <ReceiptTable rows={rows} onCancel={setCancelling} />)}
      {cancelling && (
        <CancelReceiptDialog
          receipt={cancelling}
          onCancel={() => setCancelling(null)}
          onDone={(receipt) => {
            setCancelling(null);
            setDone(t('fund.receipts.cancel.done', { receiptNo: receipt.receiptNo, seq: receipt.cancelled?.postingSeq ?? '' }));
          }}
        />
      )}
    </div>
  );
}
