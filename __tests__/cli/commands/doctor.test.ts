// `doctor` / `doctor --fix` (git-native.md §11, §18.9, §18.10, §18.15).
import * as fs from 'fs';
import * as path from 'path';
import { ledgerRef } from '../../../core/ledger/refs';
import { openRepo } from '../../../core/ledger/repo';
import { storeSession } from '../../../core/ledger/store';
import { cleanupTempDirs, git, gitRaw, isolateGitEnv, makeTempRepo } from '../../support/git';
import { runInProcess } from '../../support/cli';
import { makeSession } from '../../core/ledger/fixtures';

let home: string;
beforeAll(() => {
  home = isolateGitEnv();
});
afterAll(() => cleanupTempDirs());

const env = () => ({ ...process.env, NO_COLOR: '1' });

describe('doctor', () => {
  it('check mode in an unborn repository (§18.15) lists the checks and changes nothing', async () => {
    const { dir } = await makeTempRepo();
    const res = await runInProcess(['doctor'], { cwd: dir, env: env() });
    expect(res.code).toBe(0);
    const lines = res.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'OpenSession doctor (check mode)',
      `repo: ${dir}`,
      'doctor checks:',
      '[WARN] opensession hooks: none',
    ]);
    expect(res.stdout).toContain(
      `[WARN] opensession shim:  ${path.join(home, '.local/share/opensession/bin/opensession')} (missing)\n       hint: run \`opensession doctor --fix\` to install hooks/shims for this repo\n`,
    );
    // not configured is not OK: `doctor --fix --yes` would refuse it, so check mode says so (issue 16)
    expect(res.stdout).toContain(
      '[WARN] fanout mode:       not configured (hooks fall back to hidden_ref)\n' +
        '       hint: run `opensession doctor --fix --fanout-mode hidden_ref` (or `--fanout-mode git_notes`)\n',
    );
    expect(res.stdout).not.toContain('[ OK ] fanout mode');
    expect(res.stdout).toContain('[WARN] review readiness:  hidden-fanout=missing hidden-refs=none-fetched\n');
    expect(res.stdout).toContain(
      '[ OK ] current branch:    main\n[ OK ] expected ledger ref: refs/opensession/branches/bWFpbg\n',
    );
    expect(res.stdout).toContain('doctor summary: 5 check(s) need attention.\n');
    expect(
      res.stdout.endsWith(
        'hint: run `opensession doctor --fix` to apply recommended setup values.\nhint: run `opensession docs quickstart` for a 5-minute first-user flow.\n',
      ),
    ).toBe(true);
    expect(fs.existsSync(path.join(dir, '.git', 'hooks', 'pre-push'))).toBe(false);
  });

  it('validates flags and refuses non-interactive --fix without --yes (§18.10)', async () => {
    const { dir } = await makeTempRepo();
    const a = await runInProcess(['doctor', '--fanout-mode', 'git_notes'], { cwd: dir, env: env() });
    expect(a.code).toBe(1);
    expect(a.stderr).toContain('Error: `--fanout-mode` requires `--fix`\n');
    const b = await runInProcess(['doctor', '--fix', '--fanout-mode', 'bogus'], { cwd: dir, env: env() });
    expect(b.code).toBe(2);
    const c = await runInProcess(['doctor', '--fix'], { cwd: dir, env: env() });
    expect(c.code).toBe(1);
    expect(c.stderr).toBe(
      'Error: doctor --fix requires explicit approval in non-interactive mode\nnext:\n- run `opensession doctor --fix --yes --fanout-mode hidden_ref`\n',
    );
    const d = await runInProcess(['doctor', '--fix', '--yes'], { cwd: dir, env: env() });
    expect(d.stderr).toContain(
      'Error: fanout mode is not configured for this repository and doctor --fix cannot prompt in non-interactive mode\n',
    );
  });

  it('--fix --yes --fanout-mode git_notes installs hook and shims, then plans refresh and keep (§18.10)', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const res = await runInProcess(['doctor', '--fix', '--yes', '--fanout-mode', 'git_notes'], {
      cwd: dir,
      env: env(),
    });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('  - fanout mode: set git_notes (via --fanout-mode)\n');
    expect(res.stdout).toContain(`  - hook pre-push: install (${path.join(dir, '.git', 'hooks', 'pre-push')})\n`);
    expect(res.stdout).toContain('fanout mode set: git_notes\n');
    expect(res.stdout).toContain('Applied setup in ');
    expect(await git(dir, 'config', '--local', 'opensession.fanout-mode')).toBe('git_notes');
    expect(await git(dir, 'config', '--local', '--get-all', 'notes.rewriteRef')).toBe('refs/notes/opensession');
    expect(fs.readFileSync(path.join(dir, '.git', 'hooks', 'pre-push'), 'utf8')).toContain('# opensession-managed');
    expect(fs.statSync(path.join(home, '.local/share/opensession/bin/ops')).mode & 0o777).toBe(0o755);
    const again = await runInProcess(['doctor', '--fix', '--yes', '--fanout-mode', 'git_notes'], {
      cwd: dir,
      env: env(),
    });
    expect(again.stdout).toContain('  - fanout mode: keep git_notes (explicit via --fanout-mode)\n');
    expect(again.stdout).toContain('  - hook pre-push: refresh (');
    expect(again.stdout).toContain('  - shim opensession: keep (');
    expect(again.stdout).toContain('  - shim ops: keep (');
    expect(await git(dir, 'config', '--local', '--get-all', 'notes.rewriteRef')).toBe('refs/notes/opensession');
  });

  it('shows hidden-refs=present after fetching ledgers, also after pack-refs (§18.9)', async () => {
    const origin = await makeTempRepo({ initialCommit: true });
    await storeSession(openRepo(origin.dir), ledgerRef('main'), makeSession('s1'), [], {});
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'remote', 'add', 'origin', origin.dir);
    await git(dir, 'fetch', '-q', 'origin', 'refs/opensession/branches/*:refs/remotes/origin/opensession/branches/*');
    const res = await runInProcess(['doctor'], { cwd: dir, env: env() });
    expect(res.stdout).toContain('hidden-refs=present');
    expect((await gitRaw(dir, ['pack-refs', '--all'])).code).toBe(0);
    expect((await runInProcess(['doctor'], { cwd: dir, env: env() })).stdout).toContain('hidden-refs=present');
  });
});
