import type { ReplyLocale } from '../core/contract.js';

// Every label a reply shows, in both languages; quotes from articles are never translated.
const LABELS = {
  fr: {
    yearUnknown: 'année non précisée',
    yearInferred: 'année déduite',
    date: 'Date',
    place: 'Lieu',
    kind: 'Type',
    aliases: 'Aussi appelée',
    participants: 'Participants',
    otherCountry: 'Pays non précisé',
    outcomes: 'Résultats',
    keyFacts: 'Faits clés',
    sources: 'Sources',
    noDate: 'date inconnue',
    datesDisagree: 'Les sources donnent aussi',
    placesDisagree: 'Autres lieux cités',
    ambiguousMeeting: 'Plusieurs rencontres correspondent à « {q} ». Voici la plus proche ; les autres :',
    unmet: 'Aucune rencontre ne correspond à tout « {q} » : rien pour {parts}. Voici la plus proche.',
    unmetWithOthers:
      'Aucune rencontre ne correspond à tout « {q} » : rien pour {parts}. Voici la plus proche ; autres candidates :',
    ambiguousPerson: 'Plusieurs personnes correspondent à « {q} ». Voici la plus proche ; les autres :',
    ambiguousArticle: 'Plusieurs articles correspondent à « {q} ». Voici le plus proche ; les autres :',
    roles: 'Fonctions',
    meetingsAttended: 'Rencontres',
    with: 'avec',
    country: 'Pays',
    alsoWritten: 'Aussi écrit',
    mentions: 'Mentions',
    noRole: 'aucune fonction relevée',
    noMeeting: 'aucune rencontre relevée',
    timeline: 'Chronologie des rencontres',
    from: 'depuis',
    to: "jusqu'à",
    page: 'Page {p}/{n} · {c} rencontre(s)',
    previous: 'Précédent',
    next: 'Suivant',
    emptyTimeline: 'Aucune rencontre ne correspond à ces critères.',
    yearUnknownLeftOut: '{n} rencontre(s) sans année connue non incluse(s).',
    searchTitle: 'Recherche : « {q} »',
    publisher: 'Éditeur',
    published: 'Publié le',
    language: 'Langue',
    dateline: 'Lieu de rédaction',
    link: 'Lien',
    extracted: 'Extraction',
    extractedLine:
      '{s} phrases · {e} rencontre(s) · {p} personne(s) · {f} fait(s) · {r} bloc(s) retiré(s) · {g} mot(s) recollé(s)',
    warnings: 'Avertissements',
    people: 'Personnes',
    meetings: 'Rencontres',
    file: 'Fichier',
    ingested: 'Ingéré le',
    untitled: 'Article sans titre',
    aboutTitle: 'À propos de Kizuna',
    aboutText:
      'Kizuna répond aux questions sur les rencontres diplomatiques et de défense, avec des citations exactes des articles sources.',
    articles: 'Articles',
    sentences: 'Phrases',
    facts: 'Faits',
    lastChanged: 'Dernière modification du corpus',
    version: 'Version',
    languages: 'Langues',
    publishers: 'Éditeurs',
    never: 'jamais',
    noResult: 'Aucun résultat pour « {q} ».',
    didYouMean: 'Vouliez-vous dire :',
    didYouMeanCommand: 'Vouliez-vous dire {list} ?',
    tryOther:
      'Essayez `/chronologie` pour voir toutes les rencontres, ou `/recherche` pour chercher dans le texte des articles.',
    trySearch:
      "Essayez d'autres mots, en français ou en anglais ; `/rencontre` trouve une rencontre par son nom, ses participants ou sa date, `/chronologie` les liste toutes.",
    tryPerson: 'Essayez une autre orthographe ou seulement le nom de famille.',
    tryArticle: 'Utilisez la saisie automatique pour choisir un article.',
    badOption: "L'option « {o} » n'est pas valable : {why}",
    badDate: 'attendu une année (2023), un mois (2023-11) ou une date (2023-11-27)',
    badCountry: 'pays inconnu ; essayez par exemple {ex}',
    missingOption: "l'option est obligatoire",
    internal: "Désolé, quelque chose s'est mal passé de notre côté. Réessayez dans un instant.",
    unknownCommand: 'Commande inconnue « {c} ». Commandes : {list}.',
    emptyCorpus: 'Le corpus ne contient encore aucune rencontre. Ajoutez des articles puis relancez.',
    kinds: {
      dialogue: 'dialogue',
      talks: 'entretiens',
      phone_call: 'entretien téléphonique',
      visit: 'visite',
      summit: 'sommet',
      meeting: 'rencontre',
      reception: 'réception',
      ministerial_meeting: 'réunion ministérielle',
      signing: 'signature',
      other: 'autre',
    },
    ordinal: 'édition n° {n}',
    helpTitle: 'Commandes de Kizuna',
    helpText:
      'Kizuna répond sur les rencontres diplomatiques et de défense en citant mot pour mot ses sources. Écrivez en français ou en anglais.',
    example: 'Exemple :',
  },
  en: {
    yearUnknown: 'year not stated',
    yearInferred: 'year inferred',
    date: 'Date',
    place: 'Place',
    kind: 'Kind',
    aliases: 'Also called',
    participants: 'Participants',
    otherCountry: 'Country not stated',
    outcomes: 'Outcomes',
    keyFacts: 'Key facts',
    sources: 'Sources',
    noDate: 'date unknown',
    datesDisagree: 'Sources also give',
    placesDisagree: 'Other places given',
    ambiguousMeeting: 'Several meetings match “{q}”. Here is the closest; the others:',
    unmet: 'No meeting matches all of “{q}”: nothing for {parts}. Here is the closest.',
    unmetWithOthers: 'No meeting matches all of “{q}”: nothing for {parts}. Here is the closest; other candidates:',
    ambiguousPerson: 'Several people match “{q}”. Here is the closest; the others:',
    ambiguousArticle: 'Several articles match “{q}”. Here is the closest; the others:',
    roles: 'Roles',
    meetingsAttended: 'Meetings',
    with: 'with',
    country: 'Country',
    alsoWritten: 'Also written',
    mentions: 'Mentions',
    noRole: 'no role found',
    noMeeting: 'no meeting found',
    timeline: 'Meeting timeline',
    from: 'from',
    to: 'to',
    page: 'Page {p}/{n} · {c} meeting(s)',
    previous: 'Previous',
    next: 'Next',
    emptyTimeline: 'No meeting matches these criteria.',
    yearUnknownLeftOut: '{n} meeting(s) with no known year left out.',
    searchTitle: 'Search: “{q}”',
    publisher: 'Publisher',
    published: 'Published',
    language: 'Language',
    dateline: 'Dateline',
    link: 'Link',
    extracted: 'Extracted',
    extractedLine:
      '{s} sentences · {e} meeting(s) · {p} people · {f} fact(s) · {r} block(s) removed · {g} glued word(s) repaired',
    warnings: 'Warnings',
    people: 'People',
    meetings: 'Meetings',
    file: 'File',
    ingested: 'Ingested',
    untitled: 'Untitled article',
    aboutTitle: 'About Kizuna',
    aboutText:
      'Kizuna answers questions about diplomatic and defence meetings with exact quotes from the source articles.',
    articles: 'Articles',
    sentences: 'Sentences',
    facts: 'Facts',
    lastChanged: 'Corpus last changed',
    version: 'Version',
    languages: 'Languages',
    publishers: 'Publishers',
    never: 'never',
    noResult: 'Nothing found for “{q}”.',
    didYouMean: 'Did you mean:',
    didYouMeanCommand: 'Did you mean {list}?',
    tryOther: 'Try `/timeline` to list every meeting, or `/search` to search the articles’ text.',
    trySearch:
      'Try other words, in English or French; `/meeting` finds a meeting by its name, participants or date, `/timeline` lists them all.',
    tryPerson: 'Try another spelling or just the family name.',
    tryArticle: 'Use autocomplete to pick an article.',
    badOption: 'The option “{o}” is not valid: {why}',
    badDate: 'expected a year (2023), a month (2023-11) or a date (2023-11-27)',
    badCountry: 'unknown country; try for example {ex}',
    missingOption: 'the option is required',
    internal: 'Sorry, something went wrong on our side. Please try again in a moment.',
    unknownCommand: 'Unknown command “{c}”. Commands: {list}.',
    emptyCorpus: 'The corpus holds no meeting yet. Add articles and try again.',
    kinds: {
      dialogue: 'dialogue',
      talks: 'talks',
      phone_call: 'phone call',
      visit: 'visit',
      summit: 'summit',
      meeting: 'meeting',
      reception: 'reception',
      ministerial_meeting: 'ministerial meeting',
      signing: 'signing',
      other: 'other',
    },
    ordinal: 'edition {n}',
    helpTitle: 'Kizuna commands',
    helpText:
      'Kizuna answers about diplomatic and defence meetings, quoting its sources word for word. Ask in English or French.',
    example: 'Example:',
  },
} as const;

type Labels = (typeof LABELS)['fr'];
/** A label name (strings only). */
export type LabelKey = { [K in keyof Labels]: Labels[K] extends string ? K : never }[keyof Labels];

/** A label in the locale, with `{name}` placeholders filled. */
export function t(locale: ReplyLocale, key: LabelKey, vars: Record<string, string | number> = {}): string {
  const text: string = LABELS[locale][key];
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** A kind of meeting in the locale. */
export function kindLabel(locale: ReplyLocale, kind: keyof Labels['kinds']): string {
  return LABELS[locale].kinds[kind];
}

/** The colon after a label: French sets it off with a space ("Lieu : "), English does not ("Place: "). */
export function colon(locale: ReplyLocale): string {
  return locale === 'fr' ? ' : ' : ': ';
}

/** Text in the locale's quotation marks: « … » or “…”. */
export function quoted(locale: ReplyLocale, text: string): string {
  return locale === 'fr' ? `« ${text} »` : `“${text}”`;
}
