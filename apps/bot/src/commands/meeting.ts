import type { CommandModule } from '../core/contract.js';
import { CHOICE_LIMITS } from '../core/discord-limits.js';
import type { QueryEngine } from '../engine/index.js';
import { errorReply, noResultReply } from '../replies/error-reply.js';
import { meetingReply } from '../replies/meeting-reply.js';
import { meetingChoiceName } from '../replies/meeting-summary.js';
import { shownId } from '../replies/show-buttons.js';
import definitions from './definitions.json' with { type: 'json' };
import { lookupCommand } from './lookup-command.js';

/** /meeting query — the best-matching meeting, or the close ones to pick from. */
export const meeting: CommandModule<QueryEngine> = {
  ...lookupCommand(definitions.meeting, 'tryOther', {
    find: (engine, query, locale) =>
      engine.corpus.events.length ? engine.findMeeting(query) : errorReply(locale, 'empty_corpus'),
    reply: (engine, found, question) =>
      meetingReply(engine.meetingDetails(found.best), found.rivals, question, found.unmet),
    complete: (engine, typed, locale) =>
      engine.completeMeetings(typed, CHOICE_LIMITS, (e) => meetingChoiceName(e, locale)),
  }),
  button(customId, { engine, locale }) {
    const id = shownId(customId);
    const event = engine.event(id);
    if (!event) return noResultReply(locale, id, 'tryOther');
    return meetingReply(engine.meetingDetails(event), [], { query: id, locale, ephemeral: false });
  },
};
