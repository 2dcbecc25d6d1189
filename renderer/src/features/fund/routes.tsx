import type { RouteObject } from 'react-router';
import { DonorListPage } from './donors/DonorListPage';
import { FundLayout } from './FundLayout';
import { LedgerPage } from './ledger/LedgerPage';
import { FundOverviewPage } from './overview/FundOverviewPage';
import { ReceiptFormPage } from './receipts/ReceiptFormPage';
import { ReceiptListPage } from './receipts/ReceiptListPage';
import { FundReportsPage } from './reports/FundReportsPage';
import { SupportDetailPage } from './supports/SupportDetailPage';
import { SupportListPage } from './supports/SupportListPage';
import { SupportProposalPage } from './supports/SupportProposalPage';

/** The Child Fund, under /fund: one layout (the fund's tabs) around each page. See paths.ts. */
export const fundRoutes: RouteObject[] = [
  {
    element: <FundLayout />,
    children: [
      { index: true, element: <FundOverviewPage /> },
      { path: 'supports', element: <SupportListPage /> },
      { path: 'supports/new', element: <SupportProposalPage /> },
      { path: 'supports/:supportId', element: <SupportDetailPage /> },
      { path: 'receipts', element: <ReceiptListPage /> },
      { path: 'receipts/new', element: <ReceiptFormPage /> },
      { path: 'donors', element: <DonorListPage /> },
      { path: 'ledger', element: <LedgerPage /> },
      { path: 'reports', element: <FundReportsPage /> },
    ],
  },
];
