// `share --git/--push` (git-native.md §10, §18.13) against real git and a loopback HTTP remote.
import * as fs from 'fs';
import * as path from 'path';
import { toHailJsonl } from '../../../core/hail';
import { storeLocalObject } from '../../../core/store';
import {
  cleanupTempDirs,
  git,
  GitHttpServer,
  isolateGitEnv,
  makeTempDir,
  makeTempRepo,
  startGitHttpServer,
} from '../../support/git';
import { runInProcess } from '../../support/cli';
import { makeSession } from '../../core/ledger/fixtures';

let server: GitHttpServer;
let home: string;
beforeAll(async () => {
  home = isolateGitEnv();
  server = await startGitHttpServer();
});
afterAll(async () => {
  await server.stop();
  cleanupTempDirs();
});

const REF = 'refs/opensession/branches/bWFpbg';

async function registered(cwd: string, text?: string): Promise<string> {
  const bytes = Buffer.from(text ?? toHailJsonl(makeSession('share-1')), 'utf8');
  return (await storeLocalObject(bytes, { cwd, home })).sha256;
}

describe('share --git', () => {
  it('writes the object into the branch ledger and prints the gh URI without network (§18.13)', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'remote', 'add', 'origin', 'git@github.com:acme/widgets.git');
    const h = await registered(dir);
    const res = await runInProcess(['share', `os://src/local/${h}`, '--git', '--remote', 'origin', '--json'], {
      cwd: dir,
      env: { ...process.env },
    });
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as Record<string, unknown>;
    expect(out).toEqual({
      auto_push_consent: null,
      path: `sessions/${h}.jsonl`,
      push_cmd: `git push origin ${REF}:${REF}`,
      pushed: false,
      quick: false,
      redactions: 0,
      ref: REF,
      remote: 'git@github.com:acme/widgets.git',
      remote_target: 'origin',
      source_uri: `os://src/local/${h}`,
      uri: `os://src/gh/acme/widgets/ref/refs%2Fopensession%2Fbranches%2FbWFpbg/path/sessions/${h}.jsonl`,
    });
    expect(Object.keys(out)).toEqual(Object.keys(out).sort());
    expect(await git(dir, 'log', '--format=%s|%an', REF)).toBe(`opensession share ${h}|opensession`);
    expect(await git(dir, 'ls-tree', '-r', '--name-only', REF)).toBe(`sessions/${h}.jsonl`);
  });

  it('fails with F6 outside a repository even when the object is in the global store', async () => {
    const outside = makeTempDir('os-outside-');
    const h = await registered(outside);
    const res = await runInProcess(['share', `os://src/local/${h}`, '--git', '--remote', 'origin'], {
      cwd: outside,
      env: { ...process.env },
    });
    expect(res.code).toBe(1);
    expect(res.stderr).toBe(
      'Error: current directory is not inside a git repository\nnext:\n- cd into the target git repository and retry\n- or initialize one first: `git init`\n',
    );
  });

  it('redacts before writing, pushes with --push, and reports guided errors', async () => {
    const remote = await server.createRepo('share.git');
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'remote', 'add', 'origin', remote.url);
    const secret = 'sk-proj-abcdefghijklmnopqrstuvwxyz0123';
    const h = await registered(dir, toHailJsonl(makeSession('share-2', { text: `key ${secret}` })));
    const res = await runInProcess(['share', `os://src/local/${h}`, '--git', '--remote', 'origin', '--push'], {
      cwd: dir,
      env: { ...process.env },
    });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe(
      `[opensession] Warning: redacted 1 secret(s) before writing sessions/${h}.jsonl to ${REF}\n`,
    );
    const url = remote.url;
    expect(res.stdout).toBe(
      [
        `os://src/git/${Buffer.from(url).toString('base64url')}/ref/refs%2Fopensession%2Fbranches%2FbWFpbg/path/sessions/${h}.jsonl`,
        `remote: ${url}`,
        `ref: ${REF}`,
        `path: sessions/${h}.jsonl`,
        'pushed: true',
        `push_cmd: (executed) git push origin ${REF}:${REF}`,
        '',
      ].join('\n'),
    );
    const shared = await git(remote.dir, 'show', `${REF}:sessions/${h}.jsonl`);
    expect(shared).not.toContain(secret);
    expect(shared).toContain('[REDACTED:openai_api_key]');

    const checkedOut = await runInProcess(
      ['share', `os://src/local/${h}`, '--git', '--remote', 'origin', '--ref', 'refs/heads/main'],
      { cwd: dir, env: { ...process.env } },
    );
    expect(checkedOut.stderr).toContain(
      'Error: refusing to write to the checked-out branch `refs/heads/main`\nnext:\n',
    );
    const badRef = await runInProcess(
      ['share', `os://src/local/${h}`, '--git', '--remote', 'origin', '--ref', 'heads/x'],
      { cwd: dir, env: { ...process.env } },
    );
    expect(badRef.stderr).toContain('Error: invalid ref `heads/x`: expected a full ref name under refs/\n');
    const badPath = await runInProcess(
      ['share', `os://src/local/${h}`, '--git', '--remote', 'origin', '--path', 'a/../b'],
      { cwd: dir, env: { ...process.env } },
    );
    expect(badPath.stderr).toContain('Error: path contains invalid segment: `..`\n');
    const noRemote = await runInProcess(['share', `os://src/local/${h}`, '--git'], {
      cwd: dir,
      env: { ...process.env },
    });
    expect(noRemote.stderr).toContain('Error: `--remote <name|url>` is required for `share --git`\n');
    const missing = await runInProcess(['share', `os://src/local/${'0'.repeat(64)}`, '--git', '--remote', 'origin'], {
      cwd: dir,
      env: { ...process.env },
    });
    expect(missing.stderr).toContain(`Error: object not found: ${'0'.repeat(64)}\n`);
    const both = await runInProcess(['share', `os://src/local/${h}`, '--git', '--web'], {
      cwd: dir,
      env: { ...process.env },
    });
    expect(both.stderr).toContain('Error: choose one mode: --web or --git\n');
    expect(fs.existsSync(path.join(dir, '.opensession'))).toBe(true);
  });
});
