import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GiftChangeKind } from '../../../../../shared/codes/gifts';
import { legalGroups } from '../../../../../shared/codes/groups';
import { currentLanguage } from '../../../i18n';
import { useGiftLabels } from '../labels';

const groupsByCode = new Map(legalGroups.map((group) => [group.code as string, group]));

/** The key of the at-risk line in the summary by group (main/services/gifts/summary.ts). */
export const atRiskKey = 'atRisk';

/**
 * The gift labels (delivery statuses, occasions, sources: gifts.*, shared with the list) and
 * those of the views after the visit: change kinds and summary groups.
 */
export function useGiftVisitLabels() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const gift = useGiftLabels();
  return useMemo(
    () => ({
      status: gift.deliveryStatus,
      occasion: gift.occasion,
      source: gift.source,
      changeKind: (kind: GiftChangeKind): string => t(`giftVisit.changes.kind.${kind}`), // i18n-dynamic: giftVisit.changes.kind.
      /** "a) Trẻ em mồ côi cả cha và mẹ"; the at-risk line; else what main called it. */
      group: (key: string, fallback: string): string => {
        const group = groupsByCode.get(key);
        if (group) return `${group.letter}) ${language === 'en' ? group.nameEn : group.nameVi}`;
        if (key === atRiskKey) return t('giftVisit.summary.atRisk');
        return key === 'none' ? t('giftVisit.summary.noGroup') : fallback;
      },
    }),
    [t, language, gift],
  );
}
