import { slashCommand } from '../core/command-builders.js';
import type { CommandModule } from '../core/contract.js';
import { CHOICE_LIMITS } from '../core/discord-limits.js';
import { isPrivate, text } from '../core/option-values.js';
import type { QueryEngine } from '../engine/index.js';
import { missingOptionReply, noResultReply } from '../replies/error-reply.js';
import { searchReply } from '../replies/search-reply.js';
import definitions from './definitions.json' with { type: 'json' };

/** /search text — the best sentences for free text, quoted with their sources. */
export const search: CommandModule<QueryEngine> = {
  data: slashCommand(definitions.search),
  execute(options, { engine, locale }) {
    const query = text(options, 'text');
    if (!query) return missingOptionReply(locale, 'text');
    const hits = engine.search(query);
    if (!hits.length) {
      return noResultReply(
        locale,
        query,
        'trySearch',
        engine
          .completeMeetings(query, CHOICE_LIMITS)
          .slice(0, 3)
          .map((c) => c.name),
      );
    }
    return searchReply(hits, query, locale, isPrivate(options));
  },
};
