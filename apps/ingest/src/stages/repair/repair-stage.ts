import { defineStage } from '../../draft/stage.js';
import { functionWords } from './function-words.js';
import { joinBody } from './join-body.js';
import { repairText, tokenCounts } from './repair-text.js';

export const repairStage = defineStage({
  name: 'repair',
  does: 'splits glued words ("leurentretien") with the language\'s dictionary, recording each repair; joins the body',
  needs: ['language', 'classified', 'paragraphs'],
  adds: ['body', 'paragraphSpans', 'repairs'],
  run: ({ language, classified, paragraphs }, resources) => {
    const dictionary = resources.dictionary(language);
    const ctx = dictionary
      ? {
          isWord: (w: string) => dictionary.has(w),
          functionWords: functionWords(language),
          // the whole page's words, removed blocks included: "the article uses this name elsewhere"
          articleCounts: tokenCounts(classified.map((b) => b.text).join('\n')),
        }
      : null;
    const repaired = paragraphs.map((p) => (ctx ? repairText(p.text, ctx) : { text: p.text, repairs: [] }));
    const { body, spans, repairs } = joinBody(repaired);
    return { body, paragraphSpans: spans, repairs };
  },
});
