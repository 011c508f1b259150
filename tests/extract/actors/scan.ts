// Shared by the actor tests: a text's mentions as the mention finder sees them, in document
// order, with a look-up from actor id to label.
import { tokenize } from '../../../src/extract/nlp/tokens.ts';
import { DocActors } from '../../../src/extract/actors/mentions.ts';
import { ActorRegistry } from '../../../src/extract/actors/registry.ts';
import { defaultGazetteer } from '../../../src/extract/actors/defaultGazetteer.ts';
import type { Mention } from '../../../src/extract/types.ts';

export function scanMentions(text: string): { mentions: Mention[]; label: (id: string) => string | undefined } {
  const t = tokenize(text);
  const registry = new ActorRegistry(defaultGazetteer());
  const actors = new DocActors(t, registry);
  const mentions = t.sentences.flatMap((s) => actors.scan(s));
  return { mentions, label: (id) => registry.get(id)?.label };
}
