import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/stages/language/detect-language.js';
import { quickLanguage } from '../../../src/stages/language/quick-language.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/languages/${name}`, import.meta.url), 'utf8');

const FRENCH =
  "Le ministre vietnamien de la Défense a rencontré mardi à Tokyo son homologue japonais pour évoquer la coopération dans le domaine de la sécurité maritime. Les deux parties sont convenues de renforcer les échanges de délégations, la formation des officiers et le transfert d'équipements, selon un communiqué publié à l'issue de la rencontre.";
const ENGLISH =
  "Vietnam's defence minister met his Japanese counterpart in Tokyo on Tuesday to discuss cooperation in maritime security. The two sides agreed to step up exchanges of delegations, the training of officers and the transfer of equipment and technology, according to a statement issued after the meeting, which both ministers said had been fruitful.";

describe('detectLanguage', () => {
  // the same news paragraph in other languages: franc names them (no French/English shortcut)
  it.each([
    ['es.txt', 'es'],
    ['it.txt', 'it'],
    ['pt.txt', 'pt'],
    ['de.txt', 'de'],
    ['nl.txt', 'nl'],
    ['id.txt', 'id'],
    ['vi.txt', 'vi'],
  ])('%s is %s', (file, lang) => {
    expect(detectLanguage(fixture(file))).toBe(lang);
  });

  // languages without a code of their own (Romanian, Polish) still go through franc and the
  // function-word fallback, as before the shortcut
  it.each(['ca.txt', 'ro.txt', 'pl.txt', 'es.txt', 'it.txt', 'pt.txt', 'de.txt', 'nl.txt', 'id.txt', 'vi.txt'])(
    '%s is not taken for French or English by its function words',
    (file) => {
      expect(quickLanguage(fixture(file))).toBeNull();
    },
  );

  it('decides French and English news paragraphs by function words, as franc does', () => {
    expect(quickLanguage(FRENCH)).toBe('fr');
    expect(quickLanguage(ENGLISH)).toBe('en');
    expect(detectLanguage(FRENCH)).toBe('fr');
    expect(detectLanguage(ENGLISH)).toBe('en');
  });

  it('leaves short or mixed text to franc', () => {
    expect(quickLanguage('Les deux ministres se sont entretenus.')).toBeNull();
    expect(quickLanguage(`${FRENCH} ${ENGLISH}`)).toBeNull();
  });
});
