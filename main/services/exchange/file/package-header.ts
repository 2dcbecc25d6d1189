import { AppFailure } from '../../../failure';
import { scryptMemoryBytes } from './package-crypto';
import {
  formatName,
  formatVersion,
  ivBytes,
  lineFeed,
  magic,
  maxHeaderBytes,
  packageKinds,
  saltBytes,
  scryptBounds,
  verifierBytes,
  type ClearHeader,
  type PackageKind,
} from './package-format';

/** The clear part of an exchange file, split from what follows it. */
export interface SplitFile {
  header: ClearHeader;
  /** The header line's JSON bytes as stored: the GCM additional authenticated data. */
  headerJson: Uint8Array;
  sealed: Uint8Array;
}

const unreadable = (): AppFailure => new AppFailure('errors.packageUnreadable');

export function encodeHeader(header: ClearHeader): Uint8Array {
  return Buffer.from(JSON.stringify(header), 'utf8');
}

/** Needs only the file's first 5 + 4,097 bytes, so a caller may pass just the start of a file. */
export function splitFile(bytes: Uint8Array): SplitFile {
  if (bytes.length < magic.length || !magic.every((byte, at) => bytes[at] === byte)) throw unreadable();
  const searchEnd = Math.min(bytes.length, magic.length + maxHeaderBytes + 1);
  const end = bytes.subarray(0, searchEnd).indexOf(lineFeed, magic.length);
  if (end < 0) throw unreadable();
  const headerJson = bytes.subarray(magic.length, end);
  return { header: parseHeader(headerJson), headerJson, sealed: bytes.subarray(end + 1) };
}

function parseHeader(json: Uint8Array): ClearHeader {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw unreadable();
  }
  const header = record(value);
  if (header.format !== formatName) throw unreadable();
  if (!Number.isSafeInteger(header.formatVersion) || Number(header.formatVersion) < 1) throw unreadable();
  // Before anything else, so that a newer file gets "update the app" rather than "not ours".
  if (header.formatVersion !== formatVersion) throw new AppFailure('errors.packageUnknownVersion');

  const kdf = record(header.kdf);
  const cipher = record(header.cipher);
  const { N, r, p } = kdf;
  if (kdf.name !== 'scrypt' || cipher.name !== 'aes-256-gcm') throw unreadable();
  if (!isPowerOfTwoInRange(N) || !isIntegerIn(r, 1, scryptBounds.maxR) || !isIntegerIn(p, 1, scryptBounds.maxP)) {
    throw unreadable();
  }
  if (scryptMemoryBytes({ N, r, p }) > scryptBounds.maxMemoryBytes) throw unreadable();
  if (!isKind(header.kind)) throw unreadable();
  return {
    format: formatName,
    formatVersion,
    kind: header.kind,
    kdf: { name: 'scrypt', N, r, p, salt: base64Of(kdf.salt, saltBytes) },
    cipher: { name: 'aes-256-gcm', iv: base64Of(cipher.iv, ivBytes) },
    verifier: base64Of(header.verifier, verifierBytes),
  };
}

function record(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw unreadable();
  return value as Record<string, unknown>;
}

const isIntegerIn = (value: unknown, min: number, max: number): value is number =>
  Number.isSafeInteger(value) && Number(value) >= min && Number(value) <= max;

function isPowerOfTwoInRange(value: unknown): value is number {
  if (!isIntegerIn(value, 2 ** scryptBounds.minLogN, 2 ** scryptBounds.maxLogN)) return false;
  return Number.isInteger(Math.log2(value));
}

const isKind = (value: unknown): value is PackageKind =>
  typeof value === 'string' && (packageKinds as readonly string[]).includes(value);

/** Canonical base64 of exactly `length` bytes: Buffer's decoder alone would skip junk silently. */
function base64Of(value: unknown, length: number): string {
  if (typeof value !== 'string') throw unreadable();
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length !== length || bytes.toString('base64') !== value) throw unreadable();
  return value;
}
