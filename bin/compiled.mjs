// Whether the compiled command (dist-node/, built from src/ by `npm run build:cli`, which
// `npm ci` runs as the `prepare` script) is up to date with the sources: the build writes
// dist-node/built-at last; any source file changed after it (src/**, the gazetteer JSON the
// extractor imports, the TypeScript configuration) makes the build stale. Plain JavaScript,
// shared by bin/claimgraph.mjs (on every start: it costs a few milliseconds) and the tests'
// global set-up.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const STAMP = 'dist-node/built-at';
export const ENTRY = 'dist-node/src/cli/main.js';

const SOURCES = ['src', 'graph/gazetteer', 'tsconfig.json', 'tsconfig.build.json'];

/** The newest source file under `path` (a file or a folder), as [mtime in ms, path]. */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return [info.mtimeMs, path];
  let found = [0, path];
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const mtime = statSync(file).mtimeMs;
    if (mtime > found[0]) found = [mtime, file];
  }
  return found;
}

/**
 * Why the compiled command cannot be used as it is, or undefined when it can: 'missing' when
 * there is no build, else the relative path of a source file newer than the build. Without
 * sources (an installed package) the build is taken as it is.
 */
export function staleness(root = ROOT) {
  if (!existsSync(join(root, 'src'))) return undefined;
  if (!existsSync(join(root, STAMP)) || !existsSync(join(root, ENTRY))) return 'missing';
  const built = statSync(join(root, STAMP)).mtimeMs;
  for (const source of SOURCES) {
    const path = join(root, source);
    if (!existsSync(path)) continue;
    const [mtime, file] = newest(path);
    if (mtime > built) return file.slice(root.length).replace(/^[\\/]/, '');
  }
  return undefined;
}
