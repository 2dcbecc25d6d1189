import { hash } from 'node:crypto';

/** SHA-256, lowercase hex: how the exchange names a file, a part or a line everywhere. */
export const sha256Hex = (data: Uint8Array | string): string => hash('sha256', data, 'hex');
