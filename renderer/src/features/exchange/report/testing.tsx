import { groupCodes } from '../../../../../shared/codes/groups';
import type { ProvinceChildrenRow, ProvinceReport } from '../../../../../shared/exchange';
import type { FakeBackend } from '../../../test/fakeBackend';
import { renderApp } from '../../../test/renderApp';
import { serve } from '../../../test/serve';
import { giaVien, ngoQuyen, provinceBackend } from '../province/testing';

/** Test data for the province report's screen and print page (fictional offices and figures). */

const children = (fields: Omit<ProvinceChildrenRow, 'byGroup'> & { byGroup: Record<string, number> }): ProvinceChildrenRow => ({
  ...fields,
  byGroup: Object.fromEntries(groupCodes.map((code) => [code, fields.byGroup[code] ?? 0])),
});

export function sampleProvinceReport(from: string, to: string): ProvinceReport {
  return {
    from,
    to,
    offices: [
      {
        office: ngoQuyen,
        sequence: 3,
        period: { kind: 'quarter', year: 2026, number: 4 },
        createdAt: '2027-01-05T03:00:00.000Z',
        children: children({ total: 120, male: 64, female: 56, byGroup: { a: 3, d: 40, dd: 2, h: 5, n: 15 }, atRisk: 30, supported: 45 }),
        gifts: { campaigns: 2, giftsDelivered: 150, value: 75_000_000 },
        fund: { received: 120_000_000, paid: 80_000_000, balance: 64_500_000, childTimes: 21, supportPaid: 86_000_000 },
        models: { covered: { safeHome: 5, childFriendly: 8 }, communes: 12 },
      },
      {
        office: giaVien,
        sequence: 7,
        period: { kind: 'month', year: 2026, number: 11 },
        createdAt: '2026-12-02T10:00:00.000Z',
        children: children({ total: 80, male: 41, female: 39, byGroup: { a: 1, b: 2, d: 30, n: 9 }, atRisk: 12, supported: 20 }),
        gifts: { campaigns: 1, giftsDelivered: 60, value: 30_000_000 },
        fund: { received: 50_000_000, paid: 15_000_000, balance: 40_000_000, childTimes: 4, supportPaid: 15_000_000 },
        models: { covered: { safeHome: 2, childFriendly: 9, childrenClub: 3 }, communes: 9 },
      },
    ],
    total: {
      children: children({ total: 200, male: 105, female: 95, byGroup: { a: 4, b: 2, d: 70, dd: 2, h: 5, n: 24 }, atRisk: 42, supported: 65 }),
      gifts: { campaigns: 3, giftsDelivered: 210, value: 105_000_000 },
      fund: { received: 170_000_000, paid: 95_000_000, balance: 104_500_000, childTimes: 25, supportPaid: 101_000_000 },
      models: { covered: { safeHome: 7, childFriendly: 17, childrenClub: 3 }, communes: 21 },
    },
  };
}

export function emptyProvinceReport(from: string, to: string): ProvinceReport {
  return {
    from,
    to,
    offices: [],
    total: {
      children: children({ total: 0, male: 0, female: 0, byGroup: {}, atRisk: 0, supported: 0 }),
      gifts: { campaigns: 0, giftsDelivered: 0, value: 0 },
      fund: { received: 0, paid: 0, balance: 0, childTimes: 0, supportPaid: 0 },
      models: { covered: {}, communes: 0 },
    },
  };
}

/** The province's fake main answering the report with the sample (or the empty one). */
export function reportBackend(options: { language?: 'vi' | 'en'; empty?: boolean } = {}): FakeBackend {
  const backend = provinceBackend({ language: options.language });
  serve(backend, 'exchange.provinceReport', ({ from, to }) => (options.empty ? emptyProvinceReport(from, to) : sampleProvinceReport(from, to)));
  return backend;
}

export function renderReport(path: string, backend: FakeBackend = reportBackend()) {
  return renderApp({ backend, path });
}
