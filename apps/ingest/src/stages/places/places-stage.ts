import { defineStage } from '../../draft/stage.js';
import { articlePlace } from './article-place.js';
import { findPlaces } from './find-places.js';

export const placesStage = defineStage({
  name: 'places',
  does: 'places each sentence says things happen in ("à Tokyo", "in Fukuoka"), and the article\'s own place',
  needs: ['sentences', 'dateline'],
  adds: ['placesBySentence', 'articlePlace'],
  extraction: true,
  run: ({ sentences, dateline }, { gazetteer }) => {
    const placesBySentence = sentences.map((s) => findPlaces(s.text, gazetteer));
    return { placesBySentence, articlePlace: articlePlace(placesBySentence, dateline, gazetteer) };
  },
});
