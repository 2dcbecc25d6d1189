import { createHash, randomUUID } from 'node:crypto';
import { AppFailure } from '../../../failure';

/**
 * Province mode: the files picked for an import batch, held in memory between the dry run and
 * applying it (each arrives in its own call, so that no request carries the whole batch).
 * Bounded, and emptied when the app restarts: the user then picks the files again.
 */
export interface StagedFile {
  token: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface Staging {
  put(fileName: string, bytes: Uint8Array): StagedFile;
  /** Refuses (errors.stagedFileMissing) a token it does not hold. */
  get(token: string): StagedFile;
  remove(token: string): boolean;
  clear(): void;
}

export const stagingLimits = { files: 200, totalBytes: 1024 * 1024 * 1024 };

export function createStaging(limits = stagingLimits): Staging {
  const files = new Map<string, StagedFile>();
  const totalBytes = () => [...files.values()].reduce((sum, file) => sum + file.bytes.length, 0);
  return {
    put(fileName, bytes) {
      // The oldest go first when the batch would grow past the limits.
      while (files.size > 0 && (files.size >= limits.files || totalBytes() + bytes.length > limits.totalBytes)) {
        const oldest = files.keys().next().value;
        if (oldest === undefined) break;
        files.delete(oldest);
      }
      const file: StagedFile = { token: randomUUID(), fileName, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
      files.set(file.token, file);
      return file;
    },
    get(token) {
      const file = files.get(token);
      if (!file) throw new AppFailure('errors.stagedFileMissing');
      return file;
    },
    remove: (token) => files.delete(token),
    clear: () => files.clear(),
  };
}
