import { basename } from 'node:path';
import { inspect } from 'node:util';
import type { Article } from '@kizuna/model';
import { readInput } from '../corpus/read-input.js';
import { IngestError } from '../errors.js';
import { buildArticle } from '../pipeline/build-article.js';
import { screenNews } from '../pipeline/news-check.js';
import { loadResources } from '../resources/load-resources.js';
import { printable } from '../text/printable.js';
import type { CliOptions } from './args.js';
import { BatchTally } from './batch-tally.js';
import { collectInputs } from './collect-inputs.js';
import { describeSkipped } from './describe-outcome.js';
import { startProgress } from './progress.js';
import { summaryLine } from './summary.js';

/**
 * Builds the articles of the inputs without writing anything; prints them as JSON with --json.
 * Files that cannot be ingested are reported on the message stream; the exit code is 1 only when no
 * article at all could be built.
 */
export async function runDry(inputs: readonly string[], options: CliOptions): Promise<number> {
  const { files, skipped } = await collectInputs(inputs);
  const out = options.json ? process.stderr : process.stdout;
  for (const s of skipped) out.write(`${describeSkipped(s.name, s.reason)}\n`);
  const articles: Article[] = [];
  const tally = new BatchTally();
  const ingestedAt = new Date().toISOString();
  const resources = await loadResources();
  const progress = startProgress(files.length);
  for (const file of files) {
    try {
      const built = buildArticle({ bytes: await readInput(file, options.maxBytes), file, ingestedAt }, resources);
      const { article, flagged } = screenNews(built);
      articles.push(article);
      tally.article(article, flagged, printable(basename(file)));
      progress.say(summaryLine(printable(basename(file)), article), out);
    } catch (error) {
      // one bad or unexpected file never costs the others their output
      const why = error instanceof IngestError ? error.message : `unexpected error: ${inspect(error)}`;
      if (error instanceof IngestError) tally.rejected(why);
      else tally.failed += 1;
      progress.say(`rejected  ${printable(basename(file))}: ${why}`, out);
    }
    progress.tick();
  }
  progress.stop();
  for (const line of tally.lines('built')) out.write(`${line}\n`);
  if (options.json) process.stdout.write(`${JSON.stringify(articles, null, 2)}\n`);
  // a dry run moves nothing to rejected/: it fails only when it could build nothing at all
  return (tally.rejectedCount || tally.failed) && !articles.length ? 1 : 0;
}
