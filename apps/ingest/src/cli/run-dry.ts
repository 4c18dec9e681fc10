import { basename } from 'node:path';
import { inspect } from 'node:util';
import type { Article } from '@kizuna/model';
import { readInput } from '../corpus/read-input.js';
import { IngestError } from '../errors.js';
import { buildArticle } from '../pipeline/build-article.js';
import { loadResources } from '../resources/load-resources.js';
import { printable } from '../text/printable.js';
import type { CliOptions } from './args.js';
import { collectInputs } from './collect-inputs.js';
import { describeSkipped } from './describe-outcome.js';
import { progress, summaryLine } from './summary.js';

/**
 * Builds the articles of the inputs without writing anything; prints them as JSON with --json.
 * Files that cannot be ingested are reported on the message stream; the exit code is 1 only when no
 * article at all could be built.
 */
export async function runDry(inputs: readonly string[], options: CliOptions): Promise<number> {
  const { files, skipped } = await collectInputs(inputs);
  const say = (line: string) => (options.json ? process.stderr : process.stdout).write(`${line}\n`);
  for (const s of skipped) say(describeSkipped(s.name, s.reason));
  const articles: Article[] = [];
  let failed = 0;
  const ingestedAt = new Date().toISOString();
  const resources = await loadResources();
  for (const [i, file] of files.entries()) {
    try {
      const article = buildArticle({ bytes: await readInput(file, options.maxBytes), file, ingestedAt }, resources);
      articles.push(article);
      say(summaryLine(printable(basename(file)), article));
    } catch (error) {
      // one bad or unexpected file never costs the others their output
      failed += 1;
      const why = error instanceof IngestError ? error.message : `unexpected error: ${inspect(error)}`;
      say(`rejected  ${printable(basename(file))}: ${why}`);
    }
    progress(i + 1, files.length);
  }
  if (options.json) process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
  // a dry run moves nothing to rejected/: it fails only when it could build nothing at all
  return failed && !articles.length ? 1 : 0;
}
