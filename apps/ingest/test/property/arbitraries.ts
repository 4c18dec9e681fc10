import fc from 'fast-check';

/** Runs per property: a few hundred in CI; KIZUNA_FUZZ_RUNS raises it for a long local run. */
export const RUNS = Number(process.env.KIZUNA_FUZZ_RUNS ?? 300);

/** A test's time limit that grows with the runs, so a long local run is not cut short. */
export const TIMEOUT = Math.max(60_000, RUNS * 200);

// Pieces pasted articles are made of, so random text reaches the interesting branches
const PIECES = [
  'M.',
  'Mme',
  'Dr.',
  'n°',
  'le 9 février',
  'Hanoï',
  'Tokyo',
  'Premier ministre',
  'Nguyen Phu Trong',
  'KishidaFumio',
  'unpartenaire',
  'l’undes',
  "aujourd'hui",
  '(VNA)',
  '-',
  '–',
  '«',
  '»',
  '.',
  '!',
  '?',
  '…',
  ',',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '\ufeff',
  'ảnh 1',
  'Photo : VNA',
  'Comment (0)',
  '>>',
  'Source : https://example.org/a.html',
  'e\u0301',
  'Đ',
  'œ',
  '😀',
  '\ud800',
];

/** Any string at all: every code unit, lone surrogates and control characters included. */
export const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 80 })
    .map((a) => a.join('')),
);
