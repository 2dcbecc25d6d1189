/**
 * The exchange file: what an office sends the province (kind "package"). The kind "receipt" is
 * reserved: receipts travel as small signed JSON files instead (receipt-format.ts), since they
 * hold nothing secret. Version 1, byte for byte:
 *
 *   file      = magic header-line LF ciphertext tag
 *   magic     = the 5 bytes 42 54 54 45 0A ("BTTE" and a line feed)
 *   header-line = one line of UTF-8 JSON, at most 4,096 bytes, no LF inside, then LF (0x0A):
 *     { "format": "bao-tro-exchange", "formatVersion": 1, "kind": "package" | "receipt",
 *       "kdf": { "name": "scrypt", "N": <int>, "r": <int>, "p": <int>, "salt": <base64, 16 bytes> },
 *       "cipher": { "name": "aes-256-gcm", "iv": <base64, 12 bytes> },
 *       "verifier": <base64, 16 bytes> }
 *     base64 is standard (RFC 4648 §4, "+/", with "=" padding). Readers ignore members they do
 *     not know. Writers use N = 2^15, r = 8, p = 1, and a fresh random salt and iv.
 *   ciphertext, tag = AES-256-GCM of the plaintext with the 12-byte iv and a 16-byte tag, the
 *     additional authenticated data being the header-line's JSON bytes exactly as stored
 *     (without its LF); the tag is the file's last 16 bytes.
 *
 * Keys: k = scrypt(P, salt, dkLen 64, N, r, p), P = the passphrase in Unicode NFC as UTF-8.
 *   AES key = k[0..32), MAC key = k[32..64),
 *   verifier = the first 16 bytes of HMAC-SHA256(MAC key, ASCII "bao-tro-exchange verifier").
 *   The verifier tells a wrong passphrase (no key fits) from a damaged file (key fits, tag fails).
 *   Writers refuse a passphrase shorter than 12 characters (Unicode code points after NFC;
 *   shared/codes/exchange.ts passphraseLongEnough).
 *
 * Plaintext (the inner container):
 *   4-byte big-endian unsigned length L, then L bytes of UTF-8 JSON (the inner manifest), then
 *   the blob region: every part gzip-compressed (RFC 1952, one member each), in the order
 *   listed, back to back, nothing before, between or after them.
 *   inner manifest = { "manifest": <any JSON: the sender's manifest, opaque here>,
 *     "parts": [ { "name", "offset", "compressedSize", "size", "sha256" } ] }
 *   name: [a-z0-9._-]{1,64}, unique within the file. offset: byte offset of the gzip member
 *   from the start of the blob region (the first part at 0, each next one where the previous
 *   ends, the last ending at the end of the plaintext). compressedSize: bytes of the gzip member.
 *   size, sha256 (lowercase hex): of the uncompressed bytes.
 *
 * Reading, in this order, and the refusal for each (error codes in shared/errors.ts):
 *   no magic, no LF within the first 4,096 header bytes, header not UTF-8 JSON, "format" not
 *     "bao-tro-exchange", or formatVersion not a positive integer       → packageUnreadable
 *   formatVersion other than 1 (before anything else in the header is looked at) → packageUnknownVersion
 *   any other header member missing or out of bounds: N a power of two in [2^14, 2^20],
 *     r in [1, 16], p in [1, 4], scrypt memory 128·N·r at most 256 MiB, exact byte lengths
 *     of salt, iv and verifier                                          → packageUnreadable
 *   file longer than the limit (200 MiB)                                 → packageTooLarge
 *   verifier differs from the one derived from the passphrase            → packageWrongPassphrase
 *   GCM authentication fails (damaged ciphertext, tag or header)         → packageCorrupted
 *   inner container malformed: L out of range, manifest not JSON of the shape above,
 *     bad or repeated names, parts not tiling the blob region exactly     → packageCorrupted
 *   a declared size over the limit (256 MiB a part, 1 GiB all parts), checked before
 *     inflating anything                                                 → packageTooLarge
 *   a part that inflates to more than its declared size (inflation stops there) → packageTooLarge
 *   a part that is not valid gzip, inflates to less, or whose SHA-256 differs → packageCorrupted
 */

export const formatName = 'bao-tro-exchange';
export const formatVersion = 1;
export const magic: Uint8Array = new Uint8Array([0x42, 0x54, 0x54, 0x45, 0x0a]);
export const lineFeed = 0x0a;
export const maxHeaderBytes = 4096;

export const packageKinds = ['package', 'receipt'] as const;
export type PackageKind = (typeof packageKinds)[number];

export const saltBytes = 16;
export const ivBytes = 12;
export const tagBytes = 16;
export const verifierBytes = 16;
export const keyBytes = 32;
export const verifierLabel = 'bao-tro-exchange verifier';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** What writers use: about 0.1 s and 32 MiB on an office PC. */
export const defaultScryptCost: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };

/** The most a header may ask for, so that a hostile file cannot make us burn memory or CPU. */
export const scryptBounds = {
  minLogN: 14,
  maxLogN: 20,
  maxR: 16,
  maxP: 4,
  maxMemoryBytes: 256 * 1024 * 1024,
} as const;

export interface KdfParams extends ScryptCost {
  name: 'scrypt';
  /** base64, `saltBytes` bytes */
  salt: string;
}

export interface ClearHeader {
  format: typeof formatName;
  formatVersion: typeof formatVersion;
  kind: PackageKind;
  kdf: KdfParams;
  cipher: { name: 'aes-256-gcm'; /** base64, `ivBytes` bytes */ iv: string };
  /** base64, `verifierBytes` bytes */
  verifier: string;
}

export interface PackageLimits {
  maxFileBytes: number;
  maxPartBytes: number;
  maxTotalPartBytes: number;
}

const mebibyte = 1024 * 1024;

export const defaultLimits: PackageLimits = {
  maxFileBytes: 200 * mebibyte,
  maxPartBytes: 256 * mebibyte,
  maxTotalPartBytes: 1024 * mebibyte,
};

export const partNamePattern = /^[a-z0-9._-]{1,64}$/;

export interface InnerPart {
  name: string;
  offset: number;
  compressedSize: number;
  size: number;
  sha256: string;
}

export interface InnerManifest {
  manifest: unknown;
  parts: InnerPart[];
}

export interface PackagePart {
  name: string;
  bytes: Uint8Array;
}

/** What a caller puts in; `manifest` must survive JSON (no undefined, functions, Dates). */
export interface PackageContent {
  kind: PackageKind;
  manifest: unknown;
  parts: PackagePart[];
}

export interface OpenedPackage {
  kind: PackageKind;
  manifest: unknown;
  parts: Map<string, Uint8Array>;
}
