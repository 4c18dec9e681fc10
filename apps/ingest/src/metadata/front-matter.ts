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

export interface FrontMatterSplit {
  fields: FrontMatter;
  /** The front-matter block as written (empty when there is none). */
  raw: string;
  /** The text after it. */
  rest: string;
  warnings: string[];
}

const KEYS = new Set(['title', 'url', 'publisher', 'published', 'language']);

/** Splits an optional `---` … `---` block of `key: value` lines off the top of the text. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text.replace(/^\n+/, ''));
  if (!m) return { fields: {}, raw: '', rest: text, warnings: [] };
  const lead = text.length - text.replace(/^\n+/, '').length;
  const values: Record<string, string> = {};
  const warnings: string[] = [];
  for (const line of (m[1] ?? '').split('\n')) {
    const kv = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv?.[1]) continue;
    const key = kv[1].toLowerCase();
    const value = (kv[2] ?? '').replace(/^(["'])(.*)\1$/, '$2');
    if (KEYS.has(key) && value) values[key] = value;
    else if (!KEYS.has(key)) warnings.push(`front matter: unknown key "${kv[1]}" ignored`);
  }
  const parsed = FrontMatter.safeParse(values);
  let fields: FrontMatter = {};
  if (parsed.success) fields = parsed.data;
  else {
    // keep the valid keys, report the others
    for (const [key, value] of Object.entries(values)) {
      const one = FrontMatter.safeParse({ [key]: value });
      if (one.success) fields = { ...fields, ...one.data };
      else warnings.push(`front matter: "${key}: ${value}" is not valid and was ignored`);
    }
  }
  return { fields, raw: m[0].trimEnd(), rest: text.slice(lead + m[0].length), warnings };
}
