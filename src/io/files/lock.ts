// One writer per output: `OUT.lock` beside the output, created exclusively, holds the pid (and
// start time) of the run writing OUT and its cache. A second run fails at once with one line
// naming the first. A lock whose process is gone (killed, crashed, the machine restarted) is
// stale and taken over, so a kill never leaves an output locked for good.
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { InputError } from '../../errors.ts';
import { processAlive, processIdentity } from './processAlive.ts';
import { describeFsError } from './readText.ts';

const MODULE = 'claimgraph/io/lock';

export const lockPath = (output: string): string => `${output}.lock`;

interface Holder {
  pid: number;
  started?: string;
  host: string;
  since: string;
}

export class OutputLock {
  private released = false;

  private constructor(
    readonly path: string,
    private readonly holder: Holder,
  ) {}

  /** Takes the lock of `output`, or throws an InputError naming the run that holds it. */
  static async acquire(output: string): Promise<OutputLock> {
    const path = lockPath(output);
    const holder: Holder = { ...processIdentity(), host: hostname(), since: new Date().toISOString() };
    // written in full under a private name, then linked into place: the lock never exists half-written
    const draft = `${path}.${holder.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(draft, `${JSON.stringify(holder)}\n`, { flag: 'wx' });
    } catch (cause) {
      throw new InputError(MODULE, `cannot lock ${output} (${path}): ${describeFsError(cause)}`, output, { cause });
    }
    try {
      for (let attempt = 0; attempt < 5; attempt++) {
        try {
          await link(draft, path);
          return new OutputLock(path, holder);
        } catch (cause) {
          if ((cause as NodeJS.ErrnoException).code !== 'EEXIST')
            throw new InputError(MODULE, `cannot lock ${output} (${path}): ${describeFsError(cause)}`, output, {
              cause,
            });
        }
        const other = await readHolder(path);
        if (other && !stale(other)) throw held(output, path, other, holder.host);
        await takeOver(path, other);
      }
    } finally {
      await unlink(draft).catch(() => undefined);
    }
    throw new InputError(MODULE, `cannot lock ${output}: ${path} keeps coming back; is another run starting?`, output);
  }

  /** Removes the lock if it is still this run's. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    const current = await readHolder(this.path);
    if (current && current.pid === this.holder.pid && current.since === this.holder.since)
      await unlink(this.path).catch(() => undefined);
  }
}

function held(output: string, path: string, other: Holder, host: string): InputError {
  const gone = other.host === host ? '' : `, or remove ${path} if that run is gone`;
  return new InputError(
    MODULE,
    `${output} is being written by another claimgraph run (pid ${other.pid} on ${other.host}, since ${other.since}); wait for it to finish${gone}`,
    output,
  );
}

/**
 * Removes a stale lock. It is first renamed away (atomic: whatever is at the path then is
 * ours alone) and checked again: if a live run took the lock in between, it is put back.
 */
async function takeOver(path: string, seen: Holder | undefined): Promise<void> {
  const grave = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await rename(path, grave);
  } catch {
    return; // gone already: try again
  }
  const taken = await readHolder(grave);
  if (taken && !stale(taken) && !(seen && taken.pid === seen.pid && taken.since === seen.since))
    await link(grave, path).catch(() => undefined);
  await unlink(grave).catch(() => undefined);
}

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    const holder = JSON.parse(await readFile(path, 'utf8')) as Holder;
    return Number.isInteger(holder?.pid) && typeof holder.host === 'string' ? holder : undefined;
  } catch {
    return undefined;
  }
}

/** Another machine's process cannot be checked: its lock holds until removed by hand. */
const stale = (holder: Holder): boolean => holder.host === hostname() && !processAlive(holder.pid, holder.started);
