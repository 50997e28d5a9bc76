/**
 * An English sentence inside a Russian or Kazakh text, for the message tests: a run of three or
 * more Latin words of which two or more are lower-case words ("value belongs to row"). Proper
 * names and codes in Latin letters (Getis-Ord Gi*, SKATER, European Cluster Observatory) pass.
 */
const WORD = "[A-Za-z][A-Za-z'’]*";
const RUN = new RegExp(`${WORD}(?:[\\s,;:-]+${WORD}){2,}`, 'g');
const LOWER = /(?:^|[\s,;:-])[a-z]{2,}(?=$|[\s,;:-])/g;

/** The first English sentence fragment in a text (placeholders `{…}` removed), or null. */
export function latinSentence(text: string): string | null {
  const plain = text.replace(/\{[^}]*\}/g, ' ');
  for (const run of plain.match(RUN) ?? []) {
    if ((run.match(LOWER) ?? []).length >= 2) return run;
  }
  return null;
}
