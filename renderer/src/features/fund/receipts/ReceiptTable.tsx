import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { Receipt } from '../../../../../shared/fund';
import { useFundLabels, type FundLabels } from '../labels';
import { quantityWithUnit } from '../overview/quantity';

/** "Tiền", or "Hiện vật: Sữa hộp, 40 thùng". */
function kindText(receipt: Receipt, labels: FundLabels, t: TFunction): string {
  if (receipt.kind === 'cash') return labels.receiptKind('cash');
  const quantity = receipt.goodsQuantity === null ? '' : quantityWithUnit(receipt.goodsQuantity, receipt.goodsUnit);
  return t('fund.receipts.goodsText', { kind: labels.receiptKind('inKind'), description: receipt.goodsDescription ?? '', quantity });
}

/** Receipts as a table; a cancelled one is struck through, with when and why it was cancelled. */
export function ReceiptTable({ rows, onCancel }: { rows: Receipt[]; onCancel: (receipt: Receipt) => void }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  return (
    <div className="fund-table-scroll">
      <table className="data-table fund-table">
        <caption className="visually-hidden">{t('fund.receipts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fund.receipts.receiptNo')}</th>
            <th scope="col">{t('fund.receipts.date')}</th>
            <th scope="col">{t('fund.receipts.donor')}</th>
            <th scope="col">{t('fund.receipts.kind')}</th>
            <th scope="col" className="number">
              {t('fund.receipts.amountColumn')}
            </th>
            <th scope="col">{t('fund.receipts.earmark')}</th>
            <th scope="col" className="number">
              {t('fund.receipts.postingSeq')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('fund.layout.common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((receipt) => (
            <tr key={receipt.id} className={receipt.cancelled ? 'fund-cancelled' : undefined}>
              <th scope="row" className="nowrap">
                <span className="fund-struck">{receipt.receiptNo}</span>
              </th>
              <td className="nowrap">
                <span className="fund-struck">{formatDate(receipt.receivedOn)}</span>
              </td>
              <td>
                <span className="fund-struck">{receipt.donorName}</span>
              </td>
              <td>
                <span className="fund-struck">{kindText(receipt, labels, t)}</span>
              </td>
              <td className="number nowrap">
                <span className="fund-struck">{formatMoney(receipt.amount)}</span>
              </td>
              <td>
                <span className="fund-struck">{labels.pot(receipt.earmark)}</span>
                {receipt.cancelled && (
                  <p className="fund-cancel-note">
                    {t('fund.receipts.cancelledNote', {
                      date: formatDate(receipt.cancelled.on),
                      reason: receipt.cancelled.reason,
                      seq: receipt.cancelled.postingSeq,
                    })}
                  </p>
                )}
              </td>
              <td className="number">{receipt.postingSeq}</td>
              <td>
                {!receipt.cancelled && (
                  <button
                    type="button"
                    className="button button-secondary button-small nowrap"
                    aria-label={t('fund.receipts.cancel.openFor', { receiptNo: receipt.receiptNo })}
                    onClick={() => onCancel(receipt)}
                  >
                    {t('fund.receipts.cancel.open')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
