import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { todayIso } from '../../children/age';
import { useCodeLabels } from '../../children/useCodeLabels';
import { campaignPath, giftsListPath } from '../paths';
import { useCampaign } from '../queries';
import { CampaignForm } from './CampaignForm';
import { campaignToFormValues, emptyCampaignValues } from './campaignFormValues';
import '../../office/office-form.css';
import '../../children/children.css';
import '../gifts.css';

function Loading() {
  const { t } = useTranslation();
  return <p role="status">{t('gifts.common.loading')}</p>;
}

export function NewCampaignPage() {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const year = Number(todayIso().slice(0, 4));
  return (
    <div className="page">
      <h1>{t('gifts.form.createTitle')}</h1>
      {labels.ready ? (
        <CampaignForm mode="create" defaultValues={emptyCampaignValues(year)} labels={labels} cancelTo={giftsListPath} />
      ) : (
        <Loading />
      )}
    </div>
  );
}

export function EditCampaignPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  const labels = useCodeLabels();

  return (
    <div className="page">
      <h1>{t('gifts.form.editTitle')}</h1>
      {campaign.data && <p className="child-form-subtitle">{campaign.data.name}</p>}
      {campaign.error && <ErrorAlert code={errorCode(campaign.error)} />}
      {campaign.data && labels.ready ? (
        <CampaignForm
          key={campaign.data.id}
          mode="edit"
          campaign={campaign.data}
          defaultValues={campaignToFormValues(campaign.data)}
          labels={labels}
          cancelTo={campaignPath(campaign.data.id)}
        />
      ) : (
        !campaign.error && <Loading />
      )}
    </div>
  );
}
