import * as z from 'zod';

/**
 * An article's address: http or https only, with no character a URL never holds raw (spaces,
 * angle brackets, quotes, backticks, braces, pipes, backslashes), so a reply can show it as a
 * link without it closing the link or carrying markdown or a script.
 */
export const WebUrl = z
  .httpUrl()
  .regex(/^https?:\/\/[^\s<>"`{}|\\^]+$/iu, 'expected an address without spaces, angle brackets or quotes');
export type WebUrl = z.infer<typeof WebUrl>;
