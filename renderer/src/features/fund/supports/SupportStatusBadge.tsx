import type { SupportStatus } from '../../../../../shared/codes/fund';
import { useFundLabels } from '../labels';

/** "Đề xuất" / "Đã duyệt" / "Đã thực hiện" / "Không duyệt" / "Đã hủy". */
export function SupportStatusBadge({ status }: { status: SupportStatus }) {
  const labels = useFundLabels();
  return <span className={`status-badge support-status-${status}`}>{labels.status(status)}</span>;
}
