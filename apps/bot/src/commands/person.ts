import type { CommandModule } from '../core/contract.js';
import { CHOICE_LIMITS } from '../core/discord-limits.js';
import type { QueryEngine } from '../engine/index.js';
import { noResultReply } from '../replies/error-reply.js';
import { personReply } from '../replies/person-reply.js';
import { shownId } from '../replies/show-buttons.js';
import definitions from './definitions.json' with { type: 'json' };
import { lookupCommand } from './lookup-command.js';

/** /person name — roles held (with sources) and meetings attended. */
export const person: CommandModule<QueryEngine> = {
  ...lookupCommand(definitions.person, 'tryPerson', {
    find: (engine, name) => engine.findPerson(name),
    reply: (engine, found, question) => personReply(engine.personDetails(found.best), found.rivals, question),
    complete: (engine, typed) => engine.completePeople(typed, CHOICE_LIMITS),
  }),
  button(customId, { engine, locale }) {
    const key = shownId(customId);
    const found = engine.person(key);
    if (!found) return noResultReply(locale, key, 'tryPerson');
    return personReply(engine.personDetails(found), [], { query: key, locale, ephemeral: false });
  },
};
