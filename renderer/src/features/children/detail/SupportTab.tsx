import { useTranslation } from 'react-i18next';
import type { ChildGift } from '../../../../../shared/gifts';
import type { ChildDetail } from '../../../../../shared/register';
import { formatDate, formatMoney } from '../../../../../shared/format';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useGiftVisitLabels } from '../../gifts/delivery/labels';
import { useChildGifts } from '../../gifts/queries';
import { ChildFundSupport } from '../../fund/supports/ChildFundSupport';
import '../../gifts/delivery/delivery.css';

/**
 * Support given to the child: the gifts of the holiday visits (newest campaign first, removed
 * ones kept and marked), then what the Child Fund gave and what donors set aside for the child.
 */
export function SupportTab({ child }: { child: ChildDetail }) {
  const { t } = useTranslation();
  const gifts = useChildGifts(child.id);
  return (
    <div className="child-support">
      <h2>{t('children.support.title')}</h2>
      <section aria-labelledby="child-gifts-title">
        <h3 id="child-gifts-title">{t('children.support.gifts.title')}</h3>
        {gifts.isPending && <p role="status">{t('children.support.gifts.loading')}</p>}
        {gifts.isError && <ErrorAlert code={errorCode(gifts.error)} />}
        {gifts.isSuccess && (gifts.data.length === 0 ? <p>{t('children.support.gifts.none')}</p> : <GiftTable gifts={gifts.data} />)}
      </section>
      <ChildFundSupport childId={child.id} />
    </div>
  );
}

function GiftTable({ gifts }: { gifts: readonly ChildGift[] }) {
  const { t } = useTranslation();
  const labels = useGiftVisitLabels();
  return (
    <table className="data-table" aria-labelledby="child-gifts-title">
      <thead>
        <tr>
          <th scope="col">{t('children.support.gifts.columns.campaign')}</th>
          <th scope="col">{t('children.support.gifts.columns.occasion')}</th>
          <th scope="col">{t('children.support.gifts.columns.year')}</th>
          <th scope="col" className="gift-amount">
            {t('children.support.gifts.columns.amount')}
          </th>
          <th scope="col">{t('children.support.gifts.columns.sources')}</th>
          <th scope="col">{t('children.support.gifts.columns.status')}</th>
          <th scope="col">{t('children.support.gifts.columns.date')}</th>
        </tr>
      </thead>
      <tbody>
        {gifts.map((gift) => (
          <tr key={gift.recipientId} className={gift.included ? undefined : 'gift-removed'}>
            <th scope="row">{gift.campaignName}</th>
            <td>{labels.occasion(gift.occasion)}</td>
            <td>{gift.year}</td>
            <td className="gift-amount">
              {formatMoney(gift.amount)}
              {gift.goodsValue > 0 && (
                <span className="gift-note">
                  {t('children.support.gifts.split', {
                    cash: formatMoney(gift.cash),
                    goods: gift.goodsDescription ?? '',
                    value: formatMoney(gift.goodsValue),
                  })}
                </span>
              )}
            </td>
            <td>{gift.sources.map((source) => labels.source(source)).join(', ')}</td>
            <td className="gift-removed-status">
              {gift.included ? labels.status(gift.status) : t('children.support.gifts.removed')}
            </td>
            <td>{gift.included ? formatDate(gift.deliveredOn) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
