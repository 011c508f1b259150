// The extension rules, applied in order to every mention found: each may lengthen the mention or
// turn it into what it names, and the next sees the result.
import type { RuleTable } from '../../rules/rule.ts';
import type { Found } from '../found.ts';
import { affiliate } from './affiliate.ts';
import { home } from './home.ts';
import { namedAffiliate } from './namedAffiliate.ts';
import type { ExtensionQuery } from './query.ts';
import { seat } from './seat.ts';
import { sourceModifier } from './sourceModifier.ts';

export const EXTENSION_RULES: RuleTable<ExtensionQuery, Found, string> = {
  name: 'extension',
  rules: [seat, sourceModifier, home, affiliate, namedAffiliate],
};
