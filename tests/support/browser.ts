// Shared Chromium launcher for the browser tests and the viewer benchmark: Debian's
// Chromium driven by playwright-core (its own browser download does not work offline),
// with a throw-away profile, config, cache and temp folder that are deleted on close, and
// the viewer served by Vite's dev server on a free port.
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Null when Chromium is present; otherwise the line to print (tests skip, or fail under CI=true). */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `browser tests skipped: ${CHROMIUM} not found`;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(options: { width?: number; height?: number } = {}): Promise<Browser> {
  const scratch = await mkdtemp(join(tmpdir(), 'claimgraph-chromium-'));
  const dirs = {
    profile: join(scratch, 'profile'),
    config: join(scratch, 'config'),
    cache: join(scratch, 'cache'),
    tmp: join(scratch, 'tmp'),
  };
  await Promise.all(Object.values(dirs).map((dir) => mkdir(dir, { recursive: true })));
  try {
    const context = await chromium.launchPersistentContext(dirs.profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      env: { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_CACHE_HOME: dirs.cache, TMPDIR: dirs.tmp },
    });
    return {
      context,
      close: async () => {
        await context.close().catch(() => {});
        await rm(scratch, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the viewer (vite.config.ts: root web/) on a free port on localhost; `publicDir`
 * (a temp folder) is served beside the viewer, for graphs opened with ?graph=<name>.
 */
export async function serveViewer(options: { publicDir?: string } = {}): Promise<Served> {
  const server: ViteDevServer = await createServer({
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    ...(options.publicDir ? { publicDir: options.publicDir } : {}),
    server: { port: 0, host: '127.0.0.1', strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('claimgraph/tests/browser: Vite did not report a port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
