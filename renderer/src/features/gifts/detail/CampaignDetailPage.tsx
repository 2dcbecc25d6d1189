import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { CampaignDetail } from '../../../../../shared/gifts';
import { errorCode } from '../../../api/queries';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Tabs } from '../../children/Tabs';
import { ChangesTab } from '../changes/ChangesTab';
import { DeliveryTab } from '../delivery/DeliveryTab';
import { RecipientsTab } from '../recipients/RecipientsTab';
import { SummaryTab } from '../summary/SummaryTab';
import { campaignEditPath, giftsListPath } from '../paths';
import { useCampaign, useDeleteCampaign, useFreezeCampaign } from '../queries';
import { CampaignHeader } from './CampaignHeader';
import '../../office/office-form.css';
import '../../children/children.css';
import '../gifts.css';

const tabIds = ['list', 'delivery', 'summary', 'changes'] as const;
type TabId = (typeof tabIds)[number];

/** One campaign: its money at a glance, then the list, the giving, the summary and the changes. */
export function CampaignDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const campaign = useCampaign(id);

  if (campaign.isPending) {
    return (
      <div className="page">
        <p role="status">{t('gifts.common.loading')}</p>
      </div>
    );
  }
  if (campaign.isError) {
    return (
      <div className="page">
        <h1>{t('gifts.detail.loadFailedTitle')}</h1>
        <ErrorAlert code={errorCode(campaign.error)} />
        <p>
          <Link to={giftsListPath}>{t('gifts.detail.backToList')}</Link>
        </p>
      </div>
    );
  }
  return <CampaignView campaign={campaign.data} />;
}

function CampaignView({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<'freeze' | 'delete' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const freeze = useFreezeCampaign();
  const remove = useDeleteCampaign();
  const failure = freeze.error ?? remove.error;
  const draft = campaign.status === 'draft';

  const tabParam = params.get('tab');
  const tab: TabId = tabIds.find((candidate) => candidate === tabParam) ?? 'list';
  const selectTab = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'list') updated.delete('tab');
        else updated.set('tab', next);
        return updated;
      },
      { replace: true },
    );

  return (
    <div className="page gifts-page campaign-detail">
      <p className="child-back">
        <Link to={giftsListPath}>{t('gifts.detail.backToList')}</Link>
      </p>
      <CampaignHeader campaign={campaign}>
        <Link className="button" to={campaignEditPath(campaign.id)}>
          {t('gifts.detail.edit')}
        </Link>
        {draft && (
          <>
            <button type="button" className="button button-secondary" onClick={() => setDialog('freeze')}>
              {t('gifts.detail.freeze')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setDialog('delete')}>
              {t('gifts.detail.delete')}
            </button>
          </>
        )}
      </CampaignHeader>

      <p role="status" className="form-status">
        {done && <span className="notice-success">{done}</span>}
      </p>
      {failure && <ErrorAlert code={errorCode(failure)} />}

      <Tabs
        label={t('gifts.tabs.label')}
        tabs={[
          { id: 'list', label: t('gifts.tabs.list') },
          { id: 'delivery', label: t('gifts.tabs.delivery') },
          { id: 'summary', label: t('gifts.tabs.summary') },
          { id: 'changes', label: t('gifts.tabs.changes') },
        ]}
        selected={tab}
        onSelect={selectTab}
      >
        {tab === 'list' && <RecipientsTab campaign={campaign} />}
        {tab === 'delivery' && <DeliveryTab campaign={campaign} />}
        {tab === 'summary' && <SummaryTab campaign={campaign} />}
        {tab === 'changes' && <ChangesTab campaign={campaign} />}
      </Tabs>

      {dialog === 'freeze' && (
        <ConfirmDialog
          title={t('gifts.freeze.title')}
          text={t('gifts.freeze.text', { count: campaign.plannedChildren })}
          cancelLabel={t('gifts.common.cancel')}
          confirmLabel={t('gifts.freeze.confirm')}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            setDone(null);
            remove.reset();
            freeze.mutate(campaign.id, { onSuccess: () => setDone(t('gifts.freeze.done')) });
          }}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('gifts.delete.title')}
          text={t('gifts.delete.text', { name: campaign.name })}
          cancelLabel={t('gifts.common.cancel')}
          confirmLabel={t('gifts.delete.confirm')}
          onCancel={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            setDone(null);
            freeze.reset();
            remove.mutate(campaign.id, { onSuccess: () => void navigate(giftsListPath) });
          }}
        />
      )}
    </div>
  );
}
