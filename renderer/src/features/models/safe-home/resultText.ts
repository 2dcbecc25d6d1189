import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { safeHomeCriteriaCount, type SafeHomeResult } from '../../../../../shared/codes/models';
import { useModelLabels } from '../labels';

/**
 * "Đạt 23/33 tiêu chí, 15/15 tiêu chí bắt buộc — Đạt ngôi nhà an toàn", or the reasons it is not:
 * how a computed result reads in the form and the list.
 */
export function useSafeHomeResultText(): (result: SafeHomeResult, mandatoryTotal: number) => string {
  const { t } = useTranslation();
  const labels = useModelLabels();
  return useCallback(
    (result, mandatoryTotal) => {
      const counts = t('models.safeHome.result.counts', {
        met: result.metCount,
        total: safeHomeCriteriaCount,
        mandatoryMet: mandatoryTotal - result.mandatoryMissing.length,
        mandatoryTotal,
      });
      const verdict = result.recognised
        ? t('models.safeHome.result.recognised')
        : t('models.safeHome.result.notRecognised', { reasons: result.reasons.map(labels.safeHomeRefusal).join(' ') });
      return t('models.safeHome.result.line', { counts, verdict });
    },
    [t, labels],
  );
}
