// `pnpm ask [--data DIR] [--json] [--locale fr|en] "<slash command line>"…`: answers each line as the bot would.
import { resolve } from 'node:path';
import { commands } from './commands/index.js';
import { EngineError, openEngine } from './engine/index.js';
import { parseCliArgs, UsageError } from './terminal/cli-args.js';
import { renderText } from './terminal/render-text.js';
import { answerLine } from './terminal/run-lines.js';
import { runMain } from './terminal/run-main.js';

const USAGE = `usage: pnpm ask [--data DIR] [--json] [--locale fr|en] [--no-bundled] "<slash command line>"...
  e.g. pnpm ask "/meeting 2+2" "/person Kishida" "/timeline 2023 2024 Japon" "/search déminage private:true"
  "button <custom_id>" presses a button of an earlier reply (timeline pages, ambiguity choices).`;

async function main(): Promise<number> {
  let args: ReturnType<typeof parseCliArgs>;
  try {
    args = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help || !args.lines.length) {
    (args.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return args.help ? 0 : 2;
  }
  let handle: Awaited<ReturnType<typeof openEngine>>;
  try {
    handle = await openEngine({ dataDir: resolve(args.dataDir), bundled: args.bundled });
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    process.stderr.write(`kizuna: the corpus could not be loaded (${error.code}):\n${error.message}\n`);
    return 1;
  }
  const engine = handle.current();
  const onError = (error: unknown) =>
    process.stderr.write(`kizuna: internal error: ${String((error as Error)?.stack ?? error)}\n`);
  const replies = [];
  for (const line of args.lines) replies.push(await answerLine(line, commands, engine, args.locale, onError));
  await handle.close();
  if (args.json) process.stdout.write(`${JSON.stringify(replies, null, 1)}\n`);
  else process.stdout.write(`${replies.map((r, i) => `> ${args.lines[i]}\n${renderText(r)}`).join('\n\n')}\n`);
  return 0;
}

runMain(main);
