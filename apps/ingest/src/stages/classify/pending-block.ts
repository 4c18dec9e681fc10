import type { Block, BlockKind } from '../../draft/blocks.js';
import { isProse } from '../../text/line-signals.js';
import { SIGN_OFF } from '../../text/page-patterns.js';
import type { LocalKind } from './local-kind.js';

/** A block while it is being classified: what its own shape says, and the kind given so far. */
export type PendingBlock = Block & { local: LocalKind | null; kind?: BlockKind; reason?: string };

export const mark = (b: PendingBlock, kind: BlockKind, reason: string) => {
  b.kind = kind;
  b.reason = reason;
};

/** Whether a block nobody has claimed reads as article prose (ends like a sentence, long enough; an agency sign-off after it). */
export const prose = (b: PendingBlock) => !b.local && isProse(b.text.replace(SIGN_OFF, ''));
