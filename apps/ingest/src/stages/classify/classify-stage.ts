import { defineStage } from '../../draft/stage.js';
import { classify } from './classify.js';

export const classifyStage = defineStage({
  name: 'classify',
  does: 'labels each block: title, lead, body, heading, caption, or page furniture (teaser, menu, credit…) with a reason',
  needs: ['blocks'],
  adds: ['classified'],
  run: ({ blocks }) => ({ classified: classify(blocks) }),
});
