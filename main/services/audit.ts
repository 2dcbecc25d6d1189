import type { Kysely } from 'kysely';
import type { Clock } from '../clock';
import { newId } from '../clock';
import type { Database } from '../db/schema';

export interface AuditEntry {
  officeId: string | null;
  action: 'create' | 'update' | 'delete';
  entity: string;
  entityId: string | null;
}

/** Records who changed what; callers pass record ids only, never personal data. */
export async function recordAudit(db: Kysely<Database>, clock: Clock, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      at: clock.now().toISOString(),
      office_id: entry.officeId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
    })
    .execute();
}
