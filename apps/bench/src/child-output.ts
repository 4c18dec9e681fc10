import * as z from 'zod';

/** Children print one JSON line prefixed with this marker; everything else on stdout is ignored. */
export const RESULT_MARK = '@@bench-result ';

export function printResult(value: unknown): void {
  process.stdout.write(`\n${RESULT_MARK}${JSON.stringify(value)}\n`);
}

export class BenchError extends Error {
  override readonly name = 'BenchError';
  readonly code: 'CHILD_FAILED' | 'BAD_OUTPUT' | 'BAD_USAGE' | 'TIMED_OUT';
  constructor(code: BenchError['code'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** The result line of a child's stdout, validated. */
export function readResult<S extends z.ZodType>(stdout: string, schema: S, what: string): z.infer<S> {
  const line = stdout.split('\n').findLast((l) => l.startsWith(RESULT_MARK));
  if (!line) throw new BenchError('BAD_OUTPUT', `${what}: no result line in the child's output`);
  const parsed = schema.safeParse(JSON.parse(line.slice(RESULT_MARK.length)));
  if (!parsed.success) throw new BenchError('BAD_OUTPUT', `${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
