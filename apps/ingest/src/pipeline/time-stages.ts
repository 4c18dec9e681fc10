import type { PipelineInput } from '../draft/draft.js';
import { IngestError } from '../errors.js';
import type { Resources } from '../resources/resources.js';
import { runPipeline } from './run-pipeline.js';
import { STAGES, type StageName } from './stages.js';

/** Time spent in one stage over a set of inputs. */
export interface StageTime {
  stage: StageName;
  ms: number;
  /** Share of the time of all stages. */
  share: number;
  /** How many inputs reached the stage. */
  runs: number;
}

export interface StageTimes {
  /** Every stage, in pipeline order (a stage no input reached has 0 runs). */
  stages: StageTime[];
  articles: number;
  /** Inputs refused with an IngestError (empty, binary, no article text…). */
  rejected: number;
  ms: number;
}

/** Runs every input through the whole pipeline and adds up the time spent in each stage. */
export function timeStages(inputs: Iterable<PipelineInput>, resources: Resources): StageTimes {
  const spent = new Map<StageName, { ms: number; runs: number }>(STAGES.map((s) => [s.name, { ms: 0, runs: 0 }]));
  const onStage = (stage: StageName, ms: number) => {
    const entry = spent.get(stage);
    if (!entry) return;
    entry.ms += ms;
    entry.runs += 1;
  };
  let articles = 0;
  let rejected = 0;
  for (const input of inputs) {
    try {
      runPipeline(input, resources, { onStage });
      articles += 1;
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      rejected += 1;
    }
  }
  const total = [...spent.values()].reduce((n, s) => n + s.ms, 0);
  const stages = [...spent.entries()].map(([stage, { ms, runs }]) => ({
    stage,
    ms,
    share: total ? ms / total : 0,
    runs,
  }));
  return { stages, articles, rejected, ms: total };
}
