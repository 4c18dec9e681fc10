import { defineStage } from '../../draft/stage.js';
import { idOfNormalised, normalise } from './normalise.js';

export const normaliseStage = defineStage({
  name: 'normalise',
  does: 'NFC, one kind of line ending and space, no control or invisible characters; the article id',
  needs: ['decoded'],
  adds: ['text', 'id'],
  run: ({ decoded }) => {
    const text = normalise(decoded);
    return { text, id: idOfNormalised(text) };
  },
});
