import { slashCommand, stringOption } from '../core/command-builders.js';
import type { CommandModule } from '../core/contract.js';
import { CHOICE_LIMITS } from '../core/discord-limits.js';
import { isPrivate, text } from '../core/option-values.js';
import type { QueryEngine } from '../engine/index.js';
import { errorReply } from '../replies/error-reply.js';
import { t } from '../replies/i18n.js';
import { meetingReply } from '../replies/meeting-reply.js';
import { meetingChoiceName } from '../replies/meeting-summary.js';

/** /meeting query — the best-matching meeting, or the close ones to pick from. */
export const meeting: CommandModule<QueryEngine> = {
  data: slashCommand({ en: 'meeting', fr: 'rencontre' }, { en: 'Find a meeting', fr: 'Trouver une rencontre' }, [
    stringOption(
      { en: 'query', fr: 'requete' },
      {
        en: 'Name, alias (2+2), ordinal, participant, place, country or year',
        fr: 'Nom, alias (2+2), numéro, participant, lieu, pays ou année',
      },
      { required: true, autocomplete: true },
    ),
  ]),
  execute(options, { engine, locale }) {
    const query = text(options, 'query');
    if (!query) return errorReply(locale, 'bad_option', { option: 'query', why: t(locale, 'missingOption') });
    if (!engine.corpus.events.length) return errorReply(locale, 'empty_corpus');
    const found = engine.findMeeting(query);
    if (found.kind === 'none') {
      return errorReply(locale, 'no_result', { query, suggestions: found.suggestions, hint: t(locale, 'tryOther') });
    }
    return meetingReply(engine.meetingDetails(found.best), found.rivals, query, locale, isPrivate(options));
  },
  autocomplete(focused, _options, { engine, locale }) {
    return engine.completeMeetings(focused.value, CHOICE_LIMITS, (e) => meetingChoiceName(e, locale));
  },
  button(customId, { engine, locale }) {
    const id = customId.replace(/^meeting:show:/, '');
    const event = engine.event(id);
    if (!event) return errorReply(locale, 'no_result', { query: id, hint: t(locale, 'tryOther') });
    return meetingReply(engine.meetingDetails(event), [], id, locale, false);
  },
};
