/**
 * Works through `items` one at a time, starting the next item's asynchronous part while the
 * caller handles the current one: the files of an import batch are unlocked (scrypt, inflating:
 * on libuv's thread pool) while the main thread reads and writes the one before. At most two
 * items' results are alive at once.
 */
export async function* inTurn<T, U>(items: readonly T[], start: (item: T) => Promise<U>): AsyncGenerator<[T, U]> {
  const begin = (item: T): Promise<U> => {
    const started = start(item);
    // Awaited below; if the caller stops early, a failure of the one started ahead is not an error.
    started.catch(() => undefined);
    return started;
  };
  let next: Promise<U> | undefined;
  for (const [at, item] of items.entries()) {
    const current = await (next ?? begin(item));
    const following = items[at + 1];
    next = following === undefined ? undefined : begin(following);
    yield [item, current];
  }
}
