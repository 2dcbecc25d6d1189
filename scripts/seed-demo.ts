/**
 * `npm run seed:demo -- --data-dir DIR [--children N] [--seed S] [--today YYYY-MM-DD]
 *   [--office legacy|communes] [--province NN] [--append]`
 *
 * Fills a data folder with a realistic, fictional register (for screenshots and benchmarks).
 * It never picks a folder by itself, refuses one that already holds children unless told to
 * add to them, and prints counts and times, never names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import unitsData from '../resources/units/units.json';
import { systemClock, type Clock } from '../main/clock';
import { openDatabase } from '../main/db/connection';
import { migrate } from '../main/db/migrate';
import { databaseFileName } from '../main/data-dir';
import { getOffice, officeUnits, saveOffice } from '../main/services/office';
import { createUnitCatalog, type UnitsData } from '../main/services/units';
import { toIsoDate } from '../shared/format/date';
import { generateRegister } from './demo/generate';
import { demoOffice, type DemoOfficeKind } from './demo/office';
import { writeRegister } from './demo/write';

const usage = `Usage: npm run seed:demo -- --data-dir DIR [options]

  --data-dir DIR        the data folder to fill (required; the app's is never assumed)
  --children N          how many children (default 2000)
  --seed S              random seed (default 1): the same seed gives the same register
  --today YYYY-MM-DD    the day the register is seen from (default: today)
  --office KIND         legacy (Quận Ngô Quyền, Hải Phòng, default) or communes
  --province NN         with --office communes: the province code (default 31)
  --append              add to a database that already holds children`;

const fail = (message: string): number => {
  console.error(`${message}\n\n${usage}`);
  return 2;
};

/** The real clock for today; for another day, a clock standing at noon (local time) of it. */
function clockFor(today: string): Clock {
  if (today === toIsoDate(new Date())) return systemClock;
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number);
  const moment = new Date(y, m - 1, d, 12);
  return { now: () => new Date(moment) };
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        'data-dir': { type: 'string' },
        children: { type: 'string', default: '2000' },
        seed: { type: 'string', default: '1' },
        today: { type: 'string' },
        office: { type: 'string', default: 'legacy' },
        province: { type: 'string', default: '31' },
        append: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const dataDir = args['data-dir'];
  if (!dataDir) return fail('Refusing to run: say which data folder to fill with --data-dir DIR.');
  const children = Number(args.children);
  const seed = Number(args.seed);
  const today = args.today ?? toIsoDate(new Date());
  if (!Number.isInteger(children) || children < 1 || children > 1_000_000) return fail('--children must be a whole number from 1 to 1,000,000.');
  if (!Number.isInteger(seed)) return fail('--seed must be a whole number.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today))) return fail('--today must be a date, YYYY-MM-DD.');
  if (args.office !== 'legacy' && args.office !== 'communes') return fail('--office must be legacy or communes.');

  const started = performance.now();
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, databaseFileName);
  const connection = openDatabase(file);
  try {
    const { db, sqlite } = connection;
    await migrate(db, sqlite, { file });
    const units = createUnitCatalog(unitsData as UnitsData);
    const clock = clockFor(today);

    const existing = await db.selectFrom('child').select(db.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(existing.n) > 0 && !args.append) {
      console.error(`Refusing to run: ${file} already holds ${existing.n} children. Add --append to add to them.`);
      return 1;
    }
    let office = await getOffice(db);
    if (office) console.log(`Office: the folder's own (${office.area.kind === 'communes' ? 'communes' : 'legacy district'}).`);
    else {
      office = await saveOffice(db, units, clock, demoOffice(units, args.office as DemoOfficeKind, args.province));
      console.log(`Office: a demo office created (${office.parentAgency}).`);
    }
    const takenPersonalIds = new Set(
      (await db.selectFrom('child').select('personal_id').where('personal_id', 'is not', null).execute()).map((r) => r.personal_id ?? ''),
    );

    const generateStart = performance.now();
    const register = generateRegister({
      seed,
      children,
      units: await officeUnits(db, units),
      today,
      provinceCode: office.provinceCode,
      takenPersonalIds,
    });
    const generated = performance.now() - generateStart;
    const report = await writeRegister(db, units, clock, register, (step) => console.log(`Writing ${step}…`));
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(
      [
        `Done in ${seconds(performance.now() - started)} (data folder: ${path.resolve(dataDir)}).`,
        `  children added      ${report.children}  (${seconds(report.timings.children)}; generated in ${seconds(generated)})`,
        `  memberships ended   ${report.membershipsEnded}  (${seconds(report.timings.endings)})`,
        `  children closed     ${report.childrenClosed}  (${seconds(report.timings.closures)})`,
        `  visits added        ${report.visits}  (${seconds(report.timings.visits)})`,
      ].join('\n'),
    );
    return 0;
  } finally {
    await connection.close();
  }
}
