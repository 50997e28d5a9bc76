/** See scripts/csp.mjs. */
export declare const CSP_DIRECTIVES: readonly string[];
export declare const CSP: string;
