/**
 * The `atlas` command: `npm run -s atlas -- <command> [options]`. Each sub-command lives in
 * src/cli/commands/<name>.ts and exports `command: CliCommand`; this file only dispatches,
 * so commands can be added without touching a central registry.
 */
import { parseArgs } from 'node:util';
import type { CliCommand } from './command.ts';
import { DataError, UsageError } from './errors.ts';
import { loadCliMessages } from './messages.ts';
import type { Format } from './output.ts';

export const COMMANDS = [
  'datasets',
  'regions',
  'geo',
  'audit',
  'rate',
  'sensitivity',
  'specialise',
  'cluster',
  'factors',
  'crosswalk',
  // Cluster toolkit (issue 12).
  'shift-share',
  'io',
  // Spatial statistics (issue 10).
  'spatial',
] as const;

async function load(name: string): Promise<CliCommand | null> {
  if (!(COMMANDS as readonly string[]).includes(name)) return null;
  try {
    const mod = (await import(`./commands/${name}.ts`)) as { command: CliCommand };
    return mod.command;
  } catch (err) {
    // Node says ERR_MODULE_NOT_FOUND; Vite's test transform says "Unknown variable dynamic import".
    const e = err as { code?: string; message?: string };
    if (
      e.code === 'ERR_MODULE_NOT_FOUND' ||
      /Unknown variable dynamic import/.test(e.message ?? '')
    )
      return null;
    throw err;
  }
}

async function help(): Promise<string> {
  const lines = ['Usage: npm run -s atlas -- <command> [options]', '', 'Commands:'];
  for (const name of COMMANDS) {
    const cmd = await load(name);
    if (cmd) lines.push(`  ${name.padEnd(12)} ${cmd.summary}`);
  }
  lines.push('', 'Global options: --format json|csv (default json), --help');
  return lines.join('\n') + '\n';
}

/** Runs one invocation; returns the exit code. Exported for tests. */
export async function runCli(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void },
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(await help());
    return name ? 0 : 2;
  }
  const cmd = await load(name);
  if (!cmd) {
    io.err(`atlas: unknown command '${name}'. Run 'npm run -s atlas -- --help' for the list.\n`);
    return 2;
  }
  // The CLI speaks English; its messages come from the app's catalogue and dictionary.
  if (!cmd.messagesOnDemand) await loadCliMessages();
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: {
        ...cmd.options,
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(`${cmd.usage}\n`);
      return 0;
    }
    const format = (values.format ?? 'json') as string;
    if (format !== 'json' && format !== 'csv') {
      throw new UsageError(`--format must be json or csv, not '${format}'.`);
    }
    io.out(await cmd.run({ values, positionals, format: format as Format }));
    return 0;
  } catch (err) {
    if (err instanceof UsageError || err instanceof DataError) {
      io.err(`atlas ${name}: ${err.message}\n`);
      if (err instanceof UsageError) io.err(`${cmd.usage}\n`);
      return err.exitCode;
    }
    const code = (err as { code?: string }).code;
    if (code && code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`atlas ${name}: ${(err as Error).message}\n${cmd.usage}\n`);
      return 2;
    }
    io.err(`atlas ${name}: unexpected error: ${(err as Error).message}\n`);
    return 1;
  }
}

const isMain = process.argv[1] && /cli[\\/]main\.ts$/.test(process.argv[1]);
if (isMain) {
  runCli(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  }).then((code) => {
    process.exitCode = code;
  });
}
