import type { RoleReading } from '../../draft/mentions.js';
import type { TitleHit } from '../../resources/title-index.js';
import { foldKeepLength } from '../../text/fold.js';

/** What role reading needs to know about words. */
export interface RoleWords {
  /** Function words and verbs that end a title's complement ("a", "said", "qui"). */
  isBreaker(foldedWord: string): boolean;
  /** Nationality adjectives and country names ("Vietnamese", "japonais"). */
  isNationality(word: string): boolean;
  /** A dictionary word. */
  isWord?: (word: string) => boolean;
  language: string;
}

const LINKS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'of',
  'the',
  'and',
  'et',
  'en',
  'au',
  'aux',
  'for',
  'à',
]);
const DETERMINERS = /^(?:le|la|les|l['’]|the|a|an|son|sa|ses|his|her|its|leur|their)\s*$/iu;

/** True when `between` (text between two title words, or a title and a name) only continues the title. */
function isComplement(between: string, words: RoleWords): boolean {
  if (/[;:()«»"!?]|\s[–—-]\s/.test(between)) return false;
  for (const written of between
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .filter(Boolean)) {
    // "secrétaire d'État à la Défense": "à" links, the verb "a" does not
    if (LINKS.has(written)) continue;
    const w = foldKeepLength(written);
    const bare = w.replace(/^[ld]'/, '');
    if (LINKS.has(bare)) continue;
    if (words.isBreaker(w) || words.isBreaker(bare)) return false;
  }
  if (words.language !== 'fr') {
    // English titles capitalise their complement ("Minister of National Defence")
    for (const w of between.split(/[^\p{L}'’-]+/u).filter(Boolean)) {
      if (/^\p{Ll}/u.test(w) && !LINKS.has(w.toLowerCase()) && !words.isNationality(w)) return false;
    }
  }
  return true;
}

/**
 * The titles written before a name, in the same clause: "le vice-ministre de la Défense, Kano Koji",
 * "Vietnamese Prime Minister Nguyen Xuan Phuc", "Deputy Minister of National Defence Sen. Lt. Gen. X",
 * "le ministre vietnamien de la Défense nationale, le général Phan Van Giang" (two readings).
 */
export function rolesBefore(
  text: string,
  nameStart: number,
  floor: number,
  titles: readonly TitleHit[],
  isCourtesy: (w: string) => boolean,
  words: RoleWords,
): RoleReading[] {
  let end = nameStart;
  // "M. Nguyen", "le vice-ministre des Affaires étrangères , Namazu"
  for (;;) {
    const before = text.slice(floor, end);
    const courtesy = /(\p{L}+\.?)\s*$/u.exec(before);
    if (courtesy?.[1] && isCourtesy(courtesy[1]) && /^\p{Lu}/u.test(courtesy[1])) {
      end -= courtesy[0].length;
      continue;
    }
    const comma = /\s*,?\s*$/.exec(before);
    if (comma && comma[0].length > 0) {
      end -= comma[0].length;
      continue;
    }
    break;
  }
  const inWindow = titles.filter((t) => t.start >= floor && t.end <= end).sort((a, b) => b.start - a.start);
  const readings: RoleReading[] = [];
  let chosen: TitleHit | undefined;
  let segmentEnd = end;
  let priority = 0;
  for (const t of inWindow) {
    const between = text.slice(t.end, chosen ? chosen.start : end);
    if (!chosen && between.includes(',')) continue;
    // "ministre …, le général": a second title in apposition opens a new reading
    const apposed = chosen ? /^([^,]*),\s*(?:(?:le|la|l['’]|the)\s*)?$/iu.exec(between) : null;
    if (apposed && isComplement(apposed[1] ?? '', words)) {
      // the reading this title closes
      if (chosen)
        readings.unshift({
          start: chosen.start,
          end: segmentEnd,
          text: text.slice(chosen.start, segmentEnd),
          priority,
        });
      segmentEnd = t.end + (apposed[1] ?? '').trimEnd().length;
      chosen = t;
      priority = t.priority;
      continue;
    }
    if (between.includes(',') || !isComplement(between, words)) {
      if (chosen) break;
      continue;
    }
    chosen = t;
    priority = Math.max(priority, t.priority);
  }
  if (!chosen) return [];
  // English puts nationality and body before the title: "Philippine Coast Guard commandant"
  let start = chosen.start;
  for (;;) {
    const m = /(\p{L}[\p{L}'’-]*)\s+$/u.exec(text.slice(floor, start));
    const w = m?.[1];
    if (!m || !w) break;
    // "Meeting Prime Minister X": a gerund or the sentence's first common word is not part of the title
    const opener = /^\s*$/.test(text.slice(0, start - m[0].length)) && !!words.isWord?.(w);
    const capitalised =
      /^\p{Lu}/u.test(w) && !DETERMINERS.test(w) && !words.isBreaker(foldKeepLength(w)) && !/ing$/u.test(w) && !opener;
    if (!(words.isNationality(w) || (words.language !== 'fr' && capitalised))) break;
    start -= m[0].length;
  }
  readings.unshift({ start, end: segmentEnd, text: text.slice(start, segmentEnd), priority });
  return readings;
}

/**
 * Titles written after a name, as appositions: "Tomomi Inada, ministre japonaise de la Défense, qui…",
 * "Hoang Xuan Chien, membre du Comité central…, et vice-ministre de la Défense". Each comma-separated
 * part that starts with a title is one reading.
 */
export function rolesAfter(
  text: string,
  nameEnd: number,
  titles: readonly TitleHit[],
  words: RoleWords,
  /** Where other names start: a title followed by a name introduces that person, not this one. */
  nameStarts: readonly number[] = [],
): RoleReading[] {
  const out: RoleReading[] = [];
  let pos = nameEnd;
  for (;;) {
    const lead = /^\s*,\s*(?:(?:et|and)\s+)?(?:(?:le|la|l['’]|the|a|an)\s*)?/iu.exec(text.slice(pos));
    if (!lead) break;
    let headPos = pos + lead[0].length;
    // "Vietnamese Deputy Prime Minister": skip nationality words before the head
    const natl = /^(\p{L}[\p{L}-]*)(?:['’]s)?\s+/u.exec(text.slice(headPos));
    let head = titles.find((t) => t.start === headPos);
    if (!head && natl?.[1] && words.isNationality(natl[1])) {
      head = titles.find((t) => t.start === headPos + natl[0].length);
    }
    if (!head) break;
    headPos = Math.min(headPos, head.start);
    const rest = text.slice(head.end);
    const stop = /[,;:.()«»"!?]|\s[–—]\s|\s(?:qui|who|which|que|dont)\s/u.exec(rest);
    let end = head.end + (stop ? stop.index : rest.length);
    // cut at the first breaker word ("…de la Défense a déclaré")
    const segment = text.slice(head.end, end);
    for (const m of segment.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
      const f = foldKeepLength(m[0]);
      if (!LINKS.has(m[0].toLowerCase()) && !LINKS.has(f) && words.isBreaker(f)) {
        end = head.end + (m.index ?? 0);
        break;
      }
    }
    const other = nameStarts.find((n) => n > headPos && n <= end);
    if (other !== undefined) break;
    // "la mort d'Alexeï Navalny, le président ukrainien a accusé…": a definite title that runs into
    // a verb with no closing comma is the next clause's subject, not an apposition
    if (/(?:le|la|l['’]|the)\s*$/iu.test(lead[0]) && end < head.end + (stop ? stop.index : rest.length)) break;
    // "X, vice-ministre …, et le vice-ministre de la Défense, Kano Koji": that title is Kano Koji's
    if (/(?:et|and)\s/iu.test(lead[0]) && nameStarts.some((n) => /^\s*,?\s*$/u.test(text.slice(end, n)) && n >= end))
      break;
    const roleText = text.slice(headPos, end).trimEnd();
    const covered = titles.filter((t) => t.start >= headPos && t.end <= headPos + roleText.length);
    // "membre de la Commission militaire centrale et vice-ministre de la Défense": split at "et <title>"
    let partStart = headPos;
    let partPriority = 0;
    for (const t of covered) {
      const joint = /\s(?:et|and)\s+(?:(?:le|la|l['’]|the)\s*)?$/iu.exec(text.slice(partStart, t.start));
      if (t.start > partStart && joint) {
        const partEnd = partStart + joint.index;
        out.push({ start: partStart, end: partEnd, text: text.slice(partStart, partEnd), priority: partPriority });
        partStart = t.start;
        partPriority = 0;
      }
      partPriority = Math.max(partPriority, t.priority);
    }
    const finalEnd = headPos + roleText.length;
    if (finalEnd > partStart) {
      out.push({ start: partStart, end: finalEnd, text: text.slice(partStart, finalEnd), priority: partPriority });
    }
    pos = finalEnd;
  }
  return out;
}

/**
 * The role to show: the strongest title (office over rank over membership); equal offices written
 * together ("président du PLD et Premier ministre japonais") stay together.
 */
export function bestRole(text: string, readings: readonly RoleReading[]): RoleReading | null {
  const top = Math.max(0, ...readings.map((r) => r.priority));
  const best = readings.filter((r) => r.priority === top);
  const first = best[0];
  const last = best[best.length - 1];
  if (!first || !last) return null;
  if (best.length > 1 && first.end < last.start) {
    const gap = text.slice(first.end, last.start);
    if (/^\s+(?:et|and)\s+(?:(?:le|la|l['’]|the)\s*)?$/iu.test(gap)) {
      return { start: first.start, end: last.end, text: text.slice(first.start, last.end), priority: top };
    }
  }
  return first;
}
