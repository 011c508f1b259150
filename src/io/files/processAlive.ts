// Whether a process that left something on disk (a temporary file, a lock) is still running.
// A pid alone can be reused after its process died, so where Linux's /proc is there the
// process's start time is compared too: a live process with the same pid but another start
// time is not the one that wrote.
import { readFileSync } from 'node:fs';

/** This process's identity as written into lock files: pid and, on Linux, start time. */
export function processIdentity(pid = process.pid): { pid: number; started?: string } {
  const started = startTime(pid);
  return started === undefined ? { pid } : { pid, started };
}

/** True unless the process is certainly gone (no such pid, or the pid now belongs to a later process). */
export function processAlive(pid: number, started?: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (started === undefined) return true;
  const now = startTime(pid);
  return now === undefined || now === started;
}

/** Field 22 of /proc/PID/stat (start time in clock ticks since boot), undefined where there is no /proc. */
function startTime(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // the command name (field 2) is in parentheses and may itself hold spaces and parentheses
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19];
}
