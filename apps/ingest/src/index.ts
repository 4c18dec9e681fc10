// @kizuna/ingest: a pasted news article (bytes) → a validated Article of @kizuna/model, through an
// ordered list of pure stages (pipeline/stages.ts). The CLI is src/main.ts.
export { bundleCorpus } from './corpus/bundle.js';
export { serialiseArticle } from './corpus/serialise.js';
export type { Draft, DraftField, DraftFields, PipelineInput } from './draft/draft.js';
export type { AnyStage, Stage } from './draft/stage.js';
export { IngestError, type IngestErrorCode } from './errors.js';
export { buildArticle } from './pipeline/build-article.js';
export { describePipeline, pipelineStages } from './pipeline/describe-pipeline.js';
export { type DraftAfter, type RunOptions, runPipeline } from './pipeline/run-pipeline.js';
export { StageError, type StageErrorCode } from './pipeline/stage-error.js';
export { STAGES, type StageName } from './pipeline/stages.js';
export { type StageTime, type StageTimes, timeStages } from './pipeline/time-stages.js';
export { loadResources } from './resources/load-resources.js';
export { ResourceError } from './resources/resource-error.js';
export type { Resources } from './resources/resources.js';
export { articleId } from './stages/normalise/normalise.js';
