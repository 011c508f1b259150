// The token tables of a batch of articles, read a few articles ahead of their extraction. wink's
// model tables and the extraction's own working set push each other out of the CPU caches when
// they take turns article by article: reading a few articles at once, then extracting them, cost
// about an eighth less CPU in `npm run bench -- extract`. Reading stays pure (each text is read on
// its own, nlp/engine.ts), so the tables are the ones `tokenize` gives article by article; memory
// holds the tables of at most READ_AHEAD_CHARS of text (or of one longer article) at once.
import { tokenize, type TokenTable } from './tokens.ts';

/** Articles read at once, at most. */
const READ_AHEAD_ARTICLES = 32;
/** Characters of text read at once, at most (a longer article is read alone). */
const READ_AHEAD_CHARS = 1 << 18;

/** Each article with its token table, in order; the tables of the next few articles are made together. */
export function* readAhead<A extends { readonly text: string }>(
  articles: readonly A[],
): Generator<[A, TokenTable], void, undefined> {
  let i = 0;
  while (i < articles.length) {
    const tables: TokenTable[] = [];
    let chars = 0;
    while (i + tables.length < articles.length && tables.length < READ_AHEAD_ARTICLES) {
      const text = (articles[i + tables.length] as A).text;
      if (tables.length > 0 && chars + text.length > READ_AHEAD_CHARS) break;
      chars += text.length;
      tables.push(tokenize(text));
    }
    for (const table of tables) yield [articles[i++] as A, table];
  }
}
