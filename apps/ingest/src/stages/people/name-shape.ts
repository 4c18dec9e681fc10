import { foldKeepLength } from '../../text/fold.js';
import type { Span } from '../../text/span.js';
import type { NameRun } from './name-runs.js';
import type { PeopleTools } from './people-tools.js';

/** Where the sentence's first word starts. */
export const firstWordStart = (text: string) => /\p{L}/u.exec(text)?.index ?? 0;

/**
 * A common word that starts a sentence before a name is the sentence's ("Meeting", "Yesterday"),
 * unless the article never writes it in lower case and it is no adverb: then it is a given name
 * ("Penny Wong, the Australian Foreign Minister").
 */
function openerWord(word: string, tools: PeopleTools): boolean {
  if (!tools.article || tools.article.writesLower(word)) return true;
  return /(?:ing|ly|day|ment|ward|wards|while|ever|fois|ailleurs)$/iu.test(word) || OPENERS.test(word);
}
const OPENERS =
  /^(?:also|then|later|earlier|today|tonight|yesterday|tomorrow|now|here|there|thus|still|soon|again|afterwards|hier|demain|aujourd'hui|puis|ensuite|enfin|alors|ainsi|aussi|depuis|lors|selon|outre|déjà|encore|toutefois|cependant|pourtant|désormais)$/iu;

/** Drops a leading function word ("Le", "Lors") or dictionary word that starts the sentence. */
export function trimRun(run: NameRun, text: string, tools: PeopleTools): Span | null {
  let tokens = run.tokens;
  while (tokens.length > 1) {
    const first = tokens[0];
    // an initial ("S Jaishankar") is never a function word, whatever the stopword list says
    if (!first || /^\p{Lu}\.?$/u.test(first.text)) break;
    const f = foldKeepLength(first.text);
    const atStart = first.start === firstWordStart(text) || /["«“(]\s*$/.test(text.slice(0, first.start));
    const family = tools.gazetteer.isVietnameseFamilyName(first.text);
    // "du Parti Nguyen Phu Trong": a common word glued before a Vietnamese family name
    const beforeFamily =
      !!tokens[1] && tools.gazetteer.isVietnameseFamilyName(tokens[1].text) && tools.isCommonWord(first.text);
    if (
      (tools.stopwords.has(f) && !family) ||
      (atStart && tools.isCommonWord(first.text) && !family && openerWord(first.text, tools)) ||
      (beforeFamily && !family)
    ) {
      tokens = tokens.slice(1);
    } else break;
  }
  const a = tokens[0];
  const b = tokens[tokens.length - 1];
  if (!a || !b) return null;
  let end = b.end;
  if (/^(?:Jr|Sr)$/.test(b.text) && text[end] === '.') end += 1;
  return { start: a.start, end, text: text.slice(a.start, end) };
}

/** A word of the run is never a name's ("Europe", "Bureau", "Camp"; data/titles.json notNames). */
export const hasNotName = (words: readonly string[], tools: PeopleTools) =>
  words.some((w) => tools.titles.isNotName(w));

/** An untitled name: two to four words, none a place, not mostly common words; a Vietnamese family name helps. */
export function looksLikeBareName(name: Span, tools: PeopleTools): boolean {
  const words = name.text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4 || hasNotName(words, tools)) return false;
  if (tools.gazetteer.find(name.text).length > 0) return false;
  const common = words.filter((w) => tools.isCommonWord(w) || tools.gazetteer.words.has(foldKeepLength(w))).length;
  if (tools.gazetteer.isVietnameseFamilyName(words[0] ?? '')) return common < words.length;
  // an untitled "Rishi Sunak" (a dictionary given name) stays unread: taking such names lowered the
  // held-out scores (more people without a role or country than people found)
  return common === 0;
}

/** A name is not a run of dictionary words or place names ("Presidential Palace", "Affaires"). */
export function looksLikeName(name: Span, tools: PeopleTools, introduced: boolean): boolean {
  const words = name.text.split(/\s+/).filter(Boolean);
  if (words.length > 5 || hasNotName(words, tools)) return false;
  if (tools.gazetteer.countryOf(name.text)) return false;
  if (words.length === 1 && !introduced) return false;
  if (tools.gazetteer.isVietnameseFamilyName(words[0] ?? '') && words.length >= 2) return true;
  const common = words.filter((w) => {
    const f = foldKeepLength(w);
    return tools.isCommonWord(w) || tools.stopwords.has(f) || tools.gazetteer.words.has(f);
  });
  return common.length < words.length;
}
