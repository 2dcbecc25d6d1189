import { rolloutStatuses, type RolloutStatus } from '../../../../../shared/codes/models';
import type { Coverage, CoverageYear, FloodCostReport, FloodPoint, ModelCoverage } from '../../../../../shared/models';
import { moneyInWords } from '../../../../../shared/format/number-words';
import { printRoutes } from '../../../print/routes';
import { createFakeBackend, sampleOffice, type FakeBackend } from '../../../test/fakeBackend';
import { renderRoutes } from '../../../test/renderApp';
import { serve } from '../../../test/serve';
import { reportsRoutes } from '../../reports/routes';
import { CoveragePage } from './CoveragePage';

/** Test data for the coverage dashboard and the models' print pages (fictional places and figures). */
const statuses = (given: Partial<Record<RolloutStatus, number>>) =>
  Object.fromEntries(rolloutStatuses.map((status) => [status, given[status] ?? 0])) as Record<RolloutStatus, number>;

/** A series fromYear … year: covered grows by `step` a year up to `covered`; targets as given by year. */
function series(fromYear: number, year: number, covered: number, step: number, targets: Record<number, number> = {}): CoverageYear[] {
  return Array.from({ length: year - fromYear + 1 }, (_, index) => {
    const at = fromYear + index;
    return { year: at, covered: Math.max(0, covered - (year - at) * step), target: targets[at] ?? null };
  });
}

export function sampleCoverage(year: number, fromYear: number): Coverage {
  const model = (fields: Omit<ModelCoverage, 'byYear'>, step: number): ModelCoverage => ({
    ...fields,
    byYear: series(fromYear, year, fields.covered, step, fields.target === null ? {} : { [year]: fields.target }),
  });
  return {
    year,
    fromYear,
    totalCommunes: 156,
    models: [
      model({ modelTypeId: 'safeHome', builtin: 'safeHome', name: null, covered: 56, target: 60, byStatus: statuses({ planned: 10, pilot: 6, active: 30, recognised: 20, stopped: 2 }) }, 10),
      model({ modelTypeId: 'childFriendly', builtin: 'childFriendly', name: null, covered: 40, target: 35, byStatus: statuses({ active: 12, recognised: 28 }) }, 5),
      model({ modelTypeId: 'own-1', builtin: null, name: 'Mô hình Cha mẹ đồng hành', covered: 3, target: null, byStatus: statuses({ pilot: 3, planned: 4 }) }, 1),
    ],
  };
}

function floodPoint(fields: Pick<FloodPoint, 'id' | 'unitId' | 'unitName' | 'name' | 'childrenEnrolled' | 'daysOpen' | 'costPerChildDay' | 'carers' | 'carerPayPerDay'>): FloodPoint {
  const childCost = fields.childrenEnrolled * fields.daysOpen * fields.costPerChildDay;
  const carerCost = fields.carers * fields.daysOpen * fields.carerPayPerDay;
  return { ...fields, year: 2026, location: null, note: null, childCost, carerCost, totalCost: childCost + carerCost };
}

export function sampleFloodReport(year: number): FloodCostReport {
  const points = [
    floodPoint({ id: 'p1', unitId: '11311', unitName: 'Phường Ngô Quyền', name: 'Điểm giữ trẻ thôn Đông', childrenEnrolled: 20, daysOpen: 30, costPerChildDay: 15_000, carers: 2, carerPayPerDay: 150_000 }),
    floodPoint({ id: 'p2', unitId: '11329', unitName: 'Phường Gia Viên', name: 'Điểm giữ trẻ tổ 5', childrenEnrolled: 15, daysOpen: 20, costPerChildDay: 15_000, carers: 1, carerPayPerDay: 150_000 }),
  ];
  // p1: 9.000.000 + 9.000.000; p2: 4.500.000 + 3.000.000 — 25.500.000 in all.
  const sum = (pick: (p: FloodPoint) => number) => points.reduce((total, point) => total + pick(point), 0);
  return {
    year,
    points: points.map((point) => ({ ...point, year })),
    byUnit: points.map((p) => ({ unitId: p.unitId, unitName: p.unitName, points: 1, children: p.childrenEnrolled, childDays: p.childrenEnrolled * p.daysOpen, totalCost: p.totalCost })),
    total: {
      points: points.length,
      children: sum((p) => p.childrenEnrolled),
      childDays: sum((p) => p.childrenEnrolled * p.daysOpen),
      childCost: sum((p) => p.childCost),
      carerCost: sum((p) => p.carerCost),
      totalCost: sum((p) => p.totalCost),
    },
    totalInWords: moneyInWords(sum((p) => p.totalCost)),
  };
}

export function coverageBackend(options: { language?: 'vi' | 'en' } = {}): FakeBackend {
  const backend = createFakeBackend({ office: sampleOffice, language: options.language ?? 'vi' });
  serve(backend, 'models.coverage', ({ year, fromYear }) => sampleCoverage(year, fromYear));
  serve(backend, 'models.floodCostReport', ({ year }) => sampleFloodReport(year));
  return backend;
}

/** The dashboard (without the models' layout, another page's concern), the reports index and the print pages. */
export function renderCoverage(options: { backend?: FakeBackend; path?: string } = {}) {
  return renderRoutes(
    [
      { path: '/print', children: printRoutes },
      { path: '/models', element: <CoveragePage /> },
      { path: '/reports', children: reportsRoutes },
    ],
    options.path ?? '/models?year=2026&fromYear=2022',
    options.backend ?? coverageBackend(),
  );
}
