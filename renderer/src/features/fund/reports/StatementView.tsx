import { useTranslation } from 'react-i18next';
import type { AssetAmounts, FundStatement } from '../../../../../shared/fund';
import { formatAmount } from '../../../../../shared/format/money';
import { useFundLabels } from '../labels';

function AmountCells({ amounts }: { amounts: AssetAmounts }) {
  return (
    <>
      <td>{formatAmount(amounts.cash)}</td>
      <td>{formatAmount(amounts.goods)}</td>
      <td className="fund-report-sum">{formatAmount(amounts.total)}</td>
    </>
  );
}

/** opening + receipts − payments, asset by asset: what the closing balance must be. */
const expectedClosing = (s: FundStatement): AssetAmounts => ({
  cash: s.opening.cash + s.receiptsTotal.cash - s.paymentsTotal.cash,
  goods: s.opening.goods + s.receiptsTotal.goods - s.paymentsTotal.goods,
  total: s.opening.total + s.receiptsTotal.total - s.paymentsTotal.total,
});

/** Báo cáo thu, chi Quỹ: I opening, II receipts by donor, III payments by purpose, IV closing, and the sum that ties them. */
export function StatementView({ statement }: { statement: FundStatement }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const expected = expectedClosing(statement);
  const balances = (['cash', 'goods', 'total'] as const).every((asset) => expected[asset] === statement.closing[asset]);

  const section = (key: string, label: string, amounts: AssetAmounts) => (
    <tr key={key} className="fund-report-section">
      <th scope="row">{label}</th>
      <AmountCells amounts={amounts} />
    </tr>
  );

  return (
    <section className="fund-report">
      <h3 id="fund-statement-title">{t('fund.reports.statement.name')}</h3>
      <p className="fund-report-unit">{t('fund.reports.unitNote')}</p>
      <div className="fund-report-scroll">
        <table className="fund-report-table fund-statement-table" aria-labelledby="fund-statement-title">
          <thead>
            <tr>
              <th scope="col">{t('fund.reports.columns.content')}</th>
              <th scope="col">{t('fund.reports.columns.cash')}</th>
              <th scope="col">{t('fund.reports.columns.goods')}</th>
              <th scope="col">{t('fund.reports.columns.total')}</th>
            </tr>
          </thead>
          <tbody>
            {section('opening', t('fund.reports.statement.opening'), statement.opening)}
            {section('receipts', t('fund.reports.statement.receipts'), statement.receiptsTotal)}
            {statement.receipts.map((row) => (
              <tr key={`${row.kind}-${row.origin}`} className="fund-report-detail">
                <th scope="row">{t('fund.reports.statement.donorRow', { kind: labels.donorKind(row.kind), origin: labels.donorOrigin(row.origin) })}</th>
                <AmountCells amounts={row.amounts} />
              </tr>
            ))}
            {section('payments', t('fund.reports.statement.payments'), statement.paymentsTotal)}
            {statement.payments.map((row) => (
              <tr key={row.purpose} className="fund-report-detail">
                <th scope="row">{labels.purpose(row.purpose)}</th>
                <AmountCells amounts={row.amounts} />
              </tr>
            ))}
            {section('closing', t('fund.reports.statement.closing'), statement.closing)}
          </tbody>
        </table>
      </div>
      {balances ? (
        <p className="fund-statement-check">
          {t('fund.reports.statement.check', {
            opening: formatAmount(statement.opening.total),
            receipts: formatAmount(statement.receiptsTotal.total),
            payments: formatAmount(statement.paymentsTotal.total),
            closing: formatAmount(statement.closing.total),
          })}
        </p>
      ) : (
        <div className="alert" role="alert">
          <p>
            {t('fund.reports.statement.checkFailed', {
              expected: formatAmount(expected.total),
              expectedCash: formatAmount(expected.cash),
              expectedGoods: formatAmount(expected.goods),
              closing: formatAmount(statement.closing.total),
              closingCash: formatAmount(statement.closing.cash),
              closingGoods: formatAmount(statement.closing.goods),
            })}
          </p>
        </div>
      )}
    </section>
  );
}
