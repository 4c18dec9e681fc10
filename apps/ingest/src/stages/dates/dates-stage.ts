import { defineStage } from '../../draft/stage.js';
import { articleDates, documentDate } from './article-dates.js';
import { findDates } from './find-dates.js';

export const datesStage = defineStage({
  name: 'dates',
  does: 'dates each sentence writes (full, month+year, bare years, relative), and the dates they resolve against',
  needs: ['sentences', 'language', 'dateline', 'published'],
  adds: ['datesBySentence', 'articleDates'],
  extraction: true,
  run: ({ sentences, language, dateline, published }) => {
    const document = documentDate(dateline, published);
    const reference = document ? new Date(`${document.iso}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
    const datesBySentence = sentences.map((s) => findDates(s.text, language, reference));
    return { datesBySentence, articleDates: articleDates(document, datesBySentence) };
  },
});
