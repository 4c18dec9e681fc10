import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import * as z from 'zod';
import { ResourceError } from './resource-error.js';

export const TitlesFile = z.object({
  titles: z.array(z.strictObject({ text: z.string().min(1), priority: z.int().min(1).max(3) })),
  courtesy: z.array(z.string().min(1)),
  nameSuffixes: z.array(z.string().min(1)),
  notNames: z.array(z.string().min(1)).default([]),
});
export const FamilyNamesFile = z.object({ familyNames: z.record(z.string(), z.array(z.string().min(1))) });
export const KindsFile = z.object({
  triggers: z.array(z.strictObject({ kind: z.string().min(1), pattern: z.string().min(1) })),
  frame: z.string().min(1),
  background: z.string().min(1),
  passing: z.string().min(1),
  planned: z.string().min(1),
  outcome: z.string().min(1),
  cochair: z.string().min(1),
  partOf: z.string().min(1),
  prior: z.string().min(1),
});
export type TitlesFile = z.infer<typeof TitlesFile>;
export type FamilyNamesFile = z.infer<typeof FamilyNamesFile>;
export type KindsFile = z.infer<typeof KindsFile>;

/** A JSON file of apps/ingest/data/, validated. */
export async function readDataFile<T extends z.ZodType>(name: string, schema: T): Promise<z.infer<T>> {
  const url = new URL(`../../data/${name}`, import.meta.url);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(url, 'utf8'));
  } catch (cause) {
    throw new ResourceError('RESOURCE_UNREADABLE', `cannot read the data file ${name}`, { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ResourceError('RESOURCE_INVALID', `the data file ${name} is invalid: ${z.prettifyError(parsed.error)}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

const require = createRequire(import.meta.url);

/** A word-list package's array, read as plain JSON (importing it as a module is several times slower). */
export async function readWordListPackage(pkg: string): Promise<string[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(require.resolve(pkg), 'utf8'));
  } catch (cause) {
    throw new ResourceError('RESOURCE_UNREADABLE', `cannot read the word list ${pkg}`, { cause });
  }
  if (!Array.isArray(raw) || !raw.every((w) => typeof w === 'string')) {
    throw new ResourceError('RESOURCE_INVALID', `the word list ${pkg} is not an array of strings`);
  }
  return raw;
}
