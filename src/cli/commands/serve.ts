// `claimgraph serve --store URL [--host 127.0.0.1] [--port 8787]`: the HTTP JSON API over a store
// (src/server), until interrupted. The server library and the database client load only here.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { STORE_HELP } from '../source.ts';
import { summary } from './index.ts';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new InvalidArgumentError(`expected a port number (0–65535), got ${JSON.stringify(value)}`);
  return n;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description(summary('serve'))
    .requiredOption('--store <url>', STORE_HELP)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free one)', port, 8787)
    .option(
      '--allow-origin <origins>',
      'origins (comma-separated, or *) whose pages may read the API, e.g. a viewer served elsewhere; default: pages on this machine',
    )
    .action(async (options: { store: string; host: string; port: number; allowOrigin?: string }) => {
      const { PgStore } = await import('../../store/pgStore.ts');
      const { createServer, LOOPBACK_ORIGINS } = await import('../../server/app.ts');
      const store = await PgStore.open(options.store, { connections: 8 });
      const origins = options.allowOrigin?.split(',').map((o) => o.trim().replace(/\/$/, ''));
      const app = await createServer(store, {
        ...(origins ? { allowOrigins: origins.includes('*') ? true : [...LOOPBACK_ORIGINS, ...origins] } : {}),
      });
      const address = await app.listen({ host: options.host, port: options.port });
      process.stderr.write(`serve: ${store.name} on ${address}/api (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await app.close();
      await store.close();
    });
}
