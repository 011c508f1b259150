// Stages a long command passes (reading, extracting, assembling, writing), named so that the
// fault-injection tests (tests/faults) can stop a real process exactly there and kill it:
// with CLAIMGRAPH_STOP_AT=<stage> in its environment, the process announces the stage on
// stderr and stops itself (SIGSTOP) the first time it gets there. Otherwise a no-op.
export const STAGES = ['read', 'extract', 'assemble', 'write'] as const;
export type Stage = (typeof STAGES)[number];

let stopped = false;

export function checkpoint(stage: Stage): void {
  if (stopped || process.env.CLAIMGRAPH_STOP_AT !== stage) return;
  stopped = true;
  process.stderr.write(`claimgraph: stopped at ${stage} (CLAIMGRAPH_STOP_AT)\n`);
  process.kill(process.pid, 'SIGSTOP');
}
