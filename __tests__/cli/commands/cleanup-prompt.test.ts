// The one-time cleanup prompt after `opensession share --push` (ci-automation.md §2.9), in a real pseudo-terminal
// through the bundled CLI: yes runs init silently, no records the answer, and neither asks twice.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUNDLED_CLI, runBundled } from '../../support/cli';
import { cleanupTempDirs, git, isolateGitEnv, makeTempRepo } from '../../support/git';
import { runInPty } from '../../support/pty';

const HAIL = path.resolve(import.meta.dirname, '../../fixtures/hail/rich.hail.jsonl');
const PROMPT = '[opensession] install cleanup automation now? [y/N]: ';
let env: Record<string, string | undefined>;

beforeAll(() => {
  isolateGitEnv();
  env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    OPENSESSION_QUIET: '1',
  };
});
afterAll(() => cleanupTempDirs());

async function sharedRepo(): Promise<{ dir: string; uri: string }> {
  const remote = (await makeTempRepo({ bare: true })).dir;
  const dir = (await makeTempRepo({ initialCommit: true })).dir;
  await git(dir, 'remote', 'add', 'origin', remote);
  const reg = runBundled(['register', HAIL], { cwd: dir, env });
  expect(reg.code).toBe(0);
  return { dir, uri: reg.stdout.split('\n')[0] };
}

/** The terminal writes CRLF; compare text with LF. */
const normalized = <T extends { output: string }>(r: T): T => ({ ...r, output: r.output.replace(/\r\n/g, '\n') });

const share = async (dir: string, uri: string, answers: Array<{ when: string; send: string }>) =>
  normalized(
    await runInPty([process.execPath, BUNDLED_CLI, 'share', uri, '--git', '--remote', 'origin', '--push'], {
      cwd: dir,
      env,
      steps: answers.map((a) => ({ expect: a.when, send: a.send.replace(/\n$/, '') })),
    }),
  );

describe('post-push cleanup prompt', () => {
  it('yes: configures cleanup silently, remembers the answer, and never asks again', async () => {
    const { dir, uri } = await sharedRepo();
    const r = await share(dir, uri, [{ when: PROMPT, send: 'y\n' }]);
    expect(r.code).toBe(0);
    expect(r.output).toContain('[opensession] cleanup automation is not configured for this repository.\n' + PROMPT);
    expect(r.output).toContain('[opensession] cleanup automation configured.\n');
    expect(r.output).not.toContain('cleanup init plan:');
    expect(r.output).toContain('pushed: true');
    const config = fs.readFileSync(path.join(dir, '.opensession/cleanup/config.toml'), 'utf8');
    expect(config).toContain('provider = "generic"\nremote = "origin"\nhidden_ttl_days = 30\nartifact_ttl_days = 30\n');
    expect(await git(dir, 'config', '--local', 'opensession.cleanup.prompted')).toBe('true');
    expect(await git(dir, 'config', '--local', 'opensession.cleanup.prompted-at')).toMatch(/^\d{4}-\d\d-\d\dT/);
    const again = await share(dir, uri, []);
    expect(again.code).toBe(0);
    expect(again.output).not.toContain('cleanup automation');
  }, 120_000);

  it('no: skipped, recorded, no files; piped (non-TTY) and --json runs never prompt', async () => {
    const { dir, uri } = await sharedRepo();
    const piped = runBundled(['share', uri, '--git', '--remote', 'origin', '--push'], { cwd: dir, env });
    expect(piped.code).toBe(0);
    expect(piped.stderr).not.toContain('cleanup automation');
    const { dir: dir2, uri: uri2 } = await sharedRepo();
    const asJson = normalized(
      await runInPty(
        [process.execPath, BUNDLED_CLI, 'share', uri2, '--git', '--remote', 'origin', '--push', '--json'],
        { cwd: dir2, env, steps: [] },
      ),
    );
    expect(asJson.code).toBe(0);
    expect(asJson.output).not.toContain('cleanup automation');
    const no = await share(dir2, uri2, [{ when: PROMPT, send: '\n' }]);
    expect(no.code).toBe(0);
    expect(no.output).toContain('[opensession] cleanup automation was skipped.\n');
    expect(fs.existsSync(path.join(dir2, '.opensession/cleanup'))).toBe(false);
    expect(await git(dir2, 'config', '--local', 'opensession.cleanup.prompted')).toBe('true');
  }, 120_000);
});
