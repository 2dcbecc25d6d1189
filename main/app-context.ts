import fs from 'node:fs';
import path from 'node:path';
import unitsData from '../resources/units/units.json';
import { attachmentsFolder, createAttachmentStore } from './attachment-store';
import { systemClock, type Clock } from './clock';
import { openDatabase } from './db/connection';
import { migrate } from './db/migrate';
import type { HandlerContext, Platform } from './handler-types';
import { platformWithoutDialogs } from './platform';
import { databaseFileName } from './data-dir';
import { createStaging } from './services/exchange/province/staging';
import { createUnitCatalog, type UnitsData } from './services/units';

export interface OpenedApp {
  ctx: HandlerContext;
  databaseFile: string;
  close(): Promise<void>;
}

/** Opens the data folder's database, migrates it (with a backup) and builds the handler context. */
export async function openApp(options: {
  dataDir: string;
  runtime: HandlerContext['runtime'];
  version: string;
  clock?: Clock;
  platform?: Platform;
}): Promise<OpenedApp> {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const databaseFile = path.join(options.dataDir, databaseFileName);
  const connection = openDatabase(databaseFile);
  try {
    await migrate(connection.db, connection.sqlite, { file: databaseFile });
  } catch (error) {
    await connection.close();
    throw error;
  }
  const ctx: HandlerContext = {
    db: connection.db,
    sqlite: connection.sqlite,
    units: createUnitCatalog(unitsData as UnitsData),
    clock: options.clock ?? systemClock,
    runtime: options.runtime,
    version: options.version,
    platform: options.platform ?? platformWithoutDialogs,
    attachments: createAttachmentStore(attachmentsFolder(options.dataDir)),
    staging: createStaging(),
  };
  return { ctx, databaseFile, close: connection.close };
}
