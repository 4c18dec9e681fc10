import type { DraftField } from '../draft/draft.js';
import type { AnyStage } from '../draft/stage.js';
import { StageError } from './stage-error.js';

const GIVEN: readonly DraftField[] = ['bytes', 'file', 'ingestedAt'];

/** Throws when a stage needs a field that no stage before it adds (the list was reordered wrongly). */
export function checkStageOrder(stages: readonly AnyStage[]): void {
  const set = new Set<DraftField>(GIVEN);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new StageError('STAGE_ORDER', stage.name, 'listed twice in the pipeline');
    names.add(stage.name);
    const missing = stage.needs.filter((f) => !set.has(f));
    if (missing.length)
      throw new StageError('STAGE_ORDER', stage.name, `needs ${missing.join(', ')}, which no stage before it adds`);
    for (const f of stage.adds) set.add(f);
  }
}
