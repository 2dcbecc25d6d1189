import { Navigate, type RouteObject } from 'react-router';
import { useOffice } from '../../api/queries';
import { ExchangeLayout } from './ExchangeLayout';
import { ExchangeSettingsPage } from './office/ExchangeSettingsPage';
import { ExportPage } from './office/ExportPage';
import { packageImportPath } from './paths';
import { ImportLogPage } from './province/ImportLogPage';
import { ImportSessionProvider } from './province/ImportSession';
import { PackageImportPage } from './province/PackageImportPage';
import { SourceOfficesPage } from './province/SourceOfficesPage';

/**
 * The office's mode decides the area's tabs; OfficeGate has loaded the office already. The
 * import's work in progress lives here, so that it outlasts a visit to another tab of the area.
 */
function ModeLayout() {
  const office = useOffice();
  return (
    <ImportSessionProvider>
      <ExchangeLayout mode={office.data?.mode ?? 'office'} />
    </ImportSessionProvider>
  );
}

/** /exchange itself: the export page for an office, the import page for the province. */
function ExchangeHome() {
  const office = useOffice();
  return office.data?.mode === 'province' ? <Navigate to={packageImportPath} replace /> : <ExportPage />;
}

/** The exchange with the province, under /exchange. See paths.ts. */
export const exchangeRoutes: RouteObject[] = [
  {
    element: <ModeLayout />,
    children: [
      { index: true, element: <ExchangeHome /> },
      { path: 'settings', element: <ExchangeSettingsPage /> },
      { path: 'import', element: <PackageImportPage /> },
      { path: 'offices', element: <SourceOfficesPage /> },
      { path: 'imports', element: <ImportLogPage /> },
    ],
  },
];
