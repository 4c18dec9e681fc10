import { defineStage } from '../../draft/stage.js';
import { attachOutcomes } from './attach-outcomes.js';

export const outcomesStage = defineStage({
  name: 'outcomes',
  does: "each meeting's outcomes: the documents, decisions and amounts its sentences name, each a phrase of its sentence",
  needs: ['meetings', 'sentences', 'peopleBySentence'],
  adds: ['meetings'],
  extraction: true,
  run: ({ meetings, sentences, peopleBySentence }, { meetingWords, outcomeWords }) => ({
    meetings: attachOutcomes(meetings, sentences, peopleBySentence, { meeting: meetingWords, outcome: outcomeWords }),
  }),
});
