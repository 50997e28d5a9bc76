/// <reference lib="webworker" />
/**
 * A worker of its own for the sensitivity over every choice, so that Cancel can stop a run by
 * terminating it (views/rating/ChoicesSensitivity.tsx) without touching the compute worker.
 */
import { runChoices, type ChoicesJob, type ChoicesReply } from './choicesSensitivity.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<ChoicesJob>) => {
  const post = (r: ChoicesReply) => self.postMessage(r);
  try {
    const r = runChoices(e.data, (fraction) => post({ type: 'progress', fraction }));
    if ('error' in r) post({ type: 'error', message: r.error });
    else post({ type: 'result', result: r });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
