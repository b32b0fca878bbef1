// Nothing leaked (amendments-2 A1.4), end to end with the bundled CLI: a corpus of planted secrets (every A1 kind,
// each also placed in first prompts so the title rule cuts it at several positions) inside prompts, agent text, tool
// inputs, tool results, file bodies, diffs and commit messages of real-shaped Claude Code sessions goes through
// parse → ledger (pre-push hook and `share`) → push to a loopback smart-HTTP remote → review comment → artifact
// branch. No 8-character piece of any planted secret may appear in any git object of either repository (nor of the
// CI clone), in the comment or on the artifact branch; look-alikes stay byte-equal.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BUNDLED_CLI, CliResult, runBundled } from '../support/cli';
import {
  cleanupTempDirs,
  cloneTemp,
  git,
  gitRaw,
  GitHttpServer,
  isolateGitEnv,
  makeTempDir,
  makeTempRepo,
  startGitHttpServer,
} from '../support/git';
import { findLeak, LOOK_ALIKES, promptWithSecretAt, SECRET_CORPUS, type PlantedSecret } from '../support/secret-corpus';
import { pullRequestExamples, retarget } from '../actions/pr-fixture';

const { jest } = import.meta; // native ESM: the jest object is not a global (docs/testing.md)

jest.setTimeout(300_000);

const POSITIONS = [30, 70, 76]; // the secret starts at these code points of the first prompt (76 = the 77th)
const BRANCH = 'changes';
const LEDGER = `refs/opensession/branches/${Buffer.from(BRANCH).toString('base64url')}`;

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

/** The bundled CLI without blocking this process (the loopback git server runs in it and must answer). */
function runBundledAsync(argv: string[], opts: { cwd: string; env: Record<string, string> }): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLED_CLI, ...argv], { cwd: opts.cwd, env: opts.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({
        code: code ?? -1,
        stdout: stdoutBytes.toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        stdoutBytes,
      });
    });
  });
}

/** All object contents of a repository, as one string (commits, trees, blobs, tags). */
function allObjects(dir: string): string {
  const r = spawnSync('git', ['cat-file', '--batch-all-objects', '--batch'], {
    cwd: dir,
    env: process.env,
    maxBuffer: 512 * 1024 * 1024,
  });
  expect(r.status).toBe(0);
  return r.stdout.toString('latin1');
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** One Claude Code session (public JSONL shape) with `s` planted everywhere a session carries text. */
function claudeSession(sid: string, cwd: string, s: PlantedSecret, at: number, t0: number): string {
  const base = { sessionId: sid, cwd, gitBranch: BRANCH, version: '2.0.31', userType: 'external', isSidechain: false };
  let n = 0;
  const at_ = () => iso(t0 + 1000 * n++);
  const model = 'claude-sonnet-4-5-20250929';
  const assistant = (uuid: string, content: unknown[]) => ({
    ...base,
    type: 'assistant',
    uuid,
    timestamp: at_(),
    message: { id: `msg_${uuid}`, role: 'assistant', model, content, usage: { input_tokens: 10, output_tokens: 5 } },
  });
  const result = (uuid: string, id: string, text: string) => ({
    ...base,
    type: 'user',
    uuid,
    timestamp: at_(),
    message: { role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: text }] },
  });
  const lines = [
    {
      ...base,
      type: 'user',
      uuid: `${sid}-u1`,
      timestamp: at_(),
      message: { role: 'user', content: promptWithSecretAt(s, at) },
    },
    assistant(`${sid}-a1`, [
      { type: 'text', text: `I will store ${s.text} in the config. Notes: ${LOOK_ALIKES.join(' | ')}` },
      {
        type: 'tool_use',
        id: `${sid}-bash`,
        name: 'Bash',
        input: { command: `export DEPLOY='${s.text}' && ./deploy.sh`, description: 'Deploy' },
      },
    ]),
    result(`${sid}-u2`, `${sid}-bash`, `deploying with ${s.text}\ndone`),
    assistant(`${sid}-a2`, [
      {
        type: 'tool_use',
        id: `${sid}-write`,
        name: 'Write',
        input: { file_path: `${cwd}/config/deploy.env`, content: `DEPLOY_CREDENTIAL=${s.text}\nREGION=eu\n` },
      },
    ]),
    result(`${sid}-u3`, `${sid}-write`, `File created successfully at: ${cwd}/config/deploy.env`),
    assistant(`${sid}-a3`, [
      {
        type: 'tool_use',
        id: `${sid}-edit`,
        name: 'Edit',
        input: {
          file_path: `${cwd}/src/client.ts`,
          old_string: 'const credential = undefined;',
          new_string: `const credential = "${s.text}";`,
        },
      },
    ]),
    result(`${sid}-u4`, `${sid}-edit`, `The file ${cwd}/src/client.ts has been updated.`),
    assistant(`${sid}-a4`, [
      {
        type: 'tool_use',
        id: `${sid}-commit`,
        name: 'Bash',
        input: { command: `git commit -am "wire deploy credential ${s.text}"` },
      },
    ]),
    result(`${sid}-u5`, `${sid}-commit`, `[${BRANCH} 1a2b3c4] wire deploy credential ${s.text}\n 2 files changed`),
    assistant(`${sid}-a5`, [{ type: 'text', text: 'Done.' }]),
  ];
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

describe('planted secret corpus end to end (A1.4)', () => {
  it('hook + share + push + review + artifact branch: no 8-character piece of any secret anywhere', async () => {
    // Developer repository: master pushed, a branch with one commit (its objects hold no secret).
    const remote = await server.createRepo('corpus.git');
    const { dir } = await makeTempRepo({ initialCommit: true });
    await git(dir, 'branch', '-M', 'master');
    await git(dir, 'remote', 'add', 'origin', remote.url);
    await git(dir, 'push', '-q', '--no-verify', 'origin', 'master');
    await git(remote.dir, 'symbolic-ref', 'HEAD', 'refs/heads/master');
    const base = await git(dir, 'rev-parse', 'HEAD');
    await git(dir, 'checkout', '-q', '-b', BRANCH);
    fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'src', 'client.ts'), 'const credential = process.env.DEPLOY;\n');
    await git(dir, 'add', '.');
    const t0 = Date.now() - 60_000;
    // The commit is made while the sessions run (A8 links a session to the commits of its time window).
    const during = `@${Math.floor((t0 + 3000) / 1000)} +0000`;
    const commit = await gitRaw(dir, ['commit', '-q', '-m', 'read the deploy credential from the environment'], {
      env: { GIT_AUTHOR_DATE: during, GIT_COMMITTER_DATE: during },
    });
    expect(commit.code).toBe(0);
    const head = await git(dir, 'rev-parse', 'HEAD');

    // Agent sessions where Claude Code keeps them, spanning the commit (the hook links them by the reflog).
    const projects = path.join(home, '.claude', 'projects', dir.replace(/[^A-Za-z0-9]/g, '-'));
    fs.mkdirSync(projects, { recursive: true });
    const sids: string[] = [];
    SECRET_CORPUS.forEach((s, i) => {
      POSITIONS.forEach((at, j) => {
        const sid = `0000${String(i).padStart(4, '0')}-${String(j).padStart(4, '0')}-4000-8000-${String(i * 10 + j).padStart(12, '0')}`;
        sids.push(sid);
        fs.writeFileSync(path.join(projects, `${sid}.jsonl`), claudeSession(sid, dir, s, at, t0));
      });
    });

    // parse: the title is cut and must not carry a piece of the secret; what parse wrote, register accepts.
    const env = { ...process.env } as Record<string, string>;
    const first = path.join(projects, `${sids[sids.length - 1]}.jsonl`);
    const parsedOut = path.join(makeTempDir('os-corpus-'), 'one.hail.jsonl');
    const p = runBundled(['parse', first, '--out', parsedOut], { cwd: dir, env });
    expect(p.stderr).toBe('');
    expect(p.code).toBe(0);
    const header = JSON.parse(fs.readFileSync(parsedOut, 'utf8').split('\n')[0]) as { context: { title: string } };
    expect(header.context.title.endsWith('...')).toBe(true);
    expect(findLeak(header.context.title)).toBeUndefined();
    // share: register the parsed session and share it on the branch ledger (redacted before the write).
    const reg = runBundled(['register', parsedOut], { cwd: dir, env });
    expect(reg.code).toBe(0);
    const uri = reg.stdout.trim().split('\n')[0];
    const share = runBundled(['share', uri, '--git', '--remote', 'origin'], { cwd: dir, env });
    expect(share.stderr).toContain('Warning: redacted');
    expect(share.code).toBe(0);

    // hook: the managed pre-push hook (installed by `doctor --fix`) records the sessions and pushes the ledger.
    const doctor = runBundled(['doctor', '--fix', '--yes', '--fanout-mode', 'hidden_ref'], { cwd: dir, env });
    expect(doctor.stderr).toBe('');
    expect(doctor.code).toBe(0);
    const push = await gitRaw(dir, ['push', '-q', 'origin', BRANCH]);
    expect(push.code).toBe(0);
    const recorded = (await git(remote.dir, 'ls-tree', '-r', '--name-only', LEDGER)).split('\n');
    const stored = recorded.filter((f) => f.endsWith('.hail.jsonl'));
    expect(stored.length).toBeGreaterThanOrEqual(sids.length);
    expect(recorded.some((f) => f.startsWith('sessions/'))).toBe(true); // the shared object
    // every stored title (cut by the title rule) holds no piece of its secret
    for (const meta of recorded.filter((f) => f.endsWith('.meta.json'))) {
      const m = JSON.parse(await git(remote.dir, 'show', `${LEDGER}:${meta}`)) as { title?: string };
      if (m.title !== undefined) expect(findLeak(m.title)).toBeUndefined();
    }
    // look-alikes arrive byte-equal
    const oneHail = await git(remote.dir, 'show', `${LEDGER}:${stored[0]}`);
    for (const l of LOOK_ALIKES) expect(oneHail).toContain(JSON.stringify(l).slice(1, -1));

    // CI: a clone reviews the range and publishes the artifact branch.
    const ci = await cloneTemp(remote.url);
    await git(ci.dir, 'fetch', '-q', 'origin', '+refs/opensession/*:refs/opensession/*');
    await git(ci.dir, 'checkout', '-q', '--detach', head);
    const review = await runBundledAsync(
      ['review', '--base', base, '--head', head, '--branch', BRANCH, '--no-fetch', '--no-open'],
      { cwd: ci.dir, env },
    );
    expect(review.stderr).not.toMatch(/^Error:/m);
    expect(review.code).toBe(0);
    expect(review.stdout).toContain('opensession');
    expect(findLeak(review.stdout)).toBeUndefined();

    const opened = pullRequestExamples().find((e) => e.action === 'opened')!;
    const payload = retarget(opened, { base, head }) as { pull_request: { head: { ref: string } } };
    payload.pull_request.head.ref = BRANCH;
    const eventFile = path.join(makeTempDir('os-ev-'), 'event.json');
    fs.writeFileSync(eventFile, JSON.stringify(payload));
    const outFile = path.join(makeTempDir('os-out-'), 'out');
    fs.writeFileSync(outFile, '');
    const artifact = await runBundledAsync(['ci', 'artifact-branch', '--json', '--mode', 'publish'], {
      cwd: ci.dir,
      env: {
        ...env,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventFile,
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_OUTPUT: outFile,
      },
    });
    expect(artifact.stderr).not.toMatch(/^Error:/m);
    expect(artifact.code).toBe(0);
    const art = JSON.parse(artifact.stdout) as { result: string; artifact_branch: string; session_count: number };
    expect(art.result).toBe('published');
    expect(art.session_count).toBeGreaterThan(0);
    const artifactFiles = await git(remote.dir, 'ls-tree', '-r', `refs/heads/${art.artifact_branch}`);
    expect(artifactFiles).toContain('manifest.json');

    // Nothing leaked: every object of every repository, the comment, the artifact branch.
    for (const repoDir of [dir, remote.dir, ci.dir]) {
      const objects = allObjects(repoDir);
      expect(objects.length).toBeGreaterThan(0);
      expect(findLeak(objects)).toBeUndefined();
    }
    const artifactBlobs = await git(remote.dir, 'log', '-p', '--all', '--format=%B');
    expect(findLeak(artifactBlobs)).toBeUndefined();
    // and the sessions really were there to be found: the parsed (local, unredacted) output still has them
    expect(findLeak(fs.readFileSync(parsedOut, 'utf8'))).toBeDefined();
  });
});
