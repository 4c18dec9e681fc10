import { parseArgs } from 'node:util';
import * as z from 'zod';
import { IngestError } from '../errors.js';

export const CliOptions = z.strictObject({
  data: z.string().min(1),
  inputs: z.array(z.string().min(1)),
  dryRun: z.boolean(),
  json: z.boolean(),
  watch: z.boolean(),
  // at most 1 GiB: a file is read whole into memory (Node refuses files over 2 GiB)
  maxBytes: z
    .int()
    .positive()
    .max(2 ** 30),
  settleMs: z.int().nonnegative(),
  /** Write the corpus store out instead of ingesting: to the one input given, else to stdout. */
  export: z.enum(['json', 'ndjson']).nullable(),
  help: z.boolean(),
});
export type CliOptions = z.infer<typeof CliOptions>;

const DEFAULT_SETTLE_MS = 3000;

export const USAGE = `usage: pnpm ingest [--data DIR] [--watch] [--max-bytes N] [--settle-ms N] [--dry-run] [--json] [<file-or-dir>...]
       pnpm ingest [--data DIR] --export json|ndjson [OUT]

  Turns pasted article text files into validated articles in the corpus store DIR/kizuna.db
  (default DIR: data/). Without inputs, ingests DIR/inbox. Relative paths resolve from the folder
  you run the command in.

  --data DIR       corpus folder (kizuna.db, raw/, rejected/, inbox/)
  --export FORMAT  write the whole corpus (articles, merged meetings and people) as one JSON object
                   or as NDJSON (one {"type","value"} record a line) to OUT, or to stdout
  --dry-run        build the articles but write nothing
  --json           print the articles as one JSON array on stdout (messages go to stderr)
  --watch          keep running and ingest files dropped into the inbox
  --max-bytes N    refuse files larger than N bytes (default 2000000, at most 1073741824)
  --settle-ms N    take a file once it has not changed for N ms and no process has it open for
                   writing (default 3000, or KIZUNA_SETTLE_MS)
`;

/** Parses the command line; throws IngestError('BAD_USAGE') with the reason and the usage text. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        watch: { type: 'boolean' },
        'max-bytes': { type: 'string' },
        'settle-ms': { type: 'string' },
        export: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new IngestError('BAD_USAGE', `${(error as Error).message}\n\n${USAGE}`, { cause: error });
  }
  const v = parsed.values;
  const maxBytes = v['max-bytes'] === undefined ? 2_000_000 : Number(v['max-bytes']);
  const settle = v['settle-ms'] ?? process.env.KIZUNA_SETTLE_MS;
  const settleMs = settle === undefined || settle === true ? DEFAULT_SETTLE_MS : Number(settle);
  const result = CliOptions.safeParse({
    data: v.data ?? 'data',
    inputs: parsed.positionals,
    dryRun: v['dry-run'] === true,
    json: v.json === true,
    watch: v.watch === true,
    maxBytes,
    settleMs,
    export: typeof v.export === 'string' ? v.export : null,
    help: v.help === true,
  });
  if (!result.success) throw new IngestError('BAD_USAGE', `${z.prettifyError(result.error)}\n\n${USAGE}`);
  return result.data;
}
