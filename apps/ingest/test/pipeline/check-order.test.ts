import { describe, expect, it } from 'vitest';
import type { AnyStage } from '../../src/draft/stage.js';
import { checkStageOrder } from '../../src/pipeline/check-order.js';
import { STAGES } from '../../src/pipeline/stages.js';

const LIST: readonly AnyStage[] = STAGES;
const stage = (name: string) => LIST.find((s) => s.name === name) as AnyStage;
const without = (name: string) => LIST.filter((s) => s.name !== name);
const swap = (a: string, b: string) => LIST.map((s) => (s.name === a ? stage(b) : s.name === b ? stage(a) : s));

describe('checkStageOrder', () => {
  it('accepts the pipeline as listed', () => {
    expect(() => checkStageOrder(LIST)).not.toThrow();
  });

  it.each([
    { case: 'people before triggers', list: swap('triggers', 'people'), stage: 'people', field: 'triggersBySentence' },
    { case: 'repair before language', list: swap('language', 'repair'), stage: 'repair', field: 'language' },
    { case: 'no sentences stage', list: without('sentences'), stage: 'places', field: 'sentences' },
    { case: 'facts before events', list: swap('events', 'facts'), stage: 'facts', field: 'meetings' },
  ])('refuses $case, naming the stage and the field no stage before it adds', ({ list, stage, field }) => {
    expect(() => checkStageOrder(list)).toThrow(
      expect.objectContaining({ code: 'STAGE_ORDER', stage, message: expect.stringContaining(field) }),
    );
  });

  it('refuses a stage listed twice', () => {
    expect(() => checkStageOrder([...LIST, stage('validate')])).toThrow(
      expect.objectContaining({ code: 'STAGE_ORDER', stage: 'validate' }),
    );
  });
});
