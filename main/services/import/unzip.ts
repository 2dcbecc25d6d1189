import { inflateRawSync } from 'node:zlib';

/**
 * The files of a zip archive (an .xlsx is one), read from its central directory. Only what
 * workbooks use: stored or deflated entries, no encryption, no ZIP64. Null for anything else,
 * so that the caller can hand the file to a complete reader instead.
 */

export interface ZipArchive {
  names(): string[];
  /** The entry's bytes as UTF-8 text, or undefined when there is no such entry. */
  text(name: string): string | undefined;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** No part of an office list comes near this; a larger one is a zip bomb, not a register. */
const maxEntryBytes = 256 * 1024 * 1024;

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function findEnd(bytes: Buffer): number {
  // The end record is 22 bytes, followed by a comment of up to 65,535.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (bytes.readUInt32LE(at) === END_SIGNATURE) return at;
  }
  return -1;
}

export function openZip(data: Uint8Array): ZipArchive | null {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 22) return null;
  const end = findEnd(bytes);
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return null;

  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength).replace(/^\//, '');
    if (flags & 1 || (method !== 0 && method !== 8) || compressedSize === 0xffffffff || size === 0xffffffff) return null;
    entries.set(name, { method, compressedSize, size, localOffset });
    at += 46 + skip;
  }

  return {
    names: () => [...entries.keys()],
    text(name) {
      const entry = entries.get(name);
      if (!entry) return undefined;
      if (entry.size > maxEntryBytes) throw new Error('zip: entry too large');
      const local = entry.localOffset;
      if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_SIGNATURE) throw new Error('zip: bad local header');
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const stored = bytes.subarray(start, start + entry.compressedSize);
      // The declared size bounds the output, so a crafted entry cannot inflate without limit.
      const content = entry.method === 0 ? stored : inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.size) });
      if (content.length !== entry.size) throw new Error('zip: wrong size');
      return content.toString('utf8');
    },
  };
}
