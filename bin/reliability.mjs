#!/usr/bin/env node
// Reliability of extracted confidences against human attribution annotations (polnear-gold@1):
//   node bin/reliability.mjs GOLD.json SYSTEM.json [--by-rule]
// prints confidence bands → statements, content precision, attributed precision (speech subset,
// the rules of ../shared/tools/score-attributions.mjs); --by-rule adds the same per attribution
// rule × speaker rule. For checking the confidence table, never for fitting it.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { scoreAttributions, reliabilityTable, formatReliability } = await import('../src/evaluate/index.ts');

const [goldPath, systemPath, flag] = process.argv.slice(2);
if (!goldPath || !systemPath) {
  process.stderr.write('usage: node bin/reliability.mjs GOLD.json SYSTEM.json [--by-rule]\n');
  process.exit(2);
}
const gold = JSON.parse(readFileSync(goldPath, 'utf8'));
const system = JSON.parse(readFileSync(systemPath, 'utf8'));
const report = scoreAttributions(gold, system, 'speech');
process.stdout.write(`${formatReliability(reliabilityTable(system.statements, report.outcomes))}\n`);
if (flag === '--by-rule') {
  const groups = new Map();
  for (const st of system.statements) {
    const outcome = report.outcomes.get(st.id);
    if (outcome === undefined || outcome === 'ignored') continue;
    const key = `${(st.rules ?? [])[0] ?? '?'}  ${(st.rules ?? [])[1] ?? '?'}  ${st.confidence ?? '—'}`;
    const g = groups.get(key) ?? { n: 0, content: 0, right: 0 };
    g.n++;
    if (outcome !== 'spurious') g.content++;
    if (outcome === 'right') g.right++;
    groups.set(key, g);
  }
  for (const [key, g] of [...groups].sort((a, b) => b[1].n - a[1].n))
    process.stdout.write(
      `${String(g.n).padStart(4)}  content ${(g.content / g.n).toFixed(2)}  right ${(g.right / g.n).toFixed(2)}  ${key}\n`,
    );
}
