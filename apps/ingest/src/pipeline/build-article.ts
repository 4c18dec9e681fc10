import type { Article } from '@kizuna/model';
import type { PipelineInput } from '../draft/draft.js';
import type { Resources } from '../resources/resources.js';
import { runPipeline } from './run-pipeline.js';

/** Runs the whole pipeline on one file's bytes: a validated Article, or an IngestError saying why not. */
export function buildArticle(input: PipelineInput, resources: Resources): Article {
  return runPipeline(input, resources).article;
}
