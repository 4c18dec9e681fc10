import { defineStage } from '../../draft/stage.js';
import { detectLanguage } from './detect-language.js';

export const languageStage = defineStage({
  name: 'language',
  does: "the article's language: front matter, else function words (French, English), else franc",
  needs: ['frontMatter', 'prose'],
  adds: ['language'],
  run: ({ frontMatter, prose }) => ({ language: frontMatter.fields.language ?? detectLanguage(prose) }),
});
