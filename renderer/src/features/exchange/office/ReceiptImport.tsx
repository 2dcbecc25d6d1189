import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { receiptExtension } from '../../../../../shared/codes/exchange';
import type { ReceiptImportResult } from '../../../../../shared/exchange';
import { readFileAsBase64 } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDay } from '../format';
import { useExchangeLabels } from '../labels';
import { useImportReceipt } from './queries';

/**
 * "Nhập biên nhận": the small file the province sends back once it has imported a package.
 * Main checks it against the export it names, which the log then shows as received.
 */
export function ReceiptImport() {
  const { t } = useTranslation();
  const labels = useExchangeLabels();
  const importReceipt = useImportReceipt();
  const [reading, setReading] = useState(false);
  const [readFailed, setReadFailed] = useState(false);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file || reading || importReceipt.isPending) return;
    importReceipt.reset();
    setReadFailed(false);
    setReading(true);
    let base64: string;
    try {
      base64 = await readFileAsBase64(file);
    } catch {
      setReadFailed(true);
      return;
    } finally {
      setReading(false);
      // The same file can be picked again (after a refusal, say) and still be read.
      input.value = '';
    }
    importReceipt.mutate({ fileName: file.name, base64 });
  };

  const doneText = (result: ReceiptImportResult): string => {
    const what = { sequence: result.export.sequence, period: labels.period(result.export.period), date: formatDay(result.export.receivedAt) };
    return result.alreadyReceived ? t('exchangeOffice.receipt.already', what) : t('exchangeOffice.receipt.done', what);
  };

  return (
    <section className="exchange-section" aria-labelledby="exchange-receipt-title">
      <h3 id="exchange-receipt-title">{t('exchangeOffice.receipt.title')}</h3>
      <div className="field">
        <label htmlFor="exchange-receipt-file">{t('exchangeOffice.receipt.file')}</label>
        <p id="exchange-receipt-hint" className="field-hint">
          {t('exchangeOffice.receipt.hint', { extension: `.${receiptExtension}` })}
        </p>
        <input
          id="exchange-receipt-file"
          type="file"
          accept={`.${receiptExtension}`}
          aria-describedby="exchange-receipt-hint"
          onChange={(event) => void pick(event)}
        />
      </div>
      <p role="status" className="form-status">
        {(reading || importReceipt.isPending) && t('exchangeOffice.receipt.working')}
        {importReceipt.data && <span className="notice-success">{doneText(importReceipt.data)}</span>}
      </p>
      {readFailed && (
        <div className="alert" role="alert">
          <p>{t('exchangeOffice.receipt.readFailed')}</p>
        </div>
      )}
      {importReceipt.error && <ErrorAlert code={errorCode(importReceipt.error)} lead={t('exchangeOffice.receipt.failed')} />}
    </section>
  );
}
