import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageKey } from './package-crypto';
import { deriveWritingKey, readPackage, sealPlaintext, writePackage } from './package-file';
import type { InnerPart } from './package-format';
import { flipByte, handMadeInner, randomBytesFrom, randomInt, refusalOf, seededRandom, sha256Hex } from './test-fixtures';

/** Every way a file can be refused, each with the exact code the user's message comes from. */

const passphrase = 'Quảng Ninh trao đổi 2026';
const magicLength = 5;

let key: PackageKey;
let file: Uint8Array;
beforeAll(async () => {
  key = await deriveWritingKey(passphrase);
  const rows = Buffer.from(Array.from({ length: 300 }, (_, n) => `{"row":${n},"note":"trẻ em số ${n}"}`).join('\n'));
  file = await writePackage({ kind: 'package', manifest: { sequence: 4 }, parts: [{ name: 'child.jsonl', bytes: rows }] }, key);
});

/** Where the header line's JSON ends (the index of its LF). */
const headerEnd = (bytes: Uint8Array): number => bytes.indexOf(0x0a, magicLength);
const headerText = (bytes: Uint8Array): string => Buffer.from(bytes.subarray(magicLength, headerEnd(bytes))).toString('utf8');

function withHeaderLine(bytes: Uint8Array, line: string): Uint8Array {
  return Buffer.concat([bytes.subarray(0, magicLength), Buffer.from(line, 'utf8'), bytes.subarray(headerEnd(bytes))]);
}

interface HeaderJson {
  kdf: Record<string, unknown>;
  cipher: Record<string, unknown>;
  [member: string]: unknown;
}

function withHeader(bytes: Uint8Array, edit: (header: HeaderJson) => void): Uint8Array {
  const header = JSON.parse(headerText(bytes)) as HeaderJson;
  edit(header);
  return withHeaderLine(bytes, JSON.stringify(header));
}

/** Replaces one byte of the header JSON: the first byte after `marker`, plus `skip`. */
function withHeaderByte(bytes: Uint8Array, marker: string, replace: (byte: number) => number, skip = 0): Uint8Array {
  const found = Buffer.from(headerText(bytes)).indexOf(marker);
  expect(found).toBeGreaterThanOrEqual(0);
  const at = magicLength + found + marker.length + skip;
  const copy = Uint8Array.from(bytes);
  copy[at] = replace(copy[at] ?? 0);
  return copy;
}

/** Another valid base64 letter, so the field still decodes and only its value changes. */
const otherBase64 = (byte: number): number => (byte === 0x41 ? 0x42 : 0x41);

const open = (bytes: Uint8Array, secret: string | PackageKey = key, limits = {}) => refusalOf(() => readPackage(bytes, secret, limits));

function sealHandMade(parts: InnerPart[], blobs: Uint8Array[], manifest: unknown = {}): Uint8Array {
  return sealPlaintext('package', handMadeInner(manifest, parts, blobs), key);
}

function lengthPrefixed(json: string): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(Buffer.byteLength(json));
  return Buffer.concat([length, Buffer.from(json)]);
}

function gzipPart(name: string, bytes: Uint8Array, offset = 0): { part: InnerPart; blob: Buffer } {
  const blob = gzipSync(bytes);
  return { part: { name, offset, compressedSize: blob.length, size: bytes.length, sha256: sha256Hex(bytes) }, blob };
}

describe('a truncated file', () => {
  it.each([
    ['inside the magic', () => 3, 'errors.packageUnreadable'],
    ['inside the header', () => magicLength + 40, 'errors.packageUnreadable'],
    ['right after the header line', () => headerEnd(file) + 1, 'errors.packageCorrupted'],
    ['inside the ciphertext', () => headerEnd(file) + 1 + Math.floor((file.length - headerEnd(file) - 17) / 2), 'errors.packageCorrupted'],
    ['missing the tag', () => file.length - 16, 'errors.packageCorrupted'],
    ['missing its last byte', () => file.length - 1, 'errors.packageCorrupted'],
  ])('is refused when cut %s', async (_, length, code) => {
    expect(await open(file.subarray(0, length()))).toBe(code);
  });
});

describe('one changed byte', () => {
  it.each([
    ['the opening brace', '', (byte: number) => byte ^ 0x01, 'errors.packageUnreadable'],
    ['the format name', '"format":"', (byte: number) => byte ^ 0x01, 'errors.packageUnreadable'],
    ['the format version 1 → 3', '"formatVersion":', (byte: number) => byte ^ 0x02, 'errors.packageUnknownVersion'],
    ['the kind', '"kind":"', (byte: number) => byte ^ 0x01, 'errors.packageUnreadable'],
    ['scrypt N 32768 → 22768', '"N":', (byte: number) => byte ^ 0x01, 'errors.packageUnreadable'],
    ['the iv', '"iv":"', otherBase64, 'errors.packageCorrupted'],
    ['the verifier', '"verifier":"', otherBase64, 'errors.packageWrongPassphrase'],
  ])('in the header: %s', async (_, marker, replace, code) => {
    expect(await open(withHeaderByte(file, marker, replace))).toBe(code);
  });

  // A damaged salt or cost gives another key, which no verifier can tell from a wrong passphrase.
  it('in the header salt or scrypt r 8 → 9 reads as a wrong passphrase', async () => {
    expect(await open(withHeaderByte(file, '"salt":"', otherBase64), passphrase)).toBe('errors.packageWrongPassphrase');
    expect(await open(withHeaderByte(file, '"r":', (byte) => byte ^ 0x01), passphrase)).toBe('errors.packageWrongPassphrase');
  });

  it('relabelling a package as a receipt is caught: the header is authenticated', async () => {
    const relabelled = withHeaderLine(file, headerText(file).replace('"kind":"package"', '"kind":"receipt"'));
    expect(relabelled).toHaveLength(file.length);
    expect(await open(relabelled)).toBe('errors.packageCorrupted');
  });

  it('at random positions of the header is always refused', async () => {
    const random = seededRandom(71);
    const allowed = ['errors.packageUnreadable', 'errors.packageUnknownVersion', 'errors.packageWrongPassphrase', 'errors.packageCorrupted'];
    for (let round = 0; round < 40; round++) {
      const at = magicLength + randomInt(random, headerEnd(file) - magicLength);
      const code = await open(flipByte(file, at, 1 + randomInt(random, 255)));
      expect(allowed, `header byte ${at}`).toContain(code);
    }
  });

  it('at random positions of the ciphertext and of the tag is a damaged file', async () => {
    const random = seededRandom(72);
    const bodyStart = headerEnd(file) + 1;
    const tagStart = file.length - 16;
    for (let round = 0; round < 12; round++) {
      const inCiphertext = bodyStart + randomInt(random, tagStart - bodyStart);
      const inTag = tagStart + randomInt(random, 16);
      const mask = 1 + randomInt(random, 255);
      expect(await open(flipByte(file, inCiphertext, mask)), `ciphertext byte ${inCiphertext}`).toBe('errors.packageCorrupted');
      expect(await open(flipByte(file, inTag, mask)), `tag byte ${inTag}`).toBe('errors.packageCorrupted');
    }
  });
});

describe('the wrong passphrase', () => {
  it('is told apart from a damaged file', async () => {
    expect(await open(file, 'Hải Phòng trao đổi 2026')).toBe('errors.packageWrongPassphrase');
    expect(await open(file, '')).toBe('errors.packageWrongPassphrase');
  });

  it('includes a key derived for another salt', async () => {
    const other = await deriveWritingKey(passphrase);
    expect(await open(file, other)).toBe('errors.packageWrongPassphrase');
  });
});

describe('an unknown format version', () => {
  it('asks for a newer app, before looking at anything else in the header', async () => {
    expect(await open(withHeader(file, (header) => (header.formatVersion = 2)), passphrase)).toBe('errors.packageUnknownVersion');
    const futureShape = withHeaderLine(file, '{"format":"bao-tro-exchange","formatVersion":2,"kdf":{"name":"argon2id","m":1073741824}}');
    expect(await open(futureShape, passphrase)).toBe('errors.packageUnknownVersion');
  });

  it.each([['"1"'], ['0'], ['1.5'], ['null']])('but a formatVersion of %s is not ours at all', async (version) => {
    expect(await open(withHeaderLine(file, `{"format":"bao-tro-exchange","formatVersion":${version}}`))).toBe('errors.packageUnreadable');
  });
});

describe('a foreign file', () => {
  const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'latin1');
  const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]), Buffer.alloc(200, 0x20)]);
  it.each([
    ['a PDF', () => pdf],
    ['a zip (or .xlsx)', () => zip],
    ['an empty file', () => new Uint8Array(0)],
    ['random bytes', () => randomBytesFrom(seededRandom(9), 4096)],
    ['the magic alone', () => file.subarray(0, magicLength)],
    ['the magic then text', () => Buffer.from('BTTE\nthis is not json\n...')],
    ['the magic then a JSON array', () => Buffer.from('BTTE\n[1,2,3]\n')],
    ['the magic then bytes that are not UTF-8', () => Buffer.concat([Buffer.from('BTTE\n{"format":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')])],
    ['another program\'s JSON', () => Buffer.from('BTTE\n{"format":"other","formatVersion":1}\n')],
  ])('is not ours: %s', async (_, bytes) => {
    expect(await open(bytes(), passphrase)).toBe('errors.packageUnreadable');
  });
});

describe('a hostile header', () => {
  const edits: [string, (header: HeaderJson) => void][] = [
    ['N = 2^30', (h) => (h.kdf.N = 2 ** 30)],
    ['N = 2^21', (h) => (h.kdf.N = 2 ** 21)],
    ['N = 2^13', (h) => (h.kdf.N = 2 ** 13)],
    ['N not a power of two', (h) => (h.kdf.N = 3 * 2 ** 14)],
    ['N as text', (h) => (h.kdf.N = '32768')],
    ['r = 1000', (h) => (h.kdf.r = 1000)],
    ['r = 0', (h) => (h.kdf.r = 0)],
    ['p = 5', (h) => (h.kdf.p = 5)],
    ['N = 2^20 with r = 16 (2 GiB of memory)', (h) => ((h.kdf.N = 2 ** 20), (h.kdf.r = 16))],
    ['another key derivation', (h) => (h.kdf.name = 'pbkdf2')],
    ['another cipher', (h) => (h.cipher.name = 'aes-128-gcm')],
    ['a 15-byte salt', (h) => (h.kdf.salt = Buffer.alloc(15).toString('base64'))],
    ['a salt with junk in its base64', (h) => (h.kdf.salt = `${String(h.kdf.salt).slice(0, 10)}!!${String(h.kdf.salt).slice(10)}`)],
    ['a 16-byte iv', (h) => (h.cipher.iv = Buffer.alloc(16).toString('base64'))],
    ['a 32-byte verifier', (h) => (h.verifier = Buffer.alloc(32).toString('base64'))],
    ['no kdf', (h) => Reflect.deleteProperty(h, 'kdf')],
    ['an unknown kind', (h) => (h.kind = 'backup')],
  ];

  it.each(edits)('is refused before any key derivation: %s', async (_, edit) => {
    const started = performance.now();
    expect(await open(withHeader(file, edit), passphrase)).toBe('errors.packageUnreadable');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('may not be longer than 4 KiB: a 1 MiB line is refused without reading it through', async () => {
    const padded = (length: number) => {
      const start = headerText(file).slice(0, -1) + ',"pad":"';
      return withHeaderLine(file, start + 'x'.repeat(length - start.length - 2) + '"}');
    };
    expect(await open(padded(1024 * 1024), passphrase)).toBe('errors.packageUnreadable');
    expect(await open(padded(4097))).toBe('errors.packageUnreadable');
    // At exactly 4 KiB the header is read, and the padding then fails authentication.
    expect(headerEnd(padded(4096)) - magicLength).toBe(4096);
    expect(await open(padded(4096))).toBe('errors.packageCorrupted');
  });
});

describe('sizes', () => {
  it('refuses a gzip bomb: a part declared 1 KiB that inflates to 10 MiB', async () => {
    const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024));
    const part: InnerPart = { name: 'child.jsonl', offset: 0, compressedSize: bomb.length, size: 1024, sha256: sha256Hex(Buffer.alloc(1024)) };
    expect(bomb.length).toBeLessThan(20_000);
    expect(await open(sealHandMade([part], [bomb]))).toBe('errors.packageTooLarge');
  });

  it('stops inflating at the declared size: 1 GiB of gzip members is refused without being inflated', async () => {
    // gzip allows members back to back; 100 of 10 MiB each make a 1 MiB part that inflates to 1 GiB.
    const member = gzipSync(Buffer.alloc(10 * 1024 * 1024));
    const bomb = Buffer.concat(Array.from({ length: 100 }, () => member));
    const part: InnerPart = { name: 'child.jsonl', offset: 0, compressedSize: bomb.length, size: 1024, sha256: sha256Hex(Buffer.alloc(1024)) };
    const sealed = sealHandMade([part], [bomb]);
    const started = performance.now();
    expect(await open(sealed)).toBe('errors.packageTooLarge');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a part declared over the limit, or all parts together over it, before inflating', async () => {
    const bytes = (length: number) => randomBytesFrom(seededRandom(length), length);
    const one = await writePackage({ kind: 'package', manifest: {}, parts: [{ name: 'a', bytes: bytes(2000) }] }, key);
    expect(await open(one, key, { maxPartBytes: 1999 })).toBe('errors.packageTooLarge');
    await expect(readPackage(one, key, { maxPartBytes: 2000 })).resolves.toBeTruthy();

    const two = await writePackage({ kind: 'package', manifest: {}, parts: [{ name: 'a', bytes: bytes(600) }, { name: 'b', bytes: bytes(600) }] }, key);
    expect(await open(two, key, { maxTotalPartBytes: 1199 })).toBe('errors.packageTooLarge');
    await expect(readPackage(two, key, { maxTotalPartBytes: 1200 })).resolves.toBeTruthy();

    // Not even valid gzip: refused for its declared size, so nothing was inflated.
    const huge: InnerPart = { name: 'a', offset: 0, compressedSize: 4, size: 2 ** 40, sha256: '0'.repeat(64) };
    expect(await open(sealHandMade([huge], [Buffer.from('junk')]))).toBe('errors.packageTooLarge');
  });

  it('refuses a file over the file size limit', async () => {
    expect(await open(file, key, { maxFileBytes: file.length - 1 })).toBe('errors.packageTooLarge');
    await expect(readPackage(file, key, { maxFileBytes: file.length })).resolves.toBeTruthy();
  });
});

describe('a damaged inner container (sealed correctly, as a buggy or hostile writer would)', () => {
  const rows = Buffer.from('{"row":1}\n{"row":2}\n');
  const visits = Buffer.from('{"visit":1}\n');

  it('reads back when laid out right, so the refusals below are about the lie alone', async () => {
    const a = gzipPart('child.jsonl', rows);
    const b = gzipPart('visit.jsonl', visits, a.blob.length);
    const opened = await readPackage(sealHandMade([a.part, b.part], [a.blob, b.blob], { n: 1 }), key);
    expect(opened.manifest).toEqual({ n: 1 });
    expect(Buffer.from(opened.parts.get('visit.jsonl') ?? []).toString()).toBe('{"visit":1}\n');
  });

  it('refuses a part whose SHA-256 does not match', async () => {
    const a = gzipPart('child.jsonl', rows);
    expect(await open(sealHandMade([{ ...a.part, sha256: sha256Hex(visits) }], [a.blob]))).toBe('errors.packageCorrupted');
  });

  it('refuses a part that inflates to less than declared, or is not gzip', async () => {
    const a = gzipPart('child.jsonl', rows);
    expect(await open(sealHandMade([{ ...a.part, size: rows.length + 1 }], [a.blob]))).toBe('errors.packageCorrupted');
    const junk = Buffer.from('not gzip at all');
    expect(await open(sealHandMade([{ ...a.part, compressedSize: junk.length }], [junk]))).toBe('errors.packageCorrupted');
    const brokenGzip = Buffer.concat([Buffer.from([0x1f, 0x8b]), junk]);
    expect(await open(sealHandMade([{ ...a.part, compressedSize: brokenGzip.length }], [brokenGzip]))).toBe('errors.packageCorrupted');
  });

  it.each([
    ['overlapping parts', (a: InnerPart, b: InnerPart) => [a, { ...b, offset: 0 }]],
    ['a gap between parts', (a: InnerPart, b: InnerPart) => [{ ...a, compressedSize: a.compressedSize - 1 }, b]],
    ['an offset past the end', (a: InnerPart, b: InnerPart) => [a, { ...b, offset: 1_000_000 }]],
    ['a size running past the end', (a: InnerPart, b: InnerPart) => [a, { ...b, compressedSize: b.compressedSize + 1 }]],
    ['trailing bytes after the last part', (a: InnerPart) => [a]],
    ['a negative offset', (a: InnerPart, b: InnerPart) => [{ ...a, offset: -1 }, b]],
    ['a fractional size', (a: InnerPart, b: InnerPart) => [{ ...a, size: 1.5 }, b]],
    ['a repeated name', (a: InnerPart, b: InnerPart) => [a, { ...b, name: a.name }]],
    ['a path as a name', (a: InnerPart, b: InnerPart) => [a, { ...b, name: '../evil' }]],
    ['an upper-case digest', (a: InnerPart, b: InnerPart) => [a, { ...b, sha256: b.sha256.toUpperCase() }]],
  ])('refuses %s', async (_, lie) => {
    const a = gzipPart('child.jsonl', rows);
    const b = gzipPart('visit.jsonl', visits, a.blob.length);
    expect(await open(sealHandMade(lie(a.part, b.part), [a.blob, b.blob]))).toBe('errors.packageCorrupted');
  });

  it.each([
    ['an empty plaintext', () => Buffer.alloc(0)],
    ['a length prefix past the end', () => Buffer.from([0, 0, 1, 0, 0x7b, 0x7d])],
    ['an inner manifest that is not JSON', () => lengthPrefixed('{x}')],
    ['no manifest member', () => lengthPrefixed('{"parts":[]}')],
    ['parts not a list', () => lengthPrefixed('{"manifest":1,"parts":{}}')],
    ['a part that is not an object', () => lengthPrefixed('{"manifest":1,"parts":[7]}')],
  ])('refuses %s', async (_, plaintext) => {
    expect(await open(sealPlaintext('package', plaintext(), key))).toBe('errors.packageCorrupted');
  });
});
