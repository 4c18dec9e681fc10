import { parseArgs } from 'node:util';
import * as z from 'zod';

/** The terminal fronts' options. */
export const CliArgs = z.strictObject({
  dataDir: z.string().min(1),
  json: z.boolean(),
  locale: z.enum(['fr', 'en']),
  bundled: z.boolean(),
  help: z.boolean(),
  lines: z.array(z.string()),
});
export type CliArgs = z.infer<typeof CliArgs>;

/** A command-line mistake; the entry point prints it with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'USAGE';
}

/** Reads `[--data DIR] [--json] [--locale fr|en] [--no-bundled] [lines…]`. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        data: { type: 'string', default: 'data' },
        json: { type: 'boolean', default: false },
        locale: { type: 'string', default: 'fr' },
        'no-bundled': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  const result = CliArgs.safeParse({
    dataDir: parsed.values.data,
    json: parsed.values.json,
    locale: parsed.values.locale,
    bundled: !parsed.values['no-bundled'],
    help: parsed.values.help,
    lines: parsed.positionals,
  });
  if (!result.success) throw new UsageError(z.prettifyError(result.error));
  return result.data;
}
