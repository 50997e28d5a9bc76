/**
 * The sensitivity over every choice (issue 9, item 7) as one message-sized job: the study as
 * COINr's data and index tree (state/coinrStudy.ts, studyToCoin) and the choices to vary, run
 * by core/coin/coinSensitivity.ts. Shared by the worker (choicesSensitivity.worker.ts) and the
 * calling thread where no Worker exists.
 */
import {
  buildIndexTree,
  coinSensitivity,
  type CoinData,
  type CoinOptions,
  type CoinSensitivityResult,
  type IndexNodeSpec,
  type UncertainInput,
} from '../core/index.ts';

export interface ChoicesJob {
  data: CoinData;
  nodes: IndexNodeSpec[];
  nominal: CoinOptions;
  vary: UncertainInput[];
  runs: number;
  seed: number;
}

export type ChoicesReply =
  | { type: 'progress'; fraction: number }
  | { type: 'result'; result: CoinSensitivityResult }
  | { type: 'error'; message: string };

export function runChoices(
  job: ChoicesJob,
  onProgress?: (f: number) => void,
): CoinSensitivityResult | { error: string } {
  const t = buildIndexTree(job.nodes);
  if (!t.ok) return { error: t.problems.map((p) => p.code).join(', ') };
  return coinSensitivity(job.data, t.tree, job.nominal, {
    vary: job.vary,
    runs: job.runs,
    seed: job.seed,
    onProgress,
  });
}
