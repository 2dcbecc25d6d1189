import { randomUUID } from 'node:crypto';
import { AppFailure } from '../../../failure';
import { sha256Hex } from '../file/sha256';

/**
 * Province mode: the files picked for an import batch, held in memory between the dry run and
 * applying it (each arrives in its own call, so that no request carries the whole batch).
 * Bounded: a file that would take the staging past its limits is refused (errors.stagingFull)
 * rather than making room by dropping one the user picked, which a dry run would then miss.
 * Files leave when their batch is applied or the user takes them out, and when the app restarts
 * (the user then picks them again).
 */
export interface StagedFile {
  token: string;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
}

export interface Staging {
  /** Refuses (errors.stagingFull) a file that would take the staging past its limits. */
  put(fileName: string, bytes: Uint8Array): StagedFile;
  /** Refuses (errors.stagedFileMissing) a token it does not hold. */
  get(token: string): StagedFile;
  remove(token: string): boolean;
}

/**
 * 200 files: the batch schema's most tokens (a province has far fewer offices). 256 MiB: 40
 * offices' packages at the 5 MB target come to 200 MB, and 256 MiB held in memory is what an
 * office PC can spare beside the two packages being decoded.
 */
export const stagingLimits = { files: 200, totalBytes: 256 * 1024 * 1024 };

export function createStaging(limits = stagingLimits): Staging {
  const files = new Map<string, StagedFile>();
  let totalBytes = 0;
  return {
    put(fileName, bytes) {
      if (files.size >= limits.files || totalBytes + bytes.length > limits.totalBytes) throw new AppFailure('errors.stagingFull');
      const file: StagedFile = { token: randomUUID(), fileName, bytes, sha256: sha256Hex(bytes) };
      files.set(file.token, file);
      totalBytes += bytes.length;
      return file;
    },
    get(token) {
      const file = files.get(token);
      if (!file) throw new AppFailure('errors.stagedFileMissing');
      return file;
    },
    remove(token) {
      const file = files.get(token);
      if (!file) return false;
      files.delete(token);
      totalBytes -= file.bytes.length;
      return true;
    },
  };
}
