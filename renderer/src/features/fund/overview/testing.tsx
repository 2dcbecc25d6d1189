import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ChannelName } from '../../../../../shared/channels';
import { contract, type Output, type ParsedInput } from '../../../../../shared/contract';
import { fail, ok, type ErrorCode, type FieldIssue } from '../../../../../shared/errors';
import type { Donor, FundOverview, LedgerLine, PotInfo, Receipt } from '../../../../../shared/fund';
import { createApi } from '../../../api/client';
import { createQueryClient } from '../../../api/queries';
import { AppProviders } from '../../../app/AppProviders';
import { createI18n } from '../../../i18n';
import type { FakeBackend } from '../../../test/fakeBackend';
import { DonorListPage } from '../donors/DonorListPage';
import { FundLayout } from '../FundLayout';
import { LedgerPage } from '../ledger/LedgerPage';
import { ReceiptFormPage } from '../receipts/ReceiptFormPage';
import { ReceiptListPage } from '../receipts/ReceiptListPage';
import { FundOverviewPage } from './FundOverviewPage';

/** Test data and rendering for the fund's ledger-side screens; every name is made up. */

/** Thrown by a served handler to answer a refusal. */
export class Refusal extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: FieldIssue[],
  ) {
    super(code);
  }
}

/** Serves a channel as main would: input parsed by the contract, a Refusal answered as a failure. */
export function serve<C extends ChannelName>(backend: FakeBackend, channel: C, handler: (input: ParsedInput<C>) => Output<C>) {
  backend.override(channel, (input) => {
    const parsed = contract[channel].input.safeParse(input);
    if (!parsed.success) {
      return fail(
        'errors.invalidInput',
        parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
      );
    }
    try {
      return ok(handler(parsed.data as ParsedInput<C>));
    } catch (error) {
      if (error instanceof Refusal) return fail(error.code, error.details);
      throw error;
    }
  });
}

export const generalPotInfo: PotInfo = { key: 'general', kind: 'none', purpose: null, unitId: null, unitName: null, childId: null, childName: null };
export const giftsPotInfo: PotInfo = { ...generalPotInfo, key: 'purpose:gifts', kind: 'purpose', purpose: 'gifts' };
export const heartPotInfo: PotInfo = { ...generalPotInfo, key: 'purpose:heartSurgery', kind: 'purpose', purpose: 'heartSurgery' };
export const unitPotInfo: PotInfo = { ...generalPotInfo, key: 'unit:11311', kind: 'unit', unitId: '11311', unitName: 'Phường Ngô Quyền' };
export const childPotInfo: PotInfo = { ...generalPotInfo, key: 'child:child-1', kind: 'child', childId: 'child-1', childName: 'Đặng Thị Hoa' };

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
export async function renderFund(path: string, backend: FakeBackend) {
  const api = createApi(backend.transport);
  const queryClient = createQueryClient();
  const i18n = await createI18n('vi');
  const router = createMemoryRouter(
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
    { initialEntries: [path] },
  );
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <AppProviders api={api} queryClient={queryClient} i18n={i18n}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  return { ...view, user, router, queryClient };
}

/** Table cells as shown, with the no-break space before ₫ made plain. */
export const cellTexts = (cells: HTMLElement[]) => cells.map((cell) => cell.textContent?.replace(/\u00A0/g, ' ').trim());
