import { beforeAll, describe, expect, it } from 'vitest';
import { decrypt, deriveKey, encrypt, newKdfParams, verifierMatches, type PackageKey } from './package-crypto';
import { defaultScryptCost, saltBytes, type KdfParams } from './package-format';
import { flipByte, refusalOf } from './test-fixtures';

const kdf: KdfParams = { name: 'scrypt', ...defaultScryptCost, salt: Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex').toString('base64') };
const passphrase = 'Mật khẩu trao đổi 2026';

describe('deriveKey', () => {
  it('matches the known answer another implementation must reproduce, whatever the Unicode form typed', async () => {
    // The same passphrase as typed by an input method that sends decomposed marks (NFD).
    const key = await deriveKey(passphrase.normalize('NFD'), kdf);
    expect(key.aesKey.toString('hex')).toBe('e23a615e036e9b66f9600985f18262e9fa7fd6b3ae225b2a94115e2767b4d1d6');
    expect(key.macKey.toString('hex')).toBe('d437d6bf487bbacaa5218f2e4782819a4f08a1c089467b0fcf409cef78e6b077');
    expect(key.verifier.toString('hex')).toBe('32dd5d1669440b8d5c0423e49de59580');
    expect(verifierMatches(key, Buffer.from('32dd5d1669440b8d5c0423e49de59580', 'hex'))).toBe(true);
    expect(verifierMatches(key, Buffer.from('32dd5d1669440b8d5c0423e49de59581', 'hex'))).toBe(false);
    expect(verifierMatches(key, Buffer.from('32dd5d16', 'hex'))).toBe(false);
  });

  it('makes a fresh random salt for each new file at the standard cost', () => {
    const first = newKdfParams();
    const second = newKdfParams();
    expect(Buffer.from(first.salt, 'base64')).toHaveLength(saltBytes);
    expect(first.salt).not.toBe(second.salt);
    expect(first).toMatchObject({ name: 'scrypt', N: 2 ** 15, r: 8, p: 1 });
  });
});

describe('encrypt and decrypt', () => {
  let key: PackageKey;
  beforeAll(async () => {
    key = await deriveKey(passphrase, kdf);
  });
  const iv = Buffer.alloc(12, 7);
  const aad = Buffer.from('{"header":1}');
  const plaintext = Buffer.from('dữ liệu trao đổi');

  it('round-trip, with the 16-byte tag after the ciphertext', () => {
    const sealed = encrypt(key, iv, aad, plaintext);
    expect(sealed).toHaveLength(plaintext.length + 16);
    expect(decrypt(key, iv, aad, sealed).toString()).toBe('dữ liệu trao đổi');
  });

  it.each([
    ['another header', (sealed: Buffer) => decrypt(key, iv, Buffer.from('{"header":2}'), sealed)],
    ['another iv', (sealed: Buffer) => decrypt(key, Buffer.alloc(12, 8), aad, sealed)],
    ['a flipped ciphertext byte', (sealed: Buffer) => decrypt(key, iv, aad, flipByte(sealed, 3))],
    ['a flipped tag byte', (sealed: Buffer) => decrypt(key, iv, aad, flipByte(sealed, sealed.length - 1))],
    ['no tag', (sealed: Buffer) => decrypt(key, iv, aad, sealed.subarray(0, sealed.length - 16))],
    ['less than a tag', (sealed: Buffer) => decrypt(key, iv, aad, sealed.subarray(0, 5))],
  ])('refuse %s as a damaged file', async (_, open) => {
    const sealed = encrypt(key, iv, aad, plaintext);
    expect(await refusalOf(() => open(sealed))).toBe('errors.packageCorrupted');
  });
});
