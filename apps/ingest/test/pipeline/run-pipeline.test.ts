import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ClassifiedBlock } from '../../src/draft/blocks.js';
import type { Draft, DraftField } from '../../src/draft/draft.js';
import { IngestError } from '../../src/errors.js';
import { buildArticle } from '../../src/pipeline/build-article.js';
import { describePipeline, pipelineStages } from '../../src/pipeline/describe-pipeline.js';
import { runPipeline } from '../../src/pipeline/run-pipeline.js';
import { StageError } from '../../src/pipeline/stage-error.js';
import { STAGES, type StageName } from '../../src/pipeline/stages.js';
import { timeStages } from '../../src/pipeline/time-stages.js';
import { ARTICLE_EN, ARTICLE_FR } from '../cli/fixtures.js';
import { resources } from '../support/resources.js';

const input = (text: string, file = 'x.txt') => ({
  bytes: new TextEncoder().encode(text),
  file,
  ingestedAt: '2024-01-01T00:00:00.000Z',
});
const GIVEN: DraftField[] = ['bytes', 'file', 'ingestedAt'];
const names = STAGES.map((s) => s.name);
// DESIGN.md's order; language before repair and places, dates, triggers before people (README)
const ORDER =
  'decode normalise blocks classify clean language repair metadata sentences places dates triggers people events outcomes facts validate'.split(
    ' ',
  );

/** The fields a draft holds, sorted. */
const fieldsOf = (draft: object) =>
  Object.keys(draft)
    .filter((k) => k !== 'stage')
    .sort();

describe('the stage list', () => {
  it('runs the stages in the order the design gives, each in its own folder', () => {
    expect(names).toEqual(ORDER);
    expect(pipelineStages().map((s) => s.folder)).toEqual(names.map((n) => `src/stages/${n}/`));
  });

  it('prints as a table, one row per stage in order, with what each does', () => {
    const rows = describePipeline().split('\n').slice(2);
    expect(rows).toHaveLength(STAGES.length);
    rows.forEach((row, i) => {
      const stage = STAGES[i];
      expect(row).toBe(`| ${i + 1} | ${stage?.name} | \`src/stages/${stage?.name}/\` | ${stage?.does} |`);
    });
  });

  it("is the README's stage table", () => {
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain(describePipeline());
  });

  it('marks the extraction stages, whose failure keeps the article', () => {
    const extraction = STAGES.filter((s) => 'extraction' in s && s.extraction).map((s) => s.name);
    expect(extraction).toEqual(ORDER.slice(ORDER.indexOf('places'), ORDER.indexOf('validate')));
  });
});

describe('runPipeline up to a stage', { timeout: 60_000 }, () => {
  it.each(names.map((name, i) => ({ name, i })))(
    'until $name: the draft holds what that stage and the ones before it add, nothing more',
    ({ name, i }) => {
      const draft = runPipeline(input(ARTICLE_FR), resources, { until: name });
      const added = new Set([...GIVEN, ...STAGES.slice(0, i + 1).flatMap((s) => s.adds)]);
      expect(draft.stage).toBe(name);
      expect(fieldsOf(draft)).toEqual([...added].sort());
    },
  );

  it.each(['normalise', 'clean', 'sentences', 'people'] as const)(
    'resumed after %s, it builds the same article as one run',
    (stage) => {
      const whole = buildArticle(input(ARTICLE_EN), resources);
      const half = runPipeline(input(ARTICLE_EN), resources, { until: stage });
      expect(runPipeline(half, resources).article).toEqual(whole);
    },
  );

  it('types the draft by the stage it ran until', () => {
    const draft = runPipeline(input(ARTICLE_FR), resources, { until: 'classify' });
    expectTypeOf(draft.classified).toEqualTypeOf<ClassifiedBlock[]>();
    // @ts-expect-error the body is set by repair, which runs after classify
    expect(draft.body).toBeUndefined();
  });

  it('never changes the draft it is given', () => {
    const half = runPipeline(input(ARTICLE_FR), resources, { until: 'sentences' });
    const before = structuredClone(half);
    runPipeline(half, resources);
    expect(half).toEqual(before);
  });
});

describe('timeStages', { timeout: 60_000 }, () => {
  it('times every stage over the inputs, counting the rejected ones and where they stopped', () => {
    const times = timeStages(
      [input(ARTICLE_FR), input(ARTICLE_EN), input('Comment (0)\n\nShare this article\n'), input('')],
      resources,
    );
    expect(times.articles).toBe(2);
    expect(times.rejected).toBe(2);
    expect(times.stages.map((s) => s.stage)).toEqual(names);
    const runs = Object.fromEntries(times.stages.map((s) => [s.stage, s.runs]));
    // the empty file stops in decode, the page without prose in clean
    expect(runs).toMatchObject({ decode: 3, normalise: 3, classify: 3, clean: 2, language: 2, validate: 2 });
    expect(times.stages.every((s) => s.ms >= 0 && s.share >= 0)).toBe(true);
    expect(times.stages.reduce((n, s) => n + s.share, 0)).toBeCloseTo(1, 6);
    expect(times.ms).toBeCloseTo(
      times.stages.reduce((n, s) => n + s.ms, 0),
      6,
    );
  });
});

/** Runs a draft that already went through `after`, with one field replaced by a value of the wrong shape. */
function runBroken(after: StageName, field: DraftField, value: unknown, strict = false) {
  const draft: Draft = { ...runPipeline(input(ARTICLE_FR), resources, { until: after }), [field]: value };
  return () => runPipeline(draft, resources, { strict });
}

describe('errors name the stage they happen in', { timeout: 60_000 }, () => {
  it.each([
    { case: 'a core stage fails', after: 'normalise', field: 'text', value: 42, stage: 'blocks' },
    {
      case: 'an extraction stage fails, strict',
      after: 'sentences',
      field: 'sentences',
      value: [null],
      stage: 'places',
    },
    {
      case: 'a later extraction stage fails, strict',
      after: 'triggers',
      field: 'triggersBySentence',
      value: [7],
      stage: 'people',
    },
  ] as const)('$case: a StageError naming $stage, with the cause', ({ after, field, value, stage }) => {
    const run = runBroken(after, field, value, true);
    expect(run).toThrow(StageError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'STAGE_FAILED',
        stage,
        message: expect.stringMatching(`^stage "${stage}": `),
      });
      expect((error as StageError).cause).toBeInstanceOf(TypeError);
    }
  });

  it('an extraction stage that fails leaves the article without extraction, saying where', () => {
    const article = runBroken('triggers', 'triggersBySentence', [7])().article;
    expect([article.people, article.events, article.facts]).toEqual([[], [], []]);
    expect(article.warnings).toEqual([expect.stringMatching(/^extraction failed in stage people: /)]);
    expect(article.sentences.length).toBeGreaterThan(0);
  });

  it.each([
    { from: 'repair', missing: 'body', stage: 'metadata' },
    { from: 'triggers', missing: 'articlePlace', stage: 'people' },
  ] as const)('a draft without $missing cannot run $stage: MISSING_INPUT', ({ from, missing, stage }) => {
    const full: Draft = runPipeline(input(ARTICLE_FR), resources, { until: from });
    const { [missing]: _dropped, ...draft } = full;
    expect(() => runPipeline(draft, resources)).toThrow(
      expect.objectContaining({ code: 'MISSING_INPUT', stage, message: expect.stringContaining(missing) }),
    );
  });

  it('a rejected file throws its IngestError unchanged', () => {
    expect(() => runPipeline(input(''), resources)).toThrow(IngestError);
    expect(() => runPipeline(input('Un titre sans article\n'), resources)).toThrow(
      expect.objectContaining({ code: 'NO_ARTICLE_TEXT' }),
    );
  });

  it('an unknown stage name is refused', () => {
    expect(() => runPipeline(input(ARTICLE_FR), resources, { until: 'teasers' as StageName })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_STAGE', stage: 'teasers' }),
    );
  });
});
