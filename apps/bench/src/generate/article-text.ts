import { type Meeting, type MeetingSide, meetingOfArticle } from './meetings.js';
import type { Rng } from './rng.js';
import {
  COUNTRIES,
  type Country,
  type Format,
  type Language,
  MONTHS,
  PUBLISHERS,
  type Publisher,
  ROLES,
  TOPICS,
} from './vocab.js';

/** What the generator put in an article: the queries of the benchmark are drawn from it. */
export interface ArticleTruth {
  language: Language;
  publisher: string;
  meeting: string;
  alias: string | null;
  participants: readonly string[];
  city: string;
  year: number;
}

export interface GeneratedArticle {
  file: string;
  text: string;
  truth: ArticleTruth;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

function ordinalText(n: number, language: Language): string {
  if (language === 'fr') return n === 1 ? '1er ' : `${n}e `;
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? 'st'
      : n % 10 === 2 && n % 100 !== 12
        ? 'nd'
        : n % 10 === 3 && n % 100 !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix} `;
}

/** Pasted pages lose spaces: glue a few word pairs the way the seeds show ("leurentretien"). */
function glueWords(rng: Rng, text: string, rate: number): string {
  return text.replace(/(\p{Ll}{2,}) (\p{L}{3,})/gu, (whole, a: string, b: string) =>
    rng.chance(rate) ? `${a}${b}` : whole,
  );
}

function dateText(language: Language, day: number, month: number, year: number | null): string {
  const m = MONTHS[language][month - 1] ?? '';
  if (language === 'fr') return `${day === 1 ? '1er' : day} ${m}${year ? ` ${year}` : ''}`;
  return `${m} ${day}${year ? `, ${year}` : ''}`;
}

function publisherLine(rng: Rng, p: Publisher, day: number, month: number, year: number): string {
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  if (p.glued) return `${p.name}${p.name}${dd}/${mm}/${year}`;
  const hh = `${String(rng.int(6, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  return p.language === 'fr'
    ? `${p.name}\nPublié le ${dd}/${mm}/${year} à ${hh}`
    : `${p.name}\nUpdated: ${day} ${(MONTHS.en[month - 1] ?? '').slice(0, 3)} ${year}, ${hh} GMT+7`;
}

interface Side {
  country: Country;
  name: string;
  title: string;
}

function side(s: MeetingSide, language: Language): Side {
  return {
    country: s.country,
    name: s.name,
    title: fill(s.role.title[language], { adj: s.country.adjective[language] }),
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function bodyParagraphs(
  rng: Rng,
  lang: Language,
  f: Format,
  a: Side,
  b: Side,
  city: string,
  when: string,
  ord: string,
  topics: Meeting['topics'],
) {
  const [t1, t2, t3] = topics.map((i) => TOPICS[lang][i] ?? '');
  const verb = fill(f.verb[lang], { ord });
  const delegation = rng.int(5, 60);
  const budget = rng.int(2, 900);
  if (lang === 'fr') {
    return [
      `Le ${a.title} ${a.name} et le ${b.title} ${b.name} ${verb} à ${city} le ${when}.`,
      `Les deux parties ont convenu de renforcer la coopération dans ${t1} et ${t2}, selon un communiqué publié à l'issue de la rencontre.`,
      `${a.name} a souligné que le ${a.country.name.fr} considère le ${b.country.name.fr} comme un partenaire de premier plan et a salué les progrès accomplis depuis la dernière session.`,
      `De son côté, ${b.name} a affirmé que son pays souhaite élargir les échanges de délégations, former davantage d'officiers et soutenir des projets d'un montant de ${budget} millions de dollars.`,
      `À cette occasion, les deux responsables ont signé un mémorandum d'entente sur ${t3}. La délégation comptait ${delegation} membres.`,
    ];
  }
  return [
    `${cap(a.title)} ${a.name} and ${b.title} ${b.name} ${verb} in ${city} on ${when}.`,
    `The two sides agreed to strengthen cooperation in ${t1} and ${t2}, according to a statement issued after the meeting.`,
    `${a.name} said ${a.country.name.en} regards ${b.country.name.en} as a leading partner and welcomed the progress made since the last session.`,
    `${b.name} said his country wants to expand exchanges of delegations, train more officers and back projects worth ${budget} million dollars.`,
    `The two officials also signed a memorandum of understanding on ${t3}. The delegation had ${delegation} members.`,
  ];
}

/** One realistic pasted article (French or English) reporting `m`, with the page junk the seeds show. */
export function generateArticle(rng: Rng, index: number, m: Meeting): GeneratedArticle {
  const publisher = rng.pick(PUBLISHERS);
  const lang = publisher.language;
  const [ca, cb] = [m.a.country, m.b.country];
  // outlets name the two sides in either order
  const [a, b] = rng.chance(0.5) ? [side(m.a, lang), side(m.b, lang)] : [side(m.b, lang), side(m.a, lang)];
  const f = m.format;
  const { city, year, month, day, ordinal } = m;
  const ord = ordinal ? ordinalText(ordinal, lang) : '';
  const meeting = fill(f.name[lang], { a: ca.name[lang], b: cb.name[lang] });
  const title =
    lang === 'fr'
      ? `${cap(meeting)} : ${a.name} et ${b.name} renforcent la coopération`
      : `${meeting}: ${a.name} and ${b.name} deepen cooperation`;

  const body = bodyParagraphs(
    rng,
    lang,
    f,
    a,
    b,
    city,
    dateText(lang, day, month, rng.chance(0.7) ? year : null),
    ord,
    m.topics,
  ).map((p) => glueWords(rng, p, 0.03));
  const dateline = publisher.agency
    ? lang === 'fr'
      ? `${city}, ${dateText('fr', day, month, null)} (${publisher.agency}) - `
      : `${city.toUpperCase()} (${publisher.agency}) — `
    : '';
  body[0] = `${dateline}${body[0] ?? ''}`;

  const lines: string[] = [title, '', publisherLine(rng, publisher, Math.min(day + 1, 28), month, year), ''];
  if (rng.chance(0.4))
    lines.push(
      `>> ${lang === 'fr' ? 'Le Japon et le Vietnam renforcent leurs liens' : 'Japan and Vietnam step up ties'}`,
      '',
    );
  for (const [i, p] of body.entries()) {
    lines.push(p, '');
    if (i === 1 && rng.chance(0.5)) {
      const caption =
        lang === 'fr'
          ? `${a.name} et ${b.name} à ${city}. Photo : ${publisher.agency ?? publisher.name}`
          : `${a.name} and ${b.name} in ${city}. Photo: ${publisher.agency ?? publisher.name}`;
      lines.push(rng.chance(0.5) ? `${title} ảnh 1${caption}` : caption, '');
    }
  }
  if (rng.chance(0.5)) lines.push(lang === 'fr' ? 'Comment (0)' : 'Comments (0)', '');
  if (rng.chance(0.3)) {
    const other = rng.pick(COUNTRIES);
    lines.push(
      lang === 'fr' ? 'Voir plus' : 'Read more',
      '',
      lang === 'fr'
        ? `Le ${fill(rng.pick(ROLES).title.fr, { adj: other.adjective.fr })} ${rng.pick(other.people)} a reçu une délégation à ${rng.pick(other.cities)}.`
        : `${cap(fill(rng.pick(ROLES).title.en, { adj: other.adjective.en }))} ${rng.pick(other.people)} received a delegation in ${rng.pick(other.cities)}.`,
      '',
    );
  }
  lines.push(`Source : https://${publisher.domain}/${year}/${String(month).padStart(2, '0')}/article-${index}.html`);
  return {
    file: `${String(index).padStart(6, '0')}-${lang}.txt`,
    text: `${lines.join('\n')}\n`,
    truth: {
      language: lang,
      publisher: publisher.name,
      meeting,
      alias: f.alias ?? null,
      participants: [a.name, b.name],
      city,
      year,
    },
  };
}

/** The i-th article of the corpus with this seed: independent of N, so 1k is a prefix of 10k. */
export function articleAt(createRng: (seed: number) => Rng, seed: number, index: number): GeneratedArticle {
  const meeting = meetingOfArticle(createRng, seed, index);
  return generateArticle(createRng((seed * 1_000_003 + index) >>> 0), index, meeting);
}
