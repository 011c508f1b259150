// A reliability table: statements grouped into bands of their `confidence`, and for each band how
// often they were right against human annotations (the outcomes of ./attributions.ts). A
// confidence is honest when each band's precision is at least its lower bound. Statements matched
// to gold outside the scored subset are left out, as the scorer leaves them out; pieces of a
// quotation whose gold another statement matched count as wrong. Pure.
import type { Outcome } from './attributions.ts';

/** Band lower bounds, highest first; a statement falls in the first band whose bound it exceeds (the last takes the rest). */
export const CONFIDENCE_BANDS = [0.9, 0.8, 0.7, 0.5, 0] as const;

export interface ReliabilityRow {
  /** "> 0.9", "> 0.8", … "≤ 0.5". */
  band: string;
  lower: number;
  statements: number;
  /** Content matched a gold attribution (speaker right or not). */
  content: number;
  /** Content matched and the speaker is right. */
  attributed: number;
  contentPrecision: number | null;
  attributedPrecision: number | null;
}

const emptyRow = (band: string, lower: number): ReliabilityRow => ({
  band,
  lower,
  statements: 0,
  content: 0,
  attributed: 0,
  contentPrecision: null,
  attributedPrecision: null,
});

export function reliabilityTable(
  statements: readonly { id: string; confidence?: number }[],
  outcomes: ReadonlyMap<string, Outcome>,
  bands: readonly number[] = CONFIDENCE_BANDS,
): ReliabilityRow[] {
  const rows = bands.map((lower, i) =>
    emptyRow(i === bands.length - 1 ? `≤ ${bands[i - 1] ?? 1}` : `> ${lower}`, lower),
  );
  /** Statements without a confidence. */
  const none = emptyRow('none', Number.NaN);
  for (const st of statements) {
    const outcome = outcomes.get(st.id);
    if (outcome === undefined || outcome === 'ignored') continue;
    const row =
      st.confidence === undefined
        ? none
        : (rows.find((r, i) => (st.confidence as number) > r.lower || i === rows.length - 1) as ReliabilityRow);
    row.statements++;
    if (outcome !== 'spurious') row.content++;
    if (outcome === 'right') row.attributed++;
  }
  const all = none.statements > 0 ? [...rows, none] : rows;
  for (const row of all) {
    row.contentPrecision = row.statements > 0 ? row.content / row.statements : null;
    row.attributedPrecision = row.statements > 0 ? row.attributed / row.statements : null;
  }
  return all;
}

export function formatReliability(rows: readonly ReliabilityRow[]): string {
  const pct = (x: number | null) => (x === null ? '—' : x.toFixed(2));
  return [
    '| confidence | statements | content precision | attributed precision |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.band} | ${r.statements} | ${pct(r.contentPrecision)} | ${pct(r.attributedPrecision)} |`),
  ].join('\n');
}
