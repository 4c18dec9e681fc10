import { loadResources } from '../../src/resources/load-resources.js';

/** The pipeline's resources, loaded once per test file (about a second). */
export const resources = await loadResources();
