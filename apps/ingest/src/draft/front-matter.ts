import { WebUrl } from '@kizuna/model';
import * as z from 'zod';

/** What a user may state at the top of a file to override detection. */
export const FrontMatter = z.object({
  title: z.string().min(1).optional(),
  // http(s) only: anything else is dropped with a warning, never shown as a link
  url: WebUrl.optional(),
  publisher: z.string().min(1).optional(),
  published: z.string().min(1).optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
});
export type FrontMatter = z.infer<typeof FrontMatter>;

/** The front matter split off the top of a file (the blocks stage). */
export interface FrontMatterSplit {
  fields: FrontMatter;
  /** The front-matter block as written (empty when there is none). */
  raw: string;
  /** The text after it. */
  rest: string;
  warnings: string[];
}
