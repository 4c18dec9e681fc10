/** What the splitter knows: a dictionary (lower-case lookups), function words and the article's own words. */
export interface SplitContext {
  /** Whether a lower-case word is in the language's dictionary. */
  isWord: (lowerCase: string) => boolean;
  functionWords: ReadonlySet<string>;
  /** How often each exact token occurs in the article. */
  articleCounts: { get(token: string): number | undefined };
  /** Whether a lower-case word is in the other language's dictionary ("during" in a French article). */
  isForeignWord?: (lowerCase: string) => boolean;
}

// input is NFC, so accented vowels are single characters
const VOWEL = /[aeiouyàâäéèêëîïôöùûüÿœæáíóúãõạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơư]/iu;
const lower = (s: string) => s.toLowerCase();
const isCapitalised = (s: string) => /^\p{Lu}\p{Ll}/u.test(s);

function known(ctx: SplitContext, piece: string): boolean {
  return ctx.isWord(lower(piece)) || (isCapitalised(piece) && (ctx.articleCounts.get(piece) ?? 0) >= 1);
}

/** Whether a token needs no repair: in the dictionary, or a capitalised name the article uses twice. */
export function isKnownToken(ctx: SplitContext, token: string): boolean {
  if (ctx.isWord(lower(token))) return true;
  return /^\p{Lu}/u.test(token) && (ctx.articleCounts.get(token) ?? 0) >= 2;
}

/** "NguyenPhuTrong" → ["Nguyen", "Phu", "Trong"], "leParti" → ["le", "Parti"]; null when that is not safe. */
function splitCamel(token: string, ctx: SplitContext): string[] | null {
  const pieces = token.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (pieces.length < 2) return null;
  // every piece pronounceable: "VnExpress", "McCain" are brands and names, not glued words
  const first = pieces[0] as string;
  const shortFunction = (p: string) => p === first && ctx.functionWords.has(p);
  if (!pieces.every((p) => (p.length >= 2 || shortFunction(p)) && VOWEL.test(p))) return null;
  if (/^\p{Ll}/u.test(first) && !ctx.functionWords.has(first) && !ctx.isWord(first)) return null;
  return pieces;
}

// French future and conditional endings look like "infinitive + ont/a/ai/as" ("efforceront")
const inflection = (a: string, b: string) => /r$/.test(a) && /^(?:ont|a|ai|as|ais|ait)$/.test(b);

interface Candidate {
  pieces: [string, string];
  score: number;
}

const seen = (ctx: SplitContext, piece: string) =>
  (ctx.articleCounts.get(piece) ?? 0) + (ctx.articleCounts.get(piece.toLowerCase()) ?? 0) > 0;

// Word-forming prefixes and suffixes are in the dictionary as words of their own ("pro", "ment"), but an
// unknown word made with them ("proactivement") is one word, not two.
const PREFIX =
  /^(?:pro|anti|inter|multi|post|pré|pre|auto|contre|counter|extra|hyper|micro|macro|mini|néo|neo|para|poly|semi|super|supra|télé|tele|trans|ultra|cyber|éco|eco|géo|geo|bio|socio|mono|sous|demi|mega|méga|infra|intra|ex)$/i;
const SUFFIX =
  /^(?:ment|ments|tion|tions|sion|sions|able|ables|ible|ibles|isme|ismes|iste|istes|ité|ités|eur|eurs|euse|euses|ique|iques|ness|less|ship|ships|ing|ings|ism|isms|ist|ists|ity|ize|ise|ized|ised|ization|isation|ly|ers|est|ant|ants|ante|antes|ance|ances|ence|ences)$/i;

/** How good a split into `a` + `b` is (0: not acceptable). */
function splitScore(a: string, b: string, capital: boolean, ctx: SplitContext): number {
  if (PREFIX.test(a) || SUFFIX.test(b)) return 0;
  const fa = ctx.functionWords.has(lower(a));
  const fb = ctx.functionWords.has(b);
  if (!fa && !known(ctx, a)) return 0;
  if (!fb && !ctx.isWord(b) && !seen(ctx, b)) return 0;
  if (a.length === 1 && !fa) return 0;
  if (fa && fb) return 3.5;
  if (fa) return b.length >= 3 ? 3 : 0;
  if (fb) {
    if (inflection(a, b)) return 0;
    // a capitalised token ending in a function word is often a name ("Huyen", "Thien"), unless the
    // article uses its first part on its own
    const ok = capital ? a.length >= 5 || (seen(ctx, a) && a.length >= 3) : a.length >= 3;
    return ok ? 3 : 0;
  }
  // names built of syllables that happen to be words ("Kamikawa") need longer pieces
  const ok = capital
    ? (seen(ctx, a) && b.length >= 3) || (a.length >= 5 && b.length >= 4)
    : a.length >= 3 && b.length >= 3;
  return ok && a.length + b.length >= 7 ? 2 : 0;
}

/** The best split of a lower-case or capitalised token into two known words, or null. */
function splitPlain(token: string, ctx: SplitContext, afterName: boolean): string[] | null {
  const capital = isCapitalised(token);
  let best: Candidate | null = null;
  for (let i = 1; i < token.length; i++) {
    const a = token.slice(0, i);
    const b = token.slice(i);
    if (/^\p{Lu}/u.test(b)) continue;
    // after a name, a capitalised token is the name's next part ("Sébastien Lecornu", "Didier
    // Petitpierre") unless the article writes its head alone ("Nguyen Liensaid" with "Lien" elsewhere)
    if (afterName && (ctx.functionWords.has(lower(a)) || !(ctx.articleCounts.get(a) ?? 0))) continue;
    let score = splitScore(a, b, capital, ctx);
    if (score === 0) continue;
    // no word frequencies exist for French: words the article itself uses are the likelier reading
    score += (seen(ctx, a) ? 0.3 : 0) + (seen(ctx, b) ? 0.3 : 0);
    // between equally good splits, the one with the longer shorter piece ("les|deux" over "le|sdeux")
    score += Math.min(a.length, b.length) / 100;
    if (!best || score > best.score) best = { pieces: [a, b], score };
  }
  return best ? best.pieces : null;
}

/**
 * Splits a token that two words were glued into (`afterName`: the token follows a capitalised word) ("unpartenaire" → ["un", "partenaire"],
 * "NguyenPhuTrong" → ["Nguyen", "Phu", "Trong"]); null when the token is a word or cannot be split safely.
 * Only tokens outside the dictionary are touched, so a word the dictionary knows is never split.
 */
export function splitGlued(token: string, ctx: SplitContext, afterName = false): string[] | null {
  // most tokens are words: the dictionary answers first (both checks only ever say "leave it")
  if (token.length < 3 || isKnownToken(ctx, token)) return null;
  // a word of the other language quoted or named in the article ("Chinese", "during") is a word;
  // short ones are left to the split, as the other list holds rare short words ("eten" = "et en")
  if (token.length >= 6 && ctx.isForeignWord?.(lower(token)) && /^\p{Lu}?\p{Ll}+$/u.test(token)) return null;
  if (/\P{L}/u.test(token.replace(/\p{M}/gu, ''))) return null;
  if (/\p{Ll}\p{Lu}/u.test(token)) {
    // a brand written the same way twice ("PayPal") is the way it is spelled; a function word glued
    // to a name ("desNations") is not a brand however often the page repeats it
    const lead = token.split(/(?<=\p{Ll})(?=\p{Lu})/u)[0] ?? '';
    if ((ctx.articleCounts.get(token) ?? 0) >= 2 && !ctx.functionWords.has(lead)) return null;
    return splitCamel(token, ctx);
  }
  if (token === token.toUpperCase()) return null;
  if (!/^\p{Lu}?\p{Ll}+$/u.test(token)) return null;
  return splitPlain(token, ctx, afterName && isCapitalised(token));
}
