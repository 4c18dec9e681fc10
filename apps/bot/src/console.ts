// `pnpm console [--data DIR] [--locale fr|en]`: an interactive prompt over the same handlers as the bot,
// with history and tab completion from the engine's autocomplete; reloads when the corpus changes.
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { commands } from './commands/index.js';
import { EngineError, openEngine } from './engine/index.js';
import { parseCliArgs, UsageError } from './terminal/cli-args.js';
import { completeLine } from './terminal/complete-line.js';
import { renderText } from './terminal/render-text.js';
import { answerLine } from './terminal/run-lines.js';
import { runMain } from './terminal/run-main.js';

const HELP = `Commands: ${commands.map((c) => `/${c.data.name}`).join(' ')} — e.g. /meeting 2+2, /person Kishida,
/timeline 2023 2024 Japon, /search déminage. Tab completes; "button <id>" presses a button; "exit" quits.`;

async function main(): Promise<number> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\nusage: pnpm console [--data DIR] [--locale fr|en]\n`);
    return 2;
  }
  let handle: Awaited<ReturnType<typeof openEngine>>;
  try {
    handle = await openEngine({
      dataDir: resolve(args.dataDir),
      bundled: args.bundled,
      watch: true,
      onReload: (e) => process.stderr.write(`\n(corpus reloaded: ${e.stats().articles} articles)\n`),
      onReloadError: (e) =>
        process.stderr.write(`\n(corpus not reloaded, keeping the last good one: ${(e as Error).message})\n`),
    });
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    process.stderr.write(`kizuna: the corpus could not be loaded (${error.code}):\n${error.message}\n`);
    return 1;
  }
  const stats = handle.current().stats();
  process.stdout.write(
    `Kizuna — ${stats.articles} articles, ${stats.events} meetings, ${stats.people} people.\n${HELP}\n`,
  );
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    prompt: 'kizuna> ',
    historySize: 500,
    completer: (line: string, callback: (err: Error | null, result: [string[], string]) => void) => {
      completeLine(line, commands, handle.current(), args.locale).then(
        (hits) => callback(null, [hits, line]),
        () => callback(null, [[], line]),
      );
    },
  });
  rl.prompt();
  for await (const input of rl) {
    const line = input.trim();
    if (line === 'exit' || line === 'quit') break;
    if (line === 'help' || line === '?') process.stdout.write(`${HELP}\n`);
    else if (line) {
      const reply = await answerLine(line, commands, handle.current(), args.locale, (e) =>
        process.stderr.write(`internal error: ${String((e as Error)?.stack ?? e)}\n`),
      );
      process.stdout.write(`${renderText(reply)}\n\n`);
    }
    rl.prompt();
  }
  rl.close();
  await handle.close();
  return 0;
}

runMain(main);
