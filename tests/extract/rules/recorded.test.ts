// Every extracted statement says which rules produced it (`statements[].rules`, printed by
// `claimgraph extract --explain`): the attribution rule that found it first, then exactly one
// speaker rule, then any rule that ran it on into later sentences or refined its stance. Checked
// on the project's own articles (seed, eval and development fixtures) and on every example
// sentence of the attribution tables, so a new construction or engine path cannot forget it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticles, type ArticleInput } from '../../../src/extract/index.ts';
import {
  ATTRIBUTION,
  CONTINUATION,
  EXTENSION,
  FOLLOWING_QUOTE,
  PRECEDING_QUOTE,
} from '../../../src/extract/patterns/table.ts';
import { RULE_FAMILIES } from '../../../src/io/statements/explain.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TABLES = [ATTRIBUTION, EXTENSION, CONTINUATION, PRECEDING_QUOTE, FOLLOWING_QUOTE];
const ATTRIBUTION_RULES = new Set(TABLES.flatMap((t) => t.rules.map((r) => `${t.name}/${r.name}`)));

function fixtureArticles(dir: string): ArticleInput[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(ROOT, dir, f), 'utf8') }));
}

const examples: ArticleInput[] = TABLES.flatMap((t) => t.rules.flatMap((r) => r.examples)).map((e, i) => ({
  id: `example-${i}`,
  text: e.text,
}));

const SETS: [string, ArticleInput[]][] = [
  ['seed article', fixtureArticles('graph/articles')],
  ['eval fixtures', fixtureArticles('tests/fixtures/eval')],
  ['development fixtures', fixtureArticles('tests/fixtures/development')],
  ['rule examples', examples],
];

describe('rules recorded on every statement', () => {
  it.each(SETS)('%s', (_name, articles) => {
    const file = extractArticles(articles);
    expect(file.statements.length).toBeGreaterThan(articles.length / 2);
    for (const st of file.statements) {
      const where = `${st.doc} ${st.id} “${st.content.text}”: ${JSON.stringify(st.rules)}`;
      const rules = st.rules ?? [];
      expect(ATTRIBUTION_RULES.has(rules[0] as string), where).toBe(true);
      expect(
        rules.filter((r) => r.startsWith('speaker/')),
        where,
      ).toHaveLength(1);
      expect(rules[1]?.startsWith('speaker/'), where).toBe(true);
      expect(rules[1], where).not.toBe('speaker/unknown');
      for (const rule of rules) {
        expect(
          RULE_FAMILIES.some((f) => rule.startsWith(`${f}/`)),
          where,
        ).toBe(true);
        if (rule.startsWith('attribution/')) expect(ATTRIBUTION_RULES.has(rule), where).toBe(true);
      }
    }
  });
});
