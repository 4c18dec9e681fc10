import { slashCommand, stringOption } from '../core/command-builders.js';
import type { CommandModule } from '../core/contract.js';
import { CHOICE_LIMITS } from '../core/discord-limits.js';
import { isPrivate, text } from '../core/option-values.js';
import type { QueryEngine } from '../engine/index.js';
import { errorReply } from '../replies/error-reply.js';
import { t } from '../replies/i18n.js';
import { personReply } from '../replies/person-reply.js';

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
    return personReply(engine.personDetails(found.best), found.rivals, name, locale, isPrivate(options));
  },
  autocomplete(focused, _options, { engine }) {
    return engine.completePeople(focused.value, CHOICE_LIMITS);
  },
  button(customId, { engine, locale }) {
    const key = customId.replace(/^person:show:/, '');
    const found = engine.person(key);
    if (!found) return errorReply(locale, 'no_result', { query: key, hint: t(locale, 'tryPerson') });
    return personReply(engine.personDetails(found), [], key, locale, false);
  },
};
