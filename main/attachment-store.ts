import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Scanned documents kept in the data folder under their SHA-256: the same scan added twice is
 * stored once, and a file changed or damaged on disk is noticed when it is read. Only main
 * reads these files; the renderer asks for an attachment by its id.
 */
export interface AttachmentStore {
  /** Stores the bytes (once) and returns their SHA-256, in hex. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under a hash, or null when the file is missing or no longer matches it. */
  get(sha256: string): Promise<Uint8Array | null>;
  /** Deletes the file stored under a hash; nothing happens when there is none. */
  remove(sha256: string): Promise<void>;
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function createAttachmentStore(folder: string): AttachmentStore {
  const fileFor = (sha256: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return path.join(folder, sha256);
  };
  return {
    async put(bytes) {
      const sha256 = sha256Of(bytes);
      const target = fileFor(sha256);
      const existing = await fs.readFile(target).catch(() => null);
      if (existing && sha256Of(existing) === sha256) return sha256;
      await fs.mkdir(folder, { recursive: true });
      // Written beside and renamed, so that a crash never leaves half a file under the hash.
      const temporary = path.join(folder, `.${randomUUID()}.part`);
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, target);
      return sha256;
    },
    async get(sha256) {
      const bytes = await fs.readFile(fileFor(sha256)).catch(() => null);
      if (!bytes || sha256Of(bytes) !== sha256) return null;
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async remove(sha256) {
      await fs.rm(fileFor(sha256), { force: true });
    },
  };
}

/** The folder under the data folder where attachments live. */
export const attachmentsFolder = (dataDir: string) => path.join(dataDir, 'attachments');
