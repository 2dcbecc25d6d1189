import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../../shared/format';
import type { PostingRef } from '../../../../../shared/fund';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { CampaignPaymentDialog } from './CampaignPaymentDialog';
import { ClosePeriodPanel } from './ClosePeriodPanel';
import { GoodsIssueDialog } from './GoodsIssueDialog';
import { CashTable, GoodsTable, OverridesTable } from './OverviewTables';
import { useFundOverview } from './queries';

type Open = 'payment' | 'goods' | null;

/** The fund now: cash by pot, goods left, overrides, closed periods, and payments to gift campaigns. */
export function FundOverviewPage() {
  const { t } = useTranslation();
  const overview = useFundOverview();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);

  const start = (which: Open) => {
    setDone(null);
    setOpen(which);
  };
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };

  return (
    <div className="fund-overview">
      <div className="children-header">
        <h2>{t('fund.overview.title')}</h2>
        <div className="children-actions">
          <button type="button" className="button" onClick={() => start('payment')}>
            {t('fund.campaignPayment.open')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => start('goods')}>
            {t('fund.overview.goodsIssue.open')}
          </button>
        </div>
      </div>
      <p role="status" className="form-status">
        {done && <span className="notice-success fund-done">{done}</span>}
      </p>
      {overview.isPending && <p role="status">{t('fund.layout.common.loading')}</p>}
      {overview.error && <ErrorAlert code={errorCode(overview.error)} lead={t('fund.overview.loadFailed')} />}
      {overview.data && (
        <>
          <dl className="fund-figures">
            <div>
              <dt>{t('fund.overview.cashTotal')}</dt>
              <dd>{formatMoney(overview.data.cash.total)}</dd>
            </div>
            <div>
              <dt>{t('fund.overview.goodsTotal')}</dt>
              <dd>{formatMoney(overview.data.goods.totalValue)}</dd>
            </div>
          </dl>
          <section className="fund-section" aria-labelledby="fund-cash-title">
            <h3 id="fund-cash-title">{t('fund.overview.cashTitle')}</h3>
            <CashTable cash={overview.data.cash} />
          </section>
          <section className="fund-section" aria-labelledby="fund-goods-title">
            <h3 id="fund-goods-title">{t('fund.overview.goodsTitle')}</h3>
            <GoodsTable goods={overview.data.goods} />
          </section>
          <section className="fund-section" aria-labelledby="fund-overrides-title">
            <h3 id="fund-overrides-title">{t('fund.overview.overridesTitle')}</h3>
            <OverridesTable overrides={overview.data.overrides} />
          </section>
          <ClosePeriodPanel closed={overview.data.closedPeriods} />
          {open === 'goods' && (
            <GoodsIssueDialog
              lots={overview.data.goods.lots}
              onCancel={() => setOpen(null)}
              onDone={(posting: PostingRef) => finish(t('fund.overview.goodsIssue.done', { seq: posting.seq }))}
            />
          )}
        </>
      )}
      {open === 'payment' && (
        <CampaignPaymentDialog onCancel={() => setOpen(null)} onDone={(posting) => finish(t('fund.campaignPayment.done', { seq: posting.seq }))} />
      )}
    </div>
  );
}
