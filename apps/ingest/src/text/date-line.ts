import { firstDate } from './first-date.js';
import { endsLikeSentence, wordCount, words } from './line-signals.js';

// Words that may sit around a date on a date line ("Publié le …", "Updated: …", "Tuesday, … | 08:15")
const DATE_LINE_WORDS =
  /^(?:publié|publiée|mis|en|ligne|à|a|jour|le|la|du|updated|update|published|posted|modifié|modified|on|at|dernière|mise|last|am|pm|h|ago|il|y|depuis|thứ|hai|ba|tư|năm|sáu|bảy|chủ|nhật|days?|hours?|minutes?|mins?|jours?|heures?|hier|yesterday|today|aujourd'hui|date|et|and|direct|live|blog|entry|entries|entrée|local|locale|time|heure|actualisé|actualisée|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|lun|mer|jeu|ven|sam|dim|édition|edition|\d{1,2}[:h]\d{2}(?:[:h]\d{2})?|\d{1,2})$/iu;

// a time zone as sites print it after the clock time: "IST", "CEST", "GMT+3"
const TIME_ZONE = /^[A-Z]{2,5}$/u;

// chrono (strict) states a year only with digits or in a relative time ("il y a deux jours", "two
// hours ago") built on one of its time units (fr and en lists, abbreviations included); a line with
// neither holds no dated date, so it is not worth parsing
const MAY_HOLD_YEAR =
  /\d|(?<!\p{L})(?:s|secs?|seconds?|secondes?|m|mins?|minutes?|h|hrs?|hours?|heures?|d|days?|jours?|w|weeks?|semaines?|mo|mon|mos|months?|mois|qtr|quarters?|trimestres?|y|yrs?|years?|ans|années?)(?!\p{L})/iu;

// the cells of a header strip: "Today: Sat, 01 Feb 2025 | Edition: Europe", "Sun 22 Sep 2024 · 6 min read"
const CELL_SEPARATOR = /\s+[|·•]\s+|\s+[–—-]\s+/u;

// the zone told in words after the clock time: "(heure de Paris)", "(heure locale)", "(Tokyo time)", "(UTC+2)"
const ZONE_NOTE =
  /\(\s*(?:heure\s+(?:de\s+|d['’]\s*)?\p{L}[\p{L}'’ -]{0,30}|(?:\p{L}[\p{L}'’ -]{0,30}\s+)?time|(?:UTC|GMT)\s*(?:[+−-]\s*\d{1,2}(?::\d{2})?)?)\s*\)/giu;

const dateWordsOnly = (text: string): boolean =>
  words(text.replace(ZONE_NOTE, ' ')).every((w) => DATE_LINE_WORDS.test(w) || TIME_ZONE.test(w));

/** The date cell without its dates: what must be date-line words alone. */
function withoutDates(text: string): string | null {
  const d = firstDate(text);
  if (!d || d.year === null) return null;
  // a second date ("… - Mis à jour le 7 janvier 2022") may follow the first
  let rest = text.slice(0, d.index) + text.slice(d.index + d.text.length);
  const second = firstDate(rest);
  if (second) rest = rest.slice(0, second.index) + rest.slice(second.index + second.text.length);
  return rest;
}

/**
 * A line holding a full date and nothing but date-line words ("Publié le 19/10/2020 à 22h05",
 * "Published: 20/08/2024 22:14 IST"), or a header strip whose other cells are short labels
 * ("Monday, 14 September 2020 | New Delhi 33°C | E-Paper", "Sun 22 Sep 2024 · 6 min read").
 */
export function dateLine(text: string): boolean {
  if (wordCount(text) > 20 || endsLikeSentence(text.replace(/\b(?:a\.m|p\.m)\.$/i, ''))) return false;
  if (!MAY_HOLD_YEAR.test(text)) return false;
  const whole = withoutDates(text);
  if (whole !== null && dateWordsOnly(whole)) return true;
  const cells = text.split(CELL_SEPARATOR).filter((c) => c.trim());
  if (cells.length < 2) return false;
  const dated = cells.findIndex((c) => {
    const rest = withoutDates(c);
    return rest !== null && dateWordsOnly(rest.replace(/^[^:]{1,12}:/u, ''));
  });
  // the other cells are labels of a few words, never a sentence
  return dated >= 0 && cells.every((c, i) => i === dated || (wordCount(c) <= 4 && !endsLikeSentence(c)));
}
