import type { CampaignStatus } from '../../../../shared/codes/gifts';
import { useGiftLabels } from './labels';

/** "Nháp" / "Đã chốt". */
export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const labels = useGiftLabels();
  return <span className={`status-badge campaign-status-${status}`}>{labels.status(status)}</span>;
}
