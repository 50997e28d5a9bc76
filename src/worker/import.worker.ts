/// <reference lib="webworker" />
/**
 * The import worker: reads one table file off the page's thread, or builds a table again with
 * the preview's options (worker/importHandler.ts), posting progress, then the rows in slices
 * and the rest (worker/importProtocol.ts). The panel cancels by terminating it: nothing has
 * reached the app's state before the last message.
 */
import type { ImportReply, ImportRequest, RebuildRequest } from './importProtocol.ts';
import { importHandler } from './importHandler.ts';

declare const self: DedicatedWorkerGlobalScope;

const handle = importHandler((r: ImportReply) => self.postMessage(r));

self.onmessage = (e: MessageEvent<ImportRequest | RebuildRequest>) => {
  void handle(e.data);
};
