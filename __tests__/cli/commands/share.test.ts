// `share --git/--push` (git-native.md §10, §18.13) against real git and a loopback HTTP remote.
import * as fs from 'fs';
import * as path from 'path';
import { toHailJsonl } from '../../../core/hail';
import { storeLocalObject } from '../../../core/store';
import {
  cleanupTempDirs,
  git,
  gitRaw,
  GitHttpServer,
  isolateGitEnv,
  makeTempDir,
  makeTempRepo,
  startGitHttpServer,
} from '../../support/git';
import { CliResult, runBundled, runInProcess } from '../../support/cli';
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

/** The guided error of §10.7 exactly as printed: `Error: <reason>`, `next:` steps, optional docs, exit 1. */
function expectGuided(res: CliResult, reason: string, steps: string[], docs?: string): void {
  const lines = [`Error: ${reason}`, 'next:', ...steps.map((s) => `- ${s}`)];
  if (docs !== undefined) lines.push(`docs: ${docs}`);
  expect(res.stderr).toBe(lines.join('\n') + '\n');
  expect(res.stdout).toBe('');
  expect(res.code).toBe(1);
}

const F2_STEPS = [
  'a local uri comes from `opensession register ./session.hail.jsonl` (os://src/local/<sha256>)',
  'a remote uri comes from `opensession share <local_uri> --git --remote origin`',
];
const F4_STEPS = [
  'for a web url drop it: `opensession share <uri> --web`',
  'to publish a local uri: `opensession share <local_uri> --git --remote origin`',
];
const REF_STEP = 'omit --ref to use the branch ledger ref (refs/opensession/branches/<token>)';
const PATH_STEPS = ['use a repository-relative path such as `sessions/<name>.jsonl`'];
const REMOTE_STEPS = ['list remotes: `git remote -v`', 'or pass a URL: `--remote https://github.com/org/repo.git`'];
const CONFIG_STEPS = [
  'initialize config: `opensession config init --base-url https://opensession.io`',
  'verify config: `opensession config show`',
];
const GH_URI = 'os://src/gh/acme/widgets/ref/refs%2Fopensession%2Fbranches%2FbWFpbg/path/sessions/x.jsonl';

describe('share failure signatures (§10.7)', () => {
  const run = (cwd: string, ...args: string[]): Promise<CliResult> =>
    runInProcess(['share', ...args], { cwd, env: { ...process.env } });

  it('F1-F5: mode, uri and flag errors', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const local = `os://src/local/${'a'.repeat(64)}`;
    const f1 = [
      'for remote source uri to web url: `opensession share <uri> --web`',
      'for local source uri to git source uri: `opensession share <uri> --git --remote origin`',
    ];
    expectGuided(await run(dir, local, '--git', '--web'), 'choose one mode: --web or --git', f1);
    expectGuided(await run(dir, local, '--quick', '--web'), 'choose one mode: --web or --git', f1);

    expectGuided(await run(dir, 'https://x/y', '--git', '--remote', 'origin'), 'uri must start with os://', F2_STEPS);
    expectGuided(await run(dir, 'os://src/local/xyz', '--git', '--remote', 'origin'), 'invalid sha256: xyz', F2_STEPS);
    expectGuided(await run(dir, 'os://foo/bar', '--web'), 'unsupported uri kind: foo', F2_STEPS);
    expectGuided(
      await run(dir, 'os://src/gh/acme', '--web'),
      'invalid uri structure: gh uri must be os://src/gh/<owner>/<repo>/ref/<ref>/path/<path...>',
      F2_STEPS,
    );

    const f3 = [
      'first register a canonical session: `opensession register ./session.hail.jsonl`',
      'then share that local uri with `--git --remote <name|url>`',
    ];
    const f3Reason = '`share --git` requires a local source uri (os://src/local/<sha256>)';
    expectGuided(await run(dir, GH_URI, '--git', '--remote', 'origin'), f3Reason, f3);
    expectGuided(await run(dir, GH_URI, '--quick'), f3Reason, f3);

    for (const flag of [['--remote', 'origin'], ['--ref', 'refs/x/y'], ['--path', 'a.jsonl'], ['--push']]) {
      expectGuided(await run(dir, GH_URI, ...flag), `\`${flag[0]}\` applies only to \`share --git\``, F4_STEPS);
    }
    // the first offending flag in the order --remote, --ref, --path, --push
    expectGuided(
      await run(dir, GH_URI, '--web', '--push', '--path', 'a.jsonl', '--ref', 'refs/x/y'),
      '`--ref` applies only to `share --git`',
      F4_STEPS,
    );

    expectGuided(await run(dir, local, '--git'), '`--remote <name|url>` is required for `share --git`', [
      'example: `opensession share <local_uri> --git --remote origin`',
      'or use a direct URL: `opensession share <local_uri> --git --remote https://github.com/org/repo.git`',
    ]);
  });

  it('F6-F11: repository, remote choice, ref, path, object and remote resolution', async () => {
    const outside = makeTempDir('os-outside-');
    expectGuided(
      await run(outside, `os://src/local/${'b'.repeat(64)}`, '--quick'),
      'current directory is not inside a git repository',
      ['cd into the target git repository and retry', 'or initialize one first: `git init`'],
    );

    const { dir } = await makeTempRepo({ initialCommit: true });
    const h = await registered(dir);
    const local = `os://src/local/${h}`;
    const f7 = (n: number): [string, string[]] => [
      `\`share --quick\` could not choose a git remote (no \`origin\` and ${n} other remotes)`,
      ['add one: `git remote add origin <url>`', 'or name it: `opensession share <uri> --quick --remote <name|url>`'],
    ];
    expectGuided(await run(dir, local, '--quick'), ...f7(0));
    await git(dir, 'remote', 'add', 'up', 'https://example.invalid/a.git');
    await git(dir, 'remote', 'add', 'fork', 'https://example.invalid/b.git');
    expectGuided(await run(dir, local, '--quick'), ...f7(2));
    await git(dir, 'remote', 'remove', 'fork');
    await git(dir, 'remote', 'add', 'origin', 'https://example.invalid/origin.git');

    for (const bad of ['heads/x', 'refs/heads/a..b', 'refs/x.lock', 'refs/']) {
      expectGuided(
        await run(dir, local, '--git', '--remote', 'origin', '--ref', bad),
        `invalid ref \`${bad}\`: expected a full ref name under refs/`,
        [REF_STEP, 'or pass a full ref, e.g. `--ref refs/opensession/shared`'],
      );
    }
    expectGuided(
      await run(dir, local, '--quick', '--ref', 'refs/heads/main'),
      'refusing to write to the checked-out branch `refs/heads/main`',
      [REF_STEP, 'or choose a ref that is not checked out'],
    );

    for (const bad of ['', '   ', '/abs/x.jsonl', ' /abs/x.jsonl ']) {
      expectGuided(
        await run(dir, local, '--git', '--remote', 'origin', '--path', bad),
        'path must be repository-relative',
        PATH_STEPS,
      );
    }
    for (const [bad, seg] of [
      ['a//b.jsonl', ''],
      ['a/./b.jsonl', '.'],
      ['a/../b.jsonl', '..'],
      ['a/b\\c.jsonl', 'b\\c.jsonl'],
      ['a/', ''],
    ]) {
      expectGuided(
        await run(dir, local, '--git', '--remote', 'origin', '--path', bad),
        `path contains invalid segment: \`${seg}\``,
        PATH_STEPS,
      );
    }

    const missing = 'c'.repeat(64);
    expectGuided(
      await run(dir, `os://src/local/${missing}`, '--git', '--remote', 'origin'),
      `object not found: ${missing}`,
      [
        'register the session in this repository first: `opensession register ./session.hail.jsonl`',
        'objects are looked up in <repo>/.opensession/objects, then ~/.local/share/opensession/objects',
      ],
    );

    const unknown = await run(dir, local, '--git', '--remote', 'nope');
    const getUrl = await gitRaw(dir, ['remote', 'get-url', 'nope']);
    expect(getUrl.code).not.toBe(0);
    expectGuided(unknown, `failed to resolve git remote \`nope\`: ${getUrl.stderr.trim()}`, REMOTE_STEPS);
    expect(unknown.stderr).toContain("No such remote 'nope'");

    await git(dir, 'config', 'remote.blank.url', '');
    expectGuided(
      await run(dir, local, '--git', '--remote', 'blank'),
      'git remote `blank` resolved to empty url',
      REMOTE_STEPS,
    );

    // nothing was written by any failing call
    expect((await gitRaw(dir, ['rev-parse', '--verify', '-q', REF])).code).not.toBe(0);
  });

  it('F12-F14: ledger write and push failures', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const h = await registered(dir);
    const local = `os://src/local/${h}`;

    // F12: the target ref cannot be written (a ref below it already exists: directory/file conflict)
    await git(dir, 'update-ref', 'refs/opensession/shared/child', 'HEAD');
    const f12 = await run(
      dir,
      local,
      '--git',
      '--remote',
      'https://example.invalid/x.git',
      '--ref',
      'refs/opensession/shared',
    );
    expect(f12.code).toBe(1);
    expect(f12.stdout).toBe('');
    expect(f12.stderr).toMatch(/^Error: failed to store git object: .+\nnext:\n/);
    expect(
      f12.stderr.endsWith(
        'next:\n- check that the repository is writable and no other git process holds a lock\n- retry the command\n',
      ),
    ).toBe(true);

    // F13: the push itself fails (repository missing on the remote); a URL target is shown credential-stripped
    const missingUrl = `${server.url}/missing.git`;
    const withCreds = missingUrl.replace('http://', 'http://user:s3cret@');
    const f13 = await run(dir, local, '--git', '--remote', withCreds, '--push');
    expect(f13.code).toBe(1);
    expect(f13.stdout).toBe('');
    expect(f13.stderr).toMatch(/^Error: git push failed: fatal: repository '[^']*' not found\nnext:\n/);
    expect(f13.stderr.startsWith(`Error: git push failed: fatal: repository '${missingUrl}/' not found\n`)).toBe(true);
    expect(
      f13.stderr.endsWith(
        `next:\n- check access to the remote: \`git ls-remote ${missingUrl}\`\n- retry manually: \`git push ${missingUrl} ${REF}:${REF}\`\n`,
      ),
    ).toBe(true);
    expect(f13.stderr).not.toContain('s3cret');

    // F14: the push is rejected (remote moved) and the merge fetch fails (upload-pack disabled on the remote)
    const remote = await server.createRepo('share-f14.git');
    const other = await makeTempRepo({ initialCommit: true });
    await git(other.dir, 'push', '-q', remote.url, `HEAD:${REF}`);
    await git(remote.dir, 'config', 'http.uploadpack', 'false');
    await git(dir, 'remote', 'add', 'origin', remote.url);
    const f14 = await run(dir, local, '--git', '--remote', 'origin', '--push');
    expect(f14.code).toBe(1);
    expect(f14.stdout).toBe('');
    expect(f14.stderr).toMatch(
      new RegExp(`^Error: git push failed: could not fetch ${REF} from origin to merge: .+\\nnext:\\n`),
    );
    expect(
      f14.stderr.endsWith(
        `next:\n- check access to the remote: \`git ls-remote origin\`\n- retry manually: \`git push origin ${REF}:${REF}\`\n`,
      ),
    ).toBe(true);
    // F14 with a URL push target: the cause names the target credential-stripped, like push_cmd (§10.2 step 9)
    const remoteUrl = remote.url.replace('http://', 'http://user:s3cret@');
    const f14url = await run(dir, local, '--git', '--remote', remoteUrl, '--push');
    expect(f14url.code).toBe(1);
    expect(f14url.stderr).toMatch(
      new RegExp(
        `^Error: git push failed: could not fetch ${REF} from ${remote.url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} to merge: .+\\nnext:\\n`,
      ),
    );
    expect(
      f14url.stderr.endsWith(
        `next:\n- check access to the remote: \`git ls-remote ${remote.url}\`\n- retry manually: \`git push ${remote.url} ${REF}:${REF}\`\n`,
      ),
    ).toBe(true);
    expect(f14url.stderr).not.toContain('s3cret');
  });

  it('F15-F19: web mode source and config errors', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const sub = path.join(dir, 'sub');
    fs.mkdirSync(sub);
    const f15 = [
      'convert local uri first: `opensession share <uri> --git --remote origin`',
      'then run web share with the returned remote source uri',
    ];
    expectGuided(
      await run(dir, `os://src/local/${'d'.repeat(64)}`, '--web'),
      '`share --web` supports only remote sources',
      f15,
    );
    expectGuided(await run(dir, `os://artifact/${'d'.repeat(64)}`), '`share --web` supports only remote sources', f15);
    // F15 wins over F4 (step 1 before step 2)
    expectGuided(
      await run(dir, `os://src/local/${'d'.repeat(64)}`, '--web', '--remote', 'origin'),
      '`share --web` supports only remote sources',
      f15,
    );

    const file = path.join(dir, '.opensession', 'config.toml');
    expectGuided(await run(sub, GH_URI), `missing config: ${file}`, CONFIG_STEPS, 'README.md#Share');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '[share\n');
    const f17 = await run(sub, GH_URI, '--web');
    expect(f17.code).toBe(1);
    expect(f17.stdout).toBe('');
    expect(f17.stderr).toMatch(/^Error: invalid config: .+: .+\nnext:\n/);
    expect(f17.stderr.startsWith(`Error: invalid config: ${file}: `)).toBe(true);
    expect(
      f17.stderr.endsWith(
        `next:\n- fix the TOML syntax in ${file}\n- inspect file content and retry: \`opensession config show\`\n`,
      ),
    ).toBe(true);
    fs.writeFileSync(file, '[share]\n# base_url unset\n');
    expectGuided(
      await run(sub, GH_URI),
      `missing config: share.base_url is not set in ${file}`,
      CONFIG_STEPS,
      'README.md#Share',
    );
    fs.writeFileSync(file, '[share]\nbase_url = "   "\n');
    expectGuided(await run(sub, GH_URI), `invalid config: share.base_url is empty (${file})`, [
      'set a valid base URL: `opensession config init --base-url https://opensession.io`',
      'inspect file content and retry: `opensession config show`',
    ]);
  });
});

describe('share --git from the bundled CLI', () => {
  it('redacts a secret only the lazily loaded secretlint preset knows, appends next to earlier shares, and leaves git clean', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'remote', 'add', 'origin', 'https://example.com/acme/widgets.git');
    const env = { ...process.env };
    // earlier shares, written by the bundled CLI itself
    const shas: string[] = [];
    for (let i = 0; i < 3; i++) {
      const h = await registered(dir, toHailJsonl(makeSession(`bulk-${i}`)));
      const res = runBundled(['share', `os://src/local/${h}`, '--git', '--remote', 'origin'], { cwd: dir, env });
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      shas.push(h);
    }
    const shopify = 'shpat_' + 'a1B2c3D4e5F6a1B2c3D4e5F6a1B2c3D4';
    const h = await registered(dir, toHailJsonl(makeSession('share-secret', { text: `deploy with ${shopify} now` })));
    const res = runBundled(['share', `os://src/local/${h}`, '--git', '--remote', 'origin', '--json'], {
      cwd: dir,
      env,
    });
    expect(res.code).toBe(0);
    expect(res.stderr).toBe(
      `[opensession] Warning: redacted 1 secret(s) before writing sessions/${h}.jsonl to ${REF}\n`,
    );
    expect(JSON.parse(res.stdout)).toMatchObject({ redactions: 1, ref: REF, path: `sessions/${h}.jsonl` });
    const stored = await git(dir, 'show', `${REF}:sessions/${h}.jsonl`);
    expect(stored).toContain('deploy with [REDACTED:secretlint_shopify] now');
    expect(stored).not.toContain(shopify.slice(6, 14));
    expect((await git(dir, 'ls-tree', '--name-only', `${REF}:sessions`)).split('\n')).toEqual(
      [...shas, h].map((s) => `${s}.jsonl`).sort(),
    );
    expect(await git(dir, 'log', '--format=%s', REF)).toBe(
      [h, ...[...shas].reverse()].map((s) => `opensession share ${s}`).join('\n'),
    );
    await git(dir, 'fsck', '--strict', '--no-dangling');
    const registry = path.join(home, '.config', 'opensession', 'repo-registry.json');
    expect((JSON.parse(fs.readFileSync(registry, 'utf8')) as { repos: string[] }).repos).toContain(
      fs.realpathSync(dir),
    );
    expect(fs.existsSync(`${registry}.lock`)).toBe(false);
  });
});
