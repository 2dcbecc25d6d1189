import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AttachmentKind,
  DonorKind,
  DonorOrigin,
  EarmarkKind,
  PostingSource,
  ReceiptKind,
  SpendingPurpose,
  SupportEventKind,
  SupportStatus,
} from '../../../../shared/codes/fund';
import type { PotInfo } from '../../../../shared/fund';

/** Names of the fund's code lists in the UI language (codes are stored; labels live in fund.codes.*). */
export function useFundLabels() {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      donorKind: (code: DonorKind) => t(`fund.codes.donorKind.${code}`), // i18n-dynamic: fund.codes.donorKind.
      donorOrigin: (code: DonorOrigin) => t(`fund.codes.donorOrigin.${code}`), // i18n-dynamic: fund.codes.donorOrigin.
      receiptKind: (code: ReceiptKind) => t(`fund.codes.receiptKind.${code}`), // i18n-dynamic: fund.codes.receiptKind.
      /** A support type, or gifts. */
      purpose: (code: SpendingPurpose) => t(`fund.codes.purpose.${code}`), // i18n-dynamic: fund.codes.purpose.
      status: (code: SupportStatus) => t(`fund.codes.status.${code}`), // i18n-dynamic: fund.codes.status.
      event: (code: SupportEventKind) => t(`fund.codes.event.${code}`), // i18n-dynamic: fund.codes.event.
      attachmentKind: (code: AttachmentKind) => t(`fund.codes.attachmentKind.${code}`), // i18n-dynamic: fund.codes.attachmentKind.
      earmarkKind: (code: EarmarkKind) => t(`fund.codes.earmarkKind.${code}`), // i18n-dynamic: fund.codes.earmarkKind.
      postingSource: (code: PostingSource) => t(`fund.codes.postingSource.${code}`), // i18n-dynamic: fund.codes.postingSource.
      /** "Quỹ chung", "Dành cho: Phẫu thuật tim", "Dành cho xã Tân Lập", "Dành cho trẻ Nguyễn Văn An". */
      pot: (pot: PotInfo) => {
        switch (pot.kind) {
          case 'none':
            return t('fund.codes.pot.general');
          case 'purpose':
            return t('fund.codes.pot.purpose', { purpose: pot.purpose ? t(`fund.codes.purpose.${pot.purpose}`) : '' }); // i18n-dynamic: fund.codes.purpose.
          case 'unit':
            return t('fund.codes.pot.unit', { name: pot.unitName ?? pot.unitId ?? '' });
          case 'child':
            return t('fund.codes.pot.child', { name: pot.childName ?? '' });
        }
      },
    }),
    [t],
  );
}

export type FundLabels = ReturnType<typeof useFundLabels>;
