/**
 * Unit tests render views and format issues synchronously in every language, so all three
 * dictionaries and the issue catalogue are registered up front (the app loads them on demand:
 * src/i18n/dictionaries.ts, src/i18n/issueCatalogue.ts).
 */
import { registerDictionary } from '../../src/i18n/dictionaries.ts';
import { en } from '../../src/i18n/en.ts';
import { registerIssueCatalogue } from '../../src/i18n/issueCatalogue.ts';
import { ISSUE_MESSAGES, PLACE_MESSAGES } from '../../src/i18n/issueMessages.ts';
import { kk } from '../../src/i18n/kk.ts';
import { ru } from '../../src/i18n/ru.ts';

registerDictionary('ru', ru);
registerDictionary('kk', kk);
registerDictionary('en', en);
registerIssueCatalogue({ issues: ISSUE_MESSAGES, places: PLACE_MESSAGES });
