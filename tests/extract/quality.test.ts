// Regression floors for extraction quality, scored with the reference scorer's rules: the
// project's curated seed annotation and the held-out evaluation fixtures. A floor sits a
// little under the score reached when it was set; falling under it means a change broke
// a general pattern.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticles } from '../../src/extract/index.ts';
import { mergeGold, scoreStatements, type ScoreInput } from '../../src/evaluate/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(path, 'utf8');

describe('extraction quality', () => {
  it('curated seed article: strict micro F1 ≥ 0.94 (reached 1.00)', () => {
    const text = read(join(ROOT, 'graph/articles/aleppo-2016.txt'));
    const gold = JSON.parse(read(join(ROOT, 'graph/annotations/aleppo-2016.json'))) as ScoreInput;
    const report = scoreStatements(gold, extractArticles([{ id: 'aleppo-2016', text }]));
    expect(report.micro.strict.f).toBeGreaterThanOrEqual(0.94);
  });

  it('held-out evaluation fixtures: strict ≥ 0.8, loose ≥ 0.9 (reached 0.85 / 0.94)', () => {
    const dir = join(ROOT, 'tests/fixtures/eval');
    const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
    expect(golds.length).toBeGreaterThanOrEqual(8);
    const gold = mergeGold(golds.map((f) => JSON.parse(read(join(dir, f))) as ScoreInput));
    const articles = gold.documents.map((d) => ({ id: d.id, text: read(join(dir, `${d.id}.txt`)) }));
    const report = scoreStatements(gold, extractArticles(articles));
    expect(report.micro.strict.f).toBeGreaterThanOrEqual(0.8);
    expect(report.micro.loose.f).toBeGreaterThanOrEqual(0.9);
  });
});
