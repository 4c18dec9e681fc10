import type { Resources } from '../../resources/resources.js';

/** What finding people reads of the resources. */
export type PeopleTools = Pick<Resources, 'isCommonWord' | 'stopwords' | 'titles' | 'gazetteer'>;
