import { readFileSync } from 'node:fs';
import { CountryCode } from '@kizuna/model';
import { z } from 'zod';
import { GeoError } from '../../src/geo-error.js';

const Names = z.array(z.string().min(1));

/** What the overlay adds to one country (see data/overlay.json for why each part exists). */
const CountryExtra = z.strictObject({
  /** Display names where the package's are not the usual spelling ("Viêt Nam" → "Vietnam"). */
  display: z.strictObject({ fr: z.string().min(1).optional(), en: z.string().min(1).optional() }).optional(),
  names: Names.optional(),
  /** Acronyms, matched only in capitals ("RDC", "RPDC", "EAU"). */
  acronyms: Names.optional(),
  /** French demonyms as [masculine, feminine]; plurals are generated. */
  fr: z.array(z.tuple([z.string().min(1), z.string().min(1)])).optional(),
  /** English demonyms; plurals are generated. */
  en: Names.optional(),
  /** First elements of compound adjectives ("sino-", "nippo-"), French and English. */
  prefixes: Names.optional(),
});

const CityExtra = z.strictObject({
  /** The city as the package names it, in its country; the biggest of that name is meant. */
  name: z.string().min(1),
  country: CountryCode,
  en: z.string().min(1).optional(),
  fr: z.string().min(1).optional(),
  alt: Names.optional(),
  /** Names of this city that count only in a place context (also a person's name, ...). */
  guarded: Names.optional(),
});

const Venue = z.strictObject({
  name: z.string().min(1),
  country: CountryCode,
  fr: z.string().min(1).optional(),
  alt: Names.optional(),
  why: z.string().min(1),
});

export const Overlay = z.strictObject({
  $comment: z.string(),
  countries: z.record(CountryCode, CountryExtra),
  /** Forms the packages give that are other words or too ambiguous to mean the country. */
  dropNames: Names,
  /** Demonym forms shared by several countries, and the country they mean in this field. */
  demonymOwners: z.record(z.string().min(1), CountryCode),
  cities: z.array(CityExtra),
  venues: z.array(Venue),
});
export type Overlay = z.infer<typeof Overlay>;

export const overlayPath = new URL('../../data/overlay.json', import.meta.url);

/** The hand overlay, validated. */
export function readOverlay(path: URL = overlayPath): Overlay {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new GeoError('overlay_unreadable', `cannot read ${path.pathname}`, { cause });
  }
  const parsed = Overlay.safeParse(raw);
  if (!parsed.success) throw new GeoError('overlay_invalid', z.prettifyError(parsed.error));
  return parsed.data;
}
