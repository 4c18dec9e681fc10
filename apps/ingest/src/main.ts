import { resolve } from 'node:path';
import { parseCli, USAGE } from './cli/args.js';
import { IngestError } from './errors.js';

// pnpm runs root scripts from the repository root; INIT_CWD is where the user typed the command
const base = process.env.INIT_CWD ?? process.cwd();

async function main(): Promise<number> {
  const options = parseCli(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const data = resolve(base, options.data);
  const inputs = options.inputs.map((p) => resolve(base, p));
  // the pipeline (its resources, date parsers, extraction) loads only when there is work for it
  if (options.dryRun) {
    const { runDry } = await import('./cli/run-dry.js');
    return runDry(inputs.length ? inputs : [resolve(data, 'inbox')], options);
  }
  if (options.export) {
    const { runExport } = await import('./cli/run-export.js');
    return runExport(data, options.export, inputs);
  }
  const { runCorpus } = await import('./cli/run-corpus.js');
  return runCorpus(data, inputs, options);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // a file-system error (a read-only or missing folder) says what and where in one line
    const systemError = error instanceof Error && 'syscall' in error && 'code' in error;
    const message =
      error instanceof IngestError || systemError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    process.stderr.write(`ingest: ${message}\n`);
    process.exitCode = error instanceof IngestError && error.code === 'BAD_USAGE' ? 2 : 1;
  },
);
