import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';

export const APP_ID = '100000000000000001';

/** A key pair like a Discord application's; the public half as the portal shows it (64 hex). */
export function appKeys(): { privateKey: KeyObject; publicKeyHex: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKeyHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex') };
}

/** A raw interaction as Discord posts it: a slash command (type 2) or an autocomplete (type 4). */
export function rawInteraction(
  kind: 'command' | 'autocomplete',
  name: string,
  option: string,
  value: string,
  n: number,
) {
  return {
    id: String(200000000000000000n + BigInt(n)),
    application_id: APP_ID,
    token: `bench-token-${n}`,
    version: 1,
    locale: 'fr',
    type: kind === 'command' ? 2 : 4,
    entitlements: [],
    authorizing_integration_owners: {},
    channel_id: '800000000000000001',
    user: { id: '300000000000000001', username: 'bench', discriminator: '0', global_name: null, avatar: null },
    data: {
      id: '400000000000000001',
      name,
      type: 1,
      options: [{ name: option, type: 3, value, ...(kind === 'autocomplete' ? { focused: true } : {}) }],
    },
  };
}

/** Headers and body of a request signed the way Discord signs: Ed25519 over timestamp + raw body. */
export function signed(body: unknown, key: KeyObject, timestamp = Math.floor(Date.now() / 1000)) {
  const text = JSON.stringify(body);
  const ts = String(timestamp);
  return {
    body: text,
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': sign(null, Buffer.from(ts + text), key).toString('hex'),
      'x-signature-timestamp': ts,
    },
  };
}
