// Shared by the actor tests: a text's mentions as the mention finder sees them, in document
// order, with their text and their actor's label, and the document context they were found in.
import { tokenize } from '../../../src/extract/nlp/tokens.ts';
import { DocActors } from '../../../src/extract/actors/scan.ts';
import { ActorRegistry } from '../../../src/extract/actors/registry.ts';
import { defaultGazetteer } from '../../../src/extract/actors/defaultGazetteer.ts';
import type { DocContext } from '../../../src/extract/actors/document.ts';
import type { Sentence } from '../../../src/extract/nlp/tokens.ts';
import type { Mention } from '../../../src/extract/types.ts';

export interface ScannedMention extends Mention {
  text: string;
  label: string | undefined;
  sentence: Sentence;
}

export function scanMentions(text: string): {
  mentions: ScannedMention[];
  label: (id: string) => string | undefined;
  doc: DocContext;
  actors: DocActors;
} {
  const t = tokenize(text);
  const registry = new ActorRegistry(defaultGazetteer());
  const actors = new DocActors(t, registry);
  const mentions = t.sentences.flatMap((s) =>
    actors.scan(s).map((m) => ({
      ...m,
      text: text.slice(t.start[m.first], t.end[m.last]),
      label: registry.get(m.actor)?.label,
      sentence: s,
    })),
  );
  return { mentions, label: (id) => registry.get(id)?.label, doc: actors.doc, actors };
}
