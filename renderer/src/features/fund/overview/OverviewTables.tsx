import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { FundOverview } from '../../../../../shared/fund';
import { useFundLabels } from '../labels';
import { quantityWithUnit } from './quantity';

/** Cash in the fund, pot by pot: the general fund and each earmark that still holds money. */
export function CashTable({ cash }: { cash: FundOverview['cash'] }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  return (
    <div className="fund-table-scroll">
      <table className="data-table fund-table">
        <caption>{t('fund.overview.cashCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fund.overview.pot')}</th>
            <th scope="col" className="number">
              {t('fund.overview.balance')}
            </th>
          </tr>
        </thead>
        <tbody>
          {cash.pots.map((pot) => (
            <tr key={pot.key}>
              <th scope="row">{labels.pot(pot)}</th>
              <td className={pot.balance < 0 ? 'number nowrap fund-negative' : 'number nowrap'}>{formatMoney(pot.balance)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="fund-total-row">
            <th scope="row">{t('fund.overview.cashTotal')}</th>
            <td className="number nowrap">{formatMoney(cash.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Goods received in kind, lot by lot, with what is left to hand out. */
export function GoodsTable({ goods }: { goods: FundOverview['goods'] }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  if (goods.lots.length === 0) return <p>{t('fund.overview.noGoods')}</p>;
  return (
    <div className="fund-table-scroll">
      <table className="data-table fund-table">
        <caption className="visually-hidden">{t('fund.overview.goodsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fund.overview.goods')}</th>
            <th scope="col">{t('fund.overview.lotReceipt')}</th>
            <th scope="col">{t('fund.overview.lotDonor')}</th>
            <th scope="col" className="number">
              {t('fund.overview.received')}
            </th>
            <th scope="col" className="number">
              {t('fund.overview.left')}
            </th>
            <th scope="col" className="number">
              {t('fund.overview.valueLeft')}
            </th>
            <th scope="col">{t('fund.overview.earmark')}</th>
          </tr>
        </thead>
        <tbody>
          {goods.lots.map((lot) => (
            <tr key={lot.receiptId}>
              <th scope="row">{lot.description}</th>
              <td className="nowrap">
                {t('fund.overview.lotReceiptText', { receiptNo: lot.receiptNo, date: formatDate(lot.receivedOn) })}
              </td>
              <td>{lot.donorName}</td>
              <td className="number nowrap">{quantityWithUnit(lot.quantityReceived, lot.unit)}</td>
              <td className="number nowrap">{quantityWithUnit(lot.quantityLeft, lot.unit)}</td>
              <td className="number nowrap">{formatMoney(lot.valueLeft)}</td>
              <td>{labels.pot(lot.earmark)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="fund-total-row">
            <th scope="row" colSpan={5}>
              {t('fund.overview.goodsTotal')}
            </th>
            <td className="number nowrap">{formatMoney(goods.totalValue)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Payments made beyond what the fund held, with the reason logged: for the accountant's eye. */
export function OverridesTable({ overrides }: { overrides: FundOverview['overrides'] }) {
  const { t } = useTranslation();
  if (overrides.length === 0) return <p>{t('fund.overview.noOverrides')}</p>;
  return (
    <div className="fund-table-scroll">
      <table className="data-table fund-table">
        <caption className="visually-hidden">{t('fund.overview.overridesTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fund.ledger.seq')}</th>
            <th scope="col">{t('fund.ledger.date')}</th>
            <th scope="col" className="number">
              {t('fund.overview.amount')}
            </th>
            <th scope="col">{t('fund.overview.overrideReason')}</th>
          </tr>
        </thead>
        <tbody>
          {overrides.map((row) => (
            <tr key={row.postingId}>
              <th scope="row">{row.seq}</th>
              <td className="nowrap">{formatDate(row.postedOn)}</td>
              <td className="number nowrap">{formatMoney(row.amount)}</td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
