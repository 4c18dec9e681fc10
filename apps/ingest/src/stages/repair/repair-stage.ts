import { defineStage } from '../../draft/stage.js';
import { functionWords } from './function-words.js';
import { joinBody } from './join-body.js';
import { repairText, tokenCounts } from './repair-text.js';
import { unglueSentences } from './unglue-sentences.js';

export const repairStage = defineStage({
  name: 'repair',
  does: 'splits glued words ("leurentretien") with the language\'s dictionary and glued sentences ("Paris.Le"), recording each repair; joins the body',
  needs: ['language', 'classified', 'paragraphs'],
  adds: ['body', 'paragraphSpans', 'repairs'],
  run: ({ language, classified, paragraphs }, resources) => {
    const dictionary = resources.dictionary(language);
    const foreign = resources.dictionary(language === 'fr' ? 'en' : 'fr');
    const ctx = dictionary
      ? {
          isWord: (w: string) => dictionary.has(w),
          ...(foreign ? { isForeignWord: (w: string) => foreign.has(w) } : {}),
          functionWords: functionWords(language),
          // the whole page's words, removed blocks included: "the article uses this name elsewhere"
          articleCounts: tokenCounts(classified.map((b) => b.text).join('\n')),
        }
      : null;
    const repaired = paragraphs.map((p) => {
      const words = ctx ? repairText(p.text, ctx) : { text: p.text, repairs: [] };
      const glued = unglueSentences(words.text);
      // a word repair after an inserted space moves by one for each space before it
      const moved = words.repairs.map((r) => ({
        ...r,
        start: r.start + glued.inserted.filter((i) => i <= r.start).length,
      }));
      return { text: glued.text, repairs: [...moved, ...glued.repairs].sort((a, b) => a.start - b.start) };
    });
    const { body, spans, repairs } = joinBody(repaired);
    return { body, paragraphSpans: spans, repairs };
  },
});
