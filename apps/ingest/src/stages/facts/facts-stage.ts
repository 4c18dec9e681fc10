import { defineStage } from '../../draft/stage.js';
import { buildFacts } from './build-facts.js';

export const factsStage = defineStage({
  name: 'facts',
  does: 'the meetings as the model records them, and facts (meeting, date, place, participant, outcome, role), each quoted',
  needs: ['id', 'body', 'sentences', 'meetings', 'persons', 'peopleBySentence'],
  adds: ['events', 'facts', 'extractionWarnings'],
  extraction: true,
  run: (d) => {
    const { events, facts } = buildFacts(d);
    const extractionWarnings = d.sentences.length > 0 && events.length === 0 ? ['no meeting found in the article'] : [];
    return { events, facts, extractionWarnings };
  },
});
