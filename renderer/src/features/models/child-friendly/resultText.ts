import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildFriendlyResult } from '../../../../../shared/codes/models';

/** "Tổng 860/850 — Đạt", or why not: a damaged score list, the total under the threshold, the criteria scored 0. */
export function useChildFriendlyResultText(): (result: ChildFriendlyResult) => string {
  const { t } = useTranslation();
  return useCallback(
    (result) => {
      const total = t('models.childFriendly.result.total', { total: result.total, threshold: result.threshold });
      if (result.recognised) return t('models.childFriendly.result.recognised', { total });
      const reasons = [
        ...(result.reason === 'incomplete' ? [t('models.childFriendly.result.incomplete')] : []),
        ...(result.total < result.threshold ? [t('models.childFriendly.result.belowThreshold', { threshold: result.threshold })] : []),
        ...(result.zeroCriteria.length > 0 ? [t('models.childFriendly.result.zero', { numbers: result.zeroCriteria.join(', ') })] : []),
      ];
      return t('models.childFriendly.result.notRecognised', { total, reasons: reasons.join('; ') });
    },
    [t],
  );
}
