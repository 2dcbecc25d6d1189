import type { RolloutStatus } from '../../../../../shared/codes/models';
import { useModelLabels } from '../labels';

/** "Có kế hoạch" / "Thí điểm" / "Đang triển khai" / "Được công nhận" … */
export function RolloutStatusBadge({ status }: { status: RolloutStatus }) {
  const labels = useModelLabels();
  return <span className={`status-badge rollout-status-${status}`}>{labels.status(status)}</span>;
}
