import type { CommandModule } from '../core/contract.js';
import type { QueryEngine } from '../engine/index.js';
import { about } from './about.js';
import { help } from './help.js';
import { meeting } from './meeting.js';
import { person } from './person.js';
import { search } from './search.js';
import { source } from './source.js';
import { timeline } from './timeline.js';

/** Every slash command, in the order they are listed. */
export const commands: readonly CommandModule<QueryEngine>[] = [meeting, person, timeline, search, source, about, help];
