/** Runs a terminal entry point: its return value is the exit code; a failure prints one plain line (the stack with DEBUG set). */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const detail =
        process.env.DEBUG && error instanceof Error
          ? error.stack
          : error instanceof Error
            ? error.message
            : String(error);
      process.stderr.write(`kizuna: ${detail}\n`);
      process.exitCode = 1;
    },
  );
}
