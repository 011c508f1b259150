// Quotation marks: the ones that may open or close a quotation (straight marks are both), and the
// curly ones that say which side they are.

export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', '„', '«', '‘', "'", '‹']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '»', '’', "'", '‛', '›']);

/** Double marks that only open a quotation (the actor finder's quotation tracker). */
export const CURLY_OPENING: ReadonlySet<string> = new Set(['“', '«', '„']);
/** Double marks that only close one. */
export const CURLY_CLOSING: ReadonlySet<string> = new Set(['”', '»']);
