import type { ReplyLocale } from './contract.js';

/** The reply language for a Discord locale ("en-US", "en-GB" → English); French otherwise, the default. */
export function replyLocale(discordLocale: string | undefined): ReplyLocale {
  return discordLocale?.toLowerCase().startsWith('en') ? 'en' : 'fr';
}
