/** What the splitter knows: a lexicon (lower-case lookups), function words and the article's own words. */
export interface SplitContext {
  /** Whether a lower-case word is in the language's lexicon. */
  isWord: (lowerCase: string) => boolean;
  functionWords: ReadonlySet<string>;
  /** How often each exact token occurs in the article. */
  articleCounts: ReadonlyMap<string, number>;
}

// input is NFC, so accented vowels are single characters
const VOWEL = /[aeiouyàâäéèêëîïôöùûüÿœæáíóúãõạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹơư]/iu;
const lower = (s: string) => s.toLowerCase();
const isCapitalised = (s: string) => /^\p{Lu}\p{Ll}/u.test(s);

function known(ctx: SplitContext, piece: string): boolean {
  return ctx.isWord(lower(piece)) || (isCapitalised(piece) && (ctx.articleCounts.get(piece) ?? 0) >= 1);
}

/** Whether a token needs no repair: in the lexicon, or a capitalised name the article uses twice. */
export function isKnownToken(ctx: SplitContext, token: string): boolean {
  if (ctx.isWord(lower(token))) return true;
  return /^\p{Lu}/u.test(token) && (ctx.articleCounts.get(token) ?? 0) >= 2;
}

/** "NguyenPhuTrong" → ["Nguyen", "Phu", "Trong"], "leParti" → ["le", "Parti"]; null when that is not safe. */
function splitCamel(token: string, ctx: SplitContext): string[] | null {
  const pieces = token.split(/(?<=\p{Ll})(?=\p{Lu})/u);
  if (pieces.length < 2) return null;
  // every piece pronounceable: "VnExpress", "McCain" are brands and names, not glued words
  if (!pieces.every((p) => p.length >= 2 && VOWEL.test(p))) return null;
  const first = pieces[0] as string;
  if (/^\p{Ll}/u.test(first) && !ctx.functionWords.has(first) && !ctx.isWord(first)) return null;
  return pieces;
}

// French future and conditional endings look like "infinitive + ont/a/ai/as" ("efforceront")
const inflection = (a: string, b: string) => /r$/.test(a) && /^(?:ont|a|ai|as|ais|ait)$/.test(b);

interface Candidate {
  pieces: [string, string];
  score: number;
}

/** The best split of a lower-case or capitalised token into two known words, or null. */
function splitPlain(token: string, ctx: SplitContext): string[] | null {
  const capital = isCapitalised(token);
  let best: Candidate | null = null;
  for (let i = 1; i < token.length; i++) {
    const a = token.slice(0, i);
    const b = token.slice(i);
    if (/^\p{Lu}/u.test(b)) continue;
    const fa = ctx.functionWords.has(lower(a));
    const fb = ctx.functionWords.has(b);
    if (!known(ctx, a) && !fa) continue;
    if (!ctx.isWord(b) && !fb) continue;
    let score: number;
    if (fa && fb) score = 3;
    else if (fa) score = b.length >= 3 ? 3 : 0;
    // a capitalised token ending in a function word is more often a name ("Huyen", "Thien")
    else if (fb) score = a.length >= (capital ? 5 : 3) && !inflection(a, b) ? 3 : 0;
    else if (capital) score = a.length >= 5 && b.length >= 4 ? 2 : 0;
    else score = a.length >= 4 && b.length >= 4 ? 2 : 0;
    if (a.length === 1 && !fa) score = 0;
    if (score === 0) continue;
    // between equally good splits, the one with the longer shorter piece ("les|deux" over "le|sdeux")
    const tie = Math.min(a.length, b.length) / 100;
    if (!best || score + tie > best.score) best = { pieces: [a, b], score: score + tie };
  }
  return best ? best.pieces : null;
}

/**
 * Splits a token that two words were glued into ("unpartenaire" → ["un", "partenaire"],
 * "NguyenPhuTrong" → ["Nguyen", "Phu", "Trong"]); null when the token is a word or cannot be split safely.
 * Only tokens outside the lexicon are touched, so a word the lexicon knows is never split.
 */
export function splitGlued(token: string, ctx: SplitContext): string[] | null {
  if (token.length < 3 || /\P{L}/u.test(token.replace(/\p{M}/gu, ''))) return null;
  if (isKnownToken(ctx, token)) return null;
  if (/\p{Ll}\p{Lu}/u.test(token)) {
    // a brand written the same way twice ("PayPal") is the way it is spelled
    if ((ctx.articleCounts.get(token) ?? 0) >= 2) return null;
    return splitCamel(token, ctx);
  }
  if (token === token.toUpperCase()) return null;
  if (!/^\p{Lu}?\p{Ll}+$/u.test(token)) return null;
  return splitPlain(token, ctx);
}
