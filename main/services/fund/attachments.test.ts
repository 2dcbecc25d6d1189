import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachmentMaxBytes } from '../../../shared/codes/fund';
import { attachmentAddSchema } from '../../../shared/schemas/fund';
import { refusal, seedGiftChildren } from '../../../tests/fixtures/gifts';
import {
  approval,
  exeBytes,
  pdfBytes,
  pngBytes,
  proposal,
  recordingPlatform,
  supportContext,
  upload,
  type SupportContext,
} from '../../../tests/fixtures/fund-support';
import { platformWithoutDialogs } from '../../platform';
import { addAttachment, openAttachment, removeAttachment, sniffMimeType } from './attachments';
import { approveSupport } from './support-workflow';
import { proposeSupport } from './supports';

let t: SupportContext;
let supportId: string;

beforeEach(async () => {
  t = await supportContext();
  const [childId = ''] = await seedGiftChildren(t, [{}]);
  supportId = (await proposeSupport(t.db, t.units, t.clock, proposal(childId))).id;
});
afterEach(() => t.dispose());

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const storedFiles = async () => (await fs.readdir(t.attachmentsDir).catch(() => [] as string[])).filter((name) => !name.startsWith('.'));

describe('adding a scanned document', () => {
  it('stores a PDF in the data folder under its SHA-256', async () => {
    const bytes = pdfBytes();
    const detail = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, bytes, 'Quyết định 125.pdf'));
    expect(detail.attachments).toEqual([
      expect.objectContaining({ kind: 'decision', fileName: 'Quyết định 125.pdf', mimeType: 'application/pdf', size: bytes.byteLength, sha256: sha256(bytes) }),
    ]);
    expect(await storedFiles()).toEqual([sha256(bytes)]);
    expect(new Uint8Array(await fs.readFile(path.join(t.attachmentsDir, sha256(bytes))))).toEqual(bytes);
  });

  it('stores the same scan once, however often it is attached', async () => {
    await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, pdfBytes(), 'to-trinh.pdf'));
    const detail = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, pdfBytes(), 'to-trinh (2).pdf'));
    expect(detail.attachments.map((a) => a.fileName)).toEqual(['to-trinh.pdf', 'to-trinh (2).pdf']);
    expect(await storedFiles()).toHaveLength(1);
  });

  it('takes images by their first bytes', async () => {
    const detail = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, pngBytes(), 'hoa-don.png'));
    expect(detail.attachments[0]?.mimeType).toBe('image/png');
    expect(sniffMimeType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
  });

  it('refuses a program renamed .pdf, and a file over 20 MB, storing nothing', async () => {
    expect((await refusal(addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, exeBytes(), 'quyet-dinh.pdf')))).code).toBe(
      'errors.attachmentInvalid',
    );
    const tooBig = new Uint8Array(attachmentMaxBytes + 1);
    tooBig.set(pdfBytes());
    const big = attachmentAddSchema.parse({ supportId, kind: 'invoice', fileName: 'hoa-don.pdf', base64: Buffer.from(tooBig).toString('base64') });
    expect((await refusal(addAttachment(t.db, t.units, t.clock, t.attachments, big))).code).toBe('errors.attachmentInvalid');
    expect(await t.db.selectFrom('fund_attachment').select('id').execute()).toEqual([]);
    expect(await storedFiles()).toEqual([]);
  });
});

describe('removing a document', () => {
  it('takes it off an approved case and leaves the file, which may be shared', async () => {
    const first = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, pdfBytes()));
    await approveSupport(t.db, t.units, t.clock, approval(supportId));
    const detail = await removeAttachment(t.db, t.units, t.clock, first.attachments[0]?.id ?? '');
    expect(detail.attachments).toEqual([]);
    expect(await storedFiles()).toEqual([sha256(pdfBytes())]);
  });
});

describe('opening a document', () => {
  async function attached(bytes = pdfBytes()) {
    const detail = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, bytes, 'quyet-dinh.pdf'));
    return detail.attachments[0]?.id ?? '';
  }

  it('hands the bytes to the renderer in browser mode', async () => {
    const id = await attached();
    expect(await openAttachment(t.db, t.attachments, platformWithoutDialogs, id)).toEqual({
      opened: false,
      file: { fileName: 'quyet-dinh.pdf', mimeType: 'application/pdf', base64: Buffer.from(pdfBytes()).toString('base64') },
    });
  });

  it('opens it in the system viewer where there is one, sending nothing to the renderer', async () => {
    const id = await attached();
    const platform = recordingPlatform(platformWithoutDialogs);
    expect(await openAttachment(t.db, t.attachments, platform, id)).toEqual({ opened: true, file: null });
    expect(platform.opened).toEqual([{ fileName: 'quyet-dinh.pdf', bytes: pdfBytes() }]);
  });

  it('is refused when its file was changed or removed on disk', async () => {
    const id = await attached();
    const file = path.join(t.attachmentsDir, sha256(pdfBytes()));
    await fs.writeFile(file, pdfBytes('tampered'));
    const platform = recordingPlatform(platformWithoutDialogs);
    expect((await refusal(openAttachment(t.db, t.attachments, platform, id))).code).toBe('errors.attachmentMissing');
    await fs.rm(file);
    expect((await refusal(openAttachment(t.db, t.attachments, platform, id))).code).toBe('errors.attachmentMissing');
    expect(platform.opened).toEqual([]);
  });
});
