/**
 * Messages between the app and the compute worker, and the task table's types. To add a
 * task: add an entry to TaskMap here and its runner to TASKS in worker/tasks.ts.
 */
import type { IndicatorMatrix, RatingResult } from '../core/composite/rate.ts';
import type { RatingSpec } from '../core/spec.ts';

/** Units (rows) by indicators (columns); null = no data. */
export type Matrix = IndicatorMatrix;

export type RatingOutput = RatingResult;
// core/sensitivity has not landed yet: its task joins TaskMap when it does.
export type SensitivityOutput = never;

export interface TaskMap {
  rating: { input: { matrix: Matrix; spec: RatingSpec }; output: RatingOutput };
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
