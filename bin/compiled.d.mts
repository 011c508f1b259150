// Types of compiled.mjs, for the tests that import it.
export declare const ROOT: string;
export declare const STAMP: string;
export declare const ENTRY: string;
export declare function staleness(root?: string): string | undefined;
