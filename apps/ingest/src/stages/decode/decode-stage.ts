import { basename } from 'node:path';
import { defineStage } from '../../draft/stage.js';
import { sha256 } from '../../text/hash.js';
import { decode } from './decode.js';

export const decodeStage = defineStage({
  name: 'decode',
  does: 'bytes → text: UTF-8 (a bad sequence replaced, with a warning), BOM, UTF-16, else windows-1252 with a warning; refuses empty or binary files',
  needs: ['bytes', 'file', 'ingestedAt'],
  adds: ['decoded', 'source', 'warnings'],
  run: ({ bytes, file, ingestedAt }) => {
    const { text, warnings } = decode(bytes);
    return {
      decoded: text,
      source: { file: basename(file), sha256: sha256(bytes), bytes: bytes.length, ingestedAt },
      warnings,
    };
  },
});
