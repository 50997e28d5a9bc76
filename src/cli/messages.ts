/**
 * The CLI's messages: it speaks English, and its sentences come from the app's dictionary
 * (i18n/en.ts) and issue catalogue (i18n/issueMessages.ts). Loading both runs ~130 KB of
 * object literals, so main.ts loads them before a command runs unless the command says it
 * loads them itself when it has something to say (CliCommand.messagesOnDemand; issue 14:
 * start-up is most of a 5,000-row `cluster` run).
 */
import { loadDictionary } from '../i18n/dictionaries.ts';
import { loadIssueCatalogue } from '../i18n/issueCatalogue.ts';

/** Loads the English dictionary and the issue catalogue (once; later calls resolve at once). */
export async function loadCliMessages(): Promise<void> {
  await Promise.all([loadDictionary('en'), loadIssueCatalogue()]);
}
