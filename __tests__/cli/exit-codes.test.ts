// Process-level CLI conventions (hail-and-store.md section 9): exit codes and where help/usage goes.
import * as os from 'node:os';
import { runInProcess } from '../support/cli';

const cwd = os.tmpdir();
const run = (argv: string[]) => runInProcess(argv, { cwd, env: {} });

describe('exit codes', () => {
  test('--help, --version and `help` succeed with output on stdout', async () => {
    for (const argv of [['--help'], ['--version'], ['register', '--help'], ['help'], ['help', 'register']]) {
      const r = await run(argv);
      expect({ argv, code: r.code, stderr: r.stderr }).toEqual({ argv, code: 0, stderr: '' });
      expect(r.stdout.length).toBeGreaterThan(0);
    }
  });

  test('unknown flags and subcommands, missing and extra arguments are usage errors (exit 2, stderr)', async () => {
    const cases = [
      ['--bogus'],
      ['nosuch'],
      ['register'],
      ['register', 'x.jsonl', '--bogus'],
      ['cat'],
      ['cat', 'a', 'b'],
      ['inspect', `os://src/local/${'a'.repeat(64)}`, '--bogus'],
    ];
    for (const argv of cases) {
      const r = await run(argv);
      expect({ argv, code: r.code, stdout: r.stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(r.stderr).toMatch(/^error: /);
    }
  });

  test('a missing or unknown subcommand prints the usage on stderr and exits 2', async () => {
    for (const argv of [[], ['docs'], ['help', 'nosuch']]) {
      const r = await run(argv);
      expect({ argv, code: r.code, stdout: r.stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(r.stderr).toMatch(/^Usage: opensession/);
    }
  });
});
