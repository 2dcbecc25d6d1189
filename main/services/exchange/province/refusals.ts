import type { PackageProblemCode } from '../../../../shared/codes/exchange';
import type { ErrorCode } from '../../../../shared/errors';

/**
 * The file format's refusals (file/package-file.ts) and the package problems they are told as
 * in a dry run, both ways: a dry run lists a refusal as its file's problem, and the staged
 * summary, which opens one file on its own, refuses with the error again.
 */
const fileRefusals: readonly (readonly [ErrorCode, PackageProblemCode])[] = [
  ['errors.packageUnreadable', 'unreadable'],
  ['errors.packageUnknownVersion', 'unknownVersion'],
  ['errors.packageWrongPassphrase', 'wrongPassphrase'],
  ['errors.packageCorrupted', 'corrupted'],
  ['errors.packageTooLarge', 'tooLarge'],
];

const problemOf = new Map<ErrorCode, PackageProblemCode>(fileRefusals.map(([error, problem]) => [error, problem]));
const errorOf = new Map<PackageProblemCode, ErrorCode>(fileRefusals.map(([error, problem]) => [problem, error]));

/** The problem a refusal of the file format is told as; undefined for any other error (a bug: let it throw). */
export const problemForRefusal = (code: ErrorCode): PackageProblemCode | undefined => problemOf.get(code);

/** The refusal for a file's own problem; anything else about a file that cannot be opened reads as unreadable. */
export const refusalForProblem = (code: PackageProblemCode): ErrorCode => errorOf.get(code) ?? 'errors.packageUnreadable';
