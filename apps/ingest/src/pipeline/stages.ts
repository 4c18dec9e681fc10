import type { AnyStage } from '../draft/stage.js';
import { blocksStage } from '../stages/blocks/blocks-stage.js';
import { classifyStage } from '../stages/classify/classify-stage.js';
import { cleanStage } from '../stages/clean/clean-stage.js';
import { datesStage } from '../stages/dates/dates-stage.js';
import { decodeStage } from '../stages/decode/decode-stage.js';
import { eventsStage } from '../stages/events/events-stage.js';
import { factsStage } from '../stages/facts/facts-stage.js';
import { languageStage } from '../stages/language/language-stage.js';
import { metadataStage } from '../stages/metadata/metadata-stage.js';
import { normaliseStage } from '../stages/normalise/normalise-stage.js';
import { outcomesStage } from '../stages/outcomes/outcomes-stage.js';
import { peopleStage } from '../stages/people/people-stage.js';
import { placesStage } from '../stages/places/places-stage.js';
import { repairStage } from '../stages/repair/repair-stage.js';
import { sentencesStage } from '../stages/sentences/sentences-stage.js';
import { triggersStage } from '../stages/triggers/triggers-stage.js';
import { validateStage } from '../stages/validate/validate-stage.js';
import { checkStageOrder } from './check-order.js';

/**
 * The pipeline, in order: each stage runs on the draft the ones before it built. Language comes
 * before repair (the dictionary is the language's), metadata after it (the dateline is read in the
 * repaired body); places and dates before people (a head of state without a nationality is the
 * host's), triggers before people (an untitled name counts in a sentence that tells a meeting).
 */
export const STAGES = [
  decodeStage,
  normaliseStage,
  blocksStage,
  classifyStage,
  cleanStage,
  languageStage,
  repairStage,
  metadataStage,
  sentencesStage,
  placesStage,
  datesStage,
  triggersStage,
  peopleStage,
  eventsStage,
  outcomesStage,
  factsStage,
  validateStage,
] as const;

checkStageOrder(STAGES);

/** The same list, as the runner sees it: any stage, any field. */
export const STAGE_LIST: readonly AnyStage[] = STAGES;

export type StageList = typeof STAGES;
export type StageName = StageList[number]['name'];

/** The fields set by the stages of `L` up to and including the one named `S`. */
export type AddedThrough<L extends readonly unknown[], S extends string> = L extends readonly [infer H, ...infer R]
  ? H extends { name: infer N; adds: readonly (infer A)[] }
    ? N extends S
      ? A
      : A | AddedThrough<R, S>
    : never
  : never;
