import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../../../../../shared/format';
import type { Receipt } from '../../../../../shared/fund';
import { receiptCancelSchema } from '../../../../../shared/schemas/fund';
import { ReversalDialog } from '../common/ReversalDialog';
import { useCancelReceipt } from './queries';

/**
 * "Hủy phiếu thu": a receipt is never edited; it is cancelled by a reversing entry on a day the
 * user picks. If its money has been spent, main refuses unless a logged reason is given.
 */
export function CancelReceiptDialog({ receipt, onCancel, onDone }: { receipt: Receipt; onCancel: () => void; onDone: (receipt: Receipt) => void }) {
  const { t } = useTranslation();
  const cancel = useCancelReceipt();
  const target = useMemo(() => ({ id: receipt.id }), [receipt.id]);
  return (
    <ReversalDialog
      idPrefix="fund-cancel"
      title={t('fund.receipts.cancel.title')}
      subject={t('fund.receipts.cancel.subject', {
        receiptNo: receipt.receiptNo,
        date: formatDate(receipt.receivedOn),
        donor: receipt.donorName,
        amount: formatMoney(receipt.amount),
      })}
      hint={t('fund.receipts.cancel.hint')}
      texts={{
        date: t('fund.receipts.cancel.date'),
        reason: t('fund.receipts.cancel.reason'),
        submit: t('fund.receipts.cancel.submit'),
        failed: t('fund.receipts.cancel.failed'),
        overdraft: t('fund.receipts.cancel.overdraft'),
      }}
      schema={receiptCancelSchema}
      target={target}
      write={cancel}
      onCancel={onCancel}
      onDone={onDone}
    />
  );
}
