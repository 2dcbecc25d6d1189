import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { ChildFundSupport as ChildFundSupportData, SupportDetail } from '../../../../../shared/fund';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFundLabels } from '../labels';
import { supportCreatePath, supportPath } from '../paths';
import { useChildFundSupport } from './queries';
import { SupportStatusBadge } from './SupportStatusBadge';
import './supports.css';

/**
 * On a child's support tab: each case the Child Fund handled for the child (with what it cost
 * and who paid), then the donations set aside for this child.
 */
export function ChildFundSupport({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const fund = useChildFundSupport(childId);
  return (
    <section aria-labelledby="child-fund-title">
      <h3 id="child-fund-title">{t('children.support.fund.title')}</h3>
      <p>
        <Link className="button" to={supportCreatePath(childId)}>
          {t('children.support.fund.propose')}
        </Link>
      </p>
      {fund.isPending && <p role="status">{t('children.support.fund.loading')}</p>}
      {fund.isError && <ErrorAlert code={errorCode(fund.error)} />}
      {fund.isSuccess && <FundTables data={fund.data} />}
    </section>
  );
}

function FundTables({ data }: { data: ChildFundSupportData }) {
  const { t } = useTranslation();
  return (
    <>
      {data.supports.length === 0 ? <p>{t('children.support.fund.none')}</p> : <CaseTable supports={data.supports} />}
      <h4 id="child-earmarked-title">{t('children.support.fund.earmarkedTitle')}</h4>
      {data.earmarked.length === 0 ? <p>{t('children.support.fund.noEarmarked')}</p> : <EarmarkedTable earmarked={data.earmarked} />}
    </>
  );
}

function CaseTable({ supports }: { supports: SupportDetail[] }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  const split = (support: SupportDetail): string => {
    const shares: { share: string; amount: number | null; names?: string | null }[] = [
      { share: t('children.support.fund.shareFund'), amount: support.costFund },
      { share: t('children.support.fund.shareInsurance'), amount: support.costInsurance },
      { share: t('children.support.fund.shareCofunders'), amount: support.costCofunders, names: support.cofunderNames },
      { share: t('children.support.fund.shareFamily'), amount: support.costFamily },
    ];
    return shares
      .flatMap(({ share, amount, names }) => {
        if (amount === null || amount <= 0) return [];
        return names
          ? [t('children.support.fund.shareNamed', { share, amount: formatMoney(amount), names })]
          : [t('children.support.fund.share', { share, amount: formatMoney(amount) })];
      })
      .join('; ');
  };
  return (
    <div className="table-scroll">
      <table className="data-table" aria-labelledby="child-fund-title">
        <thead>
          <tr>
            <th scope="col">{t('children.support.fund.columns.type')}</th>
            <th scope="col">{t('children.support.fund.columns.status')}</th>
            <th scope="col">{t('children.support.fund.columns.decision')}</th>
            <th scope="col">{t('children.support.fund.columns.hospital')}</th>
            <th scope="col">{t('children.support.fund.columns.doneOn')}</th>
            <th scope="col" className="gift-amount">
              {t('children.support.fund.columns.total')}
            </th>
            <th scope="col">{t('children.support.fund.columns.split')}</th>
          </tr>
        </thead>
        <tbody>
          {supports.map((support) => (
            <tr key={support.id}>
              <th scope="row">
                <Link to={supportPath(support.id)}>{labels.purpose(support.type)}</Link>
              </th>
              <td>
                <SupportStatusBadge status={support.status} />
              </td>
              <td>
                {support.decisionNo &&
                  t('children.support.fund.decision', { no: support.decisionNo, date: formatDate(support.decisionDate) })}
              </td>
              <td>{support.hospital ?? ''}</td>
              <td className="nowrap">{formatDate(support.doneOn)}</td>
              <td className="gift-amount">{support.costTotal === null ? '' : formatMoney(support.costTotal)}</td>
              <td>{split(support)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EarmarkedTable({ earmarked }: { earmarked: ChildFundSupportData['earmarked'] }) {
  const { t } = useTranslation();
  const labels = useFundLabels();
  return (
    <table className="data-table" aria-labelledby="child-earmarked-title">
      <thead>
        <tr>
          <th scope="col">{t('children.support.fund.columns.receiptNo')}</th>
          <th scope="col">{t('children.support.fund.columns.receivedOn')}</th>
          <th scope="col">{t('children.support.fund.columns.donor')}</th>
          <th scope="col" className="gift-amount">
            {t('children.support.fund.columns.amount')}
          </th>
          <th scope="col">{t('children.support.fund.columns.receiptStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {earmarked.map((receipt) => (
          <tr key={receipt.receiptId} className={receipt.cancelled ? 'gift-removed' : undefined}>
            <th scope="row">{receipt.receiptNo}</th>
            <td className="nowrap">{formatDate(receipt.receivedOn)}</td>
            <td>{receipt.donorName}</td>
            <td className="gift-amount">
              {formatMoney(receipt.amount)}
              {receipt.kind === 'inKind' && <span className="gift-note">{labels.receiptKind(receipt.kind)}</span>}
            </td>
            <td className="gift-removed-status">{receipt.cancelled ? t('children.support.fund.cancelled') : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
