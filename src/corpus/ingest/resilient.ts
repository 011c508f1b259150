// Extracting a batch so that a failure costs only the article that caused it: a batch the
// extractor throws on, or whose worker dies, is retried one article at a time; an article
// whose statements do not check out is left out on its own. Each article left out is reported
// with its reason. Shared by `claimgraph ingest` (workers) and `claimgraph extract` (in-thread).
import { ClaimGraphError } from '../../errors.ts';
import type { ArticleInput } from '../../extract/types.ts';
import type { DocResult } from '../assemble.ts';
import type { ExtractionPool } from './pool.ts';
import type { IngestProblem } from './problems.ts';

const MODULE = 'claimgraph/corpus/ingest';

export interface BatchItem {
  article: ArticleInput;
  /** `file` or `file:line`, for the report. */
  where: string;
}

/** The results of the articles that could be extracted; the others went to `problem`. Throws when the pool has stopped. */
export async function extractResilient(
  pool: ExtractionPool,
  batch: readonly BatchItem[],
  problem: (p: IngestProblem) => void,
): Promise<DocResult[]> {
  const reply = await pool
    .extract(batch.map((item) => item.article))
    .catch((error: Error) => ({ error: error.message }));
  if (!pool.alive)
    throw new ClaimGraphError(
      MODULE,
      `extraction stopped: ${pool.failure || ('error' in reply ? reply.error : 'no worker left')}`,
    );
  if ('result' in reply) {
    const whereOf = new Map(batch.map((item) => [item.article.id, item.where]));
    for (const { doc, problem: message } of reply.result.invalid)
      problem({
        where: whereOf.get(doc) ?? doc,
        reason: 'extraction-failed',
        message: `invalid statements: ${message}`,
      });
    return reply.result.results;
  }
  if (batch.length === 1) {
    problem({ where: (batch[0] as BatchItem).where, reason: 'extraction-failed', message: reply.error });
    return [];
  }
  const results: DocResult[] = [];
  for (const item of batch) results.push(...(await extractResilient(pool, [item], problem)));
  return results;
}
