import type { QueryEngine } from '../engine/index.js';
import { errorReply } from '../replies/error-reply.js';
import { t } from '../replies/labels.js';
import { personReply } from '../replies/person-reply.js';
import type { CommandModule } from './command.js';
import { isPrivate, slashCommand, stringOption, text } from './options.js';

/** /person name — roles held (with sources) and meetings attended. */
export const person: CommandModule<QueryEngine> = {
  data: slashCommand({ en: 'person', fr: 'personne' }, { en: 'Find a person', fr: 'Trouver une personne' }, [
    stringOption(
      { en: 'name', fr: 'nom' },
      { en: 'Any spelling, with or without accents', fr: 'Toute orthographe, avec ou sans accents' },
      { required: true, autocomplete: true },
    ),
  ]),
  execute(options, { engine, locale }) {
    const name = text(options, 'name');
    if (!name) return errorReply(locale, 'bad_option', { option: 'name', why: t(locale, 'missingOption') });
    const found = engine.findPerson(name);
    if (found.kind === 'none') {
      return errorReply(locale, 'no_result', {
        query: name,
        suggestions: found.suggestions,
        hint: t(locale, 'tryPerson'),
      });
    }
    return personReply(engine, found.best, found.rivals, name, locale, isPrivate(options));
  },
  autocomplete(focused, _options, { engine }) {
    return engine.completePeople(focused.value);
  },
  button(customId, { engine, locale }) {
    const key = customId.replace(/^person:show:/, '');
    const found = engine.person(key);
    if (!found) return errorReply(locale, 'no_result', { query: key, hint: t(locale, 'tryPerson') });
    return personReply(engine, found, [], key, locale, false);
  },
};
