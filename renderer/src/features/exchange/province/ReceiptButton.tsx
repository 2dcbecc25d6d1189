import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportLogRow } from '../../../../../shared/exchange';
import { useApi } from '../../../api/ApiProvider';
import { saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { officeLabel } from './figures';

/** The import a receipt is written for: its id in the import log, the office and its export's sequence. */
export type ReceiptOf = Pick<ImportLogRow, 'id' | 'office' | 'sequence'>;

/**
 * "Ghi biên nhận": the small signed file the office imports to mark its export received.
 * Main makes it for an import of the log; it can be written again at any time.
 */
export function ReceiptButton({ row }: { row: ReceiptOf }) {
  const { t } = useTranslation();
  const api = useApi();
  const receipt = useMutation({
    mutationFn: async () => saveFile(api, await api.request('exchange.receipt', { id: row.id })),
  });
  return (
    <div className="province-receipt">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={t('exchangeProvince.receipt.buttonFor', { office: officeLabel(row.office), sequence: row.sequence })}
        aria-disabled={receipt.isPending || undefined}
        onClick={() => !receipt.isPending && receipt.mutate()}
      >
        {t('exchangeProvince.receipt.button')}
      </button>
      <span className="province-receipt__status" role="status">
        {receipt.isPending && t('exchangeProvince.receipt.working')}
        {receipt.data?.saved === true && t('exchangeProvince.receipt.saved')}
      </span>
      {receipt.isError && <ErrorAlert code={errorCode(receipt.error)} />}
    </div>
  );
}
