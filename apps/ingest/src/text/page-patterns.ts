// Line shapes that web pages add around an article, in French and English. They describe page furniture
// in general (menus, counters, credits), not any one publisher's wording.

/** ">> Other story" and similar arrow-led links to other stories. */
export const RELATED_LINK = /^(?:>>|»»|►|▶|→|⇒)\s*\S/u;

/** A link to another story set inside the article: "Lire aussi : …", "Read more: …". */
export const RELATED_INLINE =
  /^(?:lire (?:aussi|également|la suite)|à lire (?:aussi|également)|voir aussi|read (?:also|more)|see also|also read|related)\s*[:>»]\s*\S.{0,200}$/iu;

/** Comment counters and comment-section headers: "Comment (0)", "12 commentaires", "Comments". */
export const COMMENTS =
  /^(?:\d+\s+)?(?:comments?|commentaires?|réactions?|bình luận|ý kiến)\s*(?:\(\s*\d+\s*\)|:?\s*\d+)?$/iu;

/** Empty widgets left behind by copying: "No data", "No videos available", "Loading…". */
export const EMPTY_WIDGET =
  /^(?:no (?:data|videos?|results?|comments?|content)(?: (?:available|yet|found))?|aucun(?:e)? (?:donnée|résultat|commentaire|vidéo|contenu)s?(?: disponibles?)?|pas de (?:données|commentaires?|vidéos?)|loading(?:\.{3}|…)?|chargement(?: en cours)?(?:\.{3}|…)?)$/iu;

const SHARE_WORD =
  /^(?:share|shares|partager|partagez|tweet|tweeter|email|e-mail|mail|print|imprimer|facebook|twitter|x|linkedin|whatsapp|telegram|zalo|copy link|copier le lien|share this(?: article| story| page| post| video| update)?|partager (?:(?:cet?|cette|l['’])\s*(?:article|post|billet|publication|page|vidéo|contenu|direct|message)|sur \S+)|courriel|messenger|reddit|bluesky|threads|instagram|envoyer|save|sauvegarder|follow us|suivez-nous|subscribe|s'abonner|abonnez-vous|back to top|retour en haut|haut de page|top|retour)$/iu;

// "Follow X on WhatsApp", "Suivez-nous sur Telegram", "Subscribe to our morning newsletter"
const FOLLOW_CELL =
  /^(?:follow|suivez(?:-nous)?|suivre|join|rejoignez(?:-nous)?|subscribe|abonnez-vous|s'abonner|sign up|inscrivez-vous|get)\b.{0,60}\b(?:whatsapp|telegram|twitter|x|facebook|instagram|linkedin|youtube|google news|newsletters?|lettre d'information|infolettre|alerts?|alertes?|app|application|channel|chaîne)\b.{0,20}$/iu;

/**
 * A line made only of sharing, following and subscribing buttons ("Share this article", "Share ·
 * Tweet · Email", "Partager cet article : Facebook · X · Courriel", "Follow X on WhatsApp · © X").
 */
export function isShareLine(text: string): boolean {
  // "Partager cet article : Facebook · X": the label is one more button
  const cells = text.split(/\s*[|·•]\s*|\s{2,}/).filter((c) => c.trim());
  const parts = cells
    .flatMap((c) => (FOLLOW_CELL.test(c.trim()) || COPYRIGHT.test(c.trim()) ? ['share'] : c.split(/\s*[/,:]\s*/)))
    .map((p) => p.trim())
    .filter(Boolean);
  // a copyright line alone is the publisher's, not a button
  return parts.length > 0 && parts.every((p) => SHARE_WORD.test(p)) && !COPYRIGHT.test(text.trim());
}

/** A list of topics under an article: "Japan · Defence policy · Rishi Sunak · Asia Pacific". */
export function isTopicList(text: string): boolean {
  const parts = text.split(/\s+[·•]\s+/u);
  return (
    parts.length >= 3 && parts.every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/).length <= 4 && !/[.!?:;]$/.test(p))
  );
}

/** A machine-translation notice: "Translated by the X automatic service", "[Traduction automatique …]". */
export const TRANSLATION_NOTICE =
  /^\[?\(?(?:(?:this (?:article|story|text) (?:was|has been|is) )?(?:automatic(?:ally)?|machine)[- ]translat|translated (?:by|with|automatically|from)|(?:cet article a été )?tradu(?:it|ction) (?:automatique|par|de l)).{0,160}$/iu;

/** "Source : https://…" (the article's address). */
export const SOURCE_LINE =
  /^(?:sources?|lien|link|url|nguồn|read the original|article original)\s*:?\s*(https?:\/\/\S+)$/iu;
/** "Source : VNA" — the outlet the story was taken from, named without a link. */
export const SOURCE_NAME = /^(?:sources?|nguồn|crédit|credit)\s*:\s*(\p{Lu}[^.!?:]{0,60})$/iu;
/** A lone "source" / "Sources" word: a link whose address was lost in the copy. */
export const BARE_SOURCE = /^(?:sources?|nguồn)\s*:?$/iu;

/** "© Publisher", "(c) 2024 Publisher", "Copyright Publisher". */
export const COPYRIGHT = /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|(?=\d{4})))\s*(?:\d{4}\s*[-–]?\s*)?(.{2,80})$/iu;
/** The rights notice after the name: "Press Trust of India. All rights reserved.", "Hangang Newswire (c) 2024 Tous droits réservés". */
export const RIGHTS_NOTICE =
  /^(\p{Lu}[^©]{1,60}?)[\s.,]*(?:(?:©|\(c\))\s*)?(?:\d{4}\s*)?[.,–-]?\s*(?:all rights reserved|tous droits(?: de reproduction)? réservés)\.?$/iu;

/** A bare domain name on its own line ("Vnexpress.net"). */
export const DOMAIN_LINE = /^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\/?$/iu;

/** Headers of lists of other stories: "Voir plus", "Lire aussi", "See more", "Read next", "Most read"... */
export const MARKER =
  /^(?:voir (?:plus|aussi|également)|lire (?:aussi|plus|également|la suite|encore)|à lire (?:aussi|également|absolument|ensuite)?|(?:sur le |du |dans la )?même (?:sujet|catégorie|rubrique|auteur|thème|thématique)|articles? (?:liés|similaires|connexes|associés|recommandés)|(?:les )?plus lus|plus d['’]articles|autres (?:articles|actualités|infos)|dernières (?:nouvelles|actualités|infos)|(?:nos )?articles récents|à la une|tags?|mots[- ]clés|see (?:more|also)|read (?:more|next|also)|also read|related(?: (?:articles?|stories|news|posts|content|coverage))?|more (?:news|stories|articles|on this (?:topic|story)|from .{2,40}|in .{2,40})|explore more(?: on (?:these|this) topics?)?|most (?:read|popular|viewed|shared)|you (?:may|might) also like|recommended(?: for you)?|latest (?:news|stories)|top stories|trending(?: now)?|keywords|what to read next)\s*[:>»]?$/iu;

/** An image number glued into a caption by the copy: "… hauteur ảnh 1Le Secrétaire …". */
export const GLUED_IMAGE_INDEX = /(?:^|\s)(?:ảnh|hình|photo|image|img|picture)\s?\d{1,2}(?=\p{Lu})/iu;

// "Photo :", "Vidéo: ", "Photo diffusée par", "Photo courtesy of", "Crédit photo ©". A bare "vidéo de"
// or "images of" is prose, not a credit.
const CREDIT_LABEL =
  '(?:photos?|vidéos?|videos?|ảnh|images?|crédits?(?: photo)?|credits?|illustration|infographie|graphic|graphique|source photo)' +
  '(?:\\s*(?::|©)|\\s+(?:diffusée?s?|fournie?s?|transmise?s?|courtesy)(?:\\s+(?:par|by|de|of))?\\s*:?)';
// the credited name: short, no sentence inside, not ending with a period
const CREDITED = '(?:(?!\\.\\s)[^!?:]){0,59}[^!?:.\\s]';

/** A credit at the end of a caption: "Photo : VNA", "Photo: Ledger/ALP", "Photo diffusée par la VNA", "(Photo: X)". */
export const CREDIT_AT_END = new RegExp(`(?:^|[\\s.|(])${CREDIT_LABEL}\\s*${CREDITED}\\s*[|)]?\\s*$`, 'iu');

/** The whole line is a credit ("Photo : Nguyên Tuyên/VNA/CVN |"). */
export const CREDIT_LINE = new RegExp(`^\\(?${CREDIT_LABEL}\\s*${CREDITED}\\s*[|)]?$`, 'iu');

/** Layout residue of a picture table: a caption cell ending in " |". */
export const PIPE_END = /\s\|$/;

/** Who stands where in a picture: "(droite)", "(à gauche)", "(right)", "(2e à gauche)". */
export const POSITION_NOTE =
  /\((?:à |au |de |from |far |2e |3e |second |third )?(?:droite|gauche|centre|right|left|centre|center|g\.? à d\.?|l-r|l to r)(?: à (?:droite|gauche))?\)/iu;

/** An agency credit on its own line: "VNA/CVN", "AFP", "Reuters/VNA". */
export const AGENCY_LINE = /^(?:[A-Z][A-Za-z]{1,9}|[A-Z]{2,6})(?:\s?\/\s?(?:[A-Z][A-Za-z]{1,9}|[A-Z]{2,6}))+$/u;

/** An end mark closing a wire story: "…interest./.", "(END)", "###", "-30-". */
export const END_MARK = /\s*(?:\/\.|\((?:END|FIN|Fin|End)\)|###|-30-)$/u;

/** An agency sign-off ending the last paragraph: "….- VNA", "…. – AFP", "…. (Reuters)". */
export const SIGN_OFF =
  /(?<=[.!?…»"”])\s*(?:[-–—]\s*([A-Z][A-Za-z]{1,9}(?:\/[A-Z][A-Za-z]{1,9})*)|\(([A-Z][A-Za-z]{1,9}(?:\/[A-Z][A-Za-z]{1,9})*)\))\s*$/u;

/** A byline: "Par Jean Dupont", "By Mary Smith | Reuters", "De notre correspondant à Tokyo". */
export const BYLINE =
  /^(?:(?:additional )?reporting by|writing by|editing by|compiled by|édité par|rédigé par|avec (?:l')?(?:afp|reuters|ap)|par|by|written by|reported by|texte|propos recueillis par|de notre (?:envoyée?|correspondante?)(?: spéciale?)?(?: à| in)?)\s*:?\s+\p{Lu}[^.!?]{0,100}$/iu;

/** Tags and topics lists: "Tags: Vietnam, Japon", "Mots-clés : défense". */
export const TAGS_LINE =
  /^(?:tags?|mots[- ]clés|keywords|thèmes?|topics?|sujets?|catégories?|categories)\s*:\s*\S.{0,200}$/iu;

/** A breadcrumb trail: "Accueil > Monde > Asie", "Home / World / Asia-Pacific". */
export function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s+[>»›/|]\s+/u);
  // two levels only with an arrow ("Politique › International"); "A | B" may be a name and a section
  const levels = /\s[>»›]\s/u.test(text) ? 2 : 3;
  return parts.length >= levels && parts.every((p) => p.trim().split(/\s+/).length <= 4 && !/[.!?]$/.test(p.trim()));
}

/** News agencies, whose name on a line of its own or after a slash is a credit, not prose. */
const AGENCIES =
  'AFP|AP|Reuters|REUTERS|EPA|Xinhua|XINHUA|Kyodo|KYODO|Yonhap|YONHAP|Bernama|Antara|ANTARA|VNA|TTXVN|Getty Images|AAP|ANSA|dpa|DPA|PNA|AKP|KPL|TASS|Jiji|JIJI|Sputnik|UPI|Anadolu';
/** An agency credit ending a caption: "… shake hands. REUTERS/Caroline Chia", "… à Paris. Jean Durand/AFP". */
export const AGENCY_CREDIT_AT_END = new RegExp(
  `(?<=[.!?»”"]\\s)(?:(?:${AGENCIES})\\s?/\\s?[\\p{L} .'’-]{2,40}|[\\p{L} .'’-]{2,40}/(?:${AGENCIES})(?:/[A-Z]{2,6})?)$`,
  'u',
);

/** A news agency's name alone on a line ("AFP", "VNA"): its credit for the story. */
export const AGENCY_ALONE = new RegExp(`^(?:${AGENCIES})$`, 'u');

/** A photo credit without a "Photo:" label: "REUTERS/Kim Kyung-Hoon", "Nguyen Van A/VNA", "AFP". */
export const AGENCY_CREDIT = new RegExp(
  `^(?:(?:${AGENCIES})(?:\\s?/\\s?[\\p{L} .'’-]{2,40})?|[\\p{L} .'’-]{2,40}/(?:${AGENCIES})(?:/[A-Z]{2,6})?)$`,
  'u',
);

/** Advertising and promotion lines: "Advertisement", "Publicité", "Subscribe to our newsletter". */
export const PROMO =
  /^(?:advertisement|advertising|advt|advertorial|publicité|sponsored(?: content)?|contenu sponsorisé|annonce|(?:subscribe|sign up|inscrivez-vous|abonnez-vous|follow us|suivez-nous|download (?:our|the) app|téléchargez|click here|cliquez ici|newsletter)\b.{0,120})$/iu;

/** Reading time and view counters: "5 min read", "Temps de lecture : 3 min", "1,204 views". */
export const COUNTER =
  /^(?:\d+\s*min(?:ute)?s?\s*(?:read|de lecture)|(?:temps de )?lecture\s*:?\s*\d+\s*min(?:utes?)?|reading time\s*:?\s*\d+\s*min(?:utes?)?|[\d,. ]+\s*(?:views|vues|lectures|reads))$/iu;

/** "NameName19/03/2014": a publisher name (often doubled by the copy) glued to a numeric date. */
export const PUBLISHER_GLUED_DATE =
  /^(\D{2,80}?)(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?:[\s,|·-]*\d{1,2}[:h]\d{2}(?:\s*(?:[AP]M|GMT[+-]?\d*|UTC[+-]?\d*))?)?$/iu;
