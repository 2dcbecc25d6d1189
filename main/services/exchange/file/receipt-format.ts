import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppFailure } from '../../../failure';

/**
 * The receipt the province sends back for a package (extension .btte-bn). Version 1:
 *
 *   UTF-8 JSON, at most 64 KiB:
 *   { "format": "bao-tro-exchange-receipt", "formatVersion": 1,
 *     "receipt": { "officeId", "officeCode", "officeName", "exportId", "sequence",
 *                  "packageSha256", "rowCounts": { table: rows }, "receivedAt", "writtenAt",
 *                  "receiver" },
 *     "mac": lowercase hex of HMAC-SHA256(K, UTF-8 of canonical(receipt)) }
 *
 *   canonical(value) = the JSON text of the value with the members of every object sorted by
 *   name (UTF-16 code units, as JavaScript sorts strings), recursively, and no whitespace;
 *   strings and numbers as JSON.stringify writes them. The MAC is over what the receipt says,
 *   not how a writer happened to lay it out: a reader that parses and re-serialises in another
 *   member order still verifies it.
 *
 *   K is the package's receipt key (32 bytes, sent hex inside the encrypted manifest), which
 *   only the office and whoever could open the package know: a receipt cannot be forged
 *   without the package and its passphrase, and it names the package by its SHA-256. It holds
 *   no personal data, so it is readable as it is (Notepad shows what was received and when).
 *
 * Refusals: not JSON of this shape, or another format/version → receiptUnreadable; a MAC that
 * does not verify → receiptNotGenuine. Which export it is for is the caller's question.
 */
export const receiptFormatName = 'bao-tro-exchange-receipt';
export const receiptFormatVersion = 1;
export const maxReceiptBytes = 64 * 1024;

const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

export const receiptBodySchema = z.object({
  officeId: z.string().min(1).max(100),
  officeCode: z.string().min(1).max(20),
  officeName: z.string().max(300),
  exportId: z.string().min(1).max(100),
  sequence: z.number().int().positive(),
  packageSha256: hex32,
  // Table names as the registry spells them: never "__proto__" or another name an object would treat specially.
  rowCounts: z.record(z.string().regex(/^[a-z][a-z_]{0,59}$/), z.number().int().min(0)),
  receivedAt: z.string().max(40),
  writtenAt: z.string().max(40),
  receiver: z.string().max(300),
});

export type ReceiptBody = z.infer<typeof receiptBodySchema>;

const receiptFileSchema = z.object({
  format: z.literal(receiptFormatName),
  formatVersion: z.literal(receiptFormatVersion),
  receipt: receiptBodySchema,
  mac: hex32,
});

/** The receipt format's canonical JSON (see above). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${members.map(([name, member]) => `${JSON.stringify(name)}:${canonicalJson(member)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const macOf = (keyHex: string, body: ReceiptBody): Buffer =>
  createHmac('sha256', Buffer.from(keyHex, 'hex')).update(canonicalJson(body), 'utf8').digest();

export function writeReceipt(body: ReceiptBody, keyHex: string): Uint8Array {
  const file = { format: receiptFormatName, formatVersion: receiptFormatVersion, receipt: body, mac: macOf(keyHex, body).toString('hex') };
  return new Uint8Array(Buffer.from(`${JSON.stringify(file, null, 2)}\n`, 'utf8'));
}

/** Parses a receipt without checking its MAC (the caller finds the key by the export it names). */
export function parseReceipt(bytes: Uint8Array): { body: ReceiptBody; mac: string } {
  if (bytes.length > maxReceiptBytes) throw new AppFailure('errors.receiptUnreadable');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new AppFailure('errors.receiptUnreadable');
  }
  const parsed = receiptFileSchema.safeParse(json);
  if (!parsed.success) throw new AppFailure('errors.receiptUnreadable');
  return { body: parsed.data.receipt, mac: parsed.data.mac };
}

/** Whether the bytes are a receipt (of this format), whoever it is for: the province tells a receipt picked by mistake so. */
export function isReceiptFile(bytes: Uint8Array): boolean {
  try {
    parseReceipt(bytes);
    return true;
  } catch {
    return false;
  }
}

export function receiptIsGenuine(body: ReceiptBody, mac: string, keyHex: string): boolean {
  const expected = macOf(keyHex, body);
  const given = Buffer.from(mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
