/**
 * `npm run bench [-- --children N --visits N --import-rows N --rounds N --keep --no-write]`
 *
 * A benchmark, not a test: builds a register of 100,000 children and 400,000 visits in a
 * temporary folder through the app's services, then times what a user waits for — search as
 * they type, the first page of a filtered list, the review report over a year, and the import
 * of a 5,000-row Excel list — calling the services directly, as the main process does. Prints
 * a Markdown table and writes it, with the machine, into docs/benchmarks.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import unitsData from '../resources/units/units.json';
import type { Clock } from '../main/clock';
import { openDatabase } from '../main/db/connection';
import { migrate } from '../main/db/migrate';
import { databaseFileName } from '../main/data-dir';
import { commitImport, previewImport } from '../main/services/import/import';
import { officeUnits, saveOffice } from '../main/services/office';
import { reviewReport } from '../main/services/review/report';
import { createUnitCatalog, type UnitsData } from '../main/services/units';
import { toIsoDate } from '../shared/format/date';
import { childListQuerySchema, type ChildListQueryInput } from '../shared/schemas/children';
import { addDays, addYears } from './demo/dates';
import { generateRegister } from './demo/generate';
import { describeMachine, loadAverage, measureCases, summarise, time, type Machine, type Summary } from './demo/measure';
import { demoOffice } from './demo/office';
import { registerWorkbook } from './demo/workbook';
import { writeRegister } from './demo/write';
import { listChildren } from './demo/services';

const root = path.resolve(import.meta.dirname, '..');
const docsFile = path.join(root, 'docs', 'benchmarks.md');
const startMarker = '<!-- bench:results:start -->';
const endMarker = '<!-- bench:results:end -->';

interface Row {
  measure: string;
  target: string;
  limitMs: number | null;
  /** Which statistic the target is about. */
  on: 'median' | 'p95';
  summary: Summary | null;
  note?: string;
}

const ms = (value: number): string => (value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value).toLocaleString('en-US')} ms`);
const count = (value: number): string => value.toLocaleString('en-US');

function verdict(row: Row): string {
  if (!row.summary) return row.note ?? 'not measured';
  if (row.limitMs === null) return '—';
  return row.summary[row.on] < row.limitMs ? 'pass' : '**fail**';
}

function table(rows: readonly Row[]): string {
  const lines = ['| Measure | Target | Median | p95 | Samples | Result |', '|---|---|---:|---:|---:|---|'];
  for (const row of rows) {
    const s = row.summary;
    lines.push(`| ${row.measure} | ${row.target} | ${s ? ms(s.median) : '—'} | ${s ? ms(s.p95) : '—'} | ${s ? s.samples : '—'} | ${verdict(row)} |`);
  }
  return lines.join('\n');
}

function detailTable(title: string, entries: readonly (readonly [string, Summary])[]): string {
  const lines = [`| ${title} | Median | p95 |`, '|---|---:|---:|'];
  for (const [label, s] of entries) lines.push(`| ${label} | ${ms(s.median)} | ${ms(s.p95)} |`);
  return lines.join('\n');
}

function machineTable(machine: Machine): string {
  return [
    '| Machine | |',
    '|---|---|',
    `| CPU | ${machine.cpu} |`,
    `| Cores | ${machine.cores} |`,
    `| Memory | ${machine.memoryGiB} GiB |`,
    `| OS | ${machine.os} |`,
    `| Node.js | ${machine.node} |`,
    `| SQLite | ${machine.sqlite} |`,
    `| Load average (1 min) | ${machine.load} |`,
  ].join('\n');
}

/** Replaces the results block of docs/benchmarks.md, keeping the hand-written text around it. */
function writeDocs(block: string): void {
  const text = fs.existsSync(docsFile) ? fs.readFileSync(docsFile, 'utf8') : '';
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  const next =
    start >= 0 && end > start
      ? `${text.slice(0, start + startMarker.length)}\n${block}\n${text.slice(end)}`
      : `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}\n${startMarker}\n${block}\n${endMarker}\n`;
  fs.writeFileSync(docsFile, next);
}

export async function main(argv: string[]): Promise<number> {
  const { values: args } = parseArgs({
    args: argv,
    options: {
      children: { type: 'string', default: '100000' },
      visits: { type: 'string', default: '400000' },
      'import-rows': { type: 'string', default: '5000' },
      rounds: { type: 'string', default: '10' },
      seed: { type: 'string', default: '2026' },
      keep: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
    },
  });
  const children = Number(args.children);
  const visits = Number(args.visits);
  const importRows = Number(args['import-rows']);
  const rounds = Number(args.rounds);
  const seed = Number(args.seed);

  const today = toIsoDate(new Date());
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  // Noon local time: the services' "today" is the local date of the clock.
  const moment = new Date(y, m - 1, d, 12);
  const clock: Clock = { now: () => new Date(moment) };
  const units = createUnitCatalog(unitsData as UnitsData);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bao-tro-bench-'));
  const file = path.join(dir, databaseFileName);
  const connection = openDatabase(file);
  const { db, sqlite } = connection;
  const log = (text: string) => console.log(text);
  try {
    await migrate(db, sqlite, { file });
    const sqliteVersion = String(sqlite.prepare('select sqlite_version() as v').pluck().get());
    const loadAtStart = loadAverage();
    log(`Benchmark in ${dir}: Node ${process.version}, SQLite ${sqliteVersion}, load average ${loadAtStart.toFixed(2)}.`);

    // Build
    await saveOffice(db, units, clock, demoOffice(units, 'legacy'));
    const unitList = await officeUnits(db, units);
    let started = performance.now();
    const register = generateRegister({ seed, children, units: unitList, today, visitTotal: visits });
    const generateMs = performance.now() - started;
    log(`Generated ${count(children)} children and ${count(register.visitCount)} visits in ${ms(generateMs)}; writing…`);
    const written = await writeRegister(db, units, clock, register, (step) => log(`  writing ${step}…`));
    const buildMs = performance.now() - started;
    const sizeMiB = fs.statSync(file).size / 2 ** 20;
    log(`Built in ${ms(buildMs)} (database ${sizeMiB.toFixed(0)} MiB).`);

    const query = (input: ChildListQueryInput) => childListQuerySchema.parse(input);
    const sample = register.children.find((c) => c.input.personalId && !c.closure)?.input;

    // Search as you type: what a user types letter by letter, with and without diacritics.
    const typed = [
      'n', 'ng', 'ngu', 'nguy', 'nguyen', 'nguyen t', 'nguyen th', 'nguyen thi', 'nguyen thi h', 'nguyen thi hoa',
      'hoa', 'dang', 'Đặng', 'tran minh', 'le van an', 'anh', '031', sample?.personalId ?? '031200000000', 'khong co ai',
    ];
    log(`Search as you type: ${typed.length} inputs × ${rounds} rounds…`);
    const searchSamples = await measureCases(typed, rounds, (search) => listChildren(db, units, query({ search }), today));

    // First page (100 rows) of filtered lists.
    const ward = unitList.find((u) => u.kind === 'legacyWard')?.id ?? '';
    const filters: [string, ChildListQueryInput][] = [
      ['no filter', {}],
      ['one ward', { unitIds: [ward] }],
      ['group d', { groupCodes: ['d'] }],
      ['group m (rare)', { groupCodes: ['m'] }],
      ['status at risk', { statuses: ['atRisk'] }],
      ['status left', { statuses: ['left'] }],
      ['age 6–10', { ageMin: 6, ageMax: 10 }],
      ['turning 16 soon', { turning16Soon: true }],
      ['by birth date', { sort: 'birthDate' }],
      ['ward + group n + active + girls + age 0–5', { unitIds: [ward], groupCodes: ['n'], statuses: ['active'], sexes: ['female'], ageMin: 0, ageMax: 5 }],
      ['search "nguyen" + group d + active', { search: 'nguyen', groupCodes: ['d'], statuses: ['active'] }],
    ];
    log(`First page: ${filters.length} filters × ${rounds * 2} rounds…`);
    const pageSamples = await measureCases(filters, rounds * 2, ([, input]) => listChildren(db, units, query(input), today));

    // The review report over the last year.
    const period = { from: addDays(addYears(today, -1), 1), to: today };
    log('Review report over a year…');
    const reviewSamples = await measureCases([period], rounds, (p) => reviewReport(db, units, p));

    // Import of an Excel list (a fresh, different register, as another office's list would be).
    const importRuns = 3;
    log(`Excel import of ${count(importRows)} rows × ${importRuns}…`);
    const previewSamples: number[] = [];
    const commitSamples: number[] = [];
    const totalSamples: number[] = [];
    let importNote = '';
    for (let run = 0; run < importRuns; run++) {
      const taken = new Set(
        (await db.selectFrom('child').select('personal_id').where('personal_id', 'is not', null).execute()).map((r) => r.personal_id ?? ''),
      );
      const source = generateRegister({ seed: seed + 100 + run, children: Math.ceil(importRows * 1.2), units: unitList, today, takenPersonalIds: taken });
      const rows = source.children
        .filter((c) => !c.closure && addYears(c.input.birthDate, 16) > today)
        .slice(0, importRows);
      const base64 = (await registerWorkbook(rows, unitList)).toString('base64');
      const fileName = `danh-sach-${run + 1}.xlsx`;
      let preview: Awaited<ReturnType<typeof previewImport>> | undefined;
      const previewMs = await time(async () => {
        preview = await previewImport(db, units, clock, { fileName, base64, mapping: null });
      });
      if (!preview) throw new Error('no preview');
      const acceptedDuplicateRows = preview.rows.filter((r) => r.duplicates.length > 0).map((r) => r.rowNumber);
      if (preview.errorCount > 0) {
        importNote = `${preview.errorCount} of ${preview.rows.length} rows were refused by the preview`;
        log(`  ${importNote}; first issues: ${JSON.stringify(preview.rows.filter((r) => r.issues.length > 0).slice(0, 3).map((r) => r.issues))}`);
        break;
      }
      const mapping = preview.mapping;
      const mapped = Object.values(mapping).filter((column) => column !== null && column !== undefined).length;
      const commitMs = await time(() => commitImport(db, units, clock, { fileName, base64, mapping, acceptedDuplicateRows }));
      previewSamples.push(previewMs);
      commitSamples.push(commitMs);
      totalSamples.push(previewMs + commitMs);
      log(`  run ${run + 1}: preview ${ms(previewMs)}, commit ${ms(commitMs)} (${mapped} columns recognised, ${acceptedDuplicateRows.length} possible duplicates accepted)`);
    }

    const summaryOr = (samples: number[] | null) => (samples && samples.length > 0 ? summarise(samples) : null);
    const rows: Row[] = [
      { measure: `Search as you type (${typed.length} inputs)`, target: 'p95 < 20 ms', limitMs: 20, on: 'p95', summary: summarise(searchSamples.flat()) },
      { measure: `First page, 100 rows (${filters.length} filters)`, target: 'p95 < 50 ms', limitMs: 50, on: 'p95', summary: summarise(pageSamples.flat()) },
      { measure: 'Review report, one year', target: 'p95 < 500 ms', limitMs: 500, on: 'p95', summary: summarise(reviewSamples.flat()) },
      { measure: `Excel import, ${count(importRows)} rows: preview`, target: '', limitMs: null, on: 'median', summary: summaryOr(previewSamples), note: importNote },
      { measure: `Excel import, ${count(importRows)} rows: commit`, target: '', limitMs: null, on: 'median', summary: summaryOr(commitSamples), note: importNote },
      { measure: `Excel import, ${count(importRows)} rows: preview + commit`, target: 'p95 < 5 s', limitMs: 5000, on: 'p95', summary: summaryOr(totalSamples), note: importNote },
    ];

    const machine = describeMachine(sqliteVersion, loadAtStart);
    const block = [
      `Run on ${today} with ${count(written.children)} children (${count(written.childrenClosed)} closed, ${count(written.membershipsEnded)} memberships ended) and ${count(written.visits)} visits; database ${sizeMiB.toFixed(0)} MiB. Build time ${ms(buildMs)} (generate ${ms(generateMs)}, children ${ms(written.timings.children)}, endings ${ms(written.timings.endings)}, closures ${ms(written.timings.closures)}, visits ${ms(written.timings.visits)}).`,
      '',
      table(rows),
      '',
      machineTable(machine),
      '',
      detailTable('Search input', typed.map((input, i) => [input === sample?.personalId ? 'a 12-digit personal ID' : `"${input}"`, summarise(searchSamples[i] ?? [])] as const)),
      '',
      detailTable('First-page filter', filters.map(([label], i) => [label, summarise(pageSamples[i] ?? [])] as const)),
    ].join('\n');
    console.log(`\n${block}\n`);
    if (!args['no-write']) {
      writeDocs(block);
      log(`Written to ${path.relative(process.cwd(), docsFile)}.`);
    }
    return 0;
  } finally {
    await connection.close();
    if (args.keep) log(`Kept ${dir}.`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}
