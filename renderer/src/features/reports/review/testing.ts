import { groupCodes } from '../../../../../shared/codes/groups';
import { membershipEndReasons, type MembershipEndReason } from '../../../../../shared/codes/register';
import type { ReviewCounts, ReviewReport } from '../../../../../shared/register';

/** Test data for the review screen and its print page (fictional counts). */
export function counts(start: number, increases: number, decreases: number, end: number, reasons: Partial<Record<MembershipEndReason, number>> = {}): ReviewCounts {
  const decreasesByReason = Object.fromEntries(membershipEndReasons.map((r) => [r, reasons[r] ?? 0])) as Record<MembershipEndReason, number>;
  return { start, increases, decreases, decreasesByReason, end };
}

export function sampleReport(from: string, to: string): ReviewReport {
  return {
    from,
    to,
    byGroup: [
      ...groupCodes.map((key) => ({
        key,
        label: key,
        counts: key === 'a' ? counts(12, 3, 2, 13, { turned16: 1, movedAway: 1 }) : key === 'd' ? counts(4, 0, 0, 4) : counts(0, 0, 0, 0),
      })),
      { key: 'atRisk', label: 'Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt', counts: counts(7, 1, 0, 8) },
    ],
    byUnit: [
      { key: 'w:11320', label: 'Phường Cầu Đất', counts: counts(5, 1, 1, 5, { turned16: 1 }) },
      { key: '11311', label: 'Phường Ngô Quyền', counts: counts(9, 2, 1, 10, { movedAway: 1 }) },
    ],
    total: counts(14, 3, 2, 15, { turned16: 1, movedAway: 1 }),
  };
}

