import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../../../shared/format';
import type { CampaignDetail } from '../../../../../shared/gifts';
import type { CodeLabels } from '../../children/useCodeLabels';
import { useGiftLabels } from '../labels';

/** The gift, funding and group rates of a frozen campaign: shown for reference, no longer editable. */
export function FrozenGiftSummary({ campaign, labels }: { campaign: CampaignDetail; labels: CodeLabels }) {
  const { t } = useTranslation();
  const giftLabels = useGiftLabels();
  return (
    <section className="form-section" aria-labelledby="campaign-section-frozen">
      <h2 id="campaign-section-frozen">{t('gifts.form.sectionFrozen')}</h2>
      <p className="gift-notice">{t('gifts.form.frozenNote')}</p>
      <dl className="profile-list">
        <div className="profile-item">
          <dt>{t('gifts.fields.cashPerChild')}</dt>
          <dd>{formatMoney(campaign.cashPerChild)}</dd>
        </div>
        <div className="profile-item">
          <dt>{t('gifts.fields.goodsDescription')}</dt>
          <dd>{campaign.goodsDescription ?? t('gifts.common.none')}</dd>
        </div>
        <div className="profile-item">
          <dt>{t('gifts.fields.goodsValuePerChild')}</dt>
          <dd>{formatMoney(campaign.goodsValuePerChild)}</dd>
        </div>
        <div className="profile-item">
          <dt>{t('gifts.fields.funding')}</dt>
          <dd>
            <ul className="plain-list">
              {campaign.funding.map((source) => (
                <li key={source.id}>
                  {giftLabels.source(source)}: {formatMoney(source.amount)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {campaign.groupRates.length > 0 && (
          <div className="profile-item">
            <dt>{t('gifts.fields.groupRates')}</dt>
            <dd>
              <ul className="plain-list">
                {campaign.groupRates.map((rate) => (
                  <li key={rate.groupCode}>
                    {labels.groupLabel(rate.groupCode)}: {formatMoney(rate.cash + rate.goodsValue)}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
