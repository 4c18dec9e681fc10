import type { PersonMention } from '@kizuna/model';
import { defineStage } from '../../draft/stage.js';
import { sentenceRefs, sourceOf } from '../../text/span.js';
import { articlePeople } from './article-people.js';

export const peopleStage = defineStage({
  name: 'people',
  does: 'people with their roles and countries (titles, apposition, later mentions by name or title), each quoted',
  needs: ['id', 'body', 'sentences', 'language', 'triggersBySentence', 'articlePlace'],
  adds: ['peopleBySentence', 'persons', 'protagonist', 'people'],
  extraction: true,
  run: ({ id, body, sentences, language, triggersBySentence, articlePlace }, resources) => {
    const refs = sentenceRefs(sentences);
    const { found, persons, protagonist } = articlePeople(
      refs,
      { language, body, triggersBySentence, articlePlace },
      resources,
    );
    // each sentence's people in the order they are written
    const peopleBySentence = found.map((mentions) =>
      mentions.filter((p) => !p.silent).sort((a, b) => a.name.start - b.name.start),
    );
    const people: PersonMention[] = peopleBySentence.flat().map((p) => {
      const person = persons.get(p.key);
      const source = sourceOf(id, sentences, { sentence: p.sentence.index, span: p.quote });
      return {
        name: person?.name ?? p.name.text,
        key: p.key,
        role: p.role?.text ?? null,
        country: (p.countryGuessed ? null : p.country) ?? person?.country ?? null,
        quote: body.slice(source.start, source.end),
        source,
      };
    });
    return { peopleBySentence, persons, protagonist, people };
  },
});
