// `opensession cleanup init|status|run` and the doctor row, end to end through the bundled CLI (bin/opensession.js →
// dist/) against real repositories and a loopback `git http-backend` remote; the interactive paths in a real pty.
// Follow-up checks of the same command logic (more flags, re-runs) run in-process (`cliIn`).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BUNDLED_CLI, CliResult, runBundled, runInProcess } from '../../support/cli';
import {
  cleanupTempDirs,
  git,
  GitHttpServer,
  isolateGitEnv,
  makeTempRepo,
  startGitHttpServer,
} from '../../support/git';
import { importRefs, ledgerRef, refNames } from '../../support/janitor-remote';
import { runInPty } from '../../support/pty';

/** The terminal writes CRLF; compare text with LF. */
const normalized = <T extends { output: string }>(r: T): T => ({ ...r, output: r.output.replace(/\r\n/g, '\n') });

const DAY = 86_400;
const NOW = Math.floor(Date.now() / 1000);
const VERSION = (
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8')) as { version: string }
).version;

let server: GitHttpServer;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../../../dist/index.js')))
    throw new Error('run `npm run bundle` first');
  isolateGitEnv();
  env = {
    HOME: process.env.HOME,
    XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
  };
  server = await startGitHttpServer();
});
afterAll(async () => {
  await server.stop();
  cleanupTempDirs();
});

const cli = (cwd: string, ...argv: string[]) => runBundled(argv, { cwd, env });
/** The same command in this process: for checks of command logic; each flow keeps its bundled runs above. */
const cliIn = (cwd: string, ...argv: string[]) => runInProcess(argv, { cwd, env: { PATH: process.env.PATH, ...env } });

/** The bundled CLI without blocking the event loop: the loopback http-backend server lives in this process. */
function cliAsync(cwd: string, ...argv: string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BUNDLED_CLI, ...argv], { cwd, env: { PATH: process.env.PATH, ...env } });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => (err += b.toString('utf8')));
    child.stdin.end();
    child.on('close', (code) => {
      const bytes = Buffer.concat(out);
      resolve({ code: code ?? -1, stdout: bytes.toString('utf8'), stderr: err, stdoutBytes: bytes });
    });
  });
}
const read = (dir: string, rel: string) => fs.readFileSync(path.join(dir, rel), 'utf8');

async function repoWithOrigin(url: string): Promise<string> {
  const dir = (await makeTempRepo({ initialCommit: true })).dir;
  await git(dir, 'remote', 'add', 'origin', url);
  return dir;
}

describe('before init', () => {
  it('cleanup run gives the guided error of README item 8; status says not configured', async () => {
    const dir = await repoWithOrigin('https://github.com/acme/repo.git');
    const r = cli(dir, 'cleanup', 'run');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'Error: cleanup janitor is not configured',
        'next:',
        '- initialize cleanup first: `opensession cleanup init --provider auto`',
        '- then preview with `opensession cleanup status` or `opensession cleanup run`',
        '',
      ].join('\n'),
    );
    expect((await cliIn(dir, 'cleanup', 'status')).stdout).toBe(
      'cleanup: not configured\nnext: opensession cleanup init --provider auto\n',
    );
    const js = await cliIn(dir, 'cleanup', 'status', '--json');
    expect(js.stdout).toBe(
      JSON.stringify(
        {
          configured: false,
          provider: null,
          remote: null,
          hidden_ttl_days: null,
          artifact_ttl_days: null,
          session_archive_branch: null,
          provider_template_ready: false,
          missing_files: [],
          next_action: 'opensession cleanup init --provider auto',
          janitor_preview: null,
          warning: null,
        },
        null,
        2,
      ) + '\n',
    );
    const doctor = cli(dir, 'doctor');
    expect(doctor.stdout).toMatch(/\[WARN\] cleanup: +not configured/);
  });

  it('outside a repository and with bad flags', async () => {
    const outside = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'os-nogit-'));
    expect(cli(outside, 'cleanup', 'init', '--yes').stderr).toBe(
      'Error: current directory is not inside a git repository\n',
    );
    fs.rmSync(outside, { recursive: true });
    const dir = await repoWithOrigin('https://github.com/acme/repo.git');
    const bad = cli(dir, 'cleanup', 'init', '--yes', '--hidden-ttl-days', '65536');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid value for --hidden-ttl-days: expected an integer between 0 and 65535');
    expect((await cliIn(dir, 'cleanup', 'init', '--yes', '--artifact-ttl-days', '1.5')).stderr).toContain(
      'invalid value for --artifact-ttl-days: expected an integer between 0 and 65535',
    );
    expect((await cliIn(dir, 'cleanup', 'init', '--yes', '--remote', 'nope')).stderr).toMatch(
      /^Error: failed to resolve git remote `nope`: /,
    );
    const noYes = cli(dir, 'cleanup', 'init');
    expect(noYes.code).toBe(1);
    expect(noYes.stderr).toBe('Error: cleanup init requires --yes in non-interactive mode\n');
    expect(fs.existsSync(path.join(dir, '.opensession'))).toBe(false);
  });
});

describe('cleanup init', () => {
  it('github: config, cron example and both workflows; doctor OK; re-init keeps values; edited files are left alone', async () => {
    const dir = await repoWithOrigin('https://x-access-token:secret@github.com/acme/repo.git');
    const r = cli(dir, 'cleanup', 'init', '--yes', '--json', '--hidden-ttl-days', '14');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      configured: true,
      provider: 'github',
      resolved_remote: 'origin',
      session_archive_branch: null,
      applied_paths: [
        '.opensession/cleanup/config.toml',
        '.opensession/cleanup/cron.example',
        '.github/workflows/opensession-cleanup.yml',
        '.github/workflows/opensession-session-review.yml',
      ],
      manual_steps: [],
      warnings: [],
    });
    expect(Object.keys(JSON.parse(r.stdout))).toEqual([
      'configured',
      'provider',
      'resolved_remote',
      'session_archive_branch',
      'applied_paths',
      'manual_steps',
      'warnings',
    ]);
    expect(r.stderr).not.toContain('secret');
    const config = read(dir, '.opensession/cleanup/config.toml');
    expect(config).toMatch(
      /^version = 1\nprovider = "github"\nremote = "origin"\nhidden_ttl_days = 14\nartifact_ttl_days = 30\nmanaged_at = "\d{4}-\d\d-\d\dT[\d:.]+Z"\nmanaged_by = "opensession-managed-cleanup"\n$/,
    );
    expect(read(dir, '.opensession/cleanup/cron.example')).toBe(
      '# opensession-managed-cleanup\n# Example cron entry (daily at 03:17 local time):\n17 3 * * * cd /path/to/repo && opensession cleanup run --apply\n',
    );
    const wf = read(dir, '.github/workflows/opensession-cleanup.yml');
    expect(wf.split('\n').slice(0, 2)).toEqual([
      '# opensession-managed-cleanup',
      `# Generated by \`opensession cleanup init\` (opensession ${VERSION}). Delete the line above to keep your own edits.`,
    ]);
    expect(wf).toContain(
      "      - uses: opensession/opensession/actions/janitor@v0.1\n        with:\n          apply: ${{ github.event_name == 'schedule' || inputs.apply }}\n",
    );
    expect(wf).toContain("  schedule:\n    - cron: '17 3 * * *'\n  workflow_dispatch:\n");
    expect(wf.split('opensession-managed-cleanup')).toHaveLength(2); // the marker only on line 1
    expect(read(dir, '.github/workflows/opensession-session-review.yml')).toContain(
      '      - uses: opensession/opensession@v0.1\n',
    );
    expect(cli(dir, 'doctor').stdout).toMatch(
      /\[ OK \] +cleanup: +configured provider=github hidden_ttl=14d artifact_ttl=30d/,
    );

    // The user takes ownership of the review workflow (deletes line 1); re-init keeps the TTL and that file.
    const review = path.join(dir, '.github/workflows/opensession-session-review.yml');
    fs.writeFileSync(
      review,
      read(dir, '.github/workflows/opensession-session-review.yml').split('\n').slice(1).join('\n'),
    );
    const again = await cliIn(dir, 'cleanup', 'init', '--yes', '--session-archive-branch', ' pr/sessions ');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('  - hidden_ttl_days: 14\n');
    expect(again.stdout).toContain('  - session_archive_branch: pr/sessions\n');
    expect(again.stdout).toContain(`  - write: ${path.join(dir, '.github/workflows/opensession-cleanup.yml')}\n`);
    expect(again.stdout).not.toContain(`write: ${review}`);
    expect(again.stdout).toContain('  - confirmation: skipped (--yes)\n');
    expect(again.stdout).toContain(
      'manual steps:\n  - file `.github/workflows/opensession-session-review.yml` exists without `opensession-managed-cleanup` marker; update it manually\n',
    );
    expect(again.stdout).toContain('session archive branch: pr/sessions\n');
    expect(read(dir, '.opensession/cleanup/config.toml')).toContain('session_archive_branch = "pr/sessions"\n');
    expect(fs.readFileSync(review, 'utf8').startsWith('# Generated by')).toBe(true);
    expect((await cliIn(dir, 'cleanup', 'init', '--yes', '--session-archive-branch', 'bad..name')).code).toBe(2);
    // A broken config is an error for run/status and a WARN in doctor.
    fs.writeFileSync(path.join(dir, '.opensession/cleanup/config.toml'), 'version = 2\n');
    expect(cli(dir, 'cleanup', 'run').stderr).toBe('Error: unsupported cleanup config version 2; expected 1\n');
    expect((await cliIn(dir, 'doctor')).stdout).toMatch(
      /\[WARN\] cleanup: +unavailable \(unsupported cleanup config version 2; expected 1\)/,
    );
  });

  it('gitlab: component files, the managed include block, warnings and manual steps', async () => {
    const dir = await repoWithOrigin('git@gitlab.example.com:group/repo.git');
    fs.writeFileSync(
      path.join(dir, '.gitlab-ci.yml'),
      "stages: [test]\n# >>> opensession-managed-cleanup\nold block\n# <<< opensession-managed-cleanup\n\n\ninclude:\n  - local: 'other.yml'\n",
    );
    const r = cli(dir, 'cleanup', 'init', '--yes', '--gitlab-component-project', 'mirror/opensession');
    expect(r.code).toBe(0);
    expect(read(dir, '.gitlab-ci.yml')).toBe(
      "stages: [test]\n# >>> opensession-managed-cleanup\ninclude:\n  - local: '.gitlab/opensession-cleanup.yml'\n  - local: '.gitlab/opensession-session-review.yml'\n# <<< opensession-managed-cleanup\ninclude:\n  - local: 'other.yml'\n",
    );
    expect(r.stdout).toContain('  - gitlab_component_project: mirror/opensession\n');
    expect(r.stdout).toContain(`  - update: ${path.join(dir, '.gitlab-ci.yml')}\n`);
    expect(r.stdout).toContain(
      'warnings:\n  - .gitlab-ci.yml has another top-level `include:`; merge it with the opensession-managed-cleanup block manually\n',
    );
    expect(r.stdout).toContain(
      '  - create a pipeline schedule (Build > Pipeline schedules) so the janitor runs, e.g. cron `17 3 * * *`\n',
    );
    expect(read(dir, '.gitlab/opensession-cleanup.yml')).toContain(
      "  - component: $CI_SERVER_FQDN/mirror/opensession/janitor@0.1\n    inputs:\n      apply: 'true'\n",
    );
    expect(read(dir, '.opensession/cleanup/config.toml')).toContain(
      'gitlab_component_project = "mirror/opensession"\n',
    );
    expect(cli(dir, 'doctor').stdout).toMatch(/\[ OK \] +cleanup: +configured provider=gitlab/);

    // A .gitlab-ci.yml without the block is left alone, with the entries to add by hand.
    const other = await repoWithOrigin('https://gitlab.com/group/repo.git');
    fs.writeFileSync(path.join(other, '.gitlab-ci.yml'), 'stages: [build]\n');
    const j = JSON.parse((await cliIn(other, 'cleanup', 'init', '--yes', '--json')).stdout) as {
      applied_paths: string[];
      manual_steps: string[];
    };
    expect(j.applied_paths).not.toContain('.gitlab-ci.yml');
    expect(j.manual_steps[0]).toBe(
      ".gitlab-ci.yml has no `opensession-managed-cleanup` block; add these include entries manually:\n  - local: '.gitlab/opensession-cleanup.yml'\n  - local: '.gitlab/opensession-session-review.yml'",
    );
    expect(read(other, '.gitlab-ci.yml')).toBe('stages: [build]\n');
    const st = JSON.parse((await cliIn(other, 'cleanup', 'status', '--json', '--no-preview')).stdout) as Record<
      string,
      unknown
    >;
    expect(st).toMatchObject({
      configured: true,
      provider: 'gitlab',
      provider_template_ready: false,
      missing_files: ['.gitlab-ci.yml'],
      next_action: 'opensession cleanup init --provider auto',
      janitor_preview: null,
    });
    expect((await cliIn(other, 'doctor')).stdout).toMatch(
      /\[WARN\] cleanup: +partially configured provider=gitlab provider_template=missing/,
    );
  });

  it('interactive confirmation in a real terminal: yes applies, anything else cancels', async () => {
    const dir = await repoWithOrigin('https://github.com/acme/repo.git');
    const no = normalized(
      await runInPty([process.execPath, BUNDLED_CLI, 'cleanup', 'init'], {
        cwd: dir,
        env: { ...env, PATH: process.env.PATH },
        steps: [{ expect: 'Apply cleanup setup? [y/N]: ', send: 'sure' }],
      }),
    );
    expect(no.output).toContain('cleanup init plan:\n  - provider: github\n  - remote: origin\n');
    expect(no.output).toContain('Error: cleanup init cancelled by user');
    expect(no.code).toBe(1);
    expect(fs.existsSync(path.join(dir, '.opensession/cleanup/config.toml'))).toBe(false);
    const yes = normalized(
      await runInPty([process.execPath, BUNDLED_CLI, 'cleanup', 'init', '--provider', 'generic'], {
        cwd: dir,
        env: { ...env, PATH: process.env.PATH },
        steps: [{ expect: 'Apply cleanup setup? [y/N]: ', send: ' YES ' }],
      }),
    );
    expect(yes.code).toBe(0);
    expect(yes.output).toContain('cleanup configured: provider=generic');
    expect(read(dir, '.opensession/cleanup/config.toml')).toContain('provider = "generic"');
  });
});

describe('progress on a terminal', () => {
  it('a TTY shows counts as the run goes; --json and pipes stay quiet', async () => {
    const bare = (await makeTempRepo({ bare: true })).dir;
    const dir = await repoWithOrigin(bare);
    await git(dir, 'push', '-q', 'origin', 'main');
    importRefs(
      bare,
      Array.from({ length: 300 }, (_, i) => ({ ref: ledgerRef(`gone/${i}`), time: NOW - 40 * DAY })),
    );
    expect(cli(dir, 'cleanup', 'init', '--yes').code).toBe(0);
    const tty = normalized(
      await runInPty([process.execPath, BUNDLED_CLI, 'cleanup', 'run', '--apply'], {
        cwd: dir,
        env: { ...env, PATH: process.env.PATH },
        steps: [],
      }),
    );
    expect(tty.code).toBe(0);
    expect(tty.output).toContain('janitor: 301 ref(s) listed\n');
    expect(tty.output).toContain('janitor: reading tip times of 300 ref(s)\n');
    expect(tty.output).toMatch(/janitor: deleted \d+ of 300 ref\(s\) \(\d+ sent\)\n/);
    expect(tty.output).toContain('janitor: deleted 300 of 300 ref(s) (300 sent)\n');
    expect(tty.output).toContain('deleted: 300\n');
    expect(refNames(bare, 'refs/opensession/')).toEqual([]);
    const piped = cli(dir, 'cleanup', 'run');
    expect(piped.stderr).toBe('');
  }, 120_000);
});

describe('cleanup status and run against a loopback http-backend remote', () => {
  it('previews, dry-runs exactly the expected set, applies it, and fails on a protected ref', async () => {
    const { url, dir: bare } = await server.createRepo('cli.git');
    const dir = await repoWithOrigin(url);
    await git(dir, 'push', '-q', 'origin', 'main');
    const refs = [];
    const stale: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const r = ledgerRef(`old/topic-${i}`);
      refs.push({ ref: r, time: NOW - (20 + (i % 20)) * DAY });
      if (20 + (i % 20) >= 30) stale.push(r);
    }
    refs.push({ ref: ledgerRef('main'), time: NOW - 365 * DAY });
    refs.push({ ref: 'refs/heads/opensession/pr-12-sessions', time: NOW - 31 * DAY });
    refs.push({ ref: 'refs/heads/opensession/mr-4-sessions', time: NOW - 29 * DAY });
    importRefs(bare, refs);
    stale.sort();
    expect(cli(dir, 'cleanup', 'init', '--yes', '--provider', 'generic').code).toBe(0);

    const st = await cliAsync(dir, 'cleanup', 'status');
    expect(st.stdout).toContain(
      `preview: hidden_candidates=${stale.length} artifact_candidates=1 kept_due_to_ttl=${1500 - stale.length + 1} kept_active_branch=1\n`,
    );
    expect(st.stdout).toContain('provider template: ready\n');

    const dry = await cliAsync(dir, 'cleanup', 'run', '--json');
    expect(dry.code).toBe(0);
    const d = JSON.parse(dry.stdout) as Record<string, unknown>;
    expect(d).toEqual({
      mode: 'dry-run',
      remote: 'origin',
      hidden_ttl_days: 30,
      artifact_ttl_days: 30,
      hidden_candidates: stale,
      artifact_candidates: ['refs/heads/opensession/pr-12-sessions'],
      deleted: [],
      failed: [],
      kept_due_to_ttl: 1500 - stale.length + 1,
      kept_active_branch: 1,
      ignored: [],
      warnings: [],
    });
    expect(dry.stdout.split('\n')).toHaveLength(2); // one line plus a newline
    expect(refNames(bare)).toHaveLength(refs.length + 1);

    // A protected ref: the remote's update hook rejects it; everything else goes.
    const bad = stale[5];
    const hook = path.join(bare, 'hooks', 'update');
    fs.writeFileSync(hook, `#!/bin/sh\n[ "$1" = "${bad}" ] && { echo "protected: $1" >&2; exit 1; }\nexit 0\n`);
    fs.chmodSync(hook, 0o755);
    const run = await cliAsync(dir, 'cleanup', 'run', '--apply');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`failed: 1\n  - ${bad}\n`);
    expect(run.stdout).toContain(`deleted: ${stale.length}\n`);
    expect(run.stdout).toContain(`warning: failed to delete ${bad}: remote: protected: ${bad}\n`);
    expect(run.stderr).toBe('Error: 1 ref(s) could not be deleted\n');
    const left = new Set(refNames(bare));
    expect(stale.filter((r) => left.has(r))).toEqual([bad]);
    expect(left.has('refs/heads/opensession/pr-12-sessions')).toBe(false);
    expect(left.has('refs/heads/opensession/mr-4-sessions')).toBe(true);
    expect(left.has(ledgerRef('main'))).toBe(true);
    expect((await git(bare, 'fsck', '--no-progress', '--no-dangling')).trim()).toBe('');
    // Local refs are never touched.
    expect(await git(dir, 'for-each-ref', '--format=%(refname)', 'refs/opensession/', 'refs/heads/')).toBe(
      'refs/heads/main',
    );
  }, 300_000);

  it('an unreachable remote is an error for run and a warning for status', async () => {
    const dir = await repoWithOrigin(`${server.url}/missing.git`);
    expect(cli(dir, 'cleanup', 'init', '--yes').code).toBe(0);
    const r = await cliAsync(dir, 'cleanup', 'run');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: failed to list refs on remote `origin`: /);
    expect(r.stdout).toBe('');
    const st = JSON.parse((await cliAsync(dir, 'cleanup', 'status', '--json')).stdout) as {
      warning: string;
      janitor_preview: null;
    };
    expect(st.janitor_preview).toBeNull();
    expect(st.warning).toMatch(/^janitor dry-run failed: failed to list refs on remote `origin`: /);
  });
});
