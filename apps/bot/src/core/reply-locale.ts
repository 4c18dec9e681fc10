import type { ReplyLocale } from './contract.js';

/**
 * The reply language for a Discord locale: French for "fr" (and any "fr-…"), English for every
 * other one (German, Spanish, Japanese… read English more often than French); French when Discord
 * gives none, the corpus's own language.
 */
export function replyLocale(discordLocale: string | undefined): ReplyLocale {
  if (!discordLocale) return 'fr';
  return /^fr(?:-|$)/i.test(discordLocale) ? 'fr' : 'en';
}
