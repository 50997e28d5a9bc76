/// <reference lib="webworker" />
/**
 * The import worker: reads one table file off the page's thread (worker/readForImport.ts),
 * posting progress, then the rows in slices and the rest (worker/importProtocol.ts). The panel
 * cancels by terminating it: nothing has reached the app's state before the last message.
 */
import type { ImportReply, ImportRequest } from './importProtocol.ts';
import { replySlices } from './importProtocol.ts';
import { readForImport } from './readForImport.ts';

declare const self: DedicatedWorkerGlobalScope;

const post = (r: ImportReply) => self.postMessage(r);

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { bytes, fileName, lang } = e.data;
  try {
    let last = -1;
    const result = await readForImport(new Uint8Array(bytes), fileName, lang, (f) => {
      // At most ~100 progress messages.
      if (f - last >= 0.01 || f >= 1) {
        last = f;
        post({ type: 'progress', fraction: f });
      }
    });
    for (const reply of replySlices(result)) post(reply);
  } catch (e) {
    // The worker's boundary: a fault in the atlas's own reading code. The page says so in the
    // user's language (internal-error); the details go to the console for a bug report.
    console.error('atlas: the import worker failed', e);
    post({ type: 'failed' });
  }
};
