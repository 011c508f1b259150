// The shared palette: every actor kind, stance and edge kind has its own #rrggbb colour.
import { describe, expect, it } from 'vitest';
import { ACTOR_KIND_COLORS, DOCUMENT_COLOR, EDGE_COLORS, STANCE_COLORS, UNKNOWN_COLOR } from '../../src/style/index.ts';
import { ACTOR_KINDS, EDGE_KINDS, STANCES } from '../../src/model/index.ts';

describe('palette', () => {
  it.each([
    ['actor kinds', ACTOR_KINDS, ACTOR_KIND_COLORS],
    ['stances', STANCES, STANCE_COLORS],
    ['edge kinds', EDGE_KINDS, EDGE_COLORS],
  ] as const)('gives each of the %s a distinct #rrggbb colour', (_name, kinds, colors: Record<string, string>) => {
    expect(Object.keys(colors).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) expect(colors[kind]).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(kinds.map((kind) => colors[kind])).size).toBe(kinds.length);
  });

  it('colours speech-act edges as their stance', () => {
    for (const stance of STANCES) expect(EDGE_COLORS[stance]).toBe(STANCE_COLORS[stance]);
  });

  it.each([DOCUMENT_COLOR, UNKNOWN_COLOR])('%s is a #rrggbb colour', (color) => {
    expect(color).toMatch(/^#[0-9a-f]{6}$/);
  });
});
