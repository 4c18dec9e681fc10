import type { DraftEvent } from '../../draft/meetings.js';
import type { ArticlePerson } from '../../draft/mentions.js';
import { defineStage } from '../../draft/stage.js';
import { sentenceRefs } from '../../text/span.js';
import { buildEvents } from './build-events.js';
import type { SentenceFacts } from './event-context.js';

const ONE_NAME_KINDS = ['meeting', 'reception', 'talks', 'phone_call'];

/** A meeting told with one name ("il a reçu X") was with the article's main person. */
function addProtagonist(drafts: readonly DraftEvent[], persons: ReadonlyMap<string, ArticlePerson>) {
  const main = [...persons.values()].sort((a, b) => b.mentions - a.mentions)[0];
  if (!main || main.mentions < 2) return;
  for (const d of drafts) {
    if (!ONE_NAME_KINDS.includes(d.kind)) continue;
    if (d.participants.length === 1 && d.participants[0] !== main.key) d.participants.push(main.key);
  }
}

export const eventsStage = defineStage({
  name: 'events',
  does: 'meetings: kind, name, ordinal, date, place and participants, from the sentences that tell them',
  needs: [
    'language',
    'sentences',
    'triggersBySentence',
    'peopleBySentence',
    'datesBySentence',
    'placesBySentence',
    'articleDates',
    'articlePlace',
    'persons',
    'protagonist',
  ],
  adds: ['meetings'],
  extraction: true,
  run: (d, { meetingWords }) => {
    const facts: SentenceFacts[] = sentenceRefs(d.sentences).map((sentence, i) => ({
      sentence,
      triggers: d.triggersBySentence[i] ?? [],
      people: d.peopleBySentence[i] ?? [],
      dates: d.datesBySentence[i] ?? [],
      places: d.placesBySentence[i] ?? [],
    }));
    const meetings = buildEvents(facts, {
      language: d.language,
      dates: d.articleDates,
      defaultPlace: d.articlePlace,
      meetingWords,
      protagonist: d.protagonist,
      nameOf: (key) => d.persons.get(key)?.name ?? key,
    });
    addProtagonist(meetings, d.persons);
    return { meetings };
  },
});
