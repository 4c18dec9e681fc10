import { slashCommand, stringOption } from '../core/command-builders.js';
import type { CommandModule } from '../core/contract.js';
import { CHOICE_LIMITS } from '../core/discord-limits.js';
import { isPrivate, text } from '../core/option-values.js';
import type { QueryEngine } from '../engine/index.js';
import { errorReply } from '../replies/error-reply.js';
import { t } from '../replies/i18n.js';
import { searchReply } from '../replies/search-reply.js';

/** /search text — the best sentences for free text, quoted with their sources. */
export const search: CommandModule<QueryEngine> = {
  data: slashCommand(
    { en: 'search', fr: 'recherche' },
    { en: 'Search the articles’ text', fr: 'Chercher dans le texte des articles' },
    [
      stringOption(
        { en: 'text', fr: 'texte' },
        { en: 'Words to look for (French or English)', fr: 'Mots à chercher (français ou anglais)' },
        { required: true },
      ),
    ],
  ),
  execute(options, { engine, locale }) {
    const query = text(options, 'text');
    if (!query) return errorReply(locale, 'bad_option', { option: 'text', why: t(locale, 'missingOption') });
    const hits = engine.search(query);
    if (!hits.length) {
      return errorReply(locale, 'no_result', {
        query,
        suggestions: engine
          .completeMeetings(query, CHOICE_LIMITS)
          .slice(0, 3)
          .map((c) => c.name),
        hint: t(locale, 'tryOther'),
      });
    }
    return searchReply(hits, query, locale, isPrivate(options));
  },
};
