import type { Resources } from '../../resources/resources.js';
import type { ArticleWords } from './article-words.js';

/** What finding people reads of the resources, and how the article at hand writes its words. */
export type PeopleTools = Pick<Resources, 'isCommonWord' | 'stopwords' | 'titles' | 'gazetteer'> & {
  article?: ArticleWords;
};
