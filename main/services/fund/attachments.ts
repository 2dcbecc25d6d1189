/**
 * Scanned documents of a support case (proposal, decision, invoices). The file is kept in the
 * data folder under its SHA-256 (the same scan is stored once, and deleted when no attachment
 * names it any more); main opens it. The renderer never sees a path: it asks by the
 * attachment's id.
 */
import type { Kysely } from 'kysely';
import { attachmentMaxBytes, attachmentsRemovable, type AttachmentMimeType } from '../../../shared/codes/fund';
import type { ParsedInput } from '../../../shared/contract';
import type { OpenedAttachment, SupportDetail } from '../../../shared/fund';
import { attachmentOpenName } from '../../attachment-name';
import type { AttachmentStore } from '../../attachment-store';
import { newId, type Clock } from '../../clock';
import type { Database } from '../../db/schema';
import { AppFailure } from '../../failure';
import type { Platform } from '../../handler-types';
import { recordAudit } from '../audit';
import type { UnitCatalog } from '../units';
import { caseFor } from './support-case';
import { getSupport } from './support-read';

type Db = Kysely<Database>;

const signatures: { mimeType: AttachmentMimeType; bytes: readonly number[] }[] = [
  { mimeType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mimeType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { mimeType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

/** The file's type from its first bytes (its name may lie), or null when it is none we keep. */
export function sniffMimeType(bytes: Uint8Array): AttachmentMimeType | null {
  const match = signatures.find((s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b));
  return match?.mimeType ?? null;
}

/**
 * Storing a file and writing its row, and deleting a row and then its file if no row names it,
 * take turns: otherwise a scan added again while its last attachment is being removed could
 * lose its file after its new row was written. One process owns the data folder.
 */
let fileTurn: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const done = fileTurn.then(work, work);
  fileTurn = done.catch(() => undefined);
  return done;
}

/** Deletes a stored file that no attachment names. A file that cannot be deleted now is only space, not an error for the user. */
async function removeIfUnused(db: Db, store: AttachmentStore, sha256: string): Promise<void> {
  const used = await db.selectFrom('fund_attachment').select('id').where('sha256', '=', sha256).executeTakeFirst();
  if (!used) await store.remove(sha256).catch(() => undefined);
}

/** The bytes of an upload, checked: a PDF, JPEG or PNG of at most 20 MiB. */
function decodeUpload(base64: string): { bytes: Uint8Array; mimeType: AttachmentMimeType } {
  const invalid = () => new AppFailure('errors.attachmentInvalid', [{ path: 'base64', message: 'errors.attachmentInvalid' }]);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw invalid();
  const buffer = Buffer.from(base64, 'base64');
  if (buffer.byteLength === 0 || buffer.byteLength > attachmentMaxBytes) throw invalid();
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const mimeType = sniffMimeType(bytes);
  if (!mimeType) throw invalid();
  return { bytes, mimeType };
}

export async function addAttachment(
  db: Db,
  units: UnitCatalog,
  clock: Clock,
  store: AttachmentStore,
  input: ParsedInput<'fund.addAttachment'>,
): Promise<SupportDetail> {
  await caseFor(db, input.supportId, 'attach');
  const { bytes, mimeType } = decodeUpload(input.base64);
  const id = newId();
  await inTurn(async () => {
    const sha256 = await store.put(bytes);
    // Checked again with the write: the case may have moved on while the file was stored.
    const written = db.transaction().execute(async (trx) => {
      const row = await caseFor(trx, input.supportId, 'attach');
      await trx
        .insertInto('fund_attachment')
        .values({
          id,
          support_id: row.id,
          kind: input.kind,
          file_name: input.fileName,
          mime_type: mimeType,
          size: bytes.byteLength,
          sha256,
          added_at: clock.now().toISOString(),
        })
        .execute();
      await recordAudit(trx, clock, { officeId: row.office_id, action: 'create', entity: 'fund_attachment', entityId: id });
    });
    await written.catch(async (error: unknown) => {
      await removeIfUnused(db, store, sha256);
      throw error;
    });
  });
  return getSupport(db, units, input.supportId);
}

/**
 * Takes an attachment off a case still being decided or carried out; a done or closed case
 * keeps its documents. Its file is deleted once the row is gone, unless another attachment
 * (of this case or another) is the same scan.
 */
export async function removeAttachment(db: Db, units: UnitCatalog, clock: Clock, store: AttachmentStore, id: string): Promise<SupportDetail> {
  const attachment = await db.selectFrom('fund_attachment').select(['id', 'support_id']).where('id', '=', id).executeTakeFirst();
  if (!attachment) throw new AppFailure('errors.notFound');
  await inTurn(async () => {
    const sha256 = await db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('fund_support').select(['id', 'office_id', 'status']).where('id', '=', attachment.support_id).executeTakeFirstOrThrow();
      if (!attachmentsRemovable(row.status)) throw new AppFailure('errors.supportTransition');
      const removed = await trx.deleteFrom('fund_attachment').where('id', '=', id).returning('sha256').executeTakeFirst();
      if (!removed) throw new AppFailure('errors.notFound');
      await recordAudit(trx, clock, { officeId: row.office_id, action: 'delete', entity: 'fund_attachment', entityId: id });
      return removed.sha256;
    });
    await removeIfUnused(db, store, sha256);
  });
  return getSupport(db, units, attachment.support_id);
}

/**
 * Opens an attachment in the system's viewer; where there is none (browser mode), hands its
 * bytes to the renderer to show. A file missing or changed on disk is refused.
 */
export async function openAttachment(db: Db, store: AttachmentStore, platform: Platform, id: string): Promise<OpenedAttachment> {
  const attachment = await db.selectFrom('fund_attachment').select(['file_name', 'sha256']).where('id', '=', id).executeTakeFirst();
  if (!attachment) throw new AppFailure('errors.notFound');
  const bytes = await store.get(attachment.sha256);
  if (!bytes) throw new AppFailure('errors.attachmentMissing');
  // The type, and so the viewer, comes from the bytes handed over, whatever the row says.
  const mimeType = sniffMimeType(bytes);
  if (!mimeType) throw new AppFailure('errors.attachmentInvalid');
  const fileName = attachmentOpenName(attachment.file_name, mimeType);
  if (await platform.openFile({ fileName, bytes })) return { opened: true, file: null };
  return {
    opened: false,
    file: { fileName, mimeType, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') },
  };
}
