import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../src/pipeline/stages.js';

// The layout the pipeline's later work builds on: each layer imports only from the ones below it,
// a stage only from its own folder and the shared layers.
const src = fileURLToPath(new URL('../../src/', import.meta.url));
const LAYERS = ['errors', 'text', 'resources', 'draft', 'stages', 'pipeline', 'corpus', 'cli', 'entry'] as const;
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

const files = (readdirSync(src, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(src, f));
const rel = (file: string) => relative(src, file).split('\\').join('/');

/** The layer of a source file, and for a stage its folder. */
function placeOf(file: string): { layer: number; stage: string | null } {
  const [top, second] = rel(file).split('/');
  if (top === 'errors.ts') return { layer: LAYERS.indexOf('errors'), stage: null };
  if (top === 'index.ts' || top === 'main.ts') return { layer: LAYERS.indexOf('entry'), stage: null };
  const layer = LAYERS.indexOf(top as (typeof LAYERS)[number]);
  if (layer < 0) throw new Error(`${rel(file)} is in no layer`);
  return { layer, stage: top === 'stages' ? (second ?? null) : null };
}

/** The source files a file imports (relative imports only), as absolute paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) => m[1] ?? '');
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

/** Functions longer than the limit, as "file:line name (n lines)". */
function longFunctions(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const lines = source.getLineAndCharacterOfPosition(node.end).line - first + 1;
      if (lines > MAX_FUNCTION_LINES) out.push(`${rel(file)}:${first + 1} (${lines} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('the source layout', () => {
  it('imports only run down the layers, and no stage reaches into another stage', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = placeOf(file);
      for (const target of importsOf(file)) {
        const to = placeOf(target);
        if (to.layer > from.layer) wrong.push(`${rel(file)} → ${rel(target)} (up the layers)`);
        if (from.stage && to.stage && from.stage !== to.stage) wrong.push(`${rel(file)} → ${rel(target)} (sideways)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it(`has no file over ${MAX_FILE_LINES} lines and no function over ${MAX_FUNCTION_LINES}`, () => {
    const long = files.filter((f) => readFileSync(f, 'utf8').trimEnd().split('\n').length > MAX_FILE_LINES);
    expect(long.map(rel)).toEqual([]);
    expect(files.flatMap(longFunctions)).toEqual([]);
  });

  it('gives no two modules the same name', () => {
    const seen = new Map<string, string[]>();
    for (const f of files) seen.set(basename(f), [...(seen.get(basename(f)) ?? []), rel(f)]);
    const twice = [...seen.values()].filter((paths) => paths.length > 1 && !paths.every((p) => p.endsWith('index.ts')));
    expect(twice).toEqual([]);
  });

  it('has one folder per stage of the pipeline, holding its definition, and no other stage folder', () => {
    const folders = readdirSync(join(src, 'stages')).sort();
    expect(folders).toEqual(STAGES.map((s) => s.name).sort());
    for (const { name } of STAGES) {
      expect(readFileSync(join(src, 'stages', name, `${name}-stage.ts`), 'utf8')).toContain(`name: '${name}'`);
    }
  });
});
