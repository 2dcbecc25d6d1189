import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportLogRow } from '../../../../../shared/exchange';
import { formatAmount, formatDateTime } from '../../../../../shared/format';
import { useApi } from '../../../api/ApiProvider';
import { saveFile } from '../../../api/files';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { formatDay, formatFileSize } from '../format';
import { useExchangeLabels } from '../labels';

/**
 * The export log, newest first: each package with its period, file, size, child records sent,
 * whether it replaced an earlier one and whether the province's receipt came back. A package is
 * kept, so it can be saved again (a lost USB stick, a failed e-mail), until its receipt is in.
 */
export function ExportLog({ exports }: { exports: readonly ExportLogRow[] }) {
  const { t, i18n } = useTranslation();
  const labels = useExchangeLabels();
  const api = useApi();
  const [saved, setSaved] = useState<string | null>(null);
  const saveAgain = useMutation({
    mutationFn: async (row: ExportLogRow) => {
      const file = await api.request('exchange.exportFile', { id: row.id });
      return { ...(await saveFile(api, file)), fileName: file.fileName };
    },
  });
  const rows = [...exports].sort((a, b) => b.sequence - a.sequence);

  const save = (row: ExportLogRow) => {
    if (saveAgain.isPending) return;
    setSaved(null);
    saveAgain.mutate(row, { onSuccess: (result) => setSaved(result.saved ? result.fileName : null) });
  };

  if (rows.length === 0) return <p>{t('exchangeOffice.log.empty')}</p>;
  return (
    <>
      <p role="status" className="form-status">
        {saveAgain.isPending && t('exchangeOffice.log.saving')}
        {saved && <span className="notice-success">{t('exchangeOffice.log.saved', { fileName: saved })}</span>}
      </p>
      {saveAgain.error && <ErrorAlert code={errorCode(saveAgain.error)} lead={t('exchangeOffice.log.saveFailed')} />}
      <div className="exchange-table-scroll">
        <table className="data-table exchange-table">
          <caption className="visually-hidden">{t('exchangeOffice.log.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="number">
                {t('exchangeOffice.log.sequence')}
              </th>
              <th scope="col">{t('exchangeOffice.log.period')}</th>
              <th scope="col">{t('exchangeOffice.log.createdAt')}</th>
              <th scope="col">{t('exchangeOffice.log.file')}</th>
              <th scope="col" className="number">
                {t('exchangeOffice.log.size')}
              </th>
              <th scope="col" className="number">
                {t('exchangeOffice.log.children')}
              </th>
              <th scope="col">{t('exchangeOffice.log.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('exchangeOffice.log.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" className="number">
                  {row.sequence}
                </th>
                <td>
                  {labels.period(row.period)}
                  {row.replacesSequence !== null && (
                    <span className="exchange-badge">{t('exchangeOffice.log.replaces', { sequence: row.replacesSequence })}</span>
                  )}
                </td>
                <td className="nowrap">{formatDateTime(row.createdAt)}</td>
                <td>
                  <span className="exchange-file-name">{row.fileName}</span>
                  {(row.includePersonalIds || row.includeGuardianPhones) && (
                    <span className="exchange-includes">
                      {[row.includePersonalIds && t('exchangeOffice.log.withPersonalIds'), row.includeGuardianPhones && t('exchangeOffice.log.withGuardianPhones')]
                        .filter(Boolean)
                        .join('; ')}
                    </span>
                  )}
                </td>
                <td className="number nowrap">{row.fileKept ? formatFileSize(row.sizeBytes, t, i18n.language) : '—'}</td>
                <td className="number">{formatAmount(row.rowCounts.child ?? 0)}</td>
                <td className={row.receivedAt ? 'exchange-received' : 'exchange-pending'}>
                  {row.receivedAt ? t('exchangeOffice.log.received', { date: formatDay(row.receivedAt) }) : t('exchangeOffice.log.notReceived')}
                </td>
                <td>
                  {row.fileKept ? (
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      aria-label={t('exchangeOffice.log.saveAgainFor', { sequence: row.sequence })}
                      aria-disabled={saveAgain.isPending || undefined}
                      onClick={() => save(row)}
                    >
                      {t('exchangeOffice.log.saveAgain')}
                    </button>
                  ) : (
                    <span className="exchange-dropped">
                      {t('exchangeOffice.log.fileDropped')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.some((row) => !row.fileKept) && (
        <p className="field-hint exchange-dropped-note">
          {t('exchangeOffice.log.fileDroppedNote')}
        </p>
      )}
    </>
  );
}
