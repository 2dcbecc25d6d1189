import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../../api/ApiProvider';
import { errorCode } from '../../../api/queries';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import type { FundReportKind } from '../paths';
import { ChildTimesView } from './ChildTimesView';
import type { Period } from '../common/periods';
import { childTimesQuery, fundStatementQuery, transparencyQuery } from './queries';
import { StatementView } from './StatementView';
import { TransparencyView } from './TransparencyView';

/**
 * The report once loaded, else a status or main's refusal. Called during the render of the
 * component that owns the query: React Query re-renders only the owner when a field it read changes.
 */
function useLoaded<T>(query: UseQueryResult<T>, view: (data: T) => ReactNode): ReactNode {
  const { t } = useTranslation();
  if (query.isError) return <ErrorAlert code={errorCode(query.error)} />;
  if (!query.isSuccess) return <p role="status">{t('fund.reports.loading')}</p>;
  return view(query.data);
}

function Statement({ period }: { period: Period }) {
  const query = useQuery(fundStatementQuery(useApi(), period));
  return useLoaded(query, (data) => <StatementView statement={data} />);
}

function ChildTimes({ period }: { period: Period }) {
  const query = useQuery(childTimesQuery(useApi(), period));
  return useLoaded(query, (data) => <ChildTimesView report={data} />);
}

function Transparency({ period }: { period: Period }) {
  const query = useQuery(transparencyQuery(useApi(), period));
  return useLoaded(query, (data) => <TransparencyView report={data} />);
}

/** The report of the selected tab, asked of main only when that tab is shown. */
export function FundReportBody({ kind, period }: { kind: FundReportKind; period: Period }) {
  switch (kind) {
    case 'statement':
      return <Statement period={period} />;
    case 'childTimes':
      return <ChildTimes period={period} />;
    case 'transparency':
      return <Transparency period={period} />;
  }
}
