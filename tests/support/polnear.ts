// PolNeAR, the real news with human attribution annotations in ../shared/polnear (beside the
// repository; its licence keeps every bit of it out of the project). A test reads a split from
// disk with `polnearSplit('dev')`: when it is absent the test file prints one line and skips,
// except under CI=true, where a test named after the missing data fails.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../src/extract/index.ts';
import type { AttributionGold } from '../../src/evaluate/index.ts';

export const POLNEAR = fileURLToPath(new URL('../../../shared/polnear/', import.meta.url));
export const SHARED_TOOLS = fileURLToPath(new URL('../../../shared/tools/', import.meta.url));

export interface PolnearSplit {
  /** The split's texts, in the gold's document order, ids as `claimgraph extract` gives them (file names). */
  articles: ArticleInput[];
  gold: AttributionGold;
  goldPath: string;
}

/** The split, or null after printing why not (and, under CI=true, registering a failing test). */
export function polnearSplit(split: 'dev' | 'train'): PolnearSplit | null {
  const goldPath = join(POLNEAR, split, 'gold.json');
  if (!existsSync(goldPath)) {
    const reason = `PolNeAR tests skipped: ${goldPath} not found`;
    console.log(reason);
    if (process.env.CI === 'true')
      describe(`PolNeAR ${split} under CI`, () => {
        it('is present beside the repository (../shared/polnear)', () => {
          expect(reason).toBe('');
        });
      });
    return null;
  }
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as AttributionGold;
  const articles = gold.documents.map((d: { id: string; file?: string }) => ({
    id: d.id,
    text: readFileSync(join(POLNEAR, split, 'text', d.file ?? `${d.id}.txt`), 'utf8'),
  }));
  return { articles, gold, goldPath };
}
