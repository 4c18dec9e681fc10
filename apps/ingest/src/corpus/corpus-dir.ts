import { join } from 'node:path';

/** The folders of a corpus folder (DESIGN.md's data flow). */
export interface CorpusDir {
  root: string;
  inbox: string;
  articles: string;
  raw: string;
  rejected: string;
}

export function corpusDir(root: string): CorpusDir {
  return {
    root,
    inbox: join(root, 'inbox'),
    articles: join(root, 'articles'),
    raw: join(root, 'raw'),
    rejected: join(root, 'rejected'),
  };
}
