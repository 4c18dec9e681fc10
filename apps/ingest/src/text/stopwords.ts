import { eng, fra } from 'stopword';

/** French and English function words, lower case (the `stopword` package's lists). */
export const STOPWORDS: ReadonlySet<string> = new Set([...fra, ...eng].map((w) => w.toLowerCase()));
