import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, toIsoDate } from '../../../../../shared/format';
import type { CampaignDetail } from '../../../../../shared/gifts';
import { useGiftLabels } from '../labels';
import { CampaignStatusBadge } from '../StatusBadge';

/** Name, occasion, dates and status; budget, planned amount and what remains (red and explained when short). */
export function CampaignHeader({ campaign, children }: { campaign: CampaignDetail; children: ReactNode }) {
  const { t } = useTranslation();
  const labels = useGiftLabels();
  const short = campaign.remainingBudget < 0;

  return (
    <>
      <div className="child-header">
        <div>
          <h1>{campaign.name}</h1>
          <p className="child-summary">
            <span>{t('gifts.detail.occasionYear', { occasion: labels.occasion(campaign.occasion), year: campaign.year })}</span>
            <span>{t('gifts.list.dateRange', { from: formatDate(campaign.startDate), to: formatDate(campaign.endDate) })}</span>
            <CampaignStatusBadge status={campaign.status} />
            {campaign.frozenAt && <span>{t('gifts.detail.frozenOn', { date: formatDate(toIsoDate(new Date(campaign.frozenAt))) })}</span>}
          </p>
        </div>
        <div className="child-actions">{children}</div>
      </div>
      <dl className="gift-money" aria-label={t('gifts.detail.moneyLabel')}>
        <div>
          <dt>{t('gifts.fields.budget')}</dt>
          <dd>{formatMoney(campaign.budget)}</dd>
        </div>
        <div>
          <dt>{t('gifts.detail.planned')}</dt>
          <dd>
            {formatMoney(campaign.plannedAmount)}
            <span className="gift-money-note">{t('gifts.detail.plannedChildren', { count: campaign.plannedChildren })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('gifts.fields.remaining')}</dt>
          <dd className={short ? 'money-negative' : undefined}>{formatMoney(campaign.remainingBudget)}</dd>
        </div>
        <div>
          <dt>{t('gifts.detail.delivered')}</dt>
          <dd>
            {formatMoney(campaign.deliveredAmount)}
            <span className="gift-money-note">{t('gifts.detail.deliveredChildren', { count: campaign.deliveredChildren })}</span>
          </dd>
        </div>
      </dl>
      {short && (
        <p className="gift-warning">{t('gifts.detail.overBudget', { amount: formatMoney(-campaign.remainingBudget) })}</p>
      )}
    </>
  );
}
