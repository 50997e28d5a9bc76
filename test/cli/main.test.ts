import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

describe('runCli()', () => {
  it('exits 2 with a message on stderr for an unknown command', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/unknown command 'frobnicate'/);
  });

  it('exits 2 and prints usage when no command is given', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Usage: npm run -s atlas/);
  });
});
