import { useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../../../../shared/errors';
import type { StagedPackage } from '../../../../../shared/exchange';
import { useApi } from '../../../api/ApiProvider';
import { ApiError } from '../../../api/client';
import { readFileAsBase64 } from '../../../api/files';

// The contract takes at most 19 MB of base64, a little over 14 MB of file; packages are far smaller.
const maxFileBytes = 14 * 1024 * 1024;

/** A picked file that did not join the batch, and why. */
export interface StagingProblem {
  fileName: string;
  reason: ErrorCode | 'duplicate';
}

export interface StagingProgress {
  done: number;
  total: number;
  fileName: string;
}

const reasonOf = (error: unknown): ErrorCode => (error instanceof ApiError ? error.error.code : 'errors.internal');

/**
 * The batch of picked packages: each file is read and handed to main one at a time (main keeps
 * it in memory under a token), so a large batch shows its progress and one bad file spoils nothing
 * (main refusing one, even for errors.stagingFull, only leaves that one out).
 * Main holds the files until they are imported or taken out, or until whoever keeps this batch
 * (the exchange area) goes away: then they are handed back.
 */
export function useStaging() {
  const api = useApi();
  const [files, setFiles] = useState<StagedPackage[]>([]);
  const [progress, setProgress] = useState<StagingProgress | null>(null);
  const [problems, setProblems] = useState<StagingProblem[]>([]);
  const [unstageError, setUnstageError] = useState<ErrorCode | null>(null);
  // What is staged as of the last answer, for the duplicate check inside the loop.
  const current = useRef<StagedPackage[]>([]);
  // False once the batch's keeper is gone: files still being read are handed back at once.
  const alive = useRef(true);

  // Best effort: main forgets staged files on a restart anyway.
  const release = (tokens: readonly string[]) => {
    for (const token of tokens) void api.request('exchange.unstage', { token }).catch(() => undefined);
  };

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      for (const file of current.current) void api.request('exchange.unstage', { token: file.token }).catch(() => undefined);
    };
  }, [api]);

  const update = (next: StagedPackage[]) => {
    current.current = next;
    setFiles(next);
  };

  async function stageOne(file: File): Promise<StagingProblem | null> {
    if (file.size === 0) return { fileName: file.name, reason: 'errors.packageUnreadable' };
    if (file.size > maxFileBytes) return { fileName: file.name, reason: 'errors.packageTooLarge' };
    try {
      const staged = await api.request('exchange.stage', { fileName: file.name, base64: await readFileAsBase64(file) });
      if (!alive.current) {
        release([staged.token]);
        return null;
      }
      if (current.current.some((other) => other.sha256 === staged.sha256)) {
        // The same file picked twice: one copy is enough.
        release([staged.token]);
        return { fileName: file.name, reason: 'duplicate' };
      }
      update([...current.current, staged]);
      return null;
    } catch (error) {
      return { fileName: file.name, reason: reasonOf(error) };
    }
  }

  async function pick(picked: readonly File[]): Promise<void> {
    if (picked.length === 0 || progress) return;
    setProblems([]);
    setUnstageError(null);
    const found: StagingProblem[] = [];
    for (const [index, file] of picked.entries()) {
      if (!alive.current) return;
      setProgress({ done: index, total: picked.length, fileName: file.name });
      const problem = await stageOne(file);
      if (problem) found.push(problem);
    }
    setProblems(found);
    setProgress(null);
  }

  /** Takes a file out of the batch; false when main refused (it stays listed). */
  async function unstage(token: string): Promise<boolean> {
    setUnstageError(null);
    try {
      await api.request('exchange.unstage', { token });
    } catch (error) {
      // Main no longer holds it (a restart): it is out of the batch all the same.
      if (reasonOf(error) !== 'errors.stagedFileMissing') {
        setUnstageError(reasonOf(error));
        return false;
      }
    }
    update(current.current.filter((file) => file.token !== token));
    return true;
  }

  /** After an import: main is told it may drop the files; the list starts empty. */
  function clear(): void {
    release(current.current.map((file) => file.token));
    update([]);
    setProblems([]);
  }

  return { files, progress, problems, unstageError, pick, unstage, clear };
}

export type Staging = ReturnType<typeof useStaging>;
