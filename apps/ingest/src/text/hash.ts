import { createHash } from 'node:crypto';

/** The SHA-256 of bytes or text, in hex. */
export const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');
