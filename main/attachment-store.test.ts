import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAttachmentStore, type AttachmentStore } from './attachment-store';

let folder: string;
let store: AttachmentStore;
beforeEach(async () => {
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'bt-attachments-'));
  store = createAttachmentStore(folder);
});
afterEach(() => fs.rm(folder, { recursive: true, force: true }));

const bytes = (text: string) => Uint8Array.from(Buffer.from(text));
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('the attachment store', () => {
  it('keeps a file under its SHA-256 and gives it back', async () => {
    const scan = bytes('%PDF-1.4 scan');
    expect(await store.put(scan)).toBe(sha256(scan));
    expect(await fs.readdir(folder)).toEqual([sha256(scan)]);
    expect(await store.get(sha256(scan))).toEqual(scan);
  });

  it('removes a file, leaving the others, and removing it again is harmless', async () => {
    const first = await store.put(bytes('%PDF-1.4 first'));
    const second = await store.put(bytes('%PDF-1.4 second'));
    await store.remove(first);
    expect(await fs.readdir(folder)).toEqual([second]);
    expect(await store.get(first)).toBeNull();
    await store.remove(first);
    expect(await store.get(second)).toEqual(bytes('%PDF-1.4 second'));
  });

  it('refuses a name that is not a hash, so nothing outside the folder is touched', async () => {
    const outside = path.join(folder, '..', `bt-outside-${path.basename(folder)}`);
    await fs.writeFile(outside, 'keep');
    try {
      await expect(store.remove(`../${path.basename(outside)}`)).rejects.toThrow();
      expect(await fs.readFile(outside, 'utf8')).toBe('keep');
    } finally {
      await fs.rm(outside, { force: true });
    }
  });
});
