import { random, seeds } from './inputs.js';

type Rng = ReturnType<typeof random>;

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

// Each turns a real page into something a user might drop into the inbox by mistake or bad luck.
const MUTATIONS: readonly ((rng: Rng, seed: Buffer) => Buffer)[] = [
  (rng, s) => {
    const out = Buffer.from(s);
    for (let k = rng.int(50); k >= 0; k--) out[rng.int(out.length)] = rng.int(256);
    return out;
  },
  (rng, s) => s.subarray(0, rng.int(s.length)),
  (rng, s) => Buffer.concat([s.subarray(0, rng.int(s.length)), rng.pick(seeds).subarray(rng.int(1000))]),
  (rng, s) => {
    const at = rng.int(s.length);
    const junk = Buffer.from(Array.from({ length: rng.int(400) }, () => rng.int(256)));
    return Buffer.concat([s.subarray(0, at), junk, s.subarray(at)]);
  },
  (rng) => Buffer.from(Array.from({ length: rng.int(3000) }, () => rng.int(256))),
  (rng) => Buffer.from(rng.pick(['', ' ', '\n\n\n', '\t \r\n', '\u00a0\u200b', '.'])),
  (_rng, s) => utf16(s.toString('utf8')),
  (_rng, s) => latin1(s.toString('utf8')),
  (_rng, s) => Buffer.from(s.toString('utf8').replace(/\n/g, '\r\n')),
  (_rng, s) => Buffer.from(s.toString('utf8').normalize('NFD')),
  (rng, s) => {
    const lines = s.toString('utf8').split('\n');
    for (let k = rng.int(20); k >= 0; k--) lines.splice(rng.int(lines.length), 0, rng.pick(lines));
    return Buffer.from(lines.join('\n'));
  },
  (rng, s) => {
    const lines = s.toString('utf8').split('\n');
    return Buffer.from(lines.filter(() => rng.next() > 0.5).join('\n'));
  },
  (rng, s) => Buffer.from(s.toString('utf8').replace(/ /g, () => (rng.next() < 0.2 ? '' : ' '))),
  (_rng, s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), s, Buffer.from([0, 0, 0])]),
];

/** The i-th fuzz input of a run: a mutated seed page, reproducible from (seed, i). */
export function fuzzInput(seed: number, i: number): Buffer {
  const rng = random(seed * 7919 + i);
  const mutation = rng.pick(MUTATIONS);
  let out = mutation(rng, rng.pick(seeds));
  // sometimes twice: mutations compose
  if (rng.next() < 0.3) out = rng.pick(MUTATIONS)(rng, out);
  return out;
}
