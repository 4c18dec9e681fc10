import { defineStage } from '../../draft/stage.js';
import { segment } from './segment.js';
import { splitFrontMatter } from './split-front-matter.js';

export const blocksStage = defineStage({
  name: 'blocks',
  does: 'splits off the front matter, then cuts the text into blocks (lines; hard-wrapped lines joined)',
  needs: ['text', 'warnings'],
  adds: ['frontMatter', 'blocks', 'warnings'],
  run: ({ text, warnings }) => {
    const frontMatter = splitFrontMatter(text);
    return {
      frontMatter,
      blocks: segment(frontMatter.rest),
      warnings: [...warnings, ...frontMatter.warnings],
    };
  },
});
