import { periodKey } from '../../../../shared/codes/exchange';
import type { PackageProblem } from '../../../../shared/exchange';
import { AppFailure } from '../../../failure';
import { isOfficeCode } from '../file-names';
import { manifestSchema, type Manifest } from '../manifest';
import { deriveKey, verifierMatches, type PackageKey } from '../file/package-crypto';
import { readPackage, readPackageHeader } from '../file/package-file';
import { defaultScryptCost, type KdfParams, type OpenedPackage, type PackageLimits } from '../file/package-format';
import { isReceiptFile } from '../file/receipt-format';
import { sha256Hex } from '../file/sha256';
import { packageProblem, readTables, type OpenedTable } from './package-lines';
import { problemForRefusal } from './refusals';

/**
 * Province mode: one staged file opened and checked on its own (nothing here looks at the
 * database). What is wrong is told as package problems (shared/codes/exchange.ts), not thrown,
 * so that a dry run can list every file of a batch with what is wrong with each.
 */

export { packageProblem, type OpenedTable } from './package-lines';

const mebibyte = 1024 * 1024;

/**
 * What the province reads of a file, tighter than the format's own bounds (package-format.ts),
 * since a package has a known size. An office of 5,000 children with its history sends about
 * 0.8 MB that inflates about 14 times (10.7 MB of rows, measured with the tests' office data);
 * the target is 5 MB a package (some 30,000 children, 70 MB of rows). So: a file up to 64 MiB
 * (more than the stage channel lets through, about 14 MiB: the user meets that limit first);
 * a part up to 256 MiB and all parts up to 512 MiB, room for an honest 14 MiB file (~200 MB of
 * rows, its largest table well under half) more than twice over, while a hostile file costs
 * at most 512 MiB, and two are alive at once (in-turn.ts).
 */
export const provinceReadLimits: PackageLimits = {
  maxFileBytes: 64 * mebibyte,
  maxPartBytes: 256 * mebibyte,
  maxTotalPartBytes: 512 * mebibyte,
};

/**
 * The most scrypt work (N·r·p) a file may ask for before any key is derived: 4 times what
 * writers use (0.1 s, 32 MiB). The format allows up to N = 2^20 (256 MiB, seconds of CPU per
 * passphrase tried); a file asking more than any writer does is refused as tooLarge (it asks
 * for unusually much), before a passphrase costs anything.
 */
export const maxScryptWork = 4 * defaultScryptCost.N * defaultScryptCost.r * defaultScryptCost.p;

/** At most this many different passphrases are tried on one file: each costs a scrypt run. */
export const maxPassphrasesTried = 10;

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

export type Unlocked = { opened: OpenedPackage; key: PackageKey; problem?: undefined } | { opened?: undefined; key?: undefined; problem: PackageProblem };

/** The passphrases tried on a file: each once (as typed, in NFC), the first `maxPassphrasesTried`. */
export function passphrasesToTry(passphrases: readonly string[]): string[] {
  return [...new Set(passphrases.map((passphrase) => passphrase.normalize('NFC')))].slice(0, maxPassphrasesTried);
}

/** Opens the file with the first passphrase whose verifier matches; a refusal becomes its problem. */
export async function unlockPackage(bytes: Uint8Array, passphrases: readonly string[], keys: KeyCache): Promise<Unlocked> {
  // A receipt picked by mistake is told as one, not as an unreadable file.
  if (isReceiptFile(bytes)) return { problem: packageProblem('notAPackage') };
  return refusalAsProblem(async () => {
    const header = readPackageHeader(bytes);
    if (header.kind !== 'package') return { problem: packageProblem('notAPackage') };
    // Before any scrypt run, as readPackage would: a huge file, or one asking for much work, costs nothing to refuse.
    if (bytes.length > provinceReadLimits.maxFileBytes) return { problem: packageProblem('tooLarge') };
    if (header.kdf.N * header.kdf.r * header.kdf.p > maxScryptWork) return { problem: packageProblem('tooLarge') };
    const verifier = Buffer.from(header.verifier, 'base64');
    for (const [index, passphrase] of passphrasesToTry(passphrases).entries()) {
      const key = await keyFor(keys, index, passphrase, header.kdf);
      if (verifierMatches(key, verifier)) return { opened: await readPackage(bytes, key, provinceReadLimits), key };
    }
    return { problem: packageProblem('wrongPassphrase') };
  });
}

async function refusalAsProblem(open: () => Promise<Unlocked>): Promise<Unlocked> {
  try {
    return await open();
  } catch (error) {
    const code = error instanceof AppFailure ? problemForRefusal(error.code) : undefined;
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

/**
 * The manifest, if it is one and agrees with itself and the file: its period key is its
 * period's, the office code is one the settings accept (it goes into file names), tables are
 * named once, the summary is there.
 */
export function manifestOf(opened: OpenedPackage): Manifest | null {
  const parsed = manifestSchema.safeParse(opened.manifest);
  if (!parsed.success) return null;
  const manifest = parsed.data;
  const names = manifest.tables.map((table) => table.name);
  const summary = opened.parts.get(manifest.summary.part);
  const consistent =
    manifest.periodKey === periodKey(manifest.period) &&
    isOfficeCode(manifest.office.code) &&
    new Set(names).size === names.length &&
    summary !== undefined &&
    sha256Hex(summary) === manifest.summary.sha256;
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
const passphrasesDigest = (passphrases: readonly string[]): string => sha256Hex(JSON.stringify(passphrasesToTry(passphrases)));

function recall(bytes: Uint8Array, passphrases: readonly string[]): Remembered | undefined {
  const entry = remembered.get(bytes);
  return entry && entry.passphrases === passphrasesDigest(passphrases) ? entry : undefined;
}

/** The first, asynchronous half of opening (scrypt and inflating run off the main thread). */
export async function unlockFile(bytes: Uint8Array, passphrases: readonly string[], keys: KeyCache): Promise<Unlocked> {
  const known = recall(bytes, passphrases);
  if (known?.key) {
    const key = known.key;
    return refusalAsProblem(async () => ({ opened: await readPackage(bytes, key, provinceReadLimits), key }));
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
