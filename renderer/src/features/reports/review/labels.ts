import { useTranslation } from 'react-i18next';
import { legalGroups } from '../../../../../shared/codes/groups';
import type { MembershipEndReason } from '../../../../../shared/codes/register';
import type { ReviewMeasure, ReviewRow } from '../../../../../shared/register';
import type { TFunction } from 'i18next';

/** Row key of the at-risk list in the group table (main/services/review/facts.ts). */
export const atRiskKey = 'atRisk';

const groupByCode = new Map(legalGroups.map((group) => [group.code as string, group]));

/** The law's letter of a group row ("đ" for dd); empty for the at-risk row. */
export const groupLetter = (key: string): string => groupByCode.get(key)?.letter ?? '';

/** Labels of the review report's rows and columns, in the language `t` speaks. */
export function reviewLabels(t: TFunction, language: string) {
  return {
    groupName: (row: ReviewRow): string => {
      const group = groupByCode.get(row.key);
      if (group) return language === 'en' ? group.nameEn : group.nameVi;
      return row.key === atRiskKey ? t('review.atRisk') : row.label;
    },
    reason: (reason: MembershipEndReason): string => t(`codes.endReason.${reason}`), // i18n-dynamic: codes.endReason.
    measure: (measure: ReviewMeasure): string => t(`review.columns.${measure}`), // i18n-dynamic: review.columns.
  };
}

/** The labels for the screen, in the interface language. */
export function useReviewLabels() {
  const { t, i18n } = useTranslation();
  return reviewLabels(t, i18n.resolvedLanguage ?? i18n.language);
}
