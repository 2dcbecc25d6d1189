/**
 * `npm run bench [-- --children N --visits N --import-rows N --rounds N --only LIST --keep --no-write
 *   --exchange-offices N --exchange-children N]`
 *
 * A benchmark, not a test: builds a register of 100,000 children and 400,000 visits in a
 * temporary folder through the app's services, then times what a user waits for — search as
 * they type, the first page of a filtered list, the review report over a year, the selection of
 * gift recipients, and the import of a 5,000-row Excel list — calling the services directly, as
 * the main process does; and the signed roster of 2,000 children printed to PDF by the built
 * app in browser mode with Debian's Chromium. Prints a Markdown table and writes it, with the
 * machine, into docs/benchmarks.md (only after a full run: --only runs some measures).
 *
 * The exchange with the province (bench-exchange.ts: an office's export, a province's import of
 * 40 offices' packages, the province report over them) has its own data and its own block in
 * docs/benchmarks.md, written whenever it runs (`--only exchange` runs it alone).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import unitsData from '../resources/units/units.json';
import type { Clock } from '../main/clock';
import type { Database } from '../main/db/schema';
import { openDatabase } from '../main/db/connection';
import { migrate } from '../main/db/migrate';
import { databaseFileName } from '../main/data-dir';
import { freezeCampaign, createCampaign } from '../main/services/gifts/campaigns';
import { markAllReceived } from '../main/services/gifts/delivery';
import { listRecipients, removeRecipient } from '../main/services/gifts/recipients';
import { applySelection, selectChildren } from '../main/services/gifts/selection';
import { commitImport, previewImport } from '../main/services/import/import';
import { officeUnits, saveOffice } from '../main/services/office';
import { reviewReport } from '../main/services/review/report';
import { createUnitCatalog, type UnitCatalog, type UnitsData } from '../main/services/units';
import { toIsoDate } from '../shared/format/date';
import { childListQuerySchema, type ChildListQueryInput } from '../shared/schemas/children';
import type { OfficeUnit } from '../shared/units';
import { campaignInputSchema, selectionRulesSchema, type CampaignInput } from '../shared/schemas/gifts';
import { openBrowser, startApp } from '../tests/e2e/harness.mjs';
import { addDays, addYears } from './demo/dates';
import { generateRegister } from './demo/generate';
import { type BenchRow, describeMachine, loadAverage, measureCases, summarise, time, type Machine, type Summary } from './demo/measure';
import { demoOffice } from './demo/office';
import { registerWorkbook } from './demo/workbook';
import { writeRegister } from './demo/write';
import { listChildren } from './demo/services';
import { measureExchange, type ExchangeBench } from './bench-exchange';

const root = path.resolve(import.meta.dirname, '..');
const docsFile = path.join(root, 'docs', 'benchmarks.md');
const resultMarkers = { start: '<!-- bench:results:start -->', end: '<!-- bench:results:end -->' };
const exchangeMarkers = { start: '<!-- bench:exchange:start -->', end: '<!-- bench:exchange:end -->' };

type Row = BenchRow;

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

/** Replaces a results block of docs/benchmarks.md, keeping the hand-written text around it. */
function writeDocs(block: string, markers: { start: string; end: string }): void {
  const text = fs.existsSync(docsFile) ? fs.readFileSync(docsFile, 'utf8') : '';
  const start = text.indexOf(markers.start);
  const end = text.indexOf(markers.end);
  const next =
    start >= 0 && end > start
      ? `${text.slice(0, start + markers.start.length)}\n${block}\n${text.slice(end)}`
      : `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}\n${markers.start}\n${block}\n${markers.end}\n`;
  fs.writeFileSync(docsFile, next);
}

/** What `--only` may name: the measures run, in this order. */
const measureGroups = ['search', 'pages', 'review', 'selection', 'import', 'roster', 'exchange'] as const;
type MeasureGroup = (typeof measureGroups)[number];

const rosterChildren = 2_000;
const rosterRuns = 10;

/** A Tết campaign starting on `startDate`, paid by the Child Fund and a sponsor. */
function tetCampaign(startDate: string): CampaignInput {
  return {
    name: `Thăm, tặng quà Tết Nguyên đán ${Number(startDate.slice(0, 4))}`,
    occasion: 'tet',
    year: Number(startDate.slice(0, 4)),
    startDate,
    endDate: addDays(startDate, 10),
    cashPerChild: 300_000,
    goodsDescription: 'Bánh kẹo, sữa',
    goodsValuePerChild: 200_000,
    funding: [
      { kind: 'childFund', sponsorName: null, amount: 2_000_000_000 },
      { kind: 'sponsor', sponsorName: 'Công ty TNHH Hoa Mai', amount: 500_000_000 },
    ],
    groupRates: [{ groupCode: 'a', cash: 500_000, goodsValue: 200_000 }],
    note: null,
  };
}

type Db = Kysely<Database>;
type SelectionCase = readonly [string, z.input<typeof selectionRulesSchema>];

/**
 * The selection of gift recipients over the whole register (`selectChildren`, the query behind
 * "Xem trước" and "Áp dụng"), for a Tết campaign two months ahead. A Trung thu campaign two
 * months ago, paid by the same fund, has handed gifts to the children of groups a–c, so that
 * "no gift from the same source in 12 months" has gifts to leave out.
 */
async function measureSelection(
  db: Db,
  units: UnitCatalog,
  clock: Clock,
  today: string,
  unitList: readonly OfficeUnit[],
  rounds: number,
  log: (text: string) => void,
): Promise<{ labels: string[]; samples: number[][] }> {
  const autumnStart = addDays(today, -70);
  const autumn = await createCampaign(
    db,
    clock,
    campaignInputSchema.parse({
      ...tetCampaign(autumnStart),
      name: `Vui Tết Trung thu ${autumnStart.slice(0, 4)}`,
      occasion: 'midAutumn',
      funding: [{ kind: 'childFund', sponsorName: null, amount: 3_000_000_000 }],
    }),
  );
  await applySelection(db, units, clock, { campaignId: autumn.id, rules: selectionRulesSchema.parse({ groupCodes: ['a', 'b', 'c'] }) });
  await freezeCampaign(db, clock, autumn.id);
  const given = await markAllReceived(db, clock, { campaignId: autumn.id, unitId: null, date: addDays(autumnStart, 3), exceptions: [] });
  const tet = await createCampaign(db, clock, campaignInputSchema.parse(tetCampaign(addDays(today, 60))));
  log(`  an earlier campaign handed ${count(given.updated)} gifts; selecting for a campaign starting ${tet.startDate}`);

  const ward = unitList.find((u) => u.kind === 'legacyWard')?.id ?? '';
  const cases: SelectionCase[] = [
    ['every child on the register', {}],
    ['groups a, b, c', { groupCodes: ['a', 'b', 'c'] }],
    ['at risk only', { includeAtRisk: true }],
    ['group d and at risk, age 6–10', { groupCodes: ['d'], includeAtRisk: true, ageMin: 6, ageMax: 10 }],
    ['one ward, poor households', { unitIds: [ward], householdStatuses: ['poor'] }],
    ['no gift from the same source in 12 months', { noGiftMonths: 12 }],
    ['groups a, b, c, no gift in 12 months', { groupCodes: ['a', 'b', 'c'], noGiftMonths: 12 }],
  ];
  const parsed = cases.map(([label, rules]) => [label, selectionRulesSchema.parse(rules)] as const);
  const campaign = { id: tet.id, startDate: tet.startDate };
  for (const [label, rules] of parsed) {
    const selection = await selectChildren(db, rules, campaign);
    log(`  ${label}: ${count(selection.children.length)} children (${count(selection.excludedByRecentGift)} left out for a recent gift)`);
  }
  const samples = await measureCases(parsed, rounds, ([, rules]) => selectChildren(db, rules, campaign));
  return { labels: cases.map(([label]) => label), samples };
}

/**
 * A data folder of its own with a fictional register, a frozen Tết list of exactly 2,000
 * children and its campaign id: the roster the PDF measure prints.
 */
async function buildRosterFolder(folder: string, units: UnitCatalog, clock: Clock, today: string, seed: number): Promise<string> {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, databaseFileName);
  const connection = openDatabase(file);
  try {
    const { db, sqlite } = connection;
    await migrate(db, sqlite, { file });
    await saveOffice(db, units, clock, demoOffice(units, 'legacy'));
    // About nine in ten of a register are on it and under 16 on the start day.
    const register = generateRegister({ seed: seed + 7, children: Math.ceil(rosterChildren * 1.2), units: await officeUnits(db, units), today });
    await writeRegister(db, units, clock, register);
    const campaign = await createCampaign(db, clock, campaignInputSchema.parse(tetCampaign(addDays(today, 60))));
    await applySelection(db, units, clock, { campaignId: campaign.id, rules: selectionRulesSchema.parse({}) });
    const listed = await listRecipients(db, units, { campaignId: campaign.id, unitId: null, statuses: [], includeRemoved: false, search: '' });
    if (listed.length < rosterChildren) throw new Error(`only ${listed.length} children were selected for the roster`);
    for (const extra of listed.slice(rosterChildren)) {
      await removeRecipient(db, units, clock, { recipientId: extra.id, reason: 'Ngoài 2.000 trẻ của phép đo' });
    }
    await freezeCampaign(db, clock, campaign.id);
    return campaign.id;
  } finally {
    await connection.close();
  }
}

/** Pages of a PDF written by Chromium (Skia): one "/Type /Page" object each. */
const pdfPageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

/**
 * The signed roster of 2,000 children in browser mode, as "Lưu PDF" makes it: from opening the
 * print page (a fresh page load, so the roster is fetched and rendered) until page.pdf() is
 * done. Needs the built app (`npm run build`) and Chromium.
 */
async function measureRosterPdf(
  dir: string,
  units: UnitCatalog,
  clock: Clock,
  today: string,
  seed: number,
  log: (text: string) => void,
): Promise<{ samples: number[]; pages: number } | { note: string }> {
  if (!fs.existsSync(path.join(root, 'out', 'main', 'browser-mode.js'))) return { note: 'not measured: run `npm run build` first' };
  const folder = path.join(dir, 'roster');
  const campaignId = await buildRosterFolder(folder, units, clock, today, seed);
  const app = await startApp({ dataDir: folder });
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await page.goto(app.url);
    const printUrl = `${app.origin}/#/print/gift-roster?campaign=${encodeURIComponent(campaignId)}`;
    let pages = 0;
    const samples: number[] = [];
    for (let run = 0; run <= rosterRuns; run++) {
      await page.goto('about:blank');
      const started = performance.now();
      await page.goto(printUrl);
      await page.waitForFunction(() => document.body.dataset.printReady === 'true', undefined, { timeout: 60_000 });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const elapsed = performance.now() - started;
      pages = pdfPageCount(pdf);
      // The first run warms up (Chromium's caches, the app's first load).
      if (run > 0) samples.push(elapsed);
      log(`  run ${run}${run === 0 ? ' (warm-up)' : ''}: ${ms(elapsed)}, ${pages} pages`);
    }
    return { samples, pages };
  } finally {
    await browser.close();
    await app.stop();
  }
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
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'exchange-offices': { type: 'string', default: '40' },
      'exchange-children': { type: 'string', default: '5000' },
    },
  });
  const children = Number(args.children);
  const visits = Number(args.visits);
  const importRows = Number(args['import-rows']);
  const rounds = Number(args.rounds);
  const seed = Number(args.seed);
  const only = args.only === undefined ? null : args.only.split(',').map((name) => name.trim());
  const unknown = (only ?? []).filter((name) => !(measureGroups as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.error(`--only takes a comma-separated list of: ${measureGroups.join(', ')}`);
    return 2;
  }
  const runs = (group: MeasureGroup) => only === null || only.includes(group);
  const needsRegister = measureGroups.some((group) => group !== 'roster' && group !== 'exchange' && runs(group));

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
    const rows: Row[] = [];
    const details: string[] = [];
    let buildLine = '';

    // The roster first, while the machine is quiet: after the 100,000-child register is written,
    // the system is still flushing hundreds of MiB to disk, which skews a browser's timings.
    let rosterRow: Row | null = null;
    if (runs('roster')) {
      log(`Roster PDF of ${count(rosterChildren)} children in browser mode × ${rosterRuns}…`);
      const roster = await measureRosterPdf(dir, units, clock, today, seed, log);
      const measure = `Roster PDF, ${count(rosterChildren)} children (browser mode)`;
      rosterRow =
        'samples' in roster
          ? { measure: `${measure}, ${roster.pages} pages`, target: '< 5 s', limitMs: 5000, on: 'p95', summary: summarise(roster.samples) }
          : { measure, target: '< 5 s', limitMs: 5000, on: 'p95', summary: null, note: roster.note };
    }

    // The exchange on data of its own, also before the register is written (it flushes its own writes).
    if (runs('exchange')) {
      const exchangeLoad = loadAverage();
      const exchange: ExchangeBench = await measureExchange({
        dir,
        units,
        offices: Number(args['exchange-offices']),
        childrenEach: Number(args['exchange-children']),
        rounds,
        seed,
        log,
      });
      const block = [...exchange.lines, '', table(exchange.rows), '', machineTable(describeMachine(sqliteVersion, exchangeLoad))].join('\n');
      console.log(`\n${block}\n`);
      if (!args['no-write']) {
        writeDocs(block, exchangeMarkers);
        log(`Exchange results written to ${path.relative(process.cwd(), docsFile)}.`);
      }
    }
    // Only the exchange: its block is all there is to show.
    if (only !== null && !needsRegister && !runs('roster')) return 0;

    // Build
    await saveOffice(db, units, clock, demoOffice(units, 'legacy'));
    const unitList = await officeUnits(db, units);
    if (needsRegister) {
      const started = performance.now();
      const register = generateRegister({ seed, children, units: unitList, today, visitTotal: visits });
      const generateMs = performance.now() - started;
      log(`Generated ${count(children)} children and ${count(register.visitCount)} visits in ${ms(generateMs)}; writing…`);
      const written = await writeRegister(db, units, clock, register, (step) => log(`  writing ${step}…`));
      const buildMs = performance.now() - started;
      const sizeMiB = fs.statSync(file).size / 2 ** 20;
      log(`Built in ${ms(buildMs)} (database ${sizeMiB.toFixed(0)} MiB).`);
      // Flush what was just written before measuring: otherwise the disk is still busy writing
      // hundreds of MiB back while the first measures run, and some samples wait for it.
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
      if (process.platform !== 'win32') spawnSync('sync');
      buildLine = `Run on ${today} with ${count(written.children)} children (${count(written.childrenClosed)} closed, ${count(written.membershipsEnded)} memberships ended) and ${count(written.visits)} visits; database ${sizeMiB.toFixed(0)} MiB. Build time ${ms(buildMs)} (generate ${ms(generateMs)}, children ${ms(written.timings.children)}, endings ${ms(written.timings.endings)}, closures ${ms(written.timings.closures)}, visits ${ms(written.timings.visits)}).`;

      const query = (input: ChildListQueryInput) => childListQuerySchema.parse(input);
      const sample = register.children.find((c) => c.input.personalId && !c.closure)?.input;
      // The generated register (100,000 children with their visits) is written: let it go, so that
      // the garbage collector's pauses over a heap that size do not land in the samples.
      register.children.length = 0;

      if (runs('search')) {
        // Search as you type: what a user types letter by letter, with and without diacritics.
        const typed = [
          'n', 'ng', 'ngu', 'nguy', 'nguyen', 'nguyen t', 'nguyen th', 'nguyen thi', 'nguyen thi h', 'nguyen thi hoa',
          'hoa', 'dang', 'Đặng', 'tran minh', 'le van an', 'anh', '031', sample?.personalId ?? '031200000000', 'khong co ai',
        ];
        log(`Search as you type: ${typed.length} inputs × ${rounds} rounds…`);
        const searchSamples = await measureCases(typed, rounds, (search) => listChildren(db, units, query({ search }), today));
        rows.push({ measure: `Search as you type (${typed.length} inputs)`, target: 'p95 < 20 ms', limitMs: 20, on: 'p95', summary: summarise(searchSamples.flat()) });
        details.push(detailTable('Search input', typed.map((input, i) => [input === sample?.personalId ? 'a 12-digit personal ID' : `"${input}"`, summarise(searchSamples[i] ?? [])] as const)));
      }

      if (runs('pages')) {
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
        rows.push({ measure: `First page, 100 rows (${filters.length} filters)`, target: 'p95 < 50 ms', limitMs: 50, on: 'p95', summary: summarise(pageSamples.flat()) });
        details.push(detailTable('First-page filter', filters.map(([label], i) => [label, summarise(pageSamples[i] ?? [])] as const)));
      }

      if (runs('review')) {
        // The review report over the last year.
        const period = { from: addDays(addYears(today, -1), 1), to: today };
        log('Review report over a year…');
        const reviewSamples = await measureCases([period], rounds, (p) => reviewReport(db, units, p));
        rows.push({ measure: 'Review report, one year', target: 'p95 < 500 ms', limitMs: 500, on: 'p95', summary: summarise(reviewSamples.flat()) });
      }

      if (runs('selection')) {
        log(`Gift recipients: selection rules × ${rounds} rounds…`);
        const selection = await measureSelection(db, units, clock, today, unitList, rounds, log);
        rows.push({
          measure: `Select recipients over ${count(children)} children (${selection.labels.length} rule sets)`,
          target: 'p95 < 200 ms',
          limitMs: 200,
          on: 'p95',
          summary: summarise(selection.samples.flat()),
        });
        details.push(detailTable('Selection rules', selection.labels.map((label, i) => [label, summarise(selection.samples[i] ?? [])] as const)));

        // The register's "no gift in the last 12 months" filter, now that a campaign has handed gifts.
        const noGift: [string, ChildListQueryInput][] = [
          ['no gift in 12 months', { noGiftMonths: 12 }],
          ['no gift + group d', { noGiftMonths: 12, groupCodes: ['d'] }],
          ['no gift + age 6–10', { noGiftMonths: 12, ageMin: 6, ageMax: 10 }],
          ['no gift + search "nguyen"', { noGiftMonths: 12, search: 'nguyen' }],
        ];
        log(`First page with "no gift in 12 months": ${noGift.length} filters × ${rounds * 2} rounds…`);
        const noGiftSamples = await measureCases(noGift, rounds * 2, ([, input]) => listChildren(db, units, query(input), today));
        rows.push({ measure: `First page, "no gift in 12 months" (${noGift.length} filters)`, target: 'p95 < 50 ms', limitMs: 50, on: 'p95', summary: summarise(noGiftSamples.flat()) });
        details.push(detailTable('First page, no gift in 12 months', noGift.map(([label], i) => [label, summarise(noGiftSamples[i] ?? [])] as const)));
      }

      if (runs('import')) rows.push(...(await measureImport(db, units, clock, today, unitList, seed, importRows, log)));
    }

    if (rosterRow) rows.push(rosterRow);

    const machine = describeMachine(sqliteVersion, loadAtStart);
    const block = [...(buildLine ? [buildLine, ''] : []), table(rows), '', machineTable(machine), ...details.flatMap((detail) => ['', detail])].join('\n');
    console.log(`\n${block}\n`);
    if (only !== null) log('Not written to docs/benchmarks.md: only some measures ran.');
    else if (!args['no-write']) {
      writeDocs(block, resultMarkers);
      log(`Written to ${path.relative(process.cwd(), docsFile)}.`);
    }
    return 0;
  } finally {
    await connection.close();
    if (args.keep) log(`Kept ${dir}.`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Import of an Excel list (a fresh, different register, as another office's list would be),
 * three runs, each added to the growing register.
 */
async function measureImport(
  db: Db,
  units: UnitCatalog,
  clock: Clock,
  today: string,
  unitList: readonly OfficeUnit[],
  seed: number,
  importRows: number,
  log: (text: string) => void,
): Promise<Row[]> {
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
  const summaryOr = (samples: number[]) => (samples.length > 0 ? summarise(samples) : null);
  return [
    { measure: `Excel import, ${count(importRows)} rows: preview`, target: '', limitMs: null, on: 'median', summary: summaryOr(previewSamples), note: importNote },
    { measure: `Excel import, ${count(importRows)} rows: commit`, target: '', limitMs: null, on: 'median', summary: summaryOr(commitSamples), note: importNote },
    { measure: `Excel import, ${count(importRows)} rows: preview + commit`, target: 'p95 < 5 s', limitMs: 5000, on: 'p95', summary: summaryOr(totalSamples), note: importNote },
  ];
}
