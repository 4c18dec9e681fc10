import { createPublicKey, type KeyObject, verify } from 'node:crypto';

// An Ed25519 public key as SPKI DER is this fixed header followed by the 32 raw key bytes.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key (64 hex chars from the developer portal) as a KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  const raw = Buffer.from(hex, 'hex');
  if (raw.length !== 32) throw new RangeError('An Ed25519 public key is 32 bytes (64 hex characters)');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  rawBody: Buffer;
}

export type SignatureVerdict = 'valid' | 'missing' | 'stale' | 'invalid';

/** Discord tolerates no replays: a timestamp further than this from our clock is refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

/**
 * Discord signs `timestamp + rawBody` with Ed25519 (`X-Signature-Ed25519`, hex). node:crypto
 * verifies it directly, so no dependency is needed.
 */
export function verifySignature(request: SignedRequest, key: KeyObject, nowMs: number): SignatureVerdict {
  const { signature, timestamp, rawBody } = request;
  if (!signature || !timestamp) return 'missing';
  if (!/^\d{1,12}$/.test(timestamp)) return 'invalid';
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return 'stale';
  if (!/^[0-9a-fA-F]{128}$/.test(signature)) return 'invalid';
  const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]);
  return verify(null, message, key, Buffer.from(signature, 'hex')) ? 'valid' : 'invalid';
}
