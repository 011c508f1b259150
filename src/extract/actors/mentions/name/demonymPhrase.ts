// After a demonym: a state body ("Syrian army"), the government, an unnamed person or a group, or
// an organisation's name (the demonym rules decide).
import { firstRule } from '../../../rules/rule.ts';
import { DEMONYM_RULES } from '../demonym/table.ts';
import { MENTION_GATE, type MentionRule } from '../query.ts';

export const demonymPhrase: MentionRule = {
  name: 'demonym-phrase',
  description: 'a demonym and what follows it (see the demonym rules)',
  examples: [
    { text: 'The Kenyan army said the road was open.', expected: 'Kenyan army' },
    { text: 'Kenya said the road was open.', expected: null },
  ],
  needs: MENTION_GATE.gazetteer | MENTION_GATE.demonymName,
  apply: (q) => {
    if (!q.gaz || q.gaz.name.role !== 'demonym') return null;
    const fired = firstRule(DEMONYM_RULES, q);
    return fired ? { ...fired.result, rule: fired.result.rule ?? fired.rule } : null;
  },
};
