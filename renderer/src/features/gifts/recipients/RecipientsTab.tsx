import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../../shared/gifts';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useOfficeUnits } from '../../children/queries';
import { useCodeLabels } from '../../children/useCodeLabels';
import { RecipientList } from './RecipientList';
import { RosterActions } from './RosterActions';
import { SelectionPanel } from './SelectionPanel';

/** "Danh sách": the rules (while a draft), printing the signed roster (once frozen), and the list itself. */
export function RecipientsTab({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const units = useOfficeUnits();
  const labels = useCodeLabels();
  const draft = campaign.status === 'draft';

  if (units.error) return <ErrorAlert code={errorCode(units.error)} />;
  if (!units.data || !labels.ready) return <p role="status">{t('gifts.common.loading')}</p>;

  return (
    <div className="gift-recipients">
      {draft ? (
        <SelectionPanel key={campaign.id} campaign={campaign} units={units.data} labels={labels} />
      ) : (
        <p className="gift-notice">{t('gifts.recipients.frozenNote')}</p>
      )}
      <RosterActions campaign={campaign} units={units.data} />
      <RecipientList campaign={campaign} units={units.data} labels={labels} />
    </div>
  );
}
