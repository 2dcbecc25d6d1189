/**
 * The exchange's part of `npm run bench` (alone: `npm run bench -- --only exchange`), the
 * targets of issue 7, each through the services the handlers call:
 *
 * - export: an office of 5,000 children with their history (seedOfficeData: guardians,
 *   memberships over the years, visits, two gift campaigns, the fund, the models), personal IDs
 *   and guardian phones included (the larger file), exported with `exportPackage` from a
 *   database file: a warm-up, then `rounds` exports (each a new sequence). Target < 2 s, and a
 *   file well under 5 MB;
 * - province import: 40 such offices (different seeds, so different children and ids), each
 *   exported once, the 40 files staged at a province (a database file), then `dryRun` and
 *   `applyImport` of the whole batch, timed once each. Target: both together < 60 s;
 * - province report: `provinceReport` over the 200,000 children just imported, for the year and
 *   for its last quarter, after a warm-up, `rounds` times each. Target < 2 s.
 *
 * Everything is fictional; the folder is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../main/clock';
import { createAttachmentStore } from '../main/attachment-store';
import { openDatabase, type Connection } from '../main/db/connection';
import { migrate } from '../main/db/migrate';
import type { HandlerContext } from '../main/handler-types';
import { platformWithoutDialogs } from '../main/platform';
import { exportPackage } from '../main/services/exchange/office/export';
import { saveExchangeSettings, setPassphrase } from '../main/services/exchange/office/settings';
import { applyImport } from '../main/services/exchange/province/apply';
import { dryRun } from '../main/services/exchange/province/dry-run';
import { createStaging } from '../main/services/exchange/province/staging';
import { provinceReport } from '../main/services/exchange/report/province-report';
import { saveOffice } from '../main/services/office';
import type { UnitCatalog } from '../main/services/units';
import type { ExchangePeriod } from '../shared/codes/exchange';
import { seedOfficeData } from '../tests/fixtures/office-data';
import { measureCases, summarise, time, type BenchRow, type Summary } from './demo/measure';
import { demoOffice } from './demo/office';


export interface ExchangeBenchOptions {
  /** A temporary folder of the benchmark's own; a subfolder is made and removed here. */
  dir: string;
  units: UnitCatalog;
  offices: number;
  childrenEach: number;
  rounds: number;
  seed: number;
  log: (text: string) => void;
}

export interface ExchangeBench {
  /** Said above the table: sizes and counts. */
  lines: string[];
  rows: BenchRow[];
}

const passphrase = 'Mật khẩu chung của tỉnh Hải Phòng 2026';
const period: ExchangePeriod = { kind: 'quarter', year: 2026, number: 4 };
// The world of seedOfficeData: its dates lie before 22/11/2026; the packages are sent after the quarter.
const clock: Clock = { now: () => new Date('2026-12-28T02:00:00.000Z') };
const reportPeriods = [
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2026-10-01', to: '2026-12-31' },
];

const ms = (value: number): string => `${Math.round(value).toLocaleString('en-US')} ms`;
const count = (value: number): string => value.toLocaleString('en-US');
const megabytes = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

function contextOf(connection: Connection, units: UnitCatalog, dir: string): HandlerContext {
  return {
    db: connection.db,
    sqlite: connection.sqlite,
    units,
    clock,
    runtime: 'browser',
    version: 'bench',
    platform: platformWithoutDialogs,
    attachments: createAttachmentStore(path.join(dir, 'attachments')),
    staging: createStaging(),
  };
}

async function openContext(file: string, units: UnitCatalog, dir: string): Promise<{ ctx: HandlerContext; close: () => Promise<void> }> {
  const connection = openDatabase(file);
  await migrate(connection.db, connection.sqlite, file === ':memory:' ? {} : { file });
  return { ctx: contextOf(connection, units, dir), close: connection.close };
}

/** An office of the demo district with `children` seeded children, ready to export (the n-th of the batch). */
async function readyOffice(file: string, n: number, options: ExchangeBenchOptions, dir: string) {
  const office = await openContext(file, options.units, dir);
  await saveOffice(office.ctx.db, options.units, clock, demoOffice(options.units, 'legacy'));
  await seedOfficeData(office.ctx, { children: options.childrenEach, seed: options.seed * 100 + n });
  await saveExchangeSettings(office.ctx.db, clock, { officeCode: `DV${String(n).padStart(3, '0')}`, includePersonalIds: true, includeGuardianPhones: true });
  await setPassphrase(office.ctx.db, clock, passphrase);
  return office;
}

const fileBytes = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

export async function measureExchange(options: ExchangeBenchOptions): Promise<ExchangeBench> {
  const { log, rounds } = options;
  const dir = path.join(options.dir, 'exchange');
  fs.mkdirSync(dir, { recursive: true });
  const rows: BenchRow[] = [];
  const lines: string[] = [];
  try {
    // The export, from a database file as an office has it.
    log(`Exchange: export of an office of ${count(options.childrenEach)} children × ${rounds}…`);
    const first = await readyOffice(path.join(dir, 'office-1.sqlite'), 1, options, dir);
    const packages: Uint8Array[] = [];
    let sizeBytes = 0;
    let rowsSent = 0;
    try {
      const exportSamples: number[] = [];
      let last: Awaited<ReturnType<typeof exportPackage>> | undefined;
      for (let run = 0; run <= rounds; run++) {
        const elapsed = await time(async () => {
          last = await exportPackage(first.ctx, { period, passphrase });
        });
        if (run > 0) exportSamples.push(elapsed);
      }
      if (!last) throw new Error('no export');
      sizeBytes = last.export.sizeBytes;
      rowsSent = Object.values(last.export.rowCounts).reduce((sum, rowCount) => sum + (rowCount ?? 0), 0);
      packages.push(fileBytes(last.file.base64));
      const summary = summarise(exportSamples);
      log(`  median ${ms(summary.median)}, p95 ${ms(summary.p95)}; ${megabytes(sizeBytes)}, ${count(rowsSent)} rows in ${Object.keys(last.export.rowCounts).length} tables`);
      rows.push({ measure: `Export, ${count(options.childrenEach)} children with history (${megabytes(sizeBytes)})`, target: '< 2 s', limitMs: 2000, on: 'p95', summary });
    } finally {
      await first.close();
    }

    // The other offices of the batch, in memory: only their files are needed.
    log(`Exchange: ${options.offices - 1} more offices seeded and exported…`);
    const built = await time(async () => {
      for (let n = 2; n <= options.offices; n++) {
        const office = await readyOffice(':memory:', n, options, dir);
        try {
          packages.push(fileBytes((await exportPackage(office.ctx, { period, passphrase })).file.base64));
        } finally {
          await office.close();
        }
        if (n % 10 === 0) log(`  ${n} of ${options.offices}`);
      }
    });
    const batchBytes = packages.reduce((sum, bytes) => sum + bytes.length, 0);
    log(`  built in ${ms(built)}; ${packages.length} files, ${megabytes(batchBytes)} in all`);

    const provinceFile = path.join(dir, 'province.sqlite');
    const province = await openContext(provinceFile, options.units, dir);
    try {
      await saveOffice(province.ctx.db, options.units, clock, { ...demoOffice(options.units, 'legacy'), mode: 'province', name: 'SỞ Y TẾ THÀNH PHỐ HẢI PHÒNG', parentAgency: 'UBND THÀNH PHỐ HẢI PHÒNG', receiver: 'Bộ Y tế' });
      const tokens = packages.map((bytes, at) => province.ctx.staging.put(`BTTE_DV${String(at + 1).padStart(3, '0')}_2026-Q4.btte`, bytes).token);
      packages.length = 0;
      const input = { tokens, passphrases: [passphrase], force: [] };
      log(`Exchange: province import of ${tokens.length} packages (dry run, then apply)…`);
      let checked: Awaited<ReturnType<typeof dryRun>> | undefined;
      const dryRunMs = await time(async () => {
        checked = await dryRun(province.ctx, input);
      });
      const applying = checked?.packages.filter((found) => found.outcome === 'apply').length ?? 0;
      if (!checked?.canApply || applying !== tokens.length) throw new Error(`the batch does not apply whole: ${applying} of ${tokens.length} packages`);
      let children = 0;
      let rowsImported = 0;
      const applyMs = await time(async () => {
        const applied = await applyImport(province.ctx, input);
        for (const table of applied.imported.flatMap((row) => row.tables)) {
          rowsImported += table.new;
          if (table.table === 'child') children += table.new;
        }
      });
      log(`  dry run ${ms(dryRunMs)}, apply ${ms(applyMs)}: ${count(children)} children, ${count(rowsImported)} rows`);
      const label = `Province import, ${tokens.length} packages, ${count(children)} children`;
      rows.push(
        { measure: `${label}: dry run`, target: '', limitMs: null, on: 'median', summary: summarise([dryRunMs]) },
        { measure: `${label}: apply`, target: '', limitMs: null, on: 'median', summary: summarise([applyMs]) },
        { measure: `${label}: dry run + apply`, target: '< 60 s', limitMs: 60_000, on: 'median', summary: summarise([dryRunMs + applyMs]) },
      );

      // Flush the import to disk first, as the register's measures do after their build.
      province.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      if (process.platform !== 'win32') spawnSync('sync');
      const databaseBytes = fs.statSync(provinceFile).size;
      log(`Exchange: province report over ${count(children)} children × ${rounds}…`);
      const report = await provinceReport(province.ctx, reportPeriods[0] ?? { from: '2026-01-01', to: '2026-12-31' });
      log(`  ${report.offices.length} offices, ${count(report.total.children.total)} children in special circumstances at the year's end`);
      const reportSamples = await measureCases(reportPeriods, rounds, (query) => provinceReport(province.ctx, query));
      rows.push({ measure: `Province report over ${count(children)} children (the year, a quarter)`, target: '< 2 s', limitMs: 2000, on: 'p95', summary: summarise(reportSamples.flat()) });

      lines.push(
        `Export: an office of ${count(options.childrenEach)} children with history sends ${count(rowsSent)} rows in a package of ${megabytes(sizeBytes)} (personal IDs and guardian phones included; target: well under 5 MB). ` +
          `Province: ${options.offices} such packages (${megabytes(batchBytes)} in all; the offices built and exported in ${ms(built)}) give ${count(rowsImported)} stored rows, a database of ${megabytes(databaseBytes)}.`,
      );
    } finally {
      await province.close();
    }
    return { lines, rows };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
