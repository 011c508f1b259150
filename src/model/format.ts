// The two constants that name the statements@1 format and its offset unit, in a module of their
// own: writers and the extractor need them, and importing them from the zod schema would load
// zod (and its hundred files) into every command that only writes statements.
export const STATEMENTS_FORMAT = 'claimgraph/statements@1';

/**
 * The unit of every offset: UTF-16 code units (JavaScript string indices). Files may say so in
 * an optional `offsets` field (an additive extension of statements@1); no other unit is valid.
 */
export const OFFSET_UNIT = 'utf16';
