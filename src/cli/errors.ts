/** Exit code 2: the command line itself is wrong. */
export class UsageError extends Error {
  readonly exitCode = 2;
}
/** Exit code 1: the command line is fine but the data is not. */
export class DataError extends Error {
  readonly exitCode = 1;
}
