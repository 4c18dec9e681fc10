import type { Resources } from '../resources/resources.js';
import type { Draft, DraftField, DraftFields } from './draft.js';

/**
 * One step of the pipeline: a pure function from the fields it needs to the fields it adds (or
 * replaces). It never changes what it is given; the runner merges what it returns into the draft.
 */
export interface Stage<Name extends string, Needs extends DraftField, Adds extends DraftField> {
  /** Also the name of its folder, src/stages/<name>/. */
  readonly name: Name;
  /** What it does, in one line (the README's stage table and describePipeline). */
  readonly does: string;
  readonly needs: readonly Needs[];
  readonly adds: readonly Adds[];
  /**
   * Part of the extraction, the least certain work: when it fails, the article is still kept,
   * without people, events and facts, and with the reason in its warnings.
   */
  readonly extraction?: boolean;
  run(draft: Pick<DraftFields, Needs>, resources: Resources): Pick<DraftFields, Adds>;
}

/** Any stage, as the runner sees it. */
export interface AnyStage {
  readonly name: string;
  readonly does: string;
  readonly needs: readonly DraftField[];
  readonly adds: readonly DraftField[];
  readonly extraction?: boolean;
  run(draft: Draft, resources: Resources): Partial<DraftFields>;
}

/** A stage, frozen; its field lists are typed from the arrays written in it. */
export function defineStage<const Name extends string, Needs extends DraftField, Adds extends DraftField>(
  stage: Stage<Name, Needs, Adds>,
): Stage<Name, Needs, Adds> {
  return Object.freeze(stage);
}
