import { fileURLToPath } from 'node:url';

/** This file: its text is part of the key under which a merge is kept (see merged-snapshot). */
export const personKeyCode = fileURLToPath(import.meta.url);

// printable ASCII and common whitespace need no normalisation
const ASCII = /^[\t\n\r -~]*$/;
// callers fold text one character at a time to keep offsets; distinct characters are few
const foldedChars = new Map<string, string>();

function foldSlow(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** Folds case and diacritics (including đ, œ, æ, ß) so that spellings of one name compare equal. */
export function foldText(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  if (text.length > 2) return foldSlow(text);
  let folded = foldedChars.get(text);
  if (folded === undefined) {
    folded = foldSlow(text);
    foldedChars.set(text, folded);
  }
  return folded;
}

/** The words of a name, split at spaces, hyphens and glued capitals ("HoàngXuân" → hoang, xuan). */
export function nameTokens(name: string): string[] {
  const spaced = name.normalize('NFC').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  return foldText(spaced)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * One key per person: case, diacritics, word order and spacing do not matter, so
 * "Hoàng Xuân Chiến", "Hoang Xuan Chien" and "HoàngXuân Chiên" share a key, as do
 * "Fumio Kishida" and "Kishida Fumio".
 */
export function personKey(name: string): string {
  return [...new Set(nameTokens(name))].sort().join('-');
}
