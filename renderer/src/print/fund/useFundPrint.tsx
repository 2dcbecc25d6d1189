import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfficeProfile } from '../../../../shared/schemas/office';
import { useApi } from '../../api/ApiProvider';
import { errorCode, officeQuery } from '../../api/queries';
import type { Period } from '../../features/reports/review/periods';
import { ErrorAlert } from '../../ui/ErrorAlert';

/**
 * What a fund report's print page shows: the document once the office and the report are
 * loaded (then `ready`, for Electron's print window), else why it cannot print yet.
 * A hook, not a wrapping component: the report's query result must be read by the component
 * that owns it, or React Query (which tracks the fields read) would not re-render it.
 */
export function useFundPrint<T>(
  period: Period | null,
  report: UseQueryResult<T>,
  document: (office: OfficeProfile, report: T, period: Period) => ReactNode,
): { ready: boolean; body: ReactNode } {
  const { t } = useTranslation();
  const office = useQuery(officeQuery(useApi()));
  const ready = period !== null && office.isSuccess && office.data !== null && report.isSuccess;

  let body: ReactNode;
  if (!period) body = <p className="print-status">{t('print.fund.badPeriod')}</p>;
  else if (office.isError || report.isError) body = <ErrorAlert code={errorCode(office.error ?? report.error)} />;
  else if (office.isSuccess && office.data === null) body = <ErrorAlert code="errors.officeNotSetUp" />;
  else if (!ready || !office.data || !report.isSuccess) body = <p role="status">{t('print.loading')}</p>;
  else body = document(office.data, report.data, period);
  return { ready, body };
}
