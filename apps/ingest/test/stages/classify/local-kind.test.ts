import { describe, expect, it } from 'vitest';
import { localKind } from '../../../src/stages/classify/local-kind.js';

describe('localKind', () => {
  it.each([
    ['>> Another story about trade', 'related-link'],
    ['►Le Cambodge signe un accord', 'related-link'],
    ['Lire aussi : Le Cambodge signe un accord', 'related-link'],
    ['Comments (12)', 'comments'],
    ['3 commentaires', 'comments'],
    ['No videos available', 'empty-widget'],
    ['Aucun commentaire', 'empty-widget'],
    ['Partager · Tweeter · Imprimer', 'navigation'],
    ['Share this story', 'navigation'],
    ['Source: https://example.com/news/1', 'source-line'],
    ['Sources', 'source-line'],
    ['© The Mekong Post 2024', 'publisher-line'],
    ['Press Trust of India. All rights reserved', 'publisher-line'],
    ['Hangang Newswire (c) All rights reserved.', 'publisher-line'],
    ['Lire aussi', 'marker'],
    ['Related stories', 'marker'],
    ['More from The Daily Planet', 'marker'],
    ['Photo: Reuters', 'caption'],
    ['Les deux ministres avant la réunion. Photo : AFP', 'caption'],
    ['The delegations at the harbour (left). Photo courtesy: Navy', 'caption'],
    ['Signing ceremony in Manila |', 'caption'],
    ['Le Courrier du SudLe Courrier du Sud05/06/2021', 'publisher-line'],
    ['Southern Cross Times | 21 August 2023', 'publisher-line'],
    ['Le Courrier européen – 2 novembre 2023', 'publisher-line'],
    ['Posted on March 3, 2022 at 10:15', 'date-line'],
    ['Mis à jour le 4 avril 2023 à 08h10', 'date-line'],
    // a date line need not hold a digit: chrono dates a relative time against its reference
    ['Updated two hours ago', 'date-line'],
    ['Mis à jour il y a trois heures', 'date-line'],
    ['Published a day ago', 'date-line'],
    // clock times with a time zone, a bare "date" label, header strips whose other cells are labels
    ['Published: 12/05/2023 09:10 PKT', 'date-line'],
    ['Updated March 9, 2021 6:02 PM EST', 'date-line'],
    ['date 2022-11-30', 'date-line'],
    // the zone in words after the clock time, a live blog's line
    ['Mis à jour le 10 août 2023 à 09h15 (heure de Paris)', 'date-line'],
    ['Publié le jeudi 27 juillet 2023 à 21h04 (heure locale)', 'date-line'],
    ['Published: August 21, 2024 07:45 (Tokyo time)', 'date-line'],
    ['Direct mis à jour le 16.06.2024 à 17h52', 'date-line'],
    ['Live blog, Friday 04.04.2025 — last entry 17:05 local time (UTC+5)', 'date-line'],
    ['Thu 7 Jul 2022 · 4 min read', 'date-line'],
    ['Today: Mon, 03 Mar 2025 | Edition: Africa', 'date-line'],
    ['Vendredi 7 mars 2025 | Édition du soir', 'date-line'],
    ['Tuesday, 2 May 2023 | Lagos 31°C | E-Paper | Log in', 'date-line'],
    ['mekongpost.com', 'publisher-line'],
    ['AFP/VNA', 'publisher-line'],
    ['AFP', 'publisher-line'],
    // following, subscribing and sharing strips of other publishers
    ['Follow The Harbour Post on WhatsApp | Subscribe to our evening newsletter', 'navigation'],
    ['Suivez Le Quotidien sur Telegram · © Le Quotidien 2024', 'navigation'],
    ['Partager cet article : Facebook · X · Courriel', 'navigation'],
    ['Partager ce post', 'navigation'],
    ['Share this post · Share this video', 'navigation'],
    ['Partager cette vidéo', 'navigation'],
    ['© Le Quotidien', 'publisher-line'],
    ['Trade · Foreign policy · Anthony Albanese · Pacific Islands', 'navigation'],
    ['Explore more on these topics', 'marker'],
    ['Les plus lus', 'marker'],
    ['ADVT', 'navigation'],
    ['Translated by the Lagos Courier automatic service', 'navigation'],
    ['[Traduction automatique du service en arabe. Le texte original fait foi.]', 'navigation'],
    ['Monde › Asie', 'navigation'],
  ])('%s → %s', (text, kind) => {
    expect(localKind(text)?.kind).toBe(kind);
  });

  it.each([
    ['Le ministre a reçu son homologue le 3 mars 2022 à Paris.'],
    ['The two sides signed a memorandum on maritime cooperation.'],
    ['Coopération dans la formation'],
    ['Le Japon et la France'],
    ['Tuesday, the first of May'],
    ['Mardi et mercredi'],
    ['Il a montré une vidéo de la cérémonie.'],
    ['Copyright disputes between the two firms were also discussed'],
    ['ASEAN'],
    ['La prochaine réunion se tiendra à Hanoï le 05/06/2024'],
    ['They released images of the ships at anchor off the coast.'],
    ['Talks in Lima - the leaders meet on 15 November 2024 to discuss trade and security issues'],
    ['Follow the money: how the summit was paid for'],
    ['Translated into six languages, the declaration was read aloud at the close of the summit.'],
  ])('leaves prose and headings alone: %s', (text) => {
    expect(localKind(text)).toBeNull();
  });
});
