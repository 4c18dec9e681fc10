import { IngestError } from '../errors.js';
import type { CliOptions } from './args.js';

export async function runCorpus(_data: string, _inputs: readonly string[], _options: CliOptions): Promise<number> {
  throw new IngestError('BAD_USAGE', 'writing to the corpus folder is not built yet: use --dry-run');
}
