import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { AppFailure } from '../../../failure';
import {
  defaultScryptCost,
  keyBytes,
  saltBytes,
  tagBytes,
  verifierBytes,
  verifierLabel,
  type KdfParams,
  type ScryptCost,
} from './package-format';

/** The keys one passphrase and one salt give; derive once, then seal or open many files with it. */
export interface PackageKey {
  kdf: KdfParams;
  aesKey: Buffer;
  macKey: Buffer;
  verifier: Buffer;
}

export const scryptMemoryBytes = (cost: ScryptCost): number => 128 * cost.N * cost.r;

export function newKdfParams(cost: ScryptCost = defaultScryptCost): KdfParams {
  return { name: 'scrypt', ...cost, salt: randomBytes(saltBytes).toString('base64') };
}

/** scrypt on libuv's thread pool, so the main process keeps answering while it runs. */
export function deriveKey(passphrase: string, kdf: KdfParams): Promise<PackageKey> {
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  const salt = Buffer.from(kdf.salt, 'base64');
  // Headroom over the V array for OpenSSL's own buffers; the header bounds keep this modest.
  const maxmem = 2 * scryptMemoryBytes(kdf) + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, 2 * keyBytes, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (error, derived) => {
      if (error) return reject(error);
      const macKey = derived.subarray(keyBytes);
      const verifier = createHmac('sha256', macKey).update(verifierLabel, 'ascii').digest().subarray(0, verifierBytes);
      resolve({ kdf, aesKey: derived.subarray(0, keyBytes), macKey, verifier });
    });
  });
}

export function verifierMatches(key: PackageKey, verifier: Uint8Array): boolean {
  return verifier.length === key.verifier.length && timingSafeEqual(verifier, key.verifier);
}

/** AES-256-GCM; returns the ciphertext followed by the 16-byte tag. */
export function encrypt(key: PackageKey, iv: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key.aesKey, iv, { authTagLength: tagBytes });
  cipher.setAAD(aad);
  return Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
}

/** The inverse of `encrypt`; any failure to authenticate is a damaged file. */
export function decrypt(key: PackageKey, iv: Uint8Array, aad: Uint8Array, sealed: Uint8Array): Buffer {
  if (sealed.length < tagBytes) throw new AppFailure('errors.packageCorrupted');
  const tagAt = sealed.length - tagBytes;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.aesKey, iv, { authTagLength: tagBytes });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(tagAt));
    return Buffer.concat([decipher.update(sealed.subarray(0, tagAt)), decipher.final()]);
  } catch {
    throw new AppFailure('errors.packageCorrupted');
  }
}
