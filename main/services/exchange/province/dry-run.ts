import type { DryRun, TableChanges } from '../../../../shared/exchange';
import type { DryRunInput } from '../../../../shared/schemas/exchange';
import type { HandlerContext } from '../../../handler-types';
import { requireMode } from '../mode';
import { settledRead } from '../settled-reads';
import { decideBatch, stagedFiles, type FileChecked } from './batch';
import { inTurn } from './in-turn';
import { newKeyCache, readUnlocked, unlockFile, type OpenedTable } from './province-open';
import { compareTable } from './snapshot-diff';
import type { StagedFile } from './staging';

/**
 * Province mode: what importing a batch of staged packages would do, per package and table,
 * and what stops it. Each package is opened in turn (in-turn.ts) and compared table by table
 * with what the province holds from its office while it is open; then the batch is decided
 * (batch.ts), as applying decides it again inside its transaction.
 */

/**
 * A package's tables against the office's snapshot held. The reads go through Kysely's
 * connection (settled-reads.ts): should an import be applied meanwhile, they wait for its
 * transaction to end instead of counting its rows before they are committed.
 */
export function heldChanges(ctx: Pick<HandlerContext, 'db' | 'sqlite'>, officeId: string, tables: readonly OpenedTable[]): Promise<TableChanges[]> {
  return settledRead(ctx.db, () => tables.map((table) => compareTable(ctx.sqlite, officeId, table).changes));
}

export async function dryRun(ctx: HandlerContext, input: DryRunInput): Promise<DryRun> {
  const province = await requireMode(ctx.db, 'province');
  const files = stagedFiles(ctx.staging, input.tokens);
  const keys = newKeyCache();
  const fileChecks: FileChecked[] = [];
  const changes = new Map<StagedFile, TableChanges[]>();
  for await (const [file, unlocked] of inTurn(files, (staged) => unlockFile(staged.bytes, input.passphrases, keys))) {
    const opened = readUnlocked(file.bytes, input.passphrases, unlocked);
    fileChecks.push({ file, check: opened });
    const officeId = opened.manifest?.office.id;
    if (officeId !== undefined) changes.set(file, await heldChanges(ctx, officeId, opened.tables));
  }
  const batch = await decideBatch(ctx.db, province, fileChecks, input.force);
  for (const { report, file } of batch.packages) report.tables = report.outcome === 'apply' ? (changes.get(file) ?? []) : [];
  return { packages: batch.packages.map(({ report }) => report), canApply: batch.canApply };
}
