import { franc } from 'franc-min';
import { eng, fra } from 'stopword';
import { quickLanguage } from './quick-language.js';

const ISO3_TO_1: Record<string, string> = {
  fra: 'fr',
  eng: 'en',
  deu: 'de',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  nld: 'nl',
  vie: 'vi',
  ind: 'id',
  rus: 'ru',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
};
const FR = new Set(fra);
const EN = new Set(eng);

/** ISO 639-1 code of the text's language; French or English by function words when franc cannot tell. */
export function detectLanguage(text: string): string {
  const quick = quickLanguage(text);
  if (quick) return quick;
  const code = ISO3_TO_1[franc(text, { minLength: 20 })];
  if (code) return code;
  const ws = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const fr = ws.filter((w) => FR.has(w)).length;
  const en = ws.filter((w) => EN.has(w)).length;
  return en > fr ? 'en' : 'fr';
}
