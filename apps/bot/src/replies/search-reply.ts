import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import type { SentenceHit } from '../engine/index.js';
import { Citations, quoteLine } from './citations.js';
import { escapeText } from './escape.js';
import { fitText } from './fit-embeds.js';
import { t } from './i18n.js';
import { makeReply } from './make-reply.js';

const QUOTE_MAX = 600;

/** The best sentences for the text, each quoted verbatim with its citation, then the sources. */
export function searchReply(
  hits: readonly SentenceHit[],
  query: string,
  locale: ReplyLocale,
  ephemeral: boolean,
): ReplyPayload {
  const citations = new Citations();
  const lines = hits.map(
    (h, i) => `**${i + 1}.** ${quoteLine(fitText(h.quote.text, QUOTE_MAX), citations.cite(h.quote.article))}`,
  );
  return makeReply({
    embeds: [
      {
        title: t(locale, 'searchTitle', { q: escapeText(query) }),
        description: lines.join('\n\n'),
        fields: [{ name: t(locale, 'sources'), value: citations.lines(locale).join('\n') }],
      },
    ],
    ephemeral,
  });
}
