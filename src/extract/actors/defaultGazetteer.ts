// The shipped gazetteer (graph/gazetteer/*.json, see their `source`), imported statically so
// that the extractor runs unchanged in Node, in worker threads and in the browser (Vite
// inlines the JSON); no file is read at run time.
import states from '../../../graph/gazetteer/states.json' with { type: 'json' };
import organisations from '../../../graph/gazetteer/organisations.json' with { type: 'json' };
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';

let built: Gazetteer | undefined;

export function defaultGazetteer(): Gazetteer {
  built ??= buildGazetteer([...states.entries, ...organisations.entries] as GazetteerEntry[], [...states.ambiguous, ...organisations.ambiguous]);
  return built;
}
