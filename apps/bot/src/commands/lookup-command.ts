import { type CommandSpec, slashCommand } from '../core/command-builders.js';
import type { Choice, CommandModule, ReplyLocale, ReplyPayload } from '../core/contract.js';
import { isPrivate, text } from '../core/option-values.js';
import type { Lookup, QueryEngine, UnmetPart } from '../engine/index.js';
import { missingOptionReply, noResultReply } from '../replies/error-reply.js';
import type { Question } from '../replies/rival-choices.js';

/** How a lookup command finds, answers and completes what its one required option names. */
export interface LookupParts<T> {
  /** The match, or a reply of its own when the corpus cannot answer at all (an empty corpus). */
  find: (engine: QueryEngine, query: string, locale: ReplyLocale) => Lookup<T> | ReplyPayload;
  reply: (
    engine: QueryEngine,
    found: { best: T; rivals: T[]; unmet?: UnmetPart[] },
    question: Question,
  ) => ReplyPayload;
  complete: (engine: QueryEngine, typed: string, locale: ReplyLocale) => Choice[];
}

/**
 * A command that looks one thing up from its first option (required, autocompleted): the missing
 * option, nothing found (with suggestions and what to try instead: `hint`), or the reply.
 */
export function lookupCommand<T>(
  definition: CommandSpec,
  hint: 'tryOther' | 'tryPerson' | 'tryArticle',
  parts: LookupParts<T>,
): CommandModule<QueryEngine> {
  const option = definition.options?.[0]?.name.en;
  if (!option) throw new Error(`/${definition.name.en} declares no option to look up`);
  return {
    data: slashCommand(definition),
    execute(options, { engine, locale }) {
      const query = text(options, option);
      if (!query) return missingOptionReply(locale, option);
      const found = parts.find(engine, query, locale);
      if (!('kind' in found)) return found;
      if (found.kind === 'none') return noResultReply(locale, query, hint, found.suggestions);
      return parts.reply(engine, found, { query, locale, ephemeral: isPrivate(options) });
    },
    autocomplete: (focused, _options, { engine, locale }) => parts.complete(engine, focused.value, locale),
  };
}
