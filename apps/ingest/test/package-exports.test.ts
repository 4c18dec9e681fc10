import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// How another package (the bench, a tool) sees @kizuna/ingest: through its exports map, built
// JavaScript by default, the TypeScript sources under the @kizuna/source condition.
const script = `
  const ingest = await import('@kizuna/ingest');
  const { readFileSync } = await import('node:fs');
  const resources = await ingest.loadResources();
  const input = { bytes: readFileSync('test/extraction/fixtures/held-out/fr-de-appel.txt'), file: 'a.txt', ingestedAt: '2026-01-01T00:00:00.000Z' };
  const article = ingest.buildArticle(input, resources);
  const classified = ingest.runPipeline(input, resources, { until: 'classify' }).classified;
  const times = ingest.timeStages([input], resources);
  console.log(JSON.stringify({
    stages: ingest.STAGES.map((s) => s.name).join(),
    id: article.id === ingest.articleId(readFileSync('test/extraction/fixtures/held-out/fr-de-appel.txt', 'utf8')),
    classified: classified.length > 0,
    timed: times.stages.length,
    table: ingest.describePipeline().split('\\n').length,
  }));`;

const run = (args: string[]) =>
  JSON.parse(
    execFileSync(process.execPath, [...args, '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    }),
  );

const expected = {
  stages:
    'decode,normalise,blocks,classify,clean,language,repair,metadata,sentences,places,dates,triggers,people,events,outcomes,facts,validate',
  id: true,
  classified: true,
  timed: 17,
  table: 19,
};

describe('@kizuna/ingest through its exports', { timeout: 60_000 }, () => {
  it('gives the pipeline to a plain Node import of the built package', () => {
    expect(run([])).toEqual(expected);
  });

  it('gives the same from the sources under the @kizuna/source condition', () => {
    expect(run(['--conditions=@kizuna/source', '--import', 'tsx'])).toEqual(expected);
  });
});
