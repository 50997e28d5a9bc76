/**
 * The issue catalogue (issueMessages.ts: one sentence per issue code in ru, kk and en, ~75 KB of
 * JavaScript) is needed only when a problem is shown, so it is loaded on demand rather than in
 * the first download: views/common/IssueText.tsx waits for it, the app fetches it when idle
 * after the first render (startApp.tsx), the CLI before a command runs or when it has a message
 * to print (cli/messages.ts).
 */
import type { ISSUE_MESSAGES, PLACE_MESSAGES } from './issueMessages.ts';

export interface IssueCatalogue {
  issues: typeof ISSUE_MESSAGES;
  places: typeof PLACE_MESSAGES;
}

let loaded: IssueCatalogue | null = null;
let pending: Promise<IssueCatalogue> | null = null;

/** The catalogue if it is loaded, else null. */
export function issueCatalogue(): IssueCatalogue | null {
  return loaded;
}

/** Makes the catalogue available synchronously (static registration: tests). */
export function registerIssueCatalogue(c: IssueCatalogue): void {
  loaded = c;
}

/** Loads the catalogue once. */
export function loadIssueCatalogue(): Promise<IssueCatalogue> {
  if (loaded) return Promise.resolve(loaded);
  // A failed fetch is forgotten, so the next call tries again (a connection came back).
  pending ??= import('./issueMessages.ts').then(
    (m) => (loaded = { issues: m.ISSUE_MESSAGES, places: m.PLACE_MESSAGES }),
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}

/** The loaded catalogue; a caller that has not awaited loadIssueCatalogue() is a bug. */
export function requireIssueCatalogue(): IssueCatalogue {
  if (!loaded) throw new Error('issue catalogue used before loadIssueCatalogue()');
  return loaded;
}
