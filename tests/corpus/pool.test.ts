import { describe, expect, it } from 'vitest';
import { ExtractionPool } from '../../src/corpus/ingest/pool.ts';

const extractor = new URL('./fixtures/threadExtractor.ts', import.meta.url).href;

describe('ExtractionPool', () => {
  it('replaces a worker by a fresh one once it has extracted its share of articles', async () => {
    const pool = new ExtractionPool(1, extractor, 256, 4);
    try {
      await pool.ready;
      const threads: string[] = [];
      for (let batch = 0; batch < 5; batch++) {
        const reply = await pool.extract([1, 2].map((n) => ({ id: `b${batch}-${n}`, text: 'Some text.' })));
        if (!('result' in reply)) throw new Error(reply.error);
        threads.push(...reply.result.results.map((r) => r.document.dateline as string));
      }
      // two batches of two articles per worker: a new thread every fourth article
      const distinct = [...new Set(threads)];
      expect(distinct).toHaveLength(3);
      expect(threads).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2].map((i) => distinct[i]));
      expect(pool.alive).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
