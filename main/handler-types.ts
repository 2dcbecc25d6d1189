import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { ChannelName } from '../shared/channels';
import type { Output, ParsedInput } from '../shared/contract';
import type { FileOutput } from '../shared/register';
import type { AttachmentStore } from './attachment-store';
import type { Clock } from './clock';
import type { Database } from './db/schema';
import type { Staging } from './services/exchange/province/staging';
import type { UnitCatalog } from './services/units';

/**
 * What differs between Electron and browser mode, in one place. Electron shows dialogs and
 * prints with a hidden window; browser mode refuses (the renderer downloads and prints itself).
 */
export interface Platform {
  saveFile(file: FileOutput): Promise<{ saved: boolean }>;
  printToPdf(request: { route: string; fileName: string; landscape: boolean }): Promise<{ saved: boolean }>;
  /**
   * Opens a file in the system's viewer (Electron: a copy in a private temporary folder).
   * False where there is none (browser mode): the renderer then shows the bytes itself.
   */
  openFile(file: { fileName: string; bytes: Uint8Array }): Promise<boolean>;
}

/** What every handler may use. Built once at start-up (see app-context.ts). */
export interface HandlerContext {
  db: Kysely<Database>;
  /**
   * The same connection as `db`, for bulk work Kysely would make slow (the exchange writes and
   * reads hundreds of thousands of rows). Statements on it join a transaction open on `db`.
   */
  sqlite: SQLite.Database;
  units: UnitCatalog;
  clock: Clock;
  runtime: 'electron' | 'browser';
  version: string;
  platform: Platform;
  attachments: AttachmentStore;
  /** Province mode: the files picked for an import batch. */
  staging: Staging;
}

export type Handler<C extends ChannelName> = (
  ctx: HandlerContext,
  input: ParsedInput<C>,
) => Output<C> | Promise<Output<C>>;

/** Handlers for some channels; each domain file exports one such table. */
export type HandlersFor<C extends ChannelName> = { [K in C]: Handler<K> };

export type Handlers = HandlersFor<ChannelName>;
