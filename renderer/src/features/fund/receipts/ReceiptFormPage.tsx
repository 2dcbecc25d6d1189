import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../children/age';
import { ReceiptForm } from './ReceiptForm';
import { emptyReceiptValues } from './receiptFormValues';

/** /fund/receipts/new: "Ghi phiếu thu". */
export function ReceiptFormPage() {
  const { t } = useTranslation();
  const defaultValues = useMemo(() => emptyReceiptValues(todayIso()), []);
  return (
    <div className="fund-receipt-page">
      <h2>{t('fund.receipts.form.title')}</h2>
      <ReceiptForm defaultValues={defaultValues} />
    </div>
  );
}
