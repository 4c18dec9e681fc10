import cliProgress from 'cli-progress';

/** Where a batch shows how far it is: a bar on a terminal, a plain line now and then otherwise. */
export interface Progress {
  /** One more file done. */
  tick(): void;
  /** Prints a message line without breaking the bar. */
  say(line: string, to: NodeJS.WriteStream): void;
  stop(): void;
}

const seconds = (ms: number) => `${Math.max(0, Math.round(ms / 1000))}s`;

/**
 * A progress display for `total` files on `stream` (stderr: stdout stays JSON with --json).
 * Small batches show nothing; a non-terminal gets a plain line every tenth of the batch.
 */
export function startProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (total < 10) return { tick() {}, say: (line, to) => void to.write(`${line}\n`), stop() {} };
  if (!stream.isTTY) return plainProgress(total, stream);
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: 'ingest [{bar}] {value}/{total} files · {percentage}% · ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0);
  return {
    tick: () => bar.increment(),
    // lines on the bar's terminal go above it; lines sent elsewhere (a file, a pipe) are untouched
    say: (line, to) => (to.isTTY ? bars.log(`${line}\n`) : void to.write(`${line}\n`)),
    stop: () => bars.stop(),
  };
}

function plainProgress(total: number, stream: NodeJS.WriteStream): Progress {
  const started = Date.now();
  const every = Math.max(1, Math.round(total / 10));
  let done = 0;
  return {
    tick() {
      done += 1;
      if (done % every && done !== total) return;
      const eta = ((Date.now() - started) / done) * (total - done);
      stream.write(`progress  ${done}/${total} files · ${Math.round((done / total) * 100)}% · ETA ${seconds(eta)}\n`);
    },
    say: (line, to) => void to.write(`${line}\n`),
    stop() {},
  };
}
