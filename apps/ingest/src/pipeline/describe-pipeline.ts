import { STAGE_LIST } from './stages.js';

/** The stages in order, with their folder, what they do, need and add. */
export function pipelineStages(): { name: string; folder: string; does: string; needs: string[]; adds: string[] }[] {
  return STAGE_LIST.map((s) => ({
    name: s.name,
    folder: `src/stages/${s.name}/`,
    does: s.does,
    needs: [...s.needs],
    adds: [...s.adds],
  }));
}

/** The pipeline as a Markdown table (the README's stage table): stage, folder, what it does. */
export function describePipeline(): string {
  const rows = pipelineStages().map((s, i) => `| ${i + 1} | ${s.name} | \`${s.folder}\` | ${s.does} |`);
  return ['| # | stage | folder | what it does |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
