import { expect } from 'vitest';
import type { ReplyPayload } from '../../src/core/contract.js';

/** Asserts every Discord limit on a reply payload, and that mentions are off. */
export function expectWithinDiscordLimits(payload: ReplyPayload): void {
  expect(payload.allowed_mentions).toEqual({ parse: [] });
  expect((payload.content ?? '').length).toBeLessThanOrEqual(2000);
  const embeds = payload.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const e of embeds) {
    expect((e.title ?? '').length).toBeLessThanOrEqual(256);
    expect((e.description ?? '').length).toBeLessThanOrEqual(4096);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(25);
    expect((e.footer?.text ?? '').length).toBeLessThanOrEqual(2048);
    for (const f of e.fields ?? []) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(256);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(1024);
    }
    total +=
      (e.title ?? '').length +
      (e.description ?? '').length +
      (e.footer?.text ?? '').length +
      (e.author?.name ?? '').length +
      (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
  const rows = payload.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(5);
  for (const row of rows) {
    const buttons = 'components' in row ? row.components : [];
    expect(buttons.length).toBeLessThanOrEqual(5);
    for (const b of buttons) {
      if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(100);
      if ('label' in b && b.label) expect(b.label.length).toBeLessThanOrEqual(80);
    }
  }
}

/** Every string in a payload, joined: what a user could read. */
export function payloadText(payload: ReplyPayload): string {
  const strings = (v: unknown): string[] =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
  return strings({ content: payload.content, embeds: payload.embeds, components: payload.components }).join('\n');
}

/** The buttons of a reply, flattened. */
export function buttonsOf(payload: ReplyPayload): { custom_id: string; label: string; disabled: boolean }[] {
  const out: { custom_id: string; label: string; disabled: boolean }[] = [];
  for (const row of payload.components ?? []) {
    if (!('components' in row)) continue;
    for (const c of row.components as unknown[]) {
      const b = c as { custom_id?: unknown; label?: unknown; disabled?: unknown };
      if (typeof b.custom_id === 'string') {
        out.push({ custom_id: b.custom_id, label: String(b.label ?? ''), disabled: b.disabled === true });
      }
    }
  }
  return out;
}
