import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageKey } from './package-crypto';
import { deriveWritingKey, readPackage, readPackageHeader, writePackage } from './package-file';
import type { PackageKind, PackagePart } from './package-format';
import { randomBytesFrom, randomInt, refusalOf, seededRandom } from './test-fixtures';

const passphrase = 'Hải Phòng – trao đổi quý IV';

let key: PackageKey;
beforeAll(async () => {
  key = await deriveWritingKey(passphrase);
});

describe('writePackage and readPackage', () => {
  it('round-trip a package with a passphrase: kind, manifest and parts arrive exactly', async () => {
    const manifest = { office: { code: 'HP-NQ', name: 'Phòng Văn hóa – Xã hội' }, sequence: 3, rows: { child: 2 } };
    const parts: PackagePart[] = [
      { name: 'child.jsonl', bytes: Buffer.from('{"a":1}\n{"a":2}\n') },
      { name: 'empty.bin', bytes: new Uint8Array(0) },
    ];
    const file = await writePackage({ kind: 'package', manifest, parts }, passphrase);
    const opened = await readPackage(file, passphrase);
    expect(opened.kind).toBe('package');
    expect(opened.manifest).toEqual(manifest);
    expect([...opened.parts.keys()]).toEqual(['child.jsonl', 'empty.bin']);
    expect(Buffer.from(opened.parts.get('child.jsonl') ?? [])).toEqual(Buffer.from('{"a":1}\n{"a":2}\n'));
    expect(opened.parts.get('empty.bin')).toHaveLength(0);
  });

  it('keeps the data unreadable without the passphrase: no part text appears in the file', async () => {
    const secret = 'Nguyễn Thị Mai Anh, thôn Đông';
    const file = await writePackage({ kind: 'package', manifest: { note: secret }, parts: [{ name: 'a', bytes: Buffer.from(secret.repeat(50)) }] }, key);
    const text = Buffer.from(file).toString('latin1');
    expect(text.startsWith('BTTE\n{"format":"bao-tro-exchange","formatVersion":1,"kind":"package"')).toBe(true);
    expect(Buffer.from(file).includes(Buffer.from('Nguy'))).toBe(false);
    expect(Buffer.from(file).includes(Buffer.from('note'))).toBe(false);
  });

  it('reads back 30 random packages exactly (seeded, replayable)', async () => {
    const random = seededRandom(20261122);
    for (let round = 0; round < 30; round++) {
      const kind: PackageKind = random() < 0.5 ? 'package' : 'receipt';
      const manifest = randomJson(random, 3);
      const parts = randomParts(random);
      const opened = await readPackage(await writePackage({ kind, manifest, parts }, key), key);
      expect(opened.kind, `round ${round}`).toBe(kind);
      expect(opened.manifest, `round ${round}`).toEqual(manifest);
      expect([...opened.parts.keys()], `round ${round}`).toEqual(parts.map((part) => part.name));
      for (const part of parts) {
        expect(Buffer.from(opened.parts.get(part.name) ?? []).equals(Buffer.from(part.bytes)), `round ${round} ${part.name}`).toBe(true);
      }
    }
  });

  it('refuses to write with a passphrase shorter than 12 characters, counting letters not bytes', async () => {
    const short = await refusalOf(() => writePackage({ kind: 'package', manifest: {}, parts: [] }, 'Mật khẩu 11'));
    expect(short).toBe('errors.invalidInput');
    await expect(deriveWritingKey('ngắn')).rejects.toMatchObject({ details: [{ path: 'passphrase', message: 'validation.passphraseShort' }] });
    // 12 letters, 16 UTF-8 bytes once composed: long enough.
    const twelve = 'Mật khẩu ờ 1';
    expect([...twelve]).toHaveLength(12);
    const file = await writePackage({ kind: 'receipt', manifest: null, parts: [] }, twelve);
    expect((await readPackage(file, twelve.normalize('NFD'))).kind).toBe('receipt');
  });

  it('refuses part names outside [a-z0-9._-]{1,64} or repeated, as a programming error', async () => {
    const write = (names: string[]) =>
      writePackage({ kind: 'package', manifest: {}, parts: names.map((name) => ({ name, bytes: new Uint8Array(1) })) }, key);
    await expect(write(['Child.jsonl'])).rejects.toThrow(/not \[a-z0-9/);
    await expect(write([''])).rejects.toThrow(/not \[a-z0-9/);
    await expect(write(['a'.repeat(65)])).rejects.toThrow(/not \[a-z0-9/);
    await expect(write(['../x'])).rejects.toThrow(/not \[a-z0-9/);
    await expect(write(['a', 'a'])).rejects.toThrow(/unique/);
    await expect(write(['a'.repeat(64), 'b.c_d-9'])).resolves.toBeInstanceOf(Uint8Array);
  });
});

describe('readPackageHeader', () => {
  it('tells what a file is without the passphrase, from its first bytes alone', async () => {
    const file = await writePackage({ kind: 'receipt', manifest: { sequence: 1 }, parts: [] }, key);
    const header = readPackageHeader(file.subarray(0, 300));
    expect(header).toMatchObject({ format: 'bao-tro-exchange', formatVersion: 1, kind: 'receipt', kdf: { name: 'scrypt', N: 32768, r: 8, p: 1 } });
    expect(await refusalOf(() => readPackageHeader(new Uint8Array(0)))).toBe('errors.packageUnreadable');
  });
});

describe('size', () => {
  it('holds 5,000 children of about 1 KB each well under 5 MB', async () => {
    const random = seededRandom(5000);
    const rows = Array.from({ length: 5000 }, (_, index) => JSON.stringify(fakeChild(random, index))).join('\n');
    const raw = Buffer.from(rows, 'utf8');
    const file = await writePackage({ kind: 'package', manifest: { rows: { child: 5000 } }, parts: [{ name: 'child.jsonl', bytes: raw }] }, key);
    const opened = await readPackage(file, key);
    // Measured (seed 5000): 4,690,582 B of JSON lines (938 B a row) → a 578,474 B file (12 %);
    // write 100 ms, read 41 ms with the key derived beforehand (scrypt adds ~0.1 s to each).
    expect(raw.length / 5000).toBeGreaterThan(900);
    expect(file.length).toBeLessThan(1_500_000);
    expect(opened.parts.get('child.jsonl')).toHaveLength(raw.length);
  });
});

function randomParts(random: () => number): PackagePart[] {
  const count = randomInt(random, 6);
  const names = new Set<string>();
  while (names.size < count) names.add(randomName(random));
  return [...names].map((name) => ({ name, bytes: randomPartBytes(random) }));
}

function randomName(random: () => number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789._-';
  const length = 1 + randomInt(random, random() < 0.1 ? 64 : 12);
  return Array.from({ length }, () => alphabet[randomInt(random, alphabet.length)]).join('');
}

function randomPartBytes(random: () => number): Uint8Array {
  const shape = random();
  if (shape < 0.15) return new Uint8Array(0);
  if (shape < 0.5) return randomBytesFrom(random, randomInt(random, shape < 0.3 ? 100 : 70_000));
  const lines = Array.from({ length: randomInt(random, 200) }, () => JSON.stringify(randomJson(random, 2)));
  return Buffer.from(lines.join('\n'), 'utf8');
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function randomJson(random: () => number, depth: number): Json {
  const pick = randomInt(random, depth > 0 ? 7 : 5);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return random() < 0.5;
    case 2:
      // `|| 0` keeps -0 out: JSON has no negative zero.
      return Math.round((random() - 0.5) * 1e6) || 0;
    case 3:
      return (random() - 0.5) * 1e3;
    case 4:
      return randomText(random);
    case 5:
      return Array.from({ length: randomInt(random, 5) }, () => randomJson(random, depth - 1));
    default:
      return Object.fromEntries(Array.from({ length: randomInt(random, 5) }, () => [randomText(random), randomJson(random, depth - 1)]));
  }
}

function randomText(random: () => number): string {
  const pieces = ['Nguyễn', 'Thị', 'Đặng', 'Hữu', 'xã', 'phường', ' ', '"', '\\', '\n', '\u0000', '😀', 'a', '1', '–'];
  return Array.from({ length: randomInt(random, 8) }, () => pieces[randomInt(random, pieces.length)]).join('');
}

/** A fictional child shaped like the register's rows with their history; no real person. */
function fakeChild(random: () => number, index: number) {
  const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
  const middles = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Hữu', 'Thu', 'Gia', 'Bảo'];
  const givens = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Linh', 'Nam', 'Phúc', 'Quỳnh', 'Tâm'];
  const pick = <T,>(list: T[]): T => list[randomInt(random, list.length)] as T;
  const date = (fromYear: number) =>
    `${fromYear + randomInt(random, 10)}-${String(1 + randomInt(random, 12)).padStart(2, '0')}-${String(1 + randomInt(random, 28)).padStart(2, '0')}`;
  const digits = (count: number) => Array.from({ length: count }, () => randomInt(random, 10)).join('');
  return {
    id: `0193${digits(4)}-${digits(4)}-7${digits(3)}-8${digits(3)}-${digits(12)}`,
    code: `TE-${String(index + 1).padStart(5, '0')}`,
    fullName: `${pick(families)} ${pick(middles)} ${pick(givens)}`,
    sex: pick(['male', 'female']),
    birthDate: date(2011),
    ethnicity: pick(['01', '02', '04', '05']),
    personalId: `031${digits(9)}`,
    unitCode: `${11_000 + randomInt(random, 400)}`,
    village: `Tổ dân phố số ${1 + randomInt(random, 30)}`,
    address: `Số ${1 + randomInt(random, 300)}, ngõ ${1 + randomInt(random, 90)}, đường Lạch Tray`,
    householdStatus: pick(['poor', 'nearPoor', 'none']),
    schoolLevel: pick(['primary', 'lowerSecondary', 'upperSecondary', 'none']),
    school: `Trường ${pick(['Tiểu học', 'THCS'])} ${pick(['Lê Lợi', 'Trần Phú', 'Ngô Quyền', 'Chu Văn An'])}`,
    healthInsurance: { number: `TE1${digits(12)}`, validTo: date(2026) },
    guardian: { fullName: `${pick(families)} ${pick(middles)} ${pick(givens)}`, relation: pick(['mẹ', 'bố', 'bà', 'ông']), phone: `09${digits(8)}` },
    memberships: Array.from({ length: 1 + randomInt(random, 2) }, () => ({
      group: pick(['a', 'b', 'c', 'dd', 'g', 'k', 'n']),
      startDate: date(2018),
      endDate: random() < 0.3 ? date(2022) : null,
      circumstances: [pick(['mồ côi cha', 'mồ côi mẹ', 'khuyết tật vận động', 'bỏ học'])],
      note: random() < 0.5 ? 'Gia đình thuộc hộ nghèo, cần hỗ trợ học phí và bảo hiểm y tế.' : '',
    })),
    visits: Array.from({ length: randomInt(random, 3) }, () => ({ date: date(2020), note: 'Thăm hỏi tại nhà, tặng quà Tết Trung thu.' })),
    createdAt: `${date(2019)}T0${randomInt(random, 10)}:${10 + randomInt(random, 50)}:00.000Z`,
    updatedAt: `${date(2024)}T1${randomInt(random, 10)}:${10 + randomInt(random, 50)}:00.000Z`,
  };
}
