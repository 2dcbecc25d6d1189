import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Select } from '../../children/fields';
import { useCampaigns } from '../../gifts/queries';

/** "Đợt tặng quà": the gift campaign the fund pays money or hands goods to. */
export function CampaignSelect({ id, errorKey, registration }: { id: string; errorKey: string | undefined; registration: UseFormRegisterReturn }) {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  return (
    <>
      <Select id={id} label={t('fund.campaignPayment.campaign')} errorKey={errorKey} registration={registration} required>
        <option value="">{t('fund.layout.common.choose')}</option>
        {(campaigns.data ?? []).map((campaign) => (
          <option key={campaign.id} value={campaign.id}>
            {campaign.name}
          </option>
        ))}
      </Select>
      {campaigns.error && <ErrorAlert code={errorCode(campaigns.error)} />}
    </>
  );
}
