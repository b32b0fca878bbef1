// Interactive paths in a REAL pseudo-terminal, driving the bundled CLI like a person would (issue 16):
// `doctor --fix` confirm + fanout prompts, and `share --quick` push consent. Nothing here uses --yes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { toHailJsonl } from '../../core/hail';
import { storeLocalObject } from '../../core/store';
import { makeSession } from '../core/ledger/fixtures';
import { BUNDLED_CLI, runInProcess } from '../support/cli';
import { cleanupTempDirs, git, GitHttpServer, isolateGitEnv, makeTempRepo, startGitHttpServer } from '../support/git';
import { runInPty } from '../support/pty';

let home: string;
let server: GitHttpServer;
beforeAll(async () => {
  home = isolateGitEnv();
  server = await startGitHttpServer();
});
afterAll(async () => {
  await server.stop();
  cleanupTempDirs();
});

const env = () => ({ ...process.env, HOME: home, NO_COLOR: '1', TERM: 'dumb' });
const cli = (...args: string[]) => [process.execPath, BUNDLED_CLI, ...args];
const CONFIRM = 'Apply these changes? [y/N]: ';
const SELECT = 'select [1/2]: ';

describe('doctor --fix at a terminal', () => {
  it('takes `y`, asks for the fanout mode, and applies the choice', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const r = await runInPty(cli('doctor', '--fix'), {
      cwd: dir,
      env: env(),
      steps: [
        { expect: CONFIRM, send: 'y' },
        { expect: SELECT, send: '2' },
      ],
    });
    expect(r.stuck).toBeUndefined();
    expect(r.output).not.toContain('cancelled');
    expect(r.output).toContain('  - fanout mode: choose interactively (hidden_ref or git_notes)');
    expect(r.output).toContain('fanout mode initialized: git_notes');
    expect(r.output).toContain('Applied setup in ');
    expect(r.code).toBe(0);
    expect(await git(dir, 'config', '--local', 'opensession.fanout-mode')).toBe('git_notes');
    expect(fs.readFileSync(path.join(dir, '.git', 'hooks', 'pre-push'), 'utf8')).toContain('# opensession-managed');
    // and check mode now agrees with what --fix did
    const check = await runInProcess(['doctor', '--json'], { cwd: dir, env: env() });
    const report = JSON.parse(check.stdout) as { checks: Array<{ label: string; level: string; detail: string }> };
    expect(report.checks.find((c) => c.label === 'fanout mode')).toMatchObject({ level: 'OK', detail: 'git_notes' });
  });

  it('an empty answer at the fanout prompt picks hidden refs', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const r = await runInPty(cli('doctor', '--fix'), {
      cwd: dir,
      env: env(),
      steps: [
        { expect: CONFIRM, send: 'yes' },
        { expect: SELECT, send: '' },
      ],
    });
    expect(r.output).toContain('fanout mode initialized: hidden_ref');
    expect(r.code).toBe(0);
    expect(await git(dir, 'config', '--local', 'opensession.fanout-mode')).toBe('hidden_ref');
  });

  it('anything but y cancels and changes nothing', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const r = await runInPty(cli('doctor', '--fix'), { cwd: dir, env: env(), steps: [{ expect: CONFIRM, send: 'n' }] });
    expect(r.output).toContain('Error: doctor --fix cancelled by user');
    expect(r.output).toContain('next:\r\n- run `opensession doctor --fix --yes --fanout-mode hidden_ref`');
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(dir, '.git', 'hooks', 'pre-push'))).toBe(false);
    expect((await git(dir, 'config', '--local', '--get-all', 'opensession.fanout-mode').catch(() => '')).trim()).toBe(
      '',
    );
  });
});

describe('doctor and doctor --fix agree', () => {
  it('what check mode reports for the fanout mode, its hint fixes (non-interactive)', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const before = JSON.parse((await runInProcess(['doctor', '--json'], { cwd: dir, env: env() })).stdout) as {
      checks: Array<{ label: string; level: string; hint: string | null }>;
      attention: number;
      next_actions: { recommended: string[]; optional: string[] };
    };
    const fanout = before.checks.find((c) => c.label === 'fanout mode')!;
    expect(fanout.level).toBe('WARN');
    expect(before.next_actions.recommended).toContain(fanout.hint);
    expect(before.attention).toBe(before.checks.filter((c) => c.level === 'WARN' || c.level === 'FAIL').length);
    // the hint's command, made non-interactive with --yes, succeeds
    const cmd = /`opensession (doctor --fix --fanout-mode \w+)`/.exec(fanout.hint!)![1].split(' ');
    const fixed = await runInProcess([...cmd, '--yes'], { cwd: dir, env: env() });
    expect(fixed.stderr).toBe('');
    expect(fixed.code).toBe(0);
    const after = JSON.parse((await runInProcess(['doctor', '--json'], { cwd: dir, env: env() })).stdout) as {
      checks: Array<{ label: string; level: string }>;
    };
    expect(after.checks.find((c) => c.label === 'fanout mode')!.level).toBe('OK');
  });

  it('--json is refused with --fix', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const r = await runInProcess(['doctor', '--fix', '--json'], { cwd: dir, env: env() });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error: `--json` works only in check mode\nnext:\n- run `opensession doctor --json`\n');
  });
});

describe('share --quick at a terminal', () => {
  it('asks for push consent once, pushes on Enter, and remembers the answer', async () => {
    const remote = await server.createRepo('quick.git');
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'remote', 'add', 'origin', remote.url);
    const h = (await storeLocalObject(Buffer.from(toHailJsonl(makeSession('quick-1'))), { cwd: dir, home })).sha256;
    const question = 'push now and enable auto push for future --quick in this repo? [Y/n]: ';
    const r = await runInPty(cli('share', `os://src/local/${h}`, '--quick'), {
      cwd: dir,
      env: env(),
      // after the first push, the post-push cleanup prompt (ci-automation §2.9) asks once too
      steps: [
        { expect: question, send: '' },
        { expect: '[opensession] install cleanup automation now? [y/N]: ', send: 'n' },
      ],
    });
    expect(r.stuck).toBeUndefined();
    expect(r.output).toContain('pushed: true');
    expect(r.output).toContain('auto_push_consent: true');
    expect(r.code).toBe(0);
    expect(await git(dir, 'config', '--local', 'opensession.share.auto-push-consent')).toBe('true');
    expect(await git(remote.dir, 'ls-tree', '-r', '--name-only', 'refs/opensession/branches/bWFpbg')).toContain(
      `sessions/${h}.jsonl`,
    );
    // the second time it does not ask
    const again = await runInPty(cli('share', `os://src/local/${h}`, '--quick'), { cwd: dir, env: env(), steps: [] });
    expect(again.output).not.toContain(question);
    expect(again.code).toBe(0);
  });

  it('`n` keeps the session local and remembers the refusal', async () => {
    const remote = await server.createRepo('quick-no.git');
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'remote', 'add', 'origin', remote.url);
    const h = (await storeLocalObject(Buffer.from(toHailJsonl(makeSession('quick-2'))), { cwd: dir, home })).sha256;
    const r = await runInPty(cli('share', `os://src/local/${h}`, '--quick'), {
      cwd: dir,
      env: env(),
      steps: [{ expect: '[Y/n]: ', send: 'n' }],
    });
    expect(r.output).toContain('pushed: false');
    expect(r.code).toBe(0);
    expect(await git(dir, 'config', '--local', 'opensession.share.auto-push-consent')).toBe('false');
    expect(await git(remote.dir, 'for-each-ref', 'refs/opensession')).toBe('');
  });
});
