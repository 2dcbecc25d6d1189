import type { MembershipEndReason } from '../../../shared/codes/register';

/**
 * Vietnamese wording of the review report's rows and of the printed workbook. An
 * administrative document is written in Vietnamese whatever the interface language, and
 * main has no locale files; the renderer shows the same words from vi.json (`review.*`,
 * `codes.endReason.*`).
 */
export const atRiskLabel = 'Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt';

export const endReasonLabels: Record<MembershipEndReason, string> = {
  circumstanceEnded: 'Hết hoàn cảnh đặc biệt',
  turned16: 'Đủ 16 tuổi',
  movedAway: 'Chuyển đi nơi khác',
  adopted: 'Được nhận làm con nuôi',
  died: 'Tử vong',
  other: 'Lý do khác',
};

/** Marks an old ward (before 1 July 2025) that shares its name with a current commune. */
export const legacyUnitSuffix = ' (cũ)';

export const documentTitle = 'BÁO CÁO RÀ SOÁT, BIẾN ĐỘNG TRẺ EM CÓ HOÀN CẢNH ĐẶC BIỆT';
