import { v7 as uuidv7 } from 'uuid';

/** Time and id sources, injected into services so that tests can fix them. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const newId = (): string => uuidv7();
