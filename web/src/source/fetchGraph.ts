// Fetching a graph file by URL for `?graph=`: an http(s) URL or a path beside the viewer
// (resolved against the page), read as a stream under the viewer's size limit, with one
// clear message for each way it can fail: not a URL, another scheme, a host that cannot be
// reached (or refuses cross-origin reading), an HTTP error, a file over the limit, a server
// that does not answer in time.
import { InputError } from '../../../src/errors.ts';
import { formatBytes } from '../../../src/io/files/decodeText.ts';
import { MAX_FILE_BYTES } from '../files/decodeText.ts';

const MODULE = 'claimgraph/web/source';
const TIMEOUT_MS = 60_000;

/** The absolute URL that `param` names, resolved against the page; refuses anything but http(s). */
export function graphUrl(param: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(param.trim(), base);
  } catch {
    throw new InputError(MODULE, `${JSON.stringify(param)} is not a URL or a path`, param);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError(
      MODULE,
      `${JSON.stringify(param)}: only http(s) URLs and paths beside the viewer can be opened, not ${url.protocol} addresses`,
      param,
    );
  return url;
}

/** The file name a URL's path ends with (decoded), or its host. */
export function urlFileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  if (!last) return url.host;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

async function readLimited(response: Response, shown: string): Promise<Uint8Array<ArrayBuffer>> {
  const tooBig = (size: string) =>
    new InputError(MODULE, `${shown}: is ${size}, over the viewer's limit of ${formatBytes(MAX_FILE_BYTES)}`, shown);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_FILE_BYTES) throw tooBig(formatBytes(declared));
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_FILE_BYTES) {
      await reader.cancel();
      throw tooBig(`over ${formatBytes(MAX_FILE_BYTES)}`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(new ArrayBuffer(total));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

const ACCEPT = 'application/gexf+xml, application/xml, text/xml, application/json, text/plain;q=0.5';

/** The bytes at the URL `param` names, as a File named after it. */
export async function fetchGraphFile(param: string, base = location.href): Promise<File> {
  const url = graphUrl(param, base);
  const shown = url.origin === new URL(base).origin ? url.pathname.replace(/^\//, '') || url.href : url.href;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: abort.signal,
        credentials: 'omit',
        cache: 'no-cache',
        // Graph types first: a single-page server (vite's) then answers a missing file with 404,
        // not with its index page. A safelisted header: no preflight for other sites.
        headers: { Accept: ACCEPT },
      });
    } catch {
      if (abort.signal.aborted)
        throw new InputError(MODULE, `${shown}: ${url.host} did not answer within ${TIMEOUT_MS / 1000} s`, shown);
      throw new InputError(
        MODULE,
        `${shown}: could not reach ${url.host} (no network, no such host, or the server does not let other sites read the file)`,
        shown,
      );
    }
    if (!response.ok)
      throw new InputError(
        MODULE,
        `${shown}: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        shown,
      );
    return new File([await readLimited(response, shown)], urlFileName(url));
  } catch (error) {
    if (abort.signal.aborted && !(error instanceof InputError))
      throw new InputError(MODULE, `${shown}: ${url.host} did not answer within ${TIMEOUT_MS / 1000} s`, shown);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
