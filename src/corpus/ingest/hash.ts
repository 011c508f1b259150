// The content hash of an article: its text and the metadata the graph carries, so that a
// re-run skips an unchanged document and re-extracts one whose text or metadata changed.
import { createHash } from 'node:crypto';
import type { ArticleInput } from '../../extract/types.ts';

export function contentHash(article: ArticleInput): string {
  const { text, title, published, url, outlet, dateline } = article;
  const digest = createHash('sha256')
    .update(JSON.stringify([text, title, published, url, outlet, dateline]))
    .digest('hex');
  return `sha256:${digest}`;
}
