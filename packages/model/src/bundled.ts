import { fileURLToPath } from 'node:url';

/** The folder of the bundled corpus (articles parsed from the seed texts), shipped with the package. */
export const bundledCorpusDir: string = fileURLToPath(new URL('../data/articles', import.meta.url));
