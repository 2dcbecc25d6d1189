import { useTranslation } from 'react-i18next';
import { Navigate, Outlet } from 'react-router';
import { errorCode, useOffice } from '../api/queries';
import { OfficeSetupPage } from '../features/office/OfficeSetupPage';
import { ErrorAlert } from '../ui/ErrorAlert';
import { AppShell } from './AppShell';
import { paths } from './paths';

/** Until the office exists, setup is the only screen; afterwards the shell and its areas. */
export function OfficeGate() {
  const { t } = useTranslation();
  const office = useOffice();

  if (office.isPending) {
    return (
      <p className="boot-status" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (office.isError) {
    return (
      <main className="boot-failure">
        <h1>{t('app.loadFailedTitle')}</h1>
        <ErrorAlert code={errorCode(office.error)} />
        <button type="button" className="button" onClick={() => void office.refetch()}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  if (office.data === null) return <OfficeSetupPage />;
  return (
    <AppShell office={office.data}>
      <Outlet />
    </AppShell>
  );
}

/** "/": the register for an office, the import of the offices' data for the province. */
export function HomeRedirect() {
  const office = useOffice();
  return <Navigate to={office.data?.mode === 'province' ? paths.exchange : paths.children} replace />;
}
