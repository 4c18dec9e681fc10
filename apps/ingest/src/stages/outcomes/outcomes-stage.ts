import { defineStage } from '../../draft/stage.js';
import { attachOutcomes } from './attach-outcomes.js';

export const outcomesStage = defineStage({
  name: 'outcomes',
  does: "each meeting's outcomes: the documents, decisions and amounts its sentences name, each a phrase of its sentence",
  needs: ['meetings', 'sentences', 'peopleBySentence', 'published'],
  adds: ['meetings'],
  extraction: true,
  run: ({ meetings, sentences, peopleBySentence, published }, { meetingWords, outcomeWords }) => ({
    meetings: attachOutcomes(
      meetings,
      sentences,
      peopleBySentence,
      { meeting: meetingWords, outcome: outcomeWords },
      // the year the article was written in, when it says one: what it tells of years before is past
      published && published.year !== 'unknown' ? Number(published.iso.slice(0, 4)) : null,
    ),
  }),
});
