import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import type { CorpusStats } from '../engine/index.js';
import { escapeText } from './escape.js';
import { t } from './i18n.js';
import { makeReply } from './make-reply.js';

/** Corpus size, last ingest and version. */
export function aboutReply(stats: CorpusStats, version: string, locale: ReplyLocale, ephemeral: boolean): ReplyPayload {
  const languages = Object.entries(stats.languages)
    .map(([l, n]) => `${l} ${n}`)
    .join(' · ');
  const field = (name: string, value: string | number) => ({ name, value: String(value) || '—', inline: true });
  return makeReply({
    embeds: [
      {
        title: t(locale, 'aboutTitle'),
        description: t(locale, 'aboutText'),
        fields: [
          field(t(locale, 'articles'), stats.articles),
          field(t(locale, 'meetings'), stats.events),
          field(t(locale, 'people'), stats.people),
          field(t(locale, 'sentences'), stats.sentences),
          field(t(locale, 'facts'), stats.facts),
          field(t(locale, 'languages'), languages || '—'),
          field(
            t(locale, 'lastChanged'),
            stats.lastChanged
              ? `${new Date(stats.lastChanged).toISOString().replace('T', ' ').slice(0, 16)} UTC`
              : t(locale, 'never'),
          ),
          field(t(locale, 'version'), version),
          { name: t(locale, 'publishers'), value: stats.publishers.map(escapeText).join(', ') || '—' },
        ],
      },
    ],
    ephemeral,
  });
}
