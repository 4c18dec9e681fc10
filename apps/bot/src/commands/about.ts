import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { slashCommand } from '../core/command-builders.js';
import type { CommandModule } from '../core/contract.js';
import { isPrivate } from '../core/option-values.js';
import type { QueryEngine } from '../engine/index.js';
import { aboutReply } from '../replies/about-reply.js';
import definitions from './definitions.json' with { type: 'json' };

const version = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))).version;

/** /about — corpus size, last ingest, version. */
export const about: CommandModule<QueryEngine> = {
  data: slashCommand(definitions.about),
  execute(options, { engine, locale }) {
    return aboutReply(engine.stats(), version, locale, isPrivate(options));
  },
};
