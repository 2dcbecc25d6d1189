import { useTranslation } from 'react-i18next';
import type { CampaignDetail, GiftChange } from '../../../../../shared/gifts';
import { formatDateTime, formatMoney } from '../../../../../shared/format';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useGiftVisitLabels } from '../delivery/labels';
import { useChanges } from '../queries';
import '../../children/children.css';
import '../delivery/delivery.css';

const amount = (value: number | null): string => (value === null ? '—' : formatMoney(value));

/** A change of the person who receives for the child leaves the gift as it was: no amounts to show. */
const hasAmounts = (change: GiftChange): boolean =>
  change.kind !== 'proxyChanged' && (change.oldAmount !== null || change.newAmount !== null);

/** Thay đổi: what changed on the list after it was frozen for printing, newest first, with the reason. */
export function ChangesTab({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const changes = useChanges(campaign.id);
  return (
    <section className="gift-changes" aria-labelledby="gift-changes-title">
      <h2 id="gift-changes-title">{t('giftVisit.changes.title')}</h2>
      <p className="field-hint">{t('giftVisit.changes.intro')}</p>
      {changes.isPending && <p role="status">{t('giftVisit.changes.loading')}</p>}
      {changes.isError && <ErrorAlert code={errorCode(changes.error)} />}
      {changes.isSuccess &&
        (changes.data.length === 0 ? (
          <p>{campaign.status === 'draft' ? t('giftVisit.changes.notFrozen') : t('giftVisit.changes.empty')}</p>
        ) : (
          <ChangeTable changes={changes.data} />
        ))}
    </section>
  );
}

function ChangeTable({ changes }: { changes: readonly GiftChange[] }) {
  const { t } = useTranslation();
  const labels = useGiftVisitLabels();
  return (
    <div className="gift-table-box gift-table-tall" role="region" aria-labelledby="gift-changes-title" tabIndex={0}>
      <table className="data-table" aria-labelledby="gift-changes-title">
        <thead>
          <tr>
            <th scope="col">{t('giftVisit.changes.columns.at')}</th>
            <th scope="col">{t('giftVisit.changes.columns.kind')}</th>
            <th scope="col">{t('giftVisit.changes.columns.child')}</th>
            <th scope="col">{t('giftVisit.changes.columns.unit')}</th>
            <th scope="col">{t('giftVisit.changes.columns.reason')}</th>
            <th scope="col" className="gift-amount">
              {t('giftVisit.changes.columns.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.id}>
              <td>{formatDateTime(change.at)}</td>
              <td>{labels.changeKind(change.kind)}</td>
              <th scope="row">{change.childName}</th>
              <td>{change.unitName}</td>
              <td className="preserve-lines">{change.reason}</td>
              <td className="gift-amount">
                {hasAmounts(change) ? t('giftVisit.changes.amountChange', { old: amount(change.oldAmount), new: amount(change.newAmount) }) : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
