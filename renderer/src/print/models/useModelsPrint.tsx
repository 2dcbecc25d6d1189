import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { errorCode, officeQuery } from '../../api/queries';
import { ErrorAlert } from '../../ui/ErrorAlert';

/**
 * What a models print page shows: the document once the office and the report are loaded
 * (then `ready`, for Electron's print window), else why it cannot print yet. A hook, as
 * useFundPrint: the component that owns the report's query reads it.
 */
export function useModelsPrint<T>(
  validAddress: boolean,
  report: UseQueryResult<T>,
  document: (office: OfficeProfile, report: T) => ReactNode,
): { ready: boolean; body: ReactNode } {
  const { t } = useTranslation();
  const office = useQuery(officeQuery(useApi()));
  const ready = validAddress && office.isSuccess && office.data !== null && report.isSuccess;

  let body: ReactNode;
  if (!validAddress) body = <p className="print-status">{t('print.models.badYear')}</p>;
  else if (office.isError || report.isError) body = <ErrorAlert code={errorCode(office.error ?? report.error)} />;
  else if (office.isSuccess && office.data === null) body = <ErrorAlert code="errors.officeNotSetUp" />;
  else if (!ready || !office.data || !report.isSuccess) body = <p role="status">{t('print.loading')}</p>;
  else body = document(office.data, report.data);
  return { ready, body };
}
