import { CHOICE_LIMITS } from '../core/discord-limits.js';
import { sourceReply } from '../replies/source-reply.js';
import definitions from './definitions.json' with { type: 'json' };
import { lookupCommand } from './lookup-command.js';

/** /source article — one article and what was extracted from it. */
export const source = lookupCommand(definitions.source, 'tryArticle', {
  find: (engine, query) => engine.findArticle(query),
  reply: (_engine, found, question) => sourceReply(found.best, found.rivals, question),
  complete: (engine, typed) => engine.completeArticles(typed, CHOICE_LIMITS),
});
