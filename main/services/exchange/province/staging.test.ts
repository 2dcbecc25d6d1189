import { describe, expect, it } from 'vitest';
import { refusalOf, sha256Hex } from '../file/test-fixtures';
import { createStaging, stagingLimits } from './staging';

const bytes = (length: number, fill = 1) => new Uint8Array(length).fill(fill);

describe('the staging of picked files', () => {
  it('holds each file under a token with its hash, until it is taken out', () => {
    const staging = createStaging();
    const file = staging.put('BTTE_HP-NQ_2026-10_so001.btte', bytes(10));
    expect(staging.get(file.token)).toEqual({ token: file.token, fileName: 'BTTE_HP-NQ_2026-10_so001.btte', bytes: bytes(10), sha256: sha256Hex(bytes(10)) });
    expect(staging.remove(file.token)).toBe(true);
    expect(staging.remove(file.token)).toBe(false);
  });

  it('refuses a file past its limits (errors.stagingFull) and keeps every file picked before', async () => {
    const staging = createStaging({ files: 3, totalBytes: 100 });
    const picked = [staging.put('a.btte', bytes(40)), staging.put('b.btte', bytes(40))];
    // Past the bytes: 40 + 40 + 30 > 100.
    expect(await refusalOf(() => staging.put('c.btte', bytes(30)))).toBe('errors.stagingFull');
    for (const file of picked) expect(staging.get(file.token).fileName).toBe(file.fileName);
    picked.push(staging.put('c.btte', bytes(20)));
    // Past the number of files.
    expect(await refusalOf(() => staging.put('d.btte', bytes(1)))).toBe('errors.stagingFull');
    for (const file of picked) expect(staging.get(file.token).fileName).toBe(file.fileName);
    // Taking one out makes room again, by its size.
    staging.remove(picked[0]?.token ?? '');
    expect(staging.put('d.btte', bytes(40)).fileName).toBe('d.btte');
    expect(await refusalOf(() => staging.put('e.btte', bytes(1)))).toBe('errors.stagingFull');
  });

  it('holds at most 200 files and 256 MiB', () => {
    expect(stagingLimits).toEqual({ files: 200, totalBytes: 256 * 1024 * 1024 });
    const staging = createStaging();
    for (let n = 0; n < 200; n++) staging.put(`${n}.btte`, bytes(1));
    expect(() => staging.put('201.btte', bytes(1))).toThrow();
  });
});
