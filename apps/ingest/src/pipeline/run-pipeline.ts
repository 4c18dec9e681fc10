import type { Draft, DraftField, DraftFields, PipelineInput } from '../draft/draft.js';
import type { AnyStage } from '../draft/stage.js';
import { IngestError } from '../errors.js';
import type { Resources } from '../resources/resources.js';
import { StageError } from './stage-error.js';
import { type AddedThrough, STAGE_LIST as LIST, type StageList, type StageName } from './stages.js';

/** The draft after the stage `S` (and every stage before it) has run. */
export type DraftAfter<S extends StageName> = PipelineInput &
  Pick<DraftFields, AddedThrough<StageList, S>> & { stage: StageName };

export interface RunOptions<S extends StageName> {
  /** The last stage to run (default: all of them). */
  until?: S;
  /** Let an extraction stage's failure throw, instead of keeping the article without extraction. */
  strict?: boolean;
  /** Called after each stage that ran, with how long it took (ms). */
  onStage?: (stage: StageName, ms: number) => void;
}

function indexOf(name: string): number {
  const i = LIST.findIndex((s) => s.name === name);
  if (i < 0) throw new StageError('UNKNOWN_STAGE', name, `no such stage (${LIST.map((s) => s.name).join(', ')})`);
  return i;
}

function checkNeeds(stage: AnyStage, draft: Draft): void {
  const missing = stage.needs.filter((f: DraftField) => draft[f] === undefined);
  if (missing.length)
    throw new StageError('MISSING_INPUT', stage.name, `needs ${missing.join(', ')}, which the draft does not hold`);
}

/** The article without extraction: what validation needs in place of the failed stages' output. */
function withoutExtraction(draft: Draft, stage: AnyStage, error: unknown): Draft {
  const why = error instanceof Error ? error.message : String(error);
  return {
    ...draft,
    people: [],
    events: [],
    facts: [],
    extractionWarnings: [`extraction failed in stage ${stage.name}: ${why}`],
  };
}

/**
 * Runs the stages on a draft, from the one after `start.stage` (from the first for a new input)
 * up to `until`. A rejected input throws its IngestError; a failing stage throws a StageError
 * naming it, except an extraction stage, whose failure leaves the article without extraction.
 */
export function runPipeline<S extends StageName = 'validate'>(
  start: PipelineInput | Draft,
  resources: Resources,
  options: RunOptions<S> = {},
): DraftAfter<S> {
  const from = 'stage' in start && start.stage !== undefined ? indexOf(start.stage) + 1 : 0;
  const until = options.until === undefined ? LIST.length - 1 : indexOf(options.until);
  let draft: Draft = start;
  let extractionFailed = false;
  for (const stage of LIST.slice(from, until + 1)) {
    if (extractionFailed && stage.extraction) {
      draft = { ...draft, stage: stage.name };
      continue;
    }
    checkNeeds(stage, draft);
    const started = performance.now();
    try {
      draft = { ...draft, ...stage.run(draft, resources), stage: stage.name };
    } catch (error) {
      if (error instanceof IngestError) throw error;
      if (!stage.extraction || options.strict)
        throw new StageError('STAGE_FAILED', stage.name, error instanceof Error ? error.message : String(error), {
          cause: error,
        });
      draft = { ...withoutExtraction(draft, stage, error), stage: stage.name };
      extractionFailed = true;
    }
    options.onStage?.(stage.name as StageName, performance.now() - started);
  }
  return draft as DraftAfter<S>;
}
