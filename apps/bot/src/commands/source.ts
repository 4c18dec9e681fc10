import { slashCommand, stringOption } from '../core/command-builders.js';
import type { CommandModule } from '../core/contract.js';
import { CHOICE_LIMITS } from '../core/discord-limits.js';
import { isPrivate, text } from '../core/option-values.js';
import type { QueryEngine } from '../engine/index.js';
import { errorReply } from '../replies/error-reply.js';
import { t } from '../replies/i18n.js';
import { sourceReply } from '../replies/source-reply.js';

/** /source article — one article and what was extracted from it. */
export const source: CommandModule<QueryEngine> = {
  data: slashCommand(
    { en: 'source', fr: 'source' },
    { en: 'Show a source article', fr: 'Afficher un article source' },
    [
      stringOption(
        { en: 'article', fr: 'article' },
        { en: 'Article id or title', fr: "Identifiant ou titre de l'article" },
        {
          required: true,
          autocomplete: true,
        },
      ),
    ],
  ),
  execute(options, { engine, locale }) {
    const query = text(options, 'article');
    if (!query) return errorReply(locale, 'bad_option', { option: 'article', why: t(locale, 'missingOption') });
    const found = engine.findArticle(query);
    if (found.kind === 'none') {
      return errorReply(locale, 'no_result', { query, suggestions: found.suggestions, hint: t(locale, 'tryArticle') });
    }
    return sourceReply(found.best, found.rivals, query, locale, isPrivate(options));
  },
  autocomplete(focused, _options, { engine }) {
    return engine.completeArticles(focused.value, CHOICE_LIMITS);
  },
};
