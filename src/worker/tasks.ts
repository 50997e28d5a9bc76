/**
 * The task table: what each task runs in the pure core. Shared by the worker and by the
 * client's in-thread path, so both give the same result.
 */
import { rate } from '../core/composite/rate.ts';
import { sensitivity } from '../core/sensitivity/sensitivity.ts';
import type { TaskInput, TaskName, TaskOutput } from './protocol.ts';

type Runner<K extends TaskName> = (
  input: TaskInput<K>,
  progress?: (f: number) => void,
) => TaskOutput<K>;

export const TASKS: { [K in TaskName]: Runner<K> } = {
  rating: ({ matrix, spec }) => rate(matrix, spec),
  // The core reports no progress: 1,000 runs over 16 regions take milliseconds, and large
  // inputs go to the worker, where the UI stays responsive anyway.
  sensitivity: ({ matrix, spec, sensitivity: s }) => sensitivity(matrix, spec, s),
};

export function runTask<K extends TaskName>(
  task: K,
  input: TaskInput<K>,
  progress?: (f: number) => void,
): TaskOutput<K> {
  const run = TASKS[task] as Runner<K> | undefined;
  if (!run) throw new Error(`Unknown compute task "${String(task)}".`);
  return run(input, progress);
}

/** Rough amount of work of a task, to choose between in-thread and worker. */
export function workOf<K extends TaskName>(_task: K, input: TaskInput<K>): number {
  const m = (input as { matrix?: { values: unknown[][] } }).matrix;
  const cells = m ? m.values.length * (m.values[0]?.length ?? 0) : 0;
  const runs = (input as { sensitivity?: { runs: number } }).sensitivity?.runs ?? 1;
  return cells * runs;
}
