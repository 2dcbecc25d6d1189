// What the browser-mode stories share: reading the screen and the database as a user and a
// checker would, calling the api behind the page's back, and starting the app with an office.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Locator, Page } from 'playwright-core';
import type { ChildCreateInput } from '../../shared/schemas/children';
import type { OfficeSetup } from '../../shared/schemas/office';
import { legacyOffice } from '../fixtures/office';
import { openBrowser, root, startApp, tempDir, type RunningApp } from './harness.mjs';

/** What a user reads: no-break spaces (between an amount and ₫) read as spaces. */
export const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[ \t]+/g, ' ').trim();

export const pad = (n: number): string => String(n).padStart(2, '0');

/** A date as the app shows it, dd/mm/yyyy, in local time: written here, not taken from the app. */
export const displayDate = (date: Date): string => `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;

/** Reads the app's database file read-only, beside the running app. */
export function query<T>(dataDir: string, sql: string): T[] {
  const db = new Database(path.join(dataDir, 'bao-tro.sqlite'), { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

/** Collects the page's console messages of the given kinds, and its uncaught errors, into `errors`. */
export function watchConsole(target: Page, errors: string[], kinds: readonly string[] = ['error']): void {
  target.on('console', (message) => {
    if (kinds.includes(message.type())) errors.push(message.text());
  });
  target.on('pageerror', (error) => errors.push(error.message));
}

/** Calls one api channel as the page would; a refusal fails the test with its error. */
export async function call<T>(page: Page, origin: string, channel: string, input: unknown): Promise<T> {
  const answer = await page.request.post(`${origin}/api/${channel}`, { data: { input } });
  const body = (await answer.json()) as { ok: boolean; data?: T; error?: unknown };
  if (!body.ok) throw new Error(`${channel} failed: ${JSON.stringify(body.error)}`);
  return body.data as T;
}

/** The cells of each body and footer row of a table, as read on screen. */
export async function tableRows(table: Locator): Promise<string[][]> {
  const rows = await table.locator('tbody tr, tfoot tr').evaluateAll((trs) =>
    trs.map((tr) => Array.from(tr.querySelectorAll('th, td')).map((cell) => (cell as HTMLElement).innerText)),
  );
  return rows.map((cells) => cells.map(plain));
}

const ngoQuyen = 'hai-phong/quan-ngo-quyen';

/** The wards of the legacy district Quận Ngô Quyền, from the units file the app ships. */
export function ngoQuyenWardIds(): string[] {
  const units = JSON.parse(fs.readFileSync(path.join(root, 'resources/units/units.json'), 'utf8')) as {
    legacyWards: { id: string; districtId: string }[];
  };
  return units.legacyWards.filter((w) => w.districtId === ngoQuyen).map((w) => w.id);
}

export interface Session {
  dataDir: string;
  app: RunningApp;
  browser: Awaited<ReturnType<typeof openBrowser>>;
  page: Page;
  startedAt: number;
}

/**
 * A fresh data folder, the app in browser mode on it and Chromium, the page's console watched.
 * `prepare` writes to the data folder before the app starts. What was opened is closed if a step fails.
 */
export async function startSession(options: {
  prefix: string;
  consoleErrors?: string[];
  consoleKinds?: readonly string[];
  prepare?: (dataDir: string) => Promise<void>;
}): Promise<Session> {
  const startedAt = performance.now();
  const dataDir = tempDir(options.prefix);
  let app: RunningApp | undefined;
  try {
    await options.prepare?.(dataDir);
    app = await startApp({ dataDir });
    const browser = await openBrowser();
    if (options.consoleErrors) watchConsole(browser.page, options.consoleErrors, options.consoleKinds);
    return { dataDir, app, browser, page: browser.page, startedAt };
  } catch (error) {
    await app?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A session whose office (Quận Ngô Quyền, all its wards) is saved through the api, with what
 * `seed` adds the same way; then the app is loaded afresh on the register (or `landing`), since
 * all of it was saved behind the page's back. `office` changes what is saved: a province's mode
 * and names, say.
 */
export async function startWithOffice(options: {
  prefix: string;
  consoleErrors: string[];
  office?: Partial<OfficeSetup>;
  /** The route the app is loaded on, "/children" unless said ("/" opens where the mode starts). */
  landing?: string;
  seed?: (session: Session) => Promise<void>;
}): Promise<Session> {
  const session = await startSession(options);
  try {
    const { page, app } = session;
    await page.goto(app.url);
    await call(page, app.origin, 'office.save', {
      ...legacyOffice,
      area: { kind: 'legacyDistrict', districtId: ngoQuyen, wardIds: ngoQuyenWardIds() },
      ...options.office,
    });
    await options.seed?.(session);
    await page.goto(`${app.origin}/#${options.landing ?? '/children'}`);
    await page.reload();
    return session;
  } catch (error) {
    await stopSession(session);
    throw error;
  }
}

/** Closes the browser, stops the app and removes the data folder; with a label, logs how long it all took. */
export async function stopSession(session: Session | undefined, label?: string): Promise<void> {
  if (!session) return;
  await session.browser.close();
  await session.app.stop();
  fs.rmSync(session.dataDir, { recursive: true, force: true });
  if (label) console.log(`${label}: ${Math.round(performance.now() - session.startedAt)} ms`);
}

/** A child to put on the register: what a story cares about; the rest is left empty or at its usual value. */
export interface ChildSeed {
  fullName: string;
  sex: ChildCreateInput['sex'];
  birthDate: string;
  /** The name of the office's unit, as office.units lists it. */
  unit: string;
  village: string;
  /** Phone is left empty unless given. */
  guardian: { fullName: string; relation: string; phone?: string };
  group: string;
  /** Left empty unless given (12 digits). */
  personalId?: string;
  schoolLevel?: ChildCreateInput['schoolLevel'];
  healthNotes?: string | null;
}

/** Creates the children through the api, one by one, as the form would. */
export async function createChildren({ page, app }: Session, children: readonly ChildSeed[]): Promise<void> {
  const units = await call<{ id: string; name: string }[]>(page, app.origin, 'office.units', undefined);
  for (const child of children) {
    const unit = units.find((candidate) => candidate.name === child.unit);
    if (!unit) throw new Error(`the office has no ${child.unit}`);
    await call(page, app.origin, 'children.create', childInput(child, unit.id));
  }
}

function childInput(child: ChildSeed, unitId: string): ChildCreateInput {
  return {
    fullName: child.fullName,
    sex: child.sex,
    birthDate: child.birthDate,
    ethnicityList: '2008',
    ethnicityCode: '01',
    personalId: child.personalId ?? null,
    birthCertificateNo: null,
    healthInsuranceNo: null,
    unitId,
    village: child.village,
    addressLine: null,
    householdStatus: 'poor',
    schoolLevel: child.schoolLevel ?? 'primary',
    schoolClass: null,
    healthNotes: child.healthNotes ?? null,
    disabilityNotes: null,
    guardians: [
      {
        fullName: child.guardian.fullName,
        relation: child.guardian.relation,
        phone: child.guardian.phone ?? null,
        personalId: null,
        livesWithChild: true,
      },
    ],
    memberships: [{ kind: 'group', code: child.group, subgroupCode: null, startDate: '2024-06-01', note: null }],
  };
}
