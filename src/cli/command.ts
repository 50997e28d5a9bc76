import type { Format } from './output.ts';

/** What every `atlas` sub-command module exports as `command`. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /**
   * true: the command loads the CLI's messages (messages.ts loadCliMessages()) itself before
   * it translates anything, so main.ts does not load them for it up front.
   */
  messagesOnDemand?: boolean;
  /** Options for node:util parseArgs (besides the global --format and --help). */
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  /** Returns the text for stdout. Throws UsageError (exit 2) or DataError (exit 1). */
  run(args: {
    values: Record<string, string | boolean | string[] | undefined>;
    positionals: string[];
    format: Format;
  }): Promise<string> | string;
}
