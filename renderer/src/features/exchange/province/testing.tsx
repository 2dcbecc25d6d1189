import type { DryRun, DryRunPackage, ImportLogRow, PackageOffice, SourceOffice, StagedPackage, TableChanges } from '../../../../../shared/exchange';
import type { ExchangeTableName } from '../../../../../shared/codes/exchange';
import type { OfficeProfile } from '../../../../../shared/schemas/office';
import { createFakeBackend, sampleOffice, type FakeBackend } from '../../../test/fakeBackend';
import { renderApp } from '../../../test/renderApp';
import { Refusal, serve } from '../../../test/serve';

/** Test data for the province's exchange screens (fictional offices and figures). */

export const provinceOffice: OfficeProfile = {
  ...sampleOffice,
  id: 'province-1',
  mode: 'province',
  name: 'SỞ Y TẾ',
  parentAgency: 'UBND THÀNH PHỐ HẢI PHÒNG',
  receiver: 'Bộ Y tế',
  placeName: 'Hải Phòng',
  headTitle: 'GIÁM ĐỐC',
  headName: 'Phạm Minh Đức',
  preparerName: 'Vũ Thị Lan',
};

export const ngoQuyen: PackageOffice = { id: 'office-nq', code: 'NQ', name: 'Phòng Văn hóa – Xã hội phường Ngô Quyền', provinceCode: '31' };
export const giaVien: PackageOffice = { id: 'office-gv', code: 'GV', name: 'Phòng Văn hóa – Xã hội phường Gia Viên', provinceCode: '31' };
export const leLoi: PackageOffice = { id: 'office-ll', code: 'LL', name: 'UBND xã Lê Lợi', provinceCode: '31' };

export const changes = (table: ExchangeTableName, [added, changed, unchanged, gone]: [number, number, number, number]): TableChanges => ({
  table,
  new: added,
  changed,
  unchanged,
  gone,
});

const quarter4 = { kind: 'quarter' as const, year: 2026, number: 4 };

/**
 * What the fake main finds in each file, by its name: Ngô Quyền's new package, Gia Viên's
 * package imported before, Lê Lợi's package older than the one imported, and a file no
 * passphrase opens. `forced` is whether the user took Lê Lợi's older package anyway.
 */
export function checkOf(staged: StagedPackage, forced: boolean): DryRunPackage {
  const base = { token: staged.token, fileName: staged.fileName, appVersion: '1.0.0', forced: false, earlierImportId: null, problems: [], tables: [] };
  const none = { personalIds: false, guardianPhones: false };
  switch (staged.fileName) {
    case 'BTTE_NQ_2026-Q4_so003.btte':
      return {
        ...base,
        office: ngoQuyen,
        sequence: 3,
        period: quarter4,
        createdAt: '2026-12-28T10:00:00.000Z',
        includes: { personalIds: true, guardianPhones: false },
        lastImportedSequence: 2,
        outcome: 'apply',
        problems: [{ code: 'missingReferences', blocking: false, details: { table: 'visit', count: 2 } }],
        tables: [
          changes('child', [5, 2, 1200, 1]),
          changes('guardian', [3, 0, 900, 0]),
          changes('visit', [0, 0, 0, 0]),
          changes('gift_campaign', [1, 0, 4, 0]),
        ],
      };
    case 'BTTE_GV_2026-11_so007.btte':
      return {
        ...base,
        office: giaVien,
        sequence: 7,
        period: { kind: 'month', year: 2026, number: 11 },
        createdAt: '2026-12-02T10:00:00.000Z',
        includes: none,
        // The same file as the import imp-1 of the log: its receipt can be written again.
        earlierImportId: 'imp-1',
        lastImportedSequence: 7,
        outcome: 'nothing',
        problems: [{ code: 'alreadyImported', blocking: false }],
      };
    case 'BTTE_LL_2026-Q3_so002.btte':
      return {
        ...base,
        office: leLoi,
        sequence: 2,
        period: { kind: 'quarter', year: 2026, number: 3 },
        createdAt: '2026-10-05T10:00:00.000Z',
        includes: none,
        lastImportedSequence: 4,
        forced,
        outcome: forced ? 'apply' : 'blocked',
        problems: [{ code: 'olderThanImported', blocking: !forced, details: { sequence: 4 } }],
        tables: forced ? [changes('child', [0, 3, 300, 12])] : [],
      };
    default:
      return {
        ...base,
        office: null,
        sequence: null,
        period: null,
        createdAt: null,
        includes: null,
        lastImportedSequence: null,
        outcome: 'blocked',
        problems: [{ code: 'wrongPassphrase', blocking: true }],
      };
  }
}

export const logRow = (fields: Partial<ImportLogRow> & Pick<ImportLogRow, 'id' | 'office' | 'sequence' | 'importedAt'>): ImportLogRow => ({
  batchId: 'batch-1',
  period: quarter4,
  createdAt: '2026-12-28T10:00:00.000Z',
  fileName: `BTTE_${fields.office.code}_2026-Q4_so${String(fields.sequence).padStart(3, '0')}.btte`,
  packageSha256: 'ab'.repeat(32),
  forced: false,
  tables: [],
  ...fields,
});

export const sampleImports: ImportLogRow[] = [
  logRow({
    id: 'imp-1',
    office: giaVien,
    sequence: 7,
    period: { kind: 'month', year: 2026, number: 11 },
    importedAt: '2026-12-03T02:00:00.000Z',
    tables: [changes('child', [800, 0, 0, 0]), changes('guardian', [610, 0, 0, 0])],
  }),
  logRow({
    id: 'imp-3',
    office: ngoQuyen,
    sequence: 3,
    importedAt: '2027-01-04T03:15:00.000Z',
    tables: [changes('child', [5, 2, 1200, 1]), changes('guardian', [3, 0, 900, 0])],
  }),
  logRow({
    id: 'imp-2',
    office: leLoi,
    sequence: 2,
    period: { kind: 'quarter', year: 2026, number: 3 },
    importedAt: '2026-12-20T08:00:00.000Z',
    forced: true,
    tables: [changes('child', [0, 3, 300, 12])],
  }),
];

export const sampleSources: SourceOffice[] = [
  {
    office: ngoQuyen,
    sequence: 3,
    period: quarter4,
    createdAt: '2026-12-28T10:00:00.000Z',
    importedAt: '2027-01-04T03:15:00.000Z',
    children: 1206,
    rowCounts: { child: 1206 },
  },
  {
    office: giaVien,
    sequence: 7,
    period: { kind: 'month', year: 2026, number: 11 },
    createdAt: '2026-12-02T10:00:00.000Z',
    importedAt: '2026-12-03T02:00:00.000Z',
    children: 800,
    rowCounts: { child: 800 },
  },
];

export const receiptFile = { fileName: 'BTTE_NQ_so003_bien-nhan.btte-bn', mimeType: 'application/octet-stream', base64: 'e30=' };

/**
 * A fake main for the province: files are staged under tokens (sha256 = their text), the dry
 * run answers checkOf() per file, apply imports the 'apply' packages (refusing a blocked batch
 * as main does), and the log, the offices and receipts answer the samples.
 */
export function provinceBackend(options: { language?: 'vi' | 'en' } = {}): FakeBackend {
  const backend = createFakeBackend({ office: provinceOffice, language: options.language ?? 'vi' });
  const staged = new Map<string, StagedPackage>();
  let next = 0;
  serve(backend, 'exchange.stage', ({ fileName, base64 }) => {
    next += 1;
    const file = { token: `token-${next}`, fileName, sizeBytes: atob(base64).length, sha256: `sha-${atob(base64)}` };
    staged.set(file.token, file);
    return file;
  });
  serve(backend, 'exchange.unstage', ({ token }) => ({ removed: staged.delete(token) }));
  const dryRun = (input: { tokens: string[]; force: string[] }): DryRun => {
    const packages = input.tokens.map((token) => {
      const file = staged.get(token);
      if (!file) throw new Refusal('errors.stagedFileMissing');
      return checkOf(file, input.force.includes(token));
    });
    return { packages, canApply: packages.every((pkg) => pkg.outcome !== 'blocked') };
  };
  serve(backend, 'exchange.dryRun', dryRun);
  serve(backend, 'exchange.apply', (input) => {
    const run = dryRun(input);
    if (!run.canApply) throw new Refusal('errors.importBlocked');
    const imported = run.packages
      .filter((pkg) => pkg.outcome === 'apply')
      .map((pkg, index) =>
        logRow({
          id: `imported-${index + 1}`,
          office: pkg.office ?? ngoQuyen,
          sequence: pkg.sequence ?? 0,
          period: pkg.period ?? quarter4,
          importedAt: '2027-01-04T03:15:00.000Z',
          forced: pkg.forced,
          tables: pkg.tables,
        }),
      );
    return { batchId: 'batch-9', imported };
  });
  serve(backend, 'exchange.sources', () => sampleSources);
  serve(backend, 'exchange.imports', () => sampleImports);
  serve(backend, 'exchange.receipt', () => receiptFile);
  serve(backend, 'exchange.stagedSummary', () => ({ fileName: 'tom-tat.xlsx', mimeType: 'application/x', base64: 'UEs=' }));
  backend.override('files.save', () => ({ ok: true, data: { saved: true } }));
  return backend;
}

/** A picked package file: its text is what the fake main reads as its content. */
export const packageFile = (name: string, text = name) => new File([text], name, { type: 'application/octet-stream' });

export function renderProvince(path: string, backend: FakeBackend = provinceBackend()) {
  return renderApp({ backend, path });
}
