import { defineStage } from '../../draft/stage.js';
import { IngestError } from '../../errors.js';
import { splitSentences } from './split-sentences.js';

export const sentencesStage = defineStage({
  name: 'sentences',
  does: 'sentences with offsets into the body (Intl.Segmenter, abbreviations re-joined), the dateline left out',
  needs: ['body', 'paragraphSpans', 'language', 'datelineAt'],
  adds: ['sentences'],
  run: ({ body, paragraphSpans, language, datelineAt }) => {
    const skip = new Map<number, number>(datelineAt ? [[datelineAt.paragraph, datelineAt.length]] : []);
    const sentences = splitSentences(body, paragraphSpans, language, skip);
    if (!sentences.length)
      throw new IngestError('NO_ARTICLE_TEXT', 'no article text was found: the body holds no sentence');
    return { sentences };
  },
});
