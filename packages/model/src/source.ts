import * as z from 'zod';

/** Offsets into an article's `body`: the quote is exactly `body.slice(start, end)`. */
export const Source = z
  .strictObject({
    articleId: z.string().min(1),
    sentenceId: z.string().min(1),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] });
export type Source = z.infer<typeof Source>;

/** A sentence of the body with its offsets and paragraph index. */
export const Sentence = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  paragraph: z.int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as "VN"');
export type CountryCode = z.infer<typeof CountryCode>;
