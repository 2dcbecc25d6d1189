import { randomBytes } from 'node:crypto';
import { AppFailure } from '../../../failure';
import { passphraseLongEnough } from '../../../../shared/codes/exchange';
import { decrypt, deriveKey, encrypt, newKdfParams, verifierMatches, type PackageKey } from './package-crypto';
import {
  defaultLimits,
  formatName,
  formatVersion,
  ivBytes,
  lineFeed,
  magic,
  type ClearHeader,
  type KdfParams,
  type OpenedPackage,
  type PackageContent,
  type PackageKind,
  type PackageLimits,
  type ScryptCost,
} from './package-format';
import { encodeHeader, splitFile } from './package-header';
import { buildInner, openInner } from './package-inner';

/**
 * Writing and reading exchange files (format: package-format.ts). A passphrase costs one
 * scrypt run (~0.1 s); callers that seal or open several files with the same salt may derive a
 * `PackageKey` once and pass it instead.
 */
export type PackageSecret = string | PackageKey;

/** What a file is, before asking for its passphrase. Needs only the file's first 4 KiB or so. */
export function readPackageHeader(bytes: Uint8Array): ClearHeader {
  return splitFile(bytes).header;
}

/** A key for writing: the passphrase must be long enough, and the salt is fresh. */
export async function deriveWritingKey(passphrase: string, cost?: ScryptCost): Promise<PackageKey> {
  if (!passphraseLongEnough(passphrase)) {
    throw new AppFailure('errors.invalidInput', [{ path: 'passphrase', message: 'validation.passphraseShort' }]);
  }
  return deriveKey(passphrase, newKdfParams(cost));
}

export async function writePackage(content: PackageContent, secret: PackageSecret): Promise<Uint8Array> {
  const key = typeof secret === 'string' ? await deriveWritingKey(secret) : secret;
  const plaintext = await buildInner(content.manifest, content.parts);
  return sealPlaintext(content.kind, plaintext, key);
}

export async function readPackage(
  bytes: Uint8Array,
  secret: PackageSecret,
  limits: Partial<PackageLimits> = {},
): Promise<OpenedPackage> {
  const within: PackageLimits = { ...defaultLimits, ...limits };
  const { header, headerJson, sealed } = splitFile(bytes);
  if (bytes.length > within.maxFileBytes) throw new AppFailure('errors.packageTooLarge');
  const key = await keyFor(header.kdf, secret);
  if (!verifierMatches(key, Buffer.from(header.verifier, 'base64'))) throw new AppFailure('errors.packageWrongPassphrase');
  const plaintext = decrypt(key, Buffer.from(header.cipher.iv, 'base64'), headerJson, sealed);
  const { manifest, parts } = await openInner(plaintext, within);
  return { kind: header.kind, manifest, parts };
}

/** The outer layer alone: header and encryption around a plaintext built by package-inner.ts. */
export function sealPlaintext(kind: PackageKind, plaintext: Uint8Array, key: PackageKey): Uint8Array {
  const iv = randomBytes(ivBytes);
  const header: ClearHeader = {
    format: formatName,
    formatVersion,
    kind,
    kdf: key.kdf,
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64') },
    verifier: key.verifier.toString('base64'),
  };
  const headerJson = encodeHeader(header);
  const sealed = encrypt(key, iv, headerJson, plaintext);
  const file = Buffer.concat([magic, headerJson, Buffer.of(lineFeed), sealed]);
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
}

async function keyFor(kdf: KdfParams, secret: PackageSecret): Promise<PackageKey> {
  if (typeof secret === 'string') return deriveKey(secret, kdf);
  // A key made for another salt or cost cannot open this file: as good as a wrong passphrase.
  const same = secret.kdf.salt === kdf.salt && secret.kdf.N === kdf.N && secret.kdf.r === kdf.r && secret.kdf.p === kdf.p;
  if (!same) throw new AppFailure('errors.packageWrongPassphrase');
  return secret;
}
