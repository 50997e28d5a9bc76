/**
 * Messages between the app and the compute worker, and the task table's types. To add a
 * task: add an entry to TaskMap here and its runner to TASKS in worker/tasks.ts.
 */
import type { IndicatorMatrix, RatingResult } from '../core/composite/rate.ts';
import type { SensitivityResult } from '../core/sensitivity/sensitivity.ts';
import type { RatingSpec, SensitivitySpec } from '../core/spec.ts';

/** Units (rows) by indicators (columns); null = no data. */
export type Matrix = IndicatorMatrix;

export type RatingOutput = RatingResult;
export type SensitivityOutput = SensitivityResult;

export interface TaskMap {
  rating: { input: { matrix: Matrix; spec: RatingSpec }; output: RatingOutput };
  /** Rank intervals and class shares under sampled weights (core/sensitivity/sensitivity.ts). */
  sensitivity: {
    input: { matrix: Matrix; spec: RatingSpec; sensitivity: SensitivitySpec };
    output: SensitivityOutput;
  };
}

export type TaskName = keyof TaskMap;
export type TaskInput<K extends TaskName> = TaskMap[K]['input'];
export type TaskOutput<K extends TaskName> = TaskMap[K]['output'];

export interface Request<K extends TaskName> {
  id: number;
  task: K;
  input: TaskInput<K>;
}

export type Reply =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'result'; output: unknown }
  | { id: number; type: 'error'; message: string };
