const EXIT_CODES: Readonly<Record<string, number>> = { SIGINT: 130, SIGTERM: 143 };

export interface Interrupt {
  /** Aborts on the first SIGINT or SIGTERM; the run stops after the file it is working on. */
  signal: AbortSignal;
  /** The signal received, if any. */
  received: () => NodeJS.Signals | null;
  /** The shell's exit code for the signal received (128 + its number), or null. */
  exitCode: () => number | null;
  dispose: () => void;
}

/**
 * Catches SIGINT and SIGTERM so a run can stop between two files with everything consistent. A
 * second signal is not caught: it ends the process at once (the writes are crash-safe).
 */
export function catchInterrupt(): Interrupt {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const on = (signal: NodeJS.Signals) => {
    received = signal;
    controller.abort();
  };
  process.once('SIGINT', on);
  process.once('SIGTERM', on);
  return {
    signal: controller.signal,
    received: () => received,
    exitCode: () => (received ? (EXIT_CODES[received] ?? 1) : null),
    dispose: () => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    },
  };
}
