// Progress of an ingest run: a cli-progress bar (articles done, articles/s, ETA) on a
// terminal, plain log lines otherwise (CI logs, pipes), at most one every few seconds.
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  update(done: number): void;
  /** A line printed above the bar (or as is without one). */
  log(line: string): void;
  stop(): void;
}

const LOG_EVERY_MS = 5000;

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (stream.isTTY) {
    const bars = new cliProgress.MultiBar(
      {
        stream,
        format: 'ingest [{bar}] {value}/{total} articles | {rate} articles/s | ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    const bar = bars.create(total, 0, { rate: '0.0' });
    return {
      update: (done) => bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) }),
      log: (line) => bars.log(`${line}\n`),
      stop: () => bars.stop(),
    };
  }
  const started = Date.now();
  let last = 0;
  return {
    update(done) {
      const now = Date.now();
      if (done < total && now - last < LOG_EVERY_MS) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = done / Math.max(seconds, 0.001);
      const eta = rate > 0 ? Math.round((total - done) / rate) : 0;
      stream.write(
        `ingest: ${done}/${total} articles (${total ? Math.round((100 * done) / total) : 100}%), ${rate.toFixed(1)} articles/s, ETA ${eta}s\n`,
      );
    },
    log: (line) => stream.write(`${line}\n`),
    stop: () => undefined,
  };
}
