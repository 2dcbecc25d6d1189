import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { CampaignListRow } from '../../../../../shared/gifts';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useGiftLabels } from '../labels';
import { campaignCreatePath, campaignPath } from '../paths';
import { useCampaigns } from '../queries';
import { CampaignStatusBadge } from '../StatusBadge';
import '../../children/children.css';
import '../gifts.css';

/** The gift campaigns, newest first: what each costs, how far the giving has got. */
export function CampaignListPage() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();

  return (
    <div className="page gifts-page">
      <div className="children-header">
        <h1>{t('nav.gifts')}</h1>
        {campaigns.data && campaigns.data.length > 0 && (
          <div className="children-actions">
            <Link className="button" to={campaignCreatePath}>
              {t('gifts.list.create')}
            </Link>
          </div>
        )}
      </div>
      {campaigns.isPending && <p role="status">{t('gifts.common.loading')}</p>}
      {campaigns.error && <ErrorAlert code={errorCode(campaigns.error)} lead={t('gifts.list.loadFailed')} />}
      {campaigns.data &&
        (campaigns.data.length === 0 ? (
          <section className="children-empty" aria-labelledby="gifts-empty-title">
            <h2 id="gifts-empty-title">{t('gifts.list.emptyTitle')}</h2>
            <p>{t('gifts.list.emptyText')}</p>
            <Link className="button" to={campaignCreatePath}>
              {t('gifts.list.create')}
            </Link>
          </section>
        ) : (
          <CampaignTable rows={campaigns.data} />
        ))}
    </div>
  );
}

function CampaignTable({ rows }: { rows: CampaignListRow[] }) {
  const { t } = useTranslation();
  const labels = useGiftLabels();
  return (
    <div className="table-scroll">
      <table className="data-table gift-table">
        <caption className="visually-hidden">{t('gifts.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gifts.fields.name')}</th>
            <th scope="col">{t('gifts.fields.occasion')}</th>
            <th scope="col">{t('gifts.fields.year')}</th>
            <th scope="col">{t('gifts.list.dates')}</th>
            <th scope="col">{t('gifts.fields.status')}</th>
            <th scope="col" className="number">
              {t('gifts.list.children')}
            </th>
            <th scope="col" className="number">
              {t('gifts.fields.budget')}
            </th>
            <th scope="col" className="number">
              {t('gifts.fields.remaining')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const remaining = row.budget - row.plannedAmount;
            return (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={campaignPath(row.id)}>{row.name}</Link>
                </th>
                <td>{labels.occasion(row.occasion)}</td>
                <td>{row.year}</td>
                <td className="nowrap">
                  {t('gifts.list.dateRange', { from: formatDate(row.startDate), to: formatDate(row.endDate) })}
                </td>
                <td>
                  <CampaignStatusBadge status={row.status} />
                </td>
                <td className="number">
                  {t('gifts.list.childrenCount', { delivered: row.deliveredChildren, planned: row.plannedChildren })}
                </td>
                <td className="number nowrap">{formatMoney(row.budget)}</td>
                <td className={remaining < 0 ? 'number nowrap money-negative' : 'number nowrap'}>{formatMoney(remaining)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
