import { defineStage } from '../../draft/stage.js';
import { attachOutcomes } from './attach-outcomes.js';

export const outcomesStage = defineStage({
  name: 'outcomes',
  does: "each meeting's outcomes: the sentences after it that tell what was signed, agreed or decided",
  needs: ['meetings', 'sentences'],
  adds: ['meetings'],
  extraction: true,
  run: ({ meetings, sentences }, { meetingWords }) => ({
    meetings: attachOutcomes(meetings, sentences, meetingWords),
  }),
});
