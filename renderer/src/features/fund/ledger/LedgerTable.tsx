import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { Ledger, LedgerLine } from '../../../../../shared/fund';
import { childPath } from '../../children/paths';
import { useFundLabels, type FundLabels } from '../labels';
import { formatQuantity } from '../overview/quantity';

/** Only gift-campaign payments and goods issues are reversed here; receipts and cases have their own actions. */
export const canReverse = (line: LedgerLine): boolean =>
  (line.source === 'campaignPayment' || line.source === 'goodsIssue') && line.reversedBySeq === null;

interface RowProps {
  line: LedgerLine;
  labels: FundLabels;
  t: TFunction;
  onReverse: (line: LedgerLine) => void;
}

function Description({ line, labels, t }: Omit<RowProps, 'onReverse'>) {
  const source =
    line.source === 'reversal' && line.reversedSource
      ? t('fund.ledger.reversalOf', { source: labels.postingSource(line.reversedSource) })
      : labels.postingSource(line.source);
  const purpose = line.source === 'supportPayment' && line.purpose ? labels.purpose(line.purpose) : null;
  // A campaign posting's reference is the campaign's name: say it once.
  const details = [...new Set([purpose, line.reference, line.donorName, line.campaignName])].filter((part): part is string => Boolean(part));
  return (
    <>
      <span className="fund-ledger-source">{source}</span>
      {details.map((part, index) => (
        <span key={index}> — {part}</span>
      ))}
      {line.childId && line.childName && (
        <>
          {' — '}
          <Link to={childPath(line.childId)}>{line.childName}</Link>
        </>
      )}
      {line.reversesSeq !== null && <div className="fund-ledger-reversal">{t('fund.ledger.reverses', { seq: line.reversesSeq, reason: line.reason ?? '' })}</div>}
    </>
  );
}

function Marks({ line, t }: Pick<RowProps, 'line' | 't'>) {
  const marks: { key: string; text: string; className: string; icon?: string }[] = [];
  if (line.reversedBySeq !== null) marks.push({ key: 'reversed', text: t('fund.ledger.reversedBy', { seq: line.reversedBySeq }), className: 'fund-mark-reversed' });
  if (line.overrideReason) marks.push({ key: 'override', text: t('fund.ledger.override', { reason: line.overrideReason }), className: 'fund-mark-override' });
  if (line.locked) marks.push({ key: 'locked', text: t('fund.ledger.locked'), className: 'fund-mark-locked', icon: '🔒' });
  if (marks.length === 0) return null;
  return (
    <ul className="fund-marks">
      {marks.map((mark) => (
        <li key={mark.key} className={mark.className}>
          {mark.icon && <span aria-hidden="true">{mark.icon} </span>}
          {mark.text}
        </li>
      ))}
    </ul>
  );
}

/** One posting. Memoised: a year's ledger has thousands of lines and a dialog opening must not redraw them. */
const LedgerRow = memo(function LedgerRow({ line, labels, t, onReverse }: RowProps) {
  const several = line.pots.length > 1;
  return (
    <tr className={line.reversedBySeq !== null || line.reversesSeq !== null ? 'fund-ledger-line fund-ledger-reversed' : 'fund-ledger-line'}>
      <th scope="row" className="number">
        {line.seq}
      </th>
      <td className="nowrap">{formatDate(line.postedOn)}</td>
      <td>
        <Description line={line} labels={labels} t={t} />
        <Marks line={line} t={t} />
      </td>
      <td>
        {line.pots.map((entry) => (
          <div key={entry.pot.key}>
            {labels.pot(entry.pot)}
            {several && `: ${formatMoney(Math.abs(entry.amount))}`}
            {entry.quantity !== null &&
              ` (${t('fund.ledger.quantity', { quantity: formatQuantity(Math.abs(entry.quantity)), goodsUnit: entry.goodsUnit ?? '' }).trim()})`}
          </div>
        ))}
      </td>
      <td className="number nowrap">{line.amount > 0 ? formatMoney(line.amount) : ''}</td>
      <td className="number nowrap">{line.amount < 0 ? formatMoney(-line.amount) : ''}</td>
      <td className={line.balance < 0 ? 'number nowrap fund-negative' : 'number nowrap'}>{formatMoney(line.balance)}</td>
      <td>
        {canReverse(line) && (
          <button type="button" className="button button-secondary button-small" aria-label={t('fund.ledger.reverse.openFor', { seq: line.seq })} onClick={() => onReverse(line)}>
            {t('fund.ledger.reverse.open')}
          </button>
        )}
      </td>
    </tr>
  );
});

/** The ledger for a period: opening balance, each posting with the balance after it, totals and closing. */
export function LedgerTable({ ledger, onReverse }: { ledger: Ledger; onReverse: (line: LedgerLine) => void }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  return (
    <div className="fund-table-scroll">
      <table className="data-table fund-table fund-ledger-table">
        <caption className="visually-hidden">{t('fund.ledger.caption', { from: formatDate(ledger.from), to: formatDate(ledger.to) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('fund.ledger.seq')}
            </th>
            <th scope="col">{t('fund.ledger.date')}</th>
            <th scope="col">{t('fund.ledger.description')}</th>
            <th scope="col">{t('fund.ledger.pot')}</th>
            <th scope="col" className="number">
              {t('fund.ledger.in')}
            </th>
            <th scope="col" className="number">
              {t('fund.ledger.out')}
            </th>
            <th scope="col" className="number">
              {t('fund.ledger.balance')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('fund.layout.common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr className="fund-total-row">
            <th scope="row" colSpan={4}>
              {t('fund.ledger.opening', { date: formatDate(ledger.from) })}
            </th>
            <td />
            <td />
            <td className="number nowrap">{formatMoney(ledger.opening)}</td>
            <td />
          </tr>
          {ledger.lines.map((line) => (
            <LedgerRow key={line.postingId} line={line} labels={labels} t={t} onReverse={onReverse} />
          ))}
          {ledger.lines.length === 0 && (
            <tr>
              <td colSpan={8}>{t('fund.ledger.empty')}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr className="fund-total-row">
            <th scope="row" colSpan={4}>
              {t('fund.ledger.closing', { date: formatDate(ledger.to) })}
            </th>
            <td className="number nowrap">{formatMoney(ledger.totalIn)}</td>
            <td className="number nowrap">{formatMoney(ledger.totalOut)}</td>
            <td className={ledger.closing < 0 ? 'number nowrap fund-negative' : 'number nowrap'}>{formatMoney(ledger.closing)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
