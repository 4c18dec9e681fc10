#!/usr/bin/env node
// Checks a gold file against its articles before it is scored: every quoted string (title, url,
// evidence, mustContain, mustNotContain, glued words, outcome cues, distractor names, date texts)
// must be in the article, verbatim or at least after the scorer's squashing, so that a miss in the
// score is the extractor's and not the gold's.
// Usage: node eval/scripts/check-gold-quotes.mjs GOLD.json TEXTS_DIR
import { readdirSync, readFileSync } from 'node:fs';

const [goldPath, dir] = process.argv.slice(2);
if (!goldPath || !dir) {
  console.error('usage: check-gold-quotes.mjs GOLD.json TEXTS_DIR');
  process.exit(2);
}
// the same folding as ../shared/eval/score.mjs
const fold = (s) =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/[’ʼ´`]/g, "'")
    .toLowerCase();
const squash = (s) => fold(s).replace(/[^a-z0-9]/g, '');

const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const files = new Set(readdirSync(dir));
const problems = [];
const notes = [];
let checked = 0;

const checkArticle = (g, text) => {
  const squashed = squash(text);
  // exact: the string must be in the text as written; otherwise case-insensitively
  const need = (what, s, exact = true) => {
    checked += 1;
    if (exact ? text.includes(s) : fold(text).includes(fold(s))) return;
    if (squashed.includes(squash(s))) {
      if (exact) notes.push(`${g.file} ${what} found only after squashing: ${s.slice(0, 60)}`);
      return;
    }
    problems.push(`${g.file} ${what} not found: ${s}`);
  };
  if (g.title) need('title', g.title);
  if (g.publisher) need('publisher', g.publisher, false);
  if (g.url) need('url', g.url);
  for (const s of g.mustContain ?? []) need('mustContain', s);
  for (const s of g.mustNotContain ?? []) need('mustNotContain', s);
  for (const [glued] of g.repairs ?? []) need('repair', glued);
  for (const d of g.distractors ?? []) need('distractor', d.name);
  for (const e of g.events) {
    for (const s of e.evidence ?? []) need(`${e.key} evidence`, s);
    for (const cue of e.outcomeCues ?? []) {
      if (!Array.isArray(cue) || cue.length < 1 || cue.length > 3) problems.push(`${e.key}: a cue must be 1-3 phrases`);
      for (const c of cue) need(`${e.key} cue`, c, false);
    }
    if ((e.outcomeCues ?? []).length !== (e.outcomes ?? []).length) {
      notes.push(`${e.key}: ${e.outcomes?.length ?? 0} outcomes but ${e.outcomeCues?.length ?? 0} cue lists`);
    }
    for (const p of e.participants ?? []) {
      const words = fold(p.name)
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      if (!words.some((w) => fold(text).includes(w))) problems.push(`${e.key}: participant not in the text: ${p.name}`);
    }
    if (e.date?.text) need(`${e.key} date.text`, e.date.text, false);
    if (e.placeCity) need(`${e.key} placeCity`, e.placeCity, false);
  }
};

for (const g of gold) {
  if (!files.has(g.file)) problems.push(`${g.file}: no such article in ${dir}`);
  else checkArticle(g, readFileSync(`${dir}/${g.file}`, 'utf8'));
}
for (const n of notes) console.log(`  note: ${n}`);
for (const p of problems) console.log(`  PROBLEM: ${p}`);
console.log(`${gold.length} articles, ${checked} strings checked, ${problems.length} problems`);
process.exit(problems.length ? 1 : 0);
