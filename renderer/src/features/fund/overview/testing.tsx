import type { Donor, FundOverview, LedgerLine, Receipt } from '../../../../../shared/fund';
import type { FakeBackend } from '../../../test/fakeBackend';
import { renderRoutes } from '../../../test/renderApp';
import { childPotInfo, generalPotInfo, heartPotInfo, unitPotInfo } from '../common/testing';
import { DonorListPage } from '../donors/DonorListPage';
import { FundLayout } from '../FundLayout';
import { LedgerPage } from '../ledger/LedgerPage';
import { ReceiptFormPage } from '../receipts/ReceiptFormPage';
import { ReceiptListPage } from '../receipts/ReceiptListPage';
import { FundOverviewPage } from './FundOverviewPage';

/** Test data and rendering for the fund's ledger-side screens (shared fixtures: ../common/testing). */

export function makeDonor(overrides: Partial<Donor> = {}): Donor {
  return {
    id: 'donor-1',
    name: 'Công ty TNHH Thiên Phúc',
    kind: 'business',
    origin: 'domestic',
    anonymous: false,
    contactPerson: 'Lê Thị Mai',
    phone: '0912000111',
    email: null,
    address: 'Số 5 phố Lạch Tray',
    note: null,
    receiptCount: 2,
    receivedTotal: 15_000_000,
    createdAt: '2026-01-05T02:00:00.000Z',
    updatedAt: '2026-01-05T02:00:00.000Z',
    ...overrides,
  };
}

export function makeReceipt(overrides: Partial<Receipt> = {}): Receipt {
  return {
    id: 'receipt-1',
    receiptNo: 'PT-2026-001',
    receivedOn: '2026-03-02',
    donorId: 'donor-1',
    donorName: 'Công ty TNHH Thiên Phúc',
    donorKind: 'business',
    kind: 'cash',
    amount: 10_000_000,
    goodsDescription: null,
    goodsQuantity: null,
    goodsUnit: null,
    earmark: generalPotInfo,
    note: null,
    postingId: 'posting-1',
    postingSeq: 1,
    cancelled: null,
    createdAt: '2026-03-02T02:00:00.000Z',
    ...overrides,
  };
}

export function makeOverview(overrides: Partial<FundOverview> = {}): FundOverview {
  return {
    cash: {
      total: 15_000_000,
      pots: [
        { ...generalPotInfo, balance: 10_000_000 },
        { ...heartPotInfo, balance: 3_000_000 },
        { ...unitPotInfo, balance: 1_500_000 },
        { ...childPotInfo, balance: 500_000 },
      ],
    },
    goods: {
      totalValue: 4_000_000,
      lots: [
        {
          receiptId: 'receipt-milk',
          receiptNo: 'PT-2026-003',
          receivedOn: '2026-04-10',
          donorName: 'Ngân hàng Bình Minh',
          description: 'Sữa hộp 180 ml',
          unit: 'thùng',
          quantityReceived: 50,
          quantityLeft: 40,
          valueReceived: 5_000_000,
          valueLeft: 4_000_000,
          earmark: generalPotInfo,
        },
      ],
    },
    closedPeriods: [{ period: '2026-09', closedAt: '2026-10-03T02:00:00.000Z' }],
    overrides: [],
    ...overrides,
  };
}

export function makeLine(overrides: Partial<LedgerLine> & Pick<LedgerLine, 'seq' | 'amount' | 'balance'>): LedgerLine {
  return {
    postingId: `posting-${overrides.seq}`,
    postedOn: '2026-03-02',
    source: 'receipt',
    reversedSource: null,
    reference: null,
    donorName: null,
    purpose: null,
    childId: null,
    childName: null,
    campaignId: null,
    campaignName: null,
    pots: [{ pot: generalPotInfo, amount: overrides.amount, quantity: null, goodsUnit: null }],
    reversesSeq: null,
    reversedBySeq: null,
    reason: null,
    overrideReason: null,
    locked: false,
    ...overrides,
  };
}

/** The fund's ledger-side pages under their layout at /fund; any other address shows nothing. */
export function renderFund(path: string, backend: FakeBackend) {
  return renderRoutes(
    [
      {
        path: '/fund',
        element: <FundLayout />,
        children: [
          { index: true, element: <FundOverviewPage /> },
          { path: 'receipts', element: <ReceiptListPage /> },
          { path: 'receipts/new', element: <ReceiptFormPage /> },
          { path: 'donors', element: <DonorListPage /> },
          { path: 'ledger', element: <LedgerPage /> },
        ],
      },
      { path: '*', element: null },
    ],
    path,
    backend,
  );
}
