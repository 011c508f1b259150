// What can go wrong with one input at corpus scale, and how it is reported: the run names
// the file (and line) and the reason, skips that input and goes on; the summary counts the
// skipped inputs by reason.

export const SKIP_REASONS = [
  'already-ingested',
  'duplicate-id',
  'malformed-line',
  'unreadable',
  'not-a-file',
  'outside-directory',
  'empty',
  'too-large',
  'extraction-failed',
  'refused-by-store',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface IngestProblem {
  /** `file` or `file:line`. */
  where: string;
  reason: SkipReason;
  message: string;
}

export const formatProblem = (p: IngestProblem): string => `${p.where}: ${p.reason}: ${p.message}`;
