import { wordCount } from '../../text/line-signals.js';
import {
  AGENCY_CREDIT_AT_END,
  CREDIT_AT_END,
  CREDIT_LINE,
  GLUED_IMAGE_INDEX,
  PIPE_END,
} from '../../text/page-patterns.js';

export interface CaptionParts {
  /** What the caption says about the picture (kept: it often dates or places the story), or null. */
  caption: string | null;
  /** Page residue cut from it: a headline and image number glued before it, the credit, table bars. */
  residue: { text: string; reason: string }[];
}

/** Separates a caption's own words from the credit and copy residue around them. */
export function splitCaption(text: string): CaptionParts {
  const residue: CaptionParts['residue'] = [];
  if (CREDIT_LINE.test(text)) return { caption: null, residue: [{ text, reason: 'photo credit' }] };
  let rest = text;
  const glued = GLUED_IMAGE_INDEX.exec(rest);
  if (glued) {
    const cut = glued.index + glued[0].length;
    residue.push({ text: rest.slice(0, cut).trim(), reason: 'headline and image number glued before a caption' });
    rest = rest.slice(cut);
  }
  if (PIPE_END.test(rest)) rest = rest.replace(/\s*\|$/, '');
  const agency = AGENCY_CREDIT_AT_END.exec(rest);
  if (agency) {
    residue.push({ text: agency[0].trim(), reason: 'photo credit' });
    rest = rest.slice(0, agency.index).trimEnd();
  }
  const credit = CREDIT_AT_END.exec(rest);
  if (credit) {
    const at = credit.index + (/^[\s.|]/.test(credit[0]) ? 1 : 0);
    residue.push({ text: rest.slice(at).trim(), reason: 'photo credit' });
    rest = rest.slice(0, at).trimEnd();
  }
  rest = rest.trim();
  if (wordCount(rest) < 3) {
    if (rest) residue.push({ text: rest, reason: 'photo caption too short to say anything' });
    return { caption: null, residue };
  }
  return { caption: rest, residue };
}
