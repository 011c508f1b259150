// The shipped gazetteer (graph/gazetteer/*.json, see their `source`), imported statically so
// that the extractor runs unchanged in Node, in worker threads and in the browser (Vite
// inlines the JSON); no file is read at run time. The entries also serve the corpus layer
// (the synthetic generator's cast, cross-document identity evidence).
import states from '../../../graph/gazetteer/states.json' with { type: 'json' };
import organisations from '../../../graph/gazetteer/organisations.json' with { type: 'json' };
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';

let built: Gazetteer | undefined;

/** Every shipped entry: states first, then organisations, in file order. */
export function gazetteerEntries(): readonly GazetteerEntry[] {
  return [...states.entries, ...organisations.entries] as GazetteerEntry[];
}

export function defaultGazetteer(): Gazetteer {
  built ??= buildGazetteer(gazetteerEntries(), [...states.ambiguous, ...organisations.ambiguous]);
  return built;
}
