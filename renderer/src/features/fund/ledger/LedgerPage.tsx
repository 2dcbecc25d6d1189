import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerAsset } from '../../../../../shared/codes/fund';
import type { LedgerLine, PotInfo } from '../../../../../shared/fund';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { todayIso } from '../../children/age';
import { useFundLabels } from '../labels';
import { useFundOverview } from '../overview/queries';
import { LedgerTable } from './LedgerTable';
import { PeriodFields, yearPeriod, type Period } from './PeriodFields';
import { useLedger } from './queries';
import { ReverseDialog } from './ReverseDialog';

/** The pots a ledger can be narrowed to: those the overview knows, cash and goods alike. */
function knownPots(cash: readonly PotInfo[], goods: readonly PotInfo[]): PotInfo[] {
  const byKey = new Map<string, PotInfo>();
  for (const pot of [...cash, ...goods]) if (!byKey.has(pot.key)) byKey.set(pot.key, pot);
  return [...byKey.values()];
}

/** Sổ quỹ: every posting of a period with its running balance, for cash or goods, the whole fund or one pot. */
export function LedgerPage() {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const [period, setPeriod] = useState<Period>(() => yearPeriod(todayIso()));
  const [asset, setAsset] = useState<LedgerAsset>('cash');
  const [pot, setPot] = useState('');
  const [reversing, setReversing] = useState<LedgerLine | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const overview = useFundOverview();
  const ledger = useLedger({ from: period.from, to: period.to, asset, pot: pot === '' ? null : pot });
  const pots = useMemo(
    () => (overview.data ? knownPots(overview.data.cash.pots, overview.data.goods.lots.map((lot) => lot.earmark)) : []),
    [overview.data],
  );
  const onReverse = useCallback((line: LedgerLine) => {
    setDone(null);
    setReversing(line);
  }, []);

  return (
    <div className="fund-ledger">
      <h2>{t('fund.ledger.title')}</h2>
      <div className="children-filters fund-filters">
        <PeriodFields idPrefix="fund-ledger" period={period} onChange={setPeriod} />
        <div className="field">
          <label htmlFor="fund-ledger-asset">{t('fund.ledger.asset')}</label>
          <select id="fund-ledger-asset" value={asset} onChange={(event) => setAsset(event.target.value === 'goods' ? 'goods' : 'cash')}>
            <option value="cash">{t('fund.ledger.cash')}</option>
            <option value="goods">{t('fund.ledger.goods')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="fund-ledger-pot">{t('fund.ledger.pot')}</label>
          <select id="fund-ledger-pot" value={pot} onChange={(event) => setPot(event.target.value)}>
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
