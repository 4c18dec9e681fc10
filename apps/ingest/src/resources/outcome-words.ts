import * as z from 'zod';

export const OutcomesFile = z.object({
  documents: z.string().min(1),
  decisions: z.string().min(1),
  amounts: z.string().min(1),
  stances: z.string().min(1),
  clauseEnd: z.string().min(1),
  nameWords: z.string().min(1),
  signing: z.string().min(1),
  subject: z.string().min(1),
  negation: z.string().min(1),
  participle: z.string().min(1),
  past: z.string().min(1),
  adverbs: z.string().min(1),
  namedOnly: z.string().min(1),
  when: z.string().min(1),
  subjectFirst: z.string().min(1),
  signed: z.string().min(1),
  wishes: z.string().min(1),
});
export type OutcomesFile = z.infer<typeof OutcomesFile>;

/** The outcome lexicon (data/outcomes.json) compiled; every pattern reads folded text. */
export interface OutcomeWords {
  /** Agreements, memoranda, letters of intent, joint statements…: what is signed or adopted. */
  documents: RegExp;
  /** Agreed to, decided, invited, ont convenu de…: a decision or commitment. */
  decisions: RegExp;
  /** Money given, lent or promised. */
  amounts: RegExp;
  /** What after a decision verb only voices a view ("agreed on the importance of"). */
  stances: RegExp;
  /** Where an outcome's phrase stops inside its sentence. */
  clauseEnd: RegExp;
  /** A word a document's name may carry before the document word (tested on the word as written). */
  nameWords: RegExp;
  /** Signed, adopted, issued…: a verb that makes a bare document word an outcome. */
  signing: RegExp;
  /** "on search and rescue": a document's subject after its word. */
  subject: RegExp;
  /** "no agreement", "aucun accord": none was made (tested on the text before the document). */
  negation: RegExp;
  /** "launched in 2019": a decision verb telling a past fact (tested on the text after it). */
  participle: RegExp;
  /** "signed in 2001", "of 1982": a document made long before (tested on its phrase). */
  past: RegExp;
  /** "statement", "framework": a document only when written as a name (tested on the word, folded). */
  namedOnly: RegExp;
  /** "sera relancée", "will channel": the subject before the verb names the outcome (tested on the verb). */
  subjectFirst: RegExp;
  /** "signed", "paraphé": a document put to paper there, which a signing ceremony of the article holds. */
  signed: RegExp;
  /** "espère que", "hopes": a wish before a verb, tested on the clause before it. */
  wishes: RegExp;
}

// a word ends at a non-letter, or is an elided article ("convenu d'ouvrir")
const END = "(?:(?<=')|(?![\\p{L}\\p{N}]))";

export function compileOutcomeWords(o: OutcomesFile): OutcomeWords {
  // "ont aussi décidé": an adverb may stand between the auxiliary and the verb
  // "ont aussi décidé", "agreed Thursday to": an adverb or a day may stand inside the verb
  const decisions = o.decisions.replaceAll('<adv>', `(?:(?:${o.adverbs}) )?`).replaceAll('<when>', `(?:${o.when} )?`);
  return {
    documents: new RegExp(`(?:${o.documents})${END}`, 'giu'),
    decisions: new RegExp(`(?:${decisions})${END}`, 'giu'),
    amounts: new RegExp(`(?:${o.amounts})${END}`, 'giu'),
    stances: new RegExp(o.stances, 'iu'),
    clauseEnd: new RegExp(o.clauseEnd, 'iu'),
    nameWords: new RegExp(o.nameWords, 'u'),
    signing: new RegExp(o.signing, 'iu'),
    subject: new RegExp(o.subject, 'iu'),
    negation: new RegExp(o.negation, 'iu'),
    participle: new RegExp(o.participle, 'iu'),
    past: new RegExp(o.past, 'iu'),
    namedOnly: new RegExp(o.namedOnly, 'iu'),
    subjectFirst: new RegExp(o.subjectFirst, 'iu'),
    signed: new RegExp(o.signed, 'iu'),
    wishes: new RegExp(o.wishes, 'iu'),
  };
}
