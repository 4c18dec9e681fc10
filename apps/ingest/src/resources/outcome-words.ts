import * as z from 'zod';

export const OutcomesFile = z.object({
  documents: z.string().min(1),
  decisions: z.string().min(1),
  amounts: z.string().min(1),
  stances: z.string().min(1),
  clauseEnd: z.string().min(1),
  nameWords: z.string().min(1),
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
}

const END = '(?![\\p{L}\\p{N}])';

export function compileOutcomeWords(o: OutcomesFile): OutcomeWords {
  return {
    documents: new RegExp(`(?:${o.documents})${END}`, 'giu'),
    decisions: new RegExp(`(?:${o.decisions})${END}`, 'giu'),
    amounts: new RegExp(`(?:${o.amounts})${END}`, 'giu'),
    stances: new RegExp(o.stances, 'iu'),
    clauseEnd: new RegExp(o.clauseEnd, 'iu'),
    nameWords: new RegExp(o.nameWords, 'u'),
  };
}
