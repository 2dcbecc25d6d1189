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
import { approveSupport, rejectSupport } from './support-workflow';
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
  it('takes it off an approved case and deletes its file when nothing else names it', async () => {
    const first = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, pdfBytes()));
    await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, pngBytes(), 'hoa-don.png'));
    await approveSupport(t.db, t.units, t.clock, approval(supportId));
    const detail = await removeAttachment(t.db, t.units, t.clock, t.attachments, first.attachments[0]?.id ?? '');
    expect(detail.attachments.map((a) => a.fileName)).toEqual(['hoa-don.png']);
    expect(await storedFiles()).toEqual([sha256(pngBytes())]);
  });

  it('keeps a file another attachment shares, and deletes it with the last one', async () => {
    const [childId = ''] = await seedGiftChildren(t, [{ fullName: 'Phan Thị Hoa' }]);
    const otherCase = (await proposeSupport(t.db, t.units, t.clock, proposal(childId))).id;
    const mine = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, pdfBytes(), 'to-trinh.pdf'));
    const theirs = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(otherCase, pdfBytes(), 'to-trinh-chung.pdf'));

    await removeAttachment(t.db, t.units, t.clock, t.attachments, mine.attachments[0]?.id ?? '');
    expect(await storedFiles()).toEqual([sha256(pdfBytes())]);
    const platform = recordingPlatform(platformWithoutDialogs);
    await openAttachment(t.db, t.attachments, platform, theirs.attachments[0]?.id ?? '');
    expect(platform.opened.map((file) => file.bytes)).toEqual([pdfBytes()]);

    await removeAttachment(t.db, t.units, t.clock, t.attachments, theirs.attachments[0]?.id ?? '');
    expect(await storedFiles()).toEqual([]);
  });

  it('leaves the file of a document a closed case keeps', async () => {
    const attached = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, pdfBytes()));
    await rejectSupport(t.db, t.units, t.clock, { id: supportId, on: '2026-10-05', reason: 'Không đủ điều kiện' });
    expect((await refusal(removeAttachment(t.db, t.units, t.clock, t.attachments, attached.attachments[0]?.id ?? ''))).code).toBe(
      'errors.supportTransition',
    );
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

  it('names the copy after the user’s name, cleaned, with the extension of what the bytes are', async () => {
    const detail = await addAttachment(t.db, t.units, t.clock, t.attachments, upload(supportId, pngBytes(), 'Hóa đơn viện phí.pdf.exe'));
    const id = detail.attachments[0]?.id ?? '';
    // The list keeps the name as given.
    expect(detail.attachments[0]?.fileName).toBe('Hóa đơn viện phí.pdf.exe');
    const platform = recordingPlatform(platformWithoutDialogs);
    await openAttachment(t.db, t.attachments, platform, id);
    expect(platform.opened.map((file) => file.fileName)).toEqual(['Hóa đơn viện phí.pdf.png']);
    expect(await openAttachment(t.db, t.attachments, platformWithoutDialogs, id)).toMatchObject({
      opened: false,
      file: { fileName: 'Hóa đơn viện phí.pdf.png', mimeType: 'image/png' },
    });
    // A name stored before names were checked.
    await t.db.updateTable('fund_attachment').set({ file_name: '..\\CON.exe' }).where('id', '=', id).execute();
    await openAttachment(t.db, t.attachments, platform, id);
    expect(platform.opened.at(-1)?.fileName).toBe('tep-dinh-kem.png');
  });

  it('is refused when the stored bytes are none of the types kept, whatever the row says', async () => {
    const id = await attached();
    const program = await t.attachments.put(exeBytes());
    await t.db.updateTable('fund_attachment').set({ sha256: program }).where('id', '=', id).execute();
    const platform = recordingPlatform(platformWithoutDialogs);
    expect((await refusal(openAttachment(t.db, t.attachments, platform, id))).code).toBe('errors.attachmentInvalid');
    expect(platform.opened).toEqual([]);
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
