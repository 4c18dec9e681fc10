import type { Span } from '../../src/text/span.js';

// The phrase regex the extractor used before its character trie (src/text/phrase-trie.ts):
// kept here as the reference the trie's property test compares against.

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A case- and accent-insensitive regex source for a phrase: spaces match any run of spaces, ' matches ’. */
export function phraseSource(folded: string): string {
  return escapeRe(folded).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
}

/** The regex tokens of a folded phrase, as phraseSource writes them: one per character or space run. */
function phraseTokens(folded: string): string[] {
  return (folded.match(/\s+|[\s\S]/gu) ?? []).map((t) => (/^\s/.test(t) ? '\\s+' : t === "'" ? "['’]" : escapeRe(t)));
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

// A flat alternation of a thousand phrases is tried one by one at every word start; nesting the
// alternatives by shared prefix lets the regex engine drop all but one branch on each character.
// Same matches as the flat, longest-first alternation: siblings begin with tokens that match
// disjoint characters, and a phrase ending at a node is the shortest there, so it is tried last.
function trieSource(node: TrieNode): string {
  const branches = [...node.children].map(([token, child]) => token + trieSource(child));
  if (node.end) branches.push('');
  if (branches.length === 1) return branches[0] as string;
  return `(?:${branches.join('|')})`;
}

/** Word-bounded alternation of folded phrases, longest first. */
export function phrasesRegex(foldedPhrases: readonly string[]): RegExp {
  const sorted = [...new Set(foldedPhrases)].sort((a, b) => b.length - a.length);
  const root: TrieNode = { children: new Map(), end: false };
  for (const phrase of sorted) {
    let node = root;
    for (const token of phraseTokens(phrase)) {
      let next = node.children.get(token);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(token, next);
      }
      node = next;
    }
    node.end = true;
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${trieSource(root)}(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every match of a global regex as spans of the original text (the regex runs on the folded text). */
export function matchSpans(original: string, folded: string, re: RegExp): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (const m of folded.matchAll(re)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (end > start) out.push({ start, end, text: original.slice(start, end) });
  }
  return out;
}
