import { anonymousDonorName, spendingPurposes, type SpendingPurpose } from '../../../../../shared/codes/fund';
import type { ChildTimesCell, ChildTimesReport, FundStatement, TransparencyReport } from '../../../../../shared/fund';
import { moneyInWords } from '../../../../../shared/format/number-words';
import { printRoutes } from '../../../print/routes';
import { createFakeBackend, sampleOffice, type FakeBackend } from '../../../test/fakeBackend';
import { renderRoutes } from '../../../test/renderApp';
import { serve } from '../../../test/serve';
import { reportsRoutes } from '../../reports/routes';
import { FundReportsPage } from './FundReportsPage';

/** Test data for the fund's report screens and print pages (fictional donors and figures). */
const amounts = (cash: number, goods: number) => ({ cash, goods, total: cash + goods });

export function sampleStatement(from: string, to: string): FundStatement {
  const received: Record<string, [number, number]> = {
    'organisation-domestic': [50_000_000, 0],
    'business-domestic': [100_000_000, 20_000_000],
    'individual-domestic': [5_500_000, 0],
    'individual-international': [10_000_000, 0],
  };
  const paid: Partial<Record<SpendingPurpose, [number, number]>> = {
    heartSurgery: [80_000_000, 0],
    cleftSurgery: [15_000_000, 0],
    scholarship: [6_000_000, 0],
    gifts: [12_000_000, 18_000_000],
  };
  return {
    from,
    to,
    opening: amounts(12_000_000, 3_000_000),
    receipts: (['agency', 'organisation', 'business', 'individual'] as const).flatMap((kind) =>
      (['domestic', 'international'] as const).map((origin) => {
        const [cash, goods] = received[`${kind}-${origin}`] ?? [0, 0];
        return { kind, origin, amounts: amounts(cash, goods) };
      }),
    ),
    receiptsTotal: amounts(165_500_000, 20_000_000),
    payments: spendingPurposes.map((purpose) => {
      const [cash, goods] = paid[purpose] ?? [0, 0];
      return { purpose, amounts: amounts(cash, goods) };
    }),
    paymentsTotal: amounts(113_000_000, 18_000_000),
    closing: amounts(64_500_000, 5_000_000),
  };
}

const cell = (children = 0, amount = 0): ChildTimesCell => ({ children, amount });
const cells = (given: Partial<Record<SpendingPurpose, ChildTimesCell>>) =>
  Object.fromEntries(spendingPurposes.map((purpose) => [purpose, given[purpose] ?? cell()])) as Record<SpendingPurpose, ChildTimesCell>;

export function sampleChildTimes(from: string, to: string): ChildTimesReport {
  return {
    from,
    to,
    rows: [
      {
        unitId: 'w:11320',
        unitName: 'Phường Cầu Đất',
        cells: cells({ heartSurgery: cell(1, 80_000_000), gifts: cell(20, 6_000_000) }),
        total: cell(21, 86_000_000),
      },
      {
        unitId: '11311',
        unitName: 'Phường Ngô Quyền',
        cells: cells({ cleftSurgery: cell(1, 15_000_000), scholarship: cell(3, 6_000_000), gifts: cell(40, 24_000_000) }),
        total: cell(44, 45_000_000),
      },
    ],
    totals: cells({
      heartSurgery: cell(1, 80_000_000),
      cleftSurgery: cell(1, 15_000_000),
      scholarship: cell(3, 6_000_000),
      gifts: cell(60, 30_000_000),
    }),
    total: cell(65, 131_000_000),
  };
}

/**
 * The sample with a case counted in an earlier period and undone in this one: main counts it
 * from the ledger, as −1 lượt trẻ and −55.000.000 in its commune.
 */
export function sampleChildTimesWithUndoneCase(from: string, to: string): ChildTimesReport {
  const report = sampleChildTimes(from, to);
  const undone = cell(-1, -55_000_000);
  return {
    ...report,
    rows: [...report.rows, { unitId: '11329', unitName: 'Phường Gia Viên', cells: cells({ heartSurgery: undone }), total: undone }],
    totals: { ...report.totals, heartSurgery: cell(0, 25_000_000) },
    total: cell(64, 76_000_000),
  };
}

export function sampleTransparency(from: string, to: string): TransparencyReport {
  return {
    from,
    to,
    donors: [
      {
        number: 1,
        name: 'Công ty TNHH Thương mại Hải An',
        kind: 'business',
        origin: 'domestic',
        address: 'Số 5 Lê Lợi, Phường Ngô Quyền',
        cash: 100_000_000,
        goods: 20_000_000,
        total: 120_000_000,
        purposes: 'Phẫu thuật tim; Tặng quà',
      },
      {
        number: 2,
        name: 'Hội Chữ thập đỏ Phường Cầu Đất',
        kind: 'organisation',
        origin: 'domestic',
        address: 'Số 12 Cầu Đất',
        cash: 50_000_000,
        goods: 0,
        total: 50_000_000,
        purposes: 'Học bổng',
      },
      {
        number: 3,
        name: anonymousDonorName,
        kind: 'individual',
        origin: 'domestic',
        address: null,
        cash: 5_500_000,
        goods: 0,
        total: 5_500_000,
        purposes: 'Hỗ trợ trẻ em có hoàn cảnh đặc biệt',
      },
    ],
    donorsTotal: amounts(155_500_000, 20_000_000),
    totalInWords: moneyInWords(175_500_000),
    spending: spendingPurposes.map((purpose) => {
      const given = sampleChildTimes(from, to).totals[purpose];
      return { purpose, children: given.children, amount: given.amount };
    }),
    spendingTotal: { children: 65, amount: 131_000_000 },
  };
}

/** A fake main that answers the three reports with the samples (or what a test gives). */
export function fundReportsBackend(options: { language?: 'vi' | 'en'; office?: typeof sampleOffice | null } = {}): FakeBackend {
  const backend = createFakeBackend({ office: options.office === undefined ? sampleOffice : options.office, language: options.language ?? 'vi' });
  serve(backend, 'fund.statement', ({ from, to }) => sampleStatement(from, to));
  serve(backend, 'fund.childTimes', ({ from, to }) => sampleChildTimes(from, to));
  serve(backend, 'fund.transparency', ({ from, to }) => sampleTransparency(from, to));
  return backend;
}

/**
 * The reports screen, the reports index and the print pages on a memory router, as the app
 * routes them, without the fund's layout around the screen (another page's concern).
 */
export function renderFundReports(options: { backend?: FakeBackend; path?: string } = {}) {
  return renderRoutes(
    [
      { path: '/print', children: printRoutes },
      { path: '/fund/reports', element: <FundReportsPage /> },
      { path: '/reports', children: reportsRoutes },
    ],
    options.path ?? '/fund/reports?report=statement&from=2026-01-01&to=2026-06-30',
    options.backend ?? fundReportsBackend(),
  );
}
