// Small articles written for these tests (not taken from any seed), in the shapes pasted pages have.
export const ARTICLE_FR = `Le Cambodge et la Thaïlande relancent leur commission des frontières

Le Courrier du Mékong
Publié le 14/02/2023 à 09h30

Phnom Penh, 13 février (AKP) – Le ministre cambodgien des Affaires étrangères et son homologue thaïlandais ont coprésidé lundi la réunion de la commission mixte des frontières.

Les deux parties ont convenu de poursuivre le déminage des zones frontalières et de renforcer les patrouilles conjointes.

Les ministres à la réunion. Photo : AKP

Elles se retrouveront l'an prochain à Bangkok pour la prochaine session.

Lire aussi

Un festival de musique à Siem Reap
Le directeur Sok Dara attend dix mille visiteurs.
`;

export const ARTICLE_EN = `Malaysia and Indonesia agree on sea border talks

The Straits Observer
March 3, 2022 | 11:00

KUALA LUMPUR — The two foreign ministers agreed on Thursday to resume talks on their maritime boundary in the Sulawesi Sea.

They also discussed palm oil exports and the protection of migrant workers in both countries.

Share this article

Read next

Floods close roads in Sabah
Officials said the water was receding.
`;
