// `pnpm ask [--data DIR] [--json] [--locale fr|en] "<slash command line>"…`: answers each line as the bot would.
import { answerLine } from './answer-line.js';
import { renderText } from './render-text.js';
import { runMain } from './run-main.js';
import { openTerminal, readTerminalArgs } from './start-terminal.js';

const USAGE = `usage: pnpm ask [--data DIR] [--json] [--locale fr|en] [--no-bundled] "<slash command line>"...
  e.g. pnpm ask "/meeting 2+2" "/person Kishida" "/timeline 2023 2024 Japon" "/search déminage private:true"
  "button <custom_id>" presses a button of an earlier reply (timeline pages, ambiguity choices).`;

async function main(): Promise<number> {
  const args = readTerminalArgs(process.argv.slice(2), USAGE);
  if (typeof args === 'number') return args;
  if (args.help || !args.lines.length) {
    (args.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  const terminal = await openTerminal(args);
  if (typeof terminal === 'number') return terminal;
  const replies = [];
  for (const line of args.lines) replies.push(await answerLine(line, terminal.dispatcher, args.locale));
  await terminal.engine.close();
  if (args.json) process.stdout.write(`${JSON.stringify(replies, null, 1)}\n`);
  else process.stdout.write(`${replies.map((r, i) => `> ${args.lines[i]}\n${renderText(r)}`).join('\n\n')}\n`);
  return 0;
}

runMain(main);
