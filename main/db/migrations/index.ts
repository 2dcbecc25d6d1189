import type { Migration } from 'kysely/migration';
import * as office from './2026-11-22-01-office';
import * as register from './2026-11-22-02-register';
import * as gifts from './2026-11-22-03-gifts';
import * as fund from './2026-11-22-04-fund';
import * as models from './2026-11-22-05-models';
import * as exchange from './2026-11-22-06-exchange';

/**
 * Every migration, in order. A static list because bundling breaks folder scanning.
 * Names sort by date; append, never reorder or edit.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-22-01-office': office,
  '2026-11-22-02-register': register,
  '2026-11-22-03-gifts': gifts,
  '2026-11-22-04-fund': fund,
  '2026-11-22-05-models': models,
  '2026-11-22-06-exchange': exchange,
};
