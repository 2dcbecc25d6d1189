import { useTranslation } from 'react-i18next';
import type { CampaignDetail, CampaignSummary } from '../../../../../shared/gifts';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useGiftVisitLabels } from '../delivery/labels';
import { useSummary } from '../queries';
import { SummaryTable } from './SummaryTable';
import '../../children/children.css';
import '../delivery/delivery.css';

/** Tổng hợp: planned and delivered children and money, per commune, per group and per funding source. */
export function SummaryTab({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const summary = useSummary(campaign.id);
  return (
    <section className="gift-summary" aria-labelledby="gift-summary-title">
      <h2 id="gift-summary-title">{t('giftVisit.summary.title')}</h2>
      {summary.isPending && <p role="status">{t('giftVisit.summary.loading')}</p>}
      {summary.isError && <ErrorAlert code={errorCode(summary.error)} />}
      {summary.isSuccess && <SummaryTables campaign={campaign} summary={summary.data} />}
    </section>
  );
}

function SummaryTables({ campaign, summary }: { campaign: CampaignDetail; summary: CampaignSummary }) {
  const { t } = useTranslation();
  const labels = useGiftVisitLabels();
  const fundingById = new Map(campaign.funding.map((source) => [source.id, source]));
  const sourceLabel = (key: string, fallback: string) => {
    const source = fundingById.get(key);
    return source ? labels.source(source) : fallback;
  };

  if (summary.total.plannedChildren === 0) return <p>{t('giftVisit.summary.empty')}</p>;
  return (
    <>
      <SummaryTable
        id="gift-summary-unit"
        title={t('giftVisit.summary.byUnit')}
        labelHeader={t('giftVisit.summary.columns.unit')}
        lines={summary.byUnit}
        total={summary.total}
      />
      <SummaryTable
        id="gift-summary-group"
        title={t('giftVisit.summary.byGroup')}
        labelHeader={t('giftVisit.summary.columns.group')}
        lines={summary.byGroup.map((line) => ({ ...line, label: labels.group(line.key, line.label) }))}
        total={summary.total}
      />
      <SummaryTable
        id="gift-summary-source"
        title={t('giftVisit.summary.bySource')}
        labelHeader={t('giftVisit.summary.columns.source')}
        lines={summary.bySource.map((line) => ({ ...line, label: sourceLabel(line.key, line.label) }))}
        total={summary.total}
        note={t('giftVisit.summary.sourceNote')}
      />
    </>
  );
}
