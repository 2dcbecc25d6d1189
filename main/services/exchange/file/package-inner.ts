import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { AppFailure } from '../../../failure';
import { sha256Hex as sha256 } from './sha256';
import { partNamePattern, type InnerManifest, type InnerPart, type PackageLimits, type PackagePart } from './package-format';

/** The plaintext of an exchange file: length-prefixed inner manifest, then the parts' gzip members. */

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);
const lengthBytes = 4;
const sha256Pattern = /^[0-9a-f]{64}$/;

const corrupted = (): AppFailure => new AppFailure('errors.packageCorrupted');

export async function buildInner(manifest: unknown, parts: PackagePart[]): Promise<Buffer> {
  checkNames(parts.map((part) => part.name));
  if (JSON.stringify(manifest) === undefined) throw new Error('The exchange manifest must be a JSON value.');
  const blobs: Buffer[] = [];
  const listed: InnerPart[] = [];
  let offset = 0;
  for (const part of parts) {
    const blob = await gzipAsync(part.bytes, { level: 9 });
    listed.push({ name: part.name, offset, compressedSize: blob.length, size: part.bytes.length, sha256: sha256(part.bytes) });
    blobs.push(blob);
    offset += blob.length;
  }
  const inner: InnerManifest = { manifest, parts: listed };
  const json = Buffer.from(JSON.stringify(inner), 'utf8');
  const length = Buffer.alloc(lengthBytes);
  length.writeUInt32BE(json.length);
  return Buffer.concat([length, json, ...blobs]);
}

/** Programmer errors, not user input: the writer's own part names. */
function checkNames(names: string[]): void {
  const bad = names.find((name) => !partNamePattern.test(name));
  if (bad !== undefined) throw new Error(`Exchange part name "${bad}" is not [a-z0-9._-]{1,64}.`);
  if (new Set(names).size !== names.length) throw new Error('Exchange part names must be unique.');
}

export async function openInner(
  plaintext: Buffer,
  limits: PackageLimits,
): Promise<{ manifest: unknown; parts: Map<string, Uint8Array> }> {
  if (plaintext.length < lengthBytes) throw corrupted();
  const jsonEnd = lengthBytes + plaintext.readUInt32BE(0);
  if (jsonEnd > plaintext.length) throw corrupted();
  const inner = parseInner(plaintext.subarray(lengthBytes, jsonEnd));
  const blobs = plaintext.subarray(jsonEnd);
  checkLayout(inner.parts, blobs.length);
  checkDeclaredSizes(inner.parts, limits);

  const parts = new Map<string, Uint8Array>();
  for (const part of inner.parts) {
    const blob = blobs.subarray(part.offset, part.offset + part.compressedSize);
    parts.set(part.name, await inflatePart(blob, part));
  }
  return { manifest: inner.manifest, parts };
}

function parseInner(json: Uint8Array): InnerManifest {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw corrupted();
  }
  if (!isRecord(value) || !Object.hasOwn(value, 'manifest') || !Array.isArray(value.parts)) throw corrupted();
  const parts = value.parts.map(toPart);
  if (new Set(parts.map((part) => part.name)).size !== parts.length) throw corrupted();
  return { manifest: value.manifest, parts };
}

function toPart(value: unknown): InnerPart {
  if (!isRecord(value)) throw corrupted();
  const { name, offset, compressedSize, size, sha256: digest } = value;
  if (typeof name !== 'string' || !partNamePattern.test(name)) throw corrupted();
  if (!isCount(offset) || !isCount(compressedSize) || !isCount(size)) throw corrupted();
  if (typeof digest !== 'string' || !sha256Pattern.test(digest)) throw corrupted();
  return { name, offset, compressedSize, size, sha256: digest };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && Number(value) >= 0;

/** Parts must tile the blob region exactly: no overlap, gap, or trailing bytes to hide things in. */
function checkLayout(parts: InnerPart[], blobLength: number): void {
  let expected = 0;
  for (const part of parts) {
    if (part.offset !== expected) throw corrupted();
    expected += part.compressedSize;
  }
  if (expected !== blobLength) throw corrupted();
}

function checkDeclaredSizes(parts: InnerPart[], limits: PackageLimits): void {
  let total = 0;
  for (const part of parts) {
    if (part.size > limits.maxPartBytes) throw new AppFailure('errors.packageTooLarge');
    total += part.size;
  }
  if (total > limits.maxTotalPartBytes) throw new AppFailure('errors.packageTooLarge');
}

async function inflatePart(blob: Uint8Array, part: InnerPart): Promise<Uint8Array> {
  if (blob[0] !== 0x1f || blob[1] !== 0x8b) throw corrupted();
  let bytes: Buffer;
  try {
    // zlib stops at the declared size, so a bomb costs no more memory than an honest part.
    bytes = await gunzipAsync(blob, { maxOutputLength: Math.max(part.size, 1) });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new AppFailure('errors.packageTooLarge');
    throw corrupted();
  }
  if (bytes.length > part.size) throw new AppFailure('errors.packageTooLarge');
  if (bytes.length < part.size || sha256(bytes) !== part.sha256) throw corrupted();
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
