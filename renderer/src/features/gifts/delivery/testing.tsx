import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { CampaignDetail, RecipientRow } from '../../../../../shared/gifts';
import { createApi } from '../../../api/client';
import { createQueryClient } from '../../../api/queries';
import { AppProviders } from '../../../app/AppProviders';
import { createI18n } from '../../../i18n';
import type { ChannelName } from '../../../../../shared/channels';
import { contract, type Output, type ParsedInput } from '../../../../../shared/contract';
import { ok } from '../../../../../shared/errors';
import type { FakeBackend } from '../../../test/fakeBackend';
import { officeUnits } from '../../../test/registerFixtures';
import { pendingGift } from '../testing';

/** Test data for the views after the visit; every name is made up. */

export function sampleCampaign(overrides: Partial<CampaignDetail> = {}): CampaignDetail {
  return {
    id: 'camp-1',
    name: 'Tặng quà Tết Nguyên đán 2027',
    occasion: 'tet',
    year: 2027,
    startDate: '2027-01-20',
    endDate: '2027-02-05',
    status: 'frozen',
    budget: 5_000_000,
    plannedChildren: 3,
    plannedAmount: 1_500_000,
    deliveredChildren: 0,
    deliveredAmount: 0,
    cashPerChild: 300_000,
    goodsDescription: 'Bánh kẹo, sữa',
    goodsValuePerChild: 200_000,
    funding: [
      { id: 'f-fund', kind: 'childFund', sponsorName: null, amount: 3_000_000 },
      { id: 'f-sponsor', kind: 'sponsor', sponsorName: 'Công ty Hoa Sen', amount: 2_000_000 },
    ],
    groupRates: [],
    note: null,
    rules: null,
    frozenAt: '2027-01-10T02:00:00.000Z',
    remainingBudget: 3_500_000,
    statusCounts: { pending: 3, received: 0, receivedByGuardian: 0, absent: 0, refused: 0 },
    createdAt: '2027-01-05T02:00:00.000Z',
    updatedAt: '2027-01-10T02:00:00.000Z',
    ...overrides,
  };
}

export function recipientRow(overrides: Partial<RecipientRow> & Pick<RecipientRow, 'id' | 'fullName'>): RecipientRow {
  return {
    childId: `child-${overrides.id}`,
    birthDate: '2016-04-02',
    sex: 'female',
    unitId: '11311',
    unitName: 'Phường Ngô Quyền',
    village: 'Tổ 3',
    addressLine: null,
    ...pendingGift,
    proxyName: null,
    ...overrides,
  };
}

/**
 * Renders one gift view with the app's services (api on the fake backend, queries, i18n) and a
 * router; any other address shows an empty page, so a test can follow where a button leads.
 */
export async function renderWithServices(element: ReactNode, backend: FakeBackend, language: 'vi' | 'en' = 'vi') {
  const api = createApi(backend.transport);
  const queryClient = createQueryClient();
  const i18n = await createI18n(language);
  const router = createMemoryRouter(
    [
      { path: '/', element },
      { path: '*', element: null },
    ],
    { initialEntries: ['/'] },
  );
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <AppProviders api={api} queryClient={queryClient} i18n={i18n}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
  return { ...view, user, backend, queryClient, i18n, router };
}

/**
 * A campaign's list behind the delivery channels, parsed by the contract as main does:
 * recipients by unit and status, marking, and "all received" with exceptions.
 */
export function serveDelivery(backend: FakeBackend, initial: RecipientRow[]) {
  const rows = new Map(initial.map((row) => [row.id, structuredClone(row)]));
  function serve<C extends ChannelName>(channel: C, handler: (input: ParsedInput<C>) => Output<C>) {
    backend.override(channel, (input) => ok(handler(contract[channel].input.parse(input) as ParsedInput<C>)));
  }
  serve('office.units', () => officeUnits);
  serve('gifts.recipients', (query) =>
    [...rows.values()].filter(
      (row) =>
        row.included &&
        (query.unitId === null || row.unitId === query.unitId) &&
        (query.statuses.length === 0 || query.statuses.includes(row.status)),
    ),
  );
  serve('gifts.markDelivery', (input) => {
    for (const id of input.recipientIds) {
      const row = rows.get(id);
      if (row) rows.set(id, { ...row, status: input.status, deliveredOn: input.date, receivedBy: input.receivedBy, deliveryNote: input.note });
    }
    return { updated: input.recipientIds.length };
  });
  serve('gifts.markAllReceived', (input) => {
    const waiting = [...rows.values()].filter((row) => row.status === 'pending' && (input.unitId === null || row.unitId === input.unitId));
    for (const row of waiting) {
      const exception = input.exceptions.find((e) => e.recipientId === row.id);
      rows.set(row.id, {
        ...row,
        status: exception?.status ?? 'received',
        deliveredOn: input.date,
        receivedBy: exception?.receivedBy ?? null,
        deliveryNote: exception?.note ?? null,
      });
    }
    return { updated: waiting.length };
  });
  return rows;
}
