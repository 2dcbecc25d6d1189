import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { LedgerAsset } from '../../../../../shared/codes/fund';
import type { LedgerLine, PotInfo } from '../../../../../shared/fund';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FundPeriodForm } from '../common/FundPeriodForm';
import { periodInSearch, type Period } from '../common/periods';
import { useFundLabels } from '../labels';
import { useFundOverview } from '../overview/queries';
import { LedgerTable } from './LedgerTable';
import { useLedger } from './queries';
import { ReverseDialog } from './ReverseDialog';

/** The pots a ledger can be narrowed to: those the overview knows, cash and goods alike. */
function knownPots(cash: readonly PotInfo[], goods: readonly PotInfo[]): PotInfo[] {
  const byKey = new Map<string, PotInfo>();
  for (const pot of [...cash, ...goods]) if (!byKey.has(pot.key)) byKey.set(pot.key, pot);
  return [...byKey.values()];
}

interface LedgerView {
  period: Period;
  asset: LedgerAsset;
  /** A PotKey, or '' for the whole fund. */
  pot: string;
}

/** What the address says the ledger shows (?from=…&to=…&asset=goods&pot=…): cash and the whole fund unless it names others. */
function viewInSearch(search: URLSearchParams): LedgerView {
  return { period: periodInSearch(search), asset: search.get('asset') === 'goods' ? 'goods' : 'cash', pot: search.get('pot') ?? '' };
}

const searchOf = ({ period, asset, pot }: LedgerView): Record<string, string> => ({
  from: period.from,
  to: period.to,
  ...(asset === 'goods' ? { asset } : {}),
  ...(pot !== '' ? { pot } : {}),
});

/**
 * Sổ quỹ: every posting of a period with its running balance, for cash or goods, the whole fund
 * or one pot. What it shows lives in the address, so back and forward (or a child's page and
 * back) return to the same view; a new period is a step back can undo, a narrower view is not.
 */
export function LedgerPage() {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const [search, setSearch] = useSearchParams();
  const view = viewInSearch(search);
  const { period, asset, pot } = view;
  const show = (changes: Partial<LedgerView>, replace: boolean) => setSearch(searchOf({ ...view, ...changes }), { replace });
  const [reversing, setReversing] = useState<LedgerLine | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const overview = useFundOverview();
  const ledger = useLedger({ from: period.from, to: period.to, asset, pot: pot === '' ? null : pot });
  // A pot the address names that holds nothing now is still offered, named as the ledger names it.
  const named = ledger.data?.pot ?? null;
  const pots = useMemo(
    () => (overview.data ? knownPots([...overview.data.cash.pots, ...(named ? [named] : [])], overview.data.goods.lots.map((lot) => lot.earmark)) : []),
    [overview.data, named],
  );
  const onReverse = useCallback((line: LedgerLine) => {
    setDone(null);
    setReversing(line);
  }, []);

  return (
    <div className="fund-ledger">
      <h2>{t('fund.ledger.title')}</h2>
      <FundPeriodForm
        idPrefix="fund-ledger"
        legend={t('fund.ledger.period')}
        submitLabel={t('fund.ledger.show')}
        period={period}
        onApply={(next) => show({ period: next }, false)}
      />
      <div className="children-filters fund-filters">
        <div className="field">
          <label htmlFor="fund-ledger-asset">{t('fund.ledger.asset')}</label>
          <select id="fund-ledger-asset" value={asset} onChange={(event) => show({ asset: event.target.value === 'goods' ? 'goods' : 'cash' }, true)}>
            <option value="cash">{t('fund.ledger.cash')}</option>
            <option value="goods">{t('fund.ledger.goods')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="fund-ledger-pot">{t('fund.ledger.pot')}</label>
          <select id="fund-ledger-pot" value={pot} onChange={(event) => show({ pot: event.target.value }, true)}>
            <option value="">{t('fund.ledger.wholeFund')}</option>
            {pots.map((info) => (
              <option key={info.key} value={info.key}>
                {labels.pot(info)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="form-status">
        {done && <span className="notice-success fund-done">{done}</span>}
      </p>
      {ledger.isPending && <p role="status">{t('fund.layout.common.loading')}</p>}
      {ledger.error && <ErrorAlert code={errorCode(ledger.error)} lead={t('fund.ledger.loadFailed')} />}
      {ledger.data && <LedgerTable ledger={ledger.data} onReverse={onReverse} />}
      {reversing && (
        <ReverseDialog
          line={reversing}
          onCancel={() => setReversing(null)}
          onDone={(posting) => {
            setDone(t('fund.ledger.reverse.done', { seq: reversing.seq, reversal: posting.seq }));
            setReversing(null);
          }}
        />
      )}
    </div>
  );
}
