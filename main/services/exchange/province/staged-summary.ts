import type { FileOutput } from '../../../../shared/register';
import { AppFailure } from '../../../failure';
import type { HandlerContext } from '../../../handler-types';
import { summaryFileName } from '../file-names';
import { requireMode } from '../mode';
import { manifestOf, newKeyCache, unlockFile } from './province-open';
import { refusalForProblem } from './refusals';

/** Province mode: the Excel summary a staged package carries, to look at before importing it. */

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function stagedSummary(ctx: HandlerContext, input: { token: string; passphrases: string[] }): Promise<FileOutput> {
  await requireMode(ctx.db, 'province');
  const file = ctx.staging.get(input.token);
  const unlocked = await unlockFile(file.bytes, input.passphrases, newKeyCache());
  if (unlocked.problem) throw new AppFailure(refusalForProblem(unlocked.problem.code));
  const manifest = manifestOf(unlocked.opened);
  // manifestOf has checked that the summary is there and is the one the manifest names.
  const summary = manifest ? unlocked.opened.parts.get(manifest.summary.part) : undefined;
  if (!manifest || !summary) throw new AppFailure('errors.packageCorrupted');
  return {
    fileName: summaryFileName(manifest.office.code, manifest.periodKey, manifest.sequence),
    mimeType: xlsxType,
    base64: Buffer.from(summary).toString('base64'),
  };
}
