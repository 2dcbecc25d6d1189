import { hash } from 'node:crypto';
import { periodKey, type PackageProblemCode } from '../../../../shared/codes/exchange';
import type { ErrorCode } from '../../../../shared/errors';
import type { PackageProblem } from '../../../../shared/exchange';
import { AppFailure } from '../../../failure';
import { manifestSchema, type Manifest } from '../manifest';
import { deriveKey, verifierMatches, type PackageKey } from '../file/package-crypto';
import { readPackage, readPackageHeader } from '../file/package-file';
import { defaultLimits, type KdfParams, type OpenedPackage } from '../file/package-format';
import { packageProblem, readTables, type OpenedTable } from './package-lines';

/**
 * Province mode: one staged file opened and checked on its own (nothing here looks at the
 * database). What is wrong is told as package problems (shared/codes/exchange.ts), not thrown,
 * so that a dry run can list every file of a batch with what is wrong with each.
 */

export { packageProblem, type OpenedTable } from './package-lines';

/** What a file's own check found: the same for the same bytes and passphrases, whatever the database holds. */
export interface FileCheck {
  /** Null when the file could not be opened or its manifest is not one. */
  manifest: Manifest | null;
  problems: PackageProblem[];
}

export interface ProvincePackage extends FileCheck {
  /** The registry's tables the package carries, in the registry's order, with the lines that passed. */
  tables: OpenedTable[];
}

/** Keys derived during one call, by passphrase and salt: each costs a scrypt run (~0.1–0.2 s). */
export type KeyCache = Map<string, Promise<PackageKey>>;
export const newKeyCache = (): KeyCache => new Map();

const refusals: Partial<Record<ErrorCode, PackageProblemCode>> = {
  'errors.packageUnreadable': 'unreadable',
  'errors.packageUnknownVersion': 'unknownVersion',
  'errors.packageWrongPassphrase': 'wrongPassphrase',
  'errors.packageCorrupted': 'corrupted',
  'errors.packageTooLarge': 'tooLarge',
};

export type Unlocked = { opened: OpenedPackage; key: PackageKey; problem?: undefined } | { opened?: undefined; key?: undefined; problem: PackageProblem };

/** Opens the file with the first passphrase whose verifier matches; a refusal becomes its problem. */
export async function unlockPackage(bytes: Uint8Array, passphrases: readonly string[], keys: KeyCache): Promise<Unlocked> {
  return refusalAsProblem(async () => {
    const header = readPackageHeader(bytes);
    if (header.kind !== 'package') return { problem: packageProblem('notAPackage') };
    // Before any scrypt run, as readPackage would: a huge file costs nothing to refuse.
    if (bytes.length > defaultLimits.maxFileBytes) return { problem: packageProblem('tooLarge') };
    const verifier = Buffer.from(header.verifier, 'base64');
    for (const [index, passphrase] of passphrases.entries()) {
      const key = await keyFor(keys, index, passphrase, header.kdf);
      if (verifierMatches(key, verifier)) return { opened: await readPackage(bytes, key), key };
    }
    return { problem: packageProblem('wrongPassphrase') };
  });
}

async function refusalAsProblem(open: () => Promise<Unlocked>): Promise<Unlocked> {
  try {
    return await open();
  } catch (error) {
    const code = error instanceof AppFailure ? refusals[error.code] : undefined;
    if (code === undefined) throw error;
    return { problem: packageProblem(code) };
  }
}

function keyFor(keys: KeyCache, index: number, passphrase: string, kdf: KdfParams): Promise<PackageKey> {
  const id = `${index}:${kdf.N}:${kdf.r}:${kdf.p}:${kdf.salt}`;
  let key = keys.get(id);
  if (!key) {
    key = deriveKey(passphrase, kdf);
    keys.set(id, key);
  }
  return key;
}

const sha256 = (bytes: Uint8Array): string => hash('sha256', bytes, 'hex');
const officeCodePattern = /^[0-9A-Za-z._-]+$/;

/**
 * The manifest, if it is one and agrees with itself and the file: its period key is its
 * period's, the office code is safe in a file name, tables are named once, the summary is there.
 */
export function manifestOf(opened: OpenedPackage): Manifest | null {
  const parsed = manifestSchema.safeParse(opened.manifest);
  if (!parsed.success) return null;
  const manifest = parsed.data;
  const names = manifest.tables.map((table) => table.name);
  const summary = opened.parts.get(manifest.summary.part);
  const consistent =
    manifest.periodKey === periodKey(manifest.period) &&
    officeCodePattern.test(manifest.office.code) &&
    new Set(names).size === names.length &&
    summary !== undefined &&
    sha256(summary) === manifest.summary.sha256;
  return consistent ? manifest : null;
}

/**
 * What each staged file's check found, and the key that opened it, kept beside its bytes (a
 * WeakMap: it goes when the staged file goes) for the passphrases it was opened with. So the
 * dry run's scrypt runs and line checks are not paid again when the batch is applied; what
 * depends on the database is always decided again.
 */
interface Remembered extends FileCheck {
  passphrases: string;
  key: PackageKey | null;
}
const remembered = new WeakMap<Uint8Array, Remembered>();
const passphrasesDigest = (passphrases: readonly string[]): string => hash('sha256', JSON.stringify(passphrases), 'hex');

function recall(bytes: Uint8Array, passphrases: readonly string[]): Remembered | undefined {
  const entry = remembered.get(bytes);
  return entry && entry.passphrases === passphrasesDigest(passphrases) ? entry : undefined;
}

/** The first, asynchronous half of opening (scrypt and inflating run off the main thread). */
export async function unlockFile(bytes: Uint8Array, passphrases: readonly string[], keys: KeyCache): Promise<Unlocked> {
  const known = recall(bytes, passphrases);
  if (known?.key) {
    const key = known.key;
    return refusalAsProblem(async () => ({ opened: await readPackage(bytes, key), key }));
  }
  if (known?.problems[0] && !known.manifest) return { problem: known.problems[0] };
  return unlockPackage(bytes, passphrases, keys);
}

/** The second, synchronous half: the manifest and every table's lines, remembered for the bytes. */
export function readUnlocked(bytes: Uint8Array, passphrases: readonly string[], unlocked: Unlocked): ProvincePackage {
  const result = checkUnlocked(unlocked);
  remembered.set(bytes, { passphrases: passphrasesDigest(passphrases), key: unlocked.key ?? null, manifest: result.manifest, problems: result.problems });
  return result;
}

function checkUnlocked(unlocked: Unlocked): ProvincePackage {
  if (unlocked.problem) return { manifest: null, tables: [], problems: [unlocked.problem] };
  const manifest = manifestOf(unlocked.opened);
  if (!manifest) return { manifest: null, tables: [], problems: [packageProblem('badManifest')] };
  const { tables, problems } = readTables(manifest, unlocked.opened.parts);
  return { manifest, tables, problems };
}

/** The whole check of one file: opening, the manifest, then every table's lines. */
export async function openProvincePackage(bytes: Uint8Array, passphrases: readonly string[], keys: KeyCache): Promise<ProvincePackage> {
  return readUnlocked(bytes, passphrases, await unlockFile(bytes, passphrases, keys));
}

/** The file's own check, from memory when these bytes were checked with these passphrases before. */
export async function checkPackageFile(bytes: Uint8Array, passphrases: readonly string[], keys: KeyCache): Promise<FileCheck> {
  const known = recall(bytes, passphrases);
  if (known) return { manifest: known.manifest, problems: [...known.problems] };
  const { manifest, problems } = await openProvincePackage(bytes, passphrases, keys);
  return { manifest, problems };
}
