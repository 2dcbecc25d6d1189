import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AmountSource,
  CampaignStatus,
  DeliveryStatus,
  FundingSourceKind,
  GiftOccasion,
} from '../../../../shared/codes/gifts';
import type { FundingSource } from '../../../../shared/gifts';

/** Names of the gift code lists in the UI language (codes are stored; labels live in gifts.*). */
export function useGiftLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      occasion: (code: GiftOccasion) => t(`gifts.occasion.${code}`), // i18n-dynamic: gifts.occasion.
      fundingKind: (code: FundingSourceKind) => t(`gifts.fundingKind.${code}`), // i18n-dynamic: gifts.fundingKind.
      status: (code: CampaignStatus) => t(`gifts.status.${code}`), // i18n-dynamic: gifts.status.
      deliveryStatus: (code: DeliveryStatus) => t(`gifts.deliveryStatus.${code}`), // i18n-dynamic: gifts.deliveryStatus.
      amountSource: (code: AmountSource) => t(`gifts.amountSource.${code}`), // i18n-dynamic: gifts.amountSource.
      /** A source as named on screen: the sponsor's name, else the kind. */
      source: (source: Pick<FundingSource, 'kind' | 'sponsorName'>) =>
        source.kind === 'sponsor' && source.sponsorName ? source.sponsorName : t(`gifts.fundingKind.${source.kind}`), // i18n-dynamic: gifts.fundingKind.
    }),
    [t],
  );
}

export type GiftLabels = ReturnType<typeof useGiftLabels>;
