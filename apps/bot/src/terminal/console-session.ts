import { createInterface } from 'node:readline';
import type { ReplyLocale } from '../core/contract.js';
import type { Dispatcher } from '../core/dispatcher.js';
import { answerLine } from './answer-line.js';
import { completions } from './complete-line.js';
import { HISTORY_SIZE, readHistory, writeHistory } from './history-file.js';
import { renderText } from './render-text.js';

const QUIT = new Set(['exit', 'quit']);

export interface ConsoleOptions<E> {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Whether the streams are a terminal (line editing, history keys, Tab); default: the output's own say. */
  terminal?: boolean;
  dispatcher: Dispatcher<E>;
  locale: ReplyLocale;
  /** The history file, read at start and written after each line; null keeps none. */
  historyFile: string | null;
  /** Shown for "help" and "?". */
  help: string;
}

/**
 * The interactive prompt: each line answered as the bot would, Tab completing from the commands'
 * autocomplete (names shown, not ids), history kept in a file across runs. Ends on "exit", "quit"
 * or the end of input.
 */
export async function runConsole<E>(options: ConsoleOptions<E>): Promise<void> {
  const { dispatcher, locale, output } = options;
  const rl = createInterface({
    input: options.input,
    output,
    prompt: 'kizuna> ',
    history: readHistory(options.historyFile),
    historySize: HISTORY_SIZE,
    ...(options.terminal === undefined ? {} : { terminal: options.terminal }),
    completer: (line: string, callback: (err: Error | null, result: [string[], string]) => void) => {
      // relative to the word being completed, so that the list shows names, not whole lines
      completions(line, dispatcher, locale).then(
        ({ head, items }) => callback(null, [items, line.trimStart().slice(head.length)]),
        () => callback(null, [[], line]),
      );
    },
  });
  // "exit" is not worth recalling: the up arrow of the next run brings back the last question
  rl.on('history', (history: string[]) =>
    writeHistory(
      options.historyFile,
      history.filter((l) => !QUIT.has(l.trim())),
    ),
  );
  rl.prompt();
  for await (const input of rl) {
    const line = input.trim();
    if (QUIT.has(line)) break;
    if (line === 'help' || line === '?') output.write(`${options.help}\n`);
    else if (line) output.write(`${renderText(await answerLine(line, dispatcher, locale))}\n\n`);
    rl.prompt();
  }
  rl.close();
}
