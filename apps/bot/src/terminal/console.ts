// `pnpm console [--data DIR] [--locale fr|en]`: an interactive prompt over the same dispatcher as the bot,
// with history kept across runs (history-file.ts) and Tab completion from the commands' autocomplete;
// reloads when the corpus changes.
import { runConsole } from './console-session.js';
import { historyPath } from './history-file.js';
import { runMain } from './run-main.js';
import { openTerminal, readTerminalArgs } from './start-terminal.js';

async function main(): Promise<number> {
  const args = readTerminalArgs(process.argv.slice(2), 'usage: pnpm console [--data DIR] [--locale fr|en]');
  if (typeof args === 'number') return args;
  const terminal = await openTerminal(args, {
    watch: true,
    onReload: (e) => process.stderr.write(`\n(corpus reloaded: ${e.stats().articles} articles)\n`),
    onReloadError: (e) =>
      process.stderr.write(`\n(corpus not reloaded, keeping the last good one: ${(e as Error).message})\n`),
  });
  if (typeof terminal === 'number') return terminal;
  const { dispatcher, engine } = terminal;
  const help = `Commands: ${dispatcher.registry.all.map((c) => `/${c.data.name}`).join(' ')} — e.g. /meeting 2+2, /person Kishida,
/timeline 2023 2024 Japon, /search déminage. Tab completes; "button <id>" presses a button; "exit" quits.`;
  const stats = engine.current().stats();
  process.stdout.write(
    `Kizuna — ${stats.articles} articles, ${stats.events} meetings, ${stats.people} people.\n${help}\n`,
  );
  await runConsole({
    input: process.stdin,
    output: process.stdout,
    dispatcher,
    locale: args.locale,
    historyFile: historyPath(),
    help,
  });
  await engine.close();
  return 0;
}

runMain(main);
