import { AppFailure } from '../../../failure';
import type { InnerPart } from './package-format';
import { randomInt } from '../../../../tests/fixtures/random';
export { randomInt, seededRandom } from '../../../../tests/fixtures/random';

/** Test helpers for exchange files: a replayable random source, refusals, hand-made containers. */



export function randomBytesFrom(random: () => number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at++) bytes[at] = randomInt(random, 256);
  return bytes;
}

/** The error code an action is refused with; fails the test when it is not refused. */
export async function refusalOf(action: () => unknown): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppFailure) return error.code;
    throw error;
  }
  throw new Error('expected a refusal, but the action succeeded');
}

export { sha256Hex } from './sha256';

/** A plaintext laid out by hand, so that tests can lie in it the way a hostile writer would. */
export function handMadeInner(manifest: unknown, parts: InnerPart[], blobs: Uint8Array[]): Buffer {
  const json = Buffer.from(JSON.stringify({ manifest, parts }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([length, json, ...blobs]);
}

export function flipByte(bytes: Uint8Array, at: number, mask = 0x01): Uint8Array {
  const copy = Uint8Array.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ mask;
  return copy;
}
