import { defineStage } from '../../draft/stage.js';
import { findTriggers } from './find-triggers.js';

export const triggersStage = defineStage({
  name: 'triggers',
  does: 'meeting words in each sentence ("talks", "a reçu", "2+2 dialogue"), with those told in passing or referred back to',
  needs: ['sentences'],
  adds: ['triggersBySentence'],
  extraction: true,
  run: ({ sentences }, { meetingWords }) => ({
    triggersBySentence: sentences.map((s) => findTriggers(s.text, meetingWords)),
  }),
});
