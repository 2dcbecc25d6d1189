import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommuneClass, RolloutStatus, SafeHomeArea, SafeHomeRefusal } from '../../../../shared/codes/models';
import type { ModelType } from '../../../../shared/models';

/** Names of the models' code lists in the UI language (labels live in models.codes.*). */
export function useModelLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      /** A shipped model by its code, or the office's own by its name. */
      modelType: (type: Pick<ModelType, 'builtin' | 'name'>) =>
        type.builtin ? t(`models.codes.type.${type.builtin}`) : (type.name ?? ''), // i18n-dynamic: models.codes.type.
      status: (code: RolloutStatus) => t(`models.codes.status.${code}`), // i18n-dynamic: models.codes.status.
      area: (code: SafeHomeArea) => t(`models.codes.area.${code}`), // i18n-dynamic: models.codes.area.
      communeClass: (code: CommuneClass) => t(`models.codes.communeClass.${code}`), // i18n-dynamic: models.codes.communeClass.
      safeHomeRefusal: (code: SafeHomeRefusal) => t(`models.codes.safeHomeRefusal.${code}`), // i18n-dynamic: models.codes.safeHomeRefusal.
    }),
    [t],
  );
}

export type ModelLabels = ReturnType<typeof useModelLabels>;
