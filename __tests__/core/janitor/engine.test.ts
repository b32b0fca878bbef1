// The janitor engine against real bare remotes (file path and loopback `git http-backend`) holding thousands of
// refs with controlled commit dates: exact candidate sets, exact deletions, failing refs, constant git round trips.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  chunkRefs,
  JanitorDeps,
  JanitorSettings,
  JanitorSummary,
  renderJanitorText,
  runJanitor,
} from '../../../core/janitor/engine';
import { decodeLedgerToken, detectProvider, isArtifactBranchRef } from '../../../core/janitor/refs';
import { createGitRunner, GitRunner } from '../../../core/review/git';
import { cleanupTempDirs, git, makeTempRepo, startGitHttpServer, GitHttpServer } from '../../support/git';
import { importRefs, ledgerRef, refNames, RefSpec } from '../../support/janitor-remote';

const NOW = Date.parse('2026-06-01T00:00:00Z');
const DAY = 86_400;
const T = Math.floor(NOW / 1000);

interface Counted {
  runner: GitRunner;
  calls: string[][];
}

/** A runner that records every git invocation (subcommand + args). */
function counting(inner: GitRunner, calls: string[][]): GitRunner {
  return {
    cwd: inner.cwd,
    run: (args, o) => (calls.push([...args]), inner.run(args, o)),
    runRaw: (args, o) => (calls.push([...args]), inner.runRaw(args, o)),
  };
}

function deps(root: string, calls: string[][] = []): JanitorDeps & Counted {
  const runner = counting(createGitRunner(root, process.env), calls);
  return {
    git: runner,
    runner,
    calls,
    env: process.env,
    now: () => new Date(NOW),
    sleep: async () => undefined,
    makeRunner: (cwd, env) => counting(createGitRunner(cwd, env), calls),
  };
}

const settings = (over: Partial<JanitorSettings> = {}): JanitorSettings => ({
  remote: 'origin',
  hiddenTtlDays: 30,
  artifactTtlDays: 30,
  apply: false,
  ci: false,
  ...over,
});

/** A work repository with `origin` = a fresh bare repo; returns both. */
async function workWithRemote(): Promise<{ work: string; remote: string }> {
  const remote = (await makeTempRepo({ bare: true })).dir;
  const work = (await makeTempRepo({ initialCommit: true })).dir;
  await git(work, 'remote', 'add', 'origin', remote);
  await git(work, 'push', '-q', 'origin', 'main');
  return { work, remote };
}

afterAll(() => cleanupTempDirs());

describe('spec vectors (§5.6)', () => {
  let work: string;
  let remote: string;
  beforeAll(async () => {
    ({ work, remote } = await workWithRemote());
    const old = T - 40 * DAY;
    importRefs(remote, [
      { ref: ledgerRef('main'), time: old },
      { ref: ledgerRef('stale/branch'), time: old },
      { ref: 'refs/heads/opensession/pr-77-sessions', time: old },
      { ref: 'refs/heads/opensession/pr-7-sessions', time: T },
      { ref: 'refs/heads/opensession/mr-3-sessions', time: old },
      { ref: 'refs/heads/pr/sessions', time: old },
      { ref: 'refs/opensession/branches/@@@', time: old },
    ]);
  });

  it('both TTLs 0: the listed candidates, the main ledger kept, @@@ ignored, the archive nowhere', async () => {
    const s = await runJanitor(
      settings({ hiddenTtlDays: 0, artifactTtlDays: 0, archiveBranch: 'pr/sessions' }),
      deps(work),
    );
    expect(s).toEqual<JanitorSummary>({
      mode: 'dry-run',
      remote: 'origin',
      hidden_ttl_days: 0,
      artifact_ttl_days: 0,
      hidden_candidates: ['refs/opensession/branches/c3RhbGUvYnJhbmNo'],
      artifact_candidates: [
        'refs/heads/opensession/mr-3-sessions',
        'refs/heads/opensession/pr-7-sessions',
        'refs/heads/opensession/pr-77-sessions',
      ],
      deleted: [],
      failed: [],
      kept_due_to_ttl: 0,
      kept_active_branch: 1,
      ignored: ['refs/opensession/branches/@@@'],
      warnings: [],
    });
    expect(JSON.stringify(s)).not.toContain('refs/heads/pr/sessions');
    expect(Object.keys(s)).toEqual([
      'mode',
      'remote',
      'hidden_ttl_days',
      'artifact_ttl_days',
      'hidden_candidates',
      'artifact_candidates',
      'deleted',
      'failed',
      'kept_due_to_ttl',
      'kept_active_branch',
      'ignored',
      'warnings',
    ]);
    expect(renderJanitorText(s)).toBe(
      [
        'mode: dry-run',
        'remote: origin',
        'hidden_candidates: 1',
        '  - refs/opensession/branches/c3RhbGUvYnJhbmNo',
        'artifact_candidates: 3',
        '  - refs/heads/opensession/mr-3-sessions',
        '  - refs/heads/opensession/pr-7-sessions',
        '  - refs/heads/opensession/pr-77-sessions',
        'deleted: 0',
        'failed: 0',
        'kept_due_to_ttl: 0',
        'kept_active_branch: 1',
        'ignored: refs/opensession/branches/@@@ (undecodable ledger token)',
        '',
      ].join('\n'),
    );
  });

  it('artifact TTL 30 keeps the fresh pr-7; a developer clone stays complete (fetch goes to a throw-away repo)', async () => {
    const d = deps(work);
    const s = await runJanitor(settings({ hiddenTtlDays: 0, archiveBranch: 'pr/sessions' }), d);
    expect(s.artifact_candidates).toEqual([
      'refs/heads/opensession/mr-3-sessions',
      'refs/heads/opensession/pr-77-sessions',
    ]);
    expect(s.kept_due_to_ttl).toBe(1);
    expect(await git(work, 'rev-parse', '--is-shallow-repository')).toBe('false');
    expect(await git(work, 'for-each-ref', '--format=%(refname)', 'refs/heads/', 'refs/opensession/')).toBe(
      'refs/heads/main',
    );
    // An opensession-protected open PR branch counts as active, not as a candidate.
    const p = await runJanitor(
      settings({ artifactTtlDays: 0, protectedRefs: new Set(['refs/heads/opensession/pr-77-sessions']) }),
      deps(work),
    );
    expect(p.artifact_candidates).not.toContain('refs/heads/opensession/pr-77-sessions');
    expect(p.kept_active_branch).toBe(2);
  });

  it('--apply deletes all the candidates on the remote and nothing else', async () => {
    const before = refNames(remote);
    const s = await runJanitor(
      settings({ hiddenTtlDays: 0, artifactTtlDays: 0, archiveBranch: 'pr/sessions', apply: true }),
      deps(work),
    );
    const expected = [...s.hidden_candidates, ...s.artifact_candidates].sort();
    expect(s.mode).toBe('apply');
    expect(s.deleted).toEqual(expected);
    expect(s.failed).toEqual([]);
    expect(refNames(remote)).toEqual(before.filter((r) => !expected.includes(r)));
    expect((await git(remote, 'fsck', '--no-progress', '--no-dangling')).trim()).toBe('');
  });
});

/** n stale ledgers + n/10 fresh ledgers + live branches with ledgers + aged artifact branches. */
function population(n: number): { refs: RefSpec[]; stale: string[]; staleArtifacts: string[] } {
  const refs: RefSpec[] = [];
  const stale: string[] = [];
  const staleArtifacts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = ledgerRef(`gone/feature-${i}`);
    refs.push({ ref: r, time: T - (31 + (i % 50)) * DAY });
    stale.push(r);
  }
  for (let i = 0; i < n / 10; i++) refs.push({ ref: ledgerRef(`recent/feature-${i}`), time: T - (i % 29) * DAY });
  for (let i = 0; i < n / 10; i++) {
    refs.push({ ref: `refs/heads/live/branch-${i}`, time: T - 100 * DAY });
    refs.push({ ref: ledgerRef(`live/branch-${i}`), time: T - 100 * DAY });
  }
  for (let i = 0; i < n / 10; i++) {
    const r = `refs/heads/opensession/${i % 2 === 0 ? 'pr' : 'mr'}-${i}-sessions`;
    const aged = i % 3 !== 0;
    refs.push({ ref: r, time: aged ? T - 45 * DAY : T - 2 * DAY });
    if (aged) staleArtifacts.push(r);
  }
  refs.push({ ref: 'refs/heads/opensession/pr-x-sessions', time: T - 400 * DAY }); // not digits: never a candidate
  return { refs, stale: stale.sort(), staleArtifacts: staleArtifacts.sort() };
}

describe('thousands of refs on a file remote', () => {
  it('dry run lists exactly the stale set, apply deletes exactly it, with constant git round trips', async () => {
    const { work, remote } = await workWithRemote();
    const pop = population(2000);
    importRefs(remote, pop.refs);
    const d = deps(work);
    const dry = await runJanitor(settings(), d);
    expect(dry.hidden_candidates).toEqual(pop.stale);
    expect(dry.artifact_candidates).toEqual(pop.staleArtifacts);
    expect(dry.kept_active_branch).toBe(200);
    expect(dry.kept_due_to_ttl).toBe(200 + (200 - pop.staleArtifacts.length));
    expect(d.calls.filter((c) => c[0] === 'ls-remote')).toHaveLength(1);
    expect(d.calls.filter((c) => c[0] === 'fetch')).toHaveLength(1);
    expect(d.calls.length).toBeLessThanOrEqual(7);

    const before = refNames(remote);
    const a = deps(work);
    const applied = await runJanitor(settings({ apply: true }), a);
    const expected = [...pop.stale, ...pop.staleArtifacts].sort();
    expect(applied.deleted).toEqual(expected);
    expect(applied.failed).toEqual([]);
    expect(refNames(remote)).toEqual(before.filter((r) => !new Set(expected).has(r)));
    // Deletions in chunks of at most 200 refs / 24,000 bytes: one push per chunk.
    const oids = new Map(expected.map((r) => [r, 'f'.repeat(40)]));
    expect(a.calls.filter((c) => c[0] === 'push')).toHaveLength(chunkRefs(expected, oids).length);
    expect(chunkRefs(expected, oids).length).toBeLessThan(expected.length / 100);
    expect(
      a.calls.filter((c) => c[0] === 'push').every((c) => c.includes('--no-verify') && c.includes('--porcelain')),
    ).toBe(true);
  }, 300_000);

  it('git round trips of a dry run do not grow with the number of refs', async () => {
    const counts: number[] = [];
    for (const n of [100, 2000]) {
      const { work, remote } = await workWithRemote();
      importRefs(remote, population(n).refs);
      const d = deps(work);
      await runJanitor(settings(), d);
      counts.push(d.calls.length);
    }
    expect(counts[0]).toBe(counts[1]);
  }, 300_000);
});

describe('failures', () => {
  it('a ref rejected by the remote update hook is reported under failed; the rest are deleted', async () => {
    const { work, remote } = await workWithRemote();
    const pop = population(500);
    importRefs(remote, pop.refs);
    const bad = pop.stale[123];
    const hook = path.join(remote, 'hooks', 'update');
    fs.writeFileSync(
      hook,
      `#!/bin/sh\nif [ "$1" = "${bad}" ]; then echo "ref $1 is protected" >&2; exit 1; fi\nexit 0\n`,
    );
    fs.chmodSync(hook, 0o755);
    const s = await runJanitor(settings({ apply: true }), deps(work));
    expect(s.failed).toEqual([bad]);
    expect(s.deleted).toEqual([...pop.stale, ...pop.staleArtifacts].filter((r) => r !== bad).sort());
    expect(s.warnings).toEqual([`failed to delete ${bad}: remote: ref ${bad} is protected`]);
    expect(refNames(remote, 'refs/opensession/branches/').filter((r) => pop.stale.includes(r))).toEqual([bad]);
  }, 300_000);

  it('a pre-receive hook that rejects a whole push: the failing chunk is split until the bad ref is alone', async () => {
    const { work, remote } = await workWithRemote();
    const pop = population(300);
    importRefs(remote, pop.refs);
    const bad = pop.stale[77];
    const hook = path.join(remote, 'hooks', 'pre-receive');
    fs.writeFileSync(hook, `#!/bin/sh\nif grep -q " ${bad}$"; then echo "locked: ${bad}" >&2; exit 1; fi\nexit 0\n`);
    fs.chmodSync(hook, 0o755);
    const d = deps(work);
    const s = await runJanitor(settings({ apply: true }), d);
    expect(s.failed).toEqual([bad]);
    expect(s.deleted).toHaveLength(pop.stale.length + pop.staleArtifacts.length - 1);
    expect(refNames(remote, 'refs/opensession/branches/').filter((r) => pop.stale.includes(r))).toEqual([bad]);
    // Splitting costs about log2(200) extra pushes, not one per ref.
    expect(d.calls.filter((c) => c[0] === 'push').length).toBeLessThan(40);
  }, 300_000);

  it('a ref that moved after listing is kept by the lease, with a warning', async () => {
    const { work, remote } = await workWithRemote();
    importRefs(remote, [
      { ref: ledgerRef('gone/a'), time: T - 90 * DAY },
      { ref: ledgerRef('gone/b'), time: T - 90 * DAY },
    ]);
    const d = deps(work);
    const inner = d.git;
    let moved = false;
    d.git = {
      cwd: inner.cwd,
      runRaw: inner.runRaw,
      run: async (args, o) => {
        if (args[0] === 'push' && !moved) {
          moved = true;
          importRefs(remote, [{ ref: ledgerRef('gone/b'), time: T }]); // a new session arrived meanwhile
        }
        return inner.run(args, o);
      },
    };
    const s = await runJanitor(settings({ hiddenTtlDays: 0, apply: true }), d);
    expect(s.deleted).toEqual([ledgerRef('gone/a')]);
    expect(s.failed).toEqual([]);
    expect(s.warnings).toEqual([`${ledgerRef('gone/b')} changed on the remote during cleanup; kept`]);
    expect(refNames(remote, 'refs/opensession/')).toEqual([ledgerRef('gone/b')]);
  });

  it('an unreachable remote is an error, never "nothing to do"', async () => {
    const work = (await makeTempRepo({ initialCommit: true })).dir;
    await git(work, 'remote', 'add', 'origin', '/nonexistent/remote.git');
    await expect(runJanitor(settings(), deps(work))).rejects.toThrow(/^failed to list refs on remote `origin`: /);
    await expect(runJanitor(settings({ remote: 'http://127.0.0.1:9/x.git' }), deps(work))).rejects.toThrow(
      'failed to list refs on remote `http://127.0.0.1:9/x.git`',
    );
  });
});

describe('loopback smart-HTTP remote (git http-backend)', () => {
  let server: GitHttpServer;
  beforeAll(async () => {
    server = await startGitHttpServer();
  });
  afterAll(async () => server.stop());

  it('plans with one listing request and one fetch, then deletes over HTTP', async () => {
    const work = (await makeTempRepo({ initialCommit: true })).dir;
    await git(work, 'remote', 'add', 'origin', server.repoUrl);
    await git(work, 'push', '-q', 'origin', 'main');
    const pop = population(1000);
    importRefs(server.bareDir, pop.refs);
    const d = deps(work);
    const dry = await runJanitor(settings(), d);
    expect(dry.hidden_candidates).toEqual(pop.stale);
    expect(dry.artifact_candidates).toEqual(pop.staleArtifacts);
    expect(server.requests.filter((r) => r.startsWith('POST /repo.git/git-upload-pack')).length).toBeLessThanOrEqual(4);
    const s = await runJanitor(settings({ apply: true }), deps(work));
    expect(s.deleted).toEqual([...pop.stale, ...pop.staleArtifacts].sort());
    expect(refNames(server.bareDir).some((r) => pop.stale.includes(r))).toBe(false);
    expect(refNames(server.bareDir)).toContain('refs/heads/live/branch-0');
  }, 300_000);

  it('CI=true fetches into the repository itself and removes its temp refs afterwards', async () => {
    const work = (await makeTempRepo({ initialCommit: true })).dir;
    const { url, dir } = await server.createRepo('ci.git');
    await git(work, 'remote', 'add', 'origin', url);
    await git(work, 'push', '-q', 'origin', 'main');
    importRefs(dir, [
      { ref: ledgerRef('gone/x'), time: T - 40 * DAY },
      { ref: ledgerRef('gone/y'), time: T - 1 * DAY },
    ]);
    const s = await runJanitor(settings({ ci: true }), deps(work));
    expect(s.hidden_candidates).toEqual([ledgerRef('gone/x')]);
    expect(s.kept_due_to_ttl).toBe(1);
    expect(await git(work, 'for-each-ref', '--format=%(refname)', 'refs/opensession/')).toBe('');
  });
});

describe('pure helpers', () => {
  it('strict ledger token decoding', () => {
    expect(decodeLedgerToken('bWFpbg')).toBe('main');
    expect(decodeLedgerToken('ZmVhdHVyZS9oZWxsby13b3JsZA')).toBe('feature/hello-world');
    expect(decodeLedgerToken('ZGV0YWNoZWQ')).toBe('detached');
    for (const bad of ['@@@', 'bWFpbg==', 'bWFpbh', 'b', '', '_w', 'bWF+bg'])
      expect(decodeLedgerToken(bad)).toBeUndefined();
  });
  it('artifact branch pattern', () => {
    expect(isArtifactBranchRef('refs/heads/opensession/pr-18-sessions')).toBe(true);
    expect(isArtifactBranchRef('refs/heads/opensession/mr-5-sessions')).toBe(true);
    expect(isArtifactBranchRef('refs/heads/opensession/pr-x-sessions')).toBe(false);
    expect(isArtifactBranchRef('refs/heads/pr/sessions')).toBe(false);
  });
  it('provider detection vectors (§2.3)', () => {
    const p = (u: string) => detectProvider(u).provider;
    expect(p('https://github.com/acme/repo.git')).toBe('github');
    expect(p('git@gitlab.com:group/repo.git')).toBe('gitlab');
    expect(p('https://gitlab.internal.example.com/g/r.git')).toBe('gitlab');
    expect(detectProvider('https://code.example.com/g/r.git')).toEqual({ provider: 'generic', fellBack: true });
    expect(p('ssh://git@github.com:22/acme/repo.git')).toBe('github');
    expect(p('https://gitlab.com/group/repo@v2.git')).toBe('gitlab');
    expect(p('/srv/git/repo.git')).toBe('generic');
    expect(p('file:///srv/github.com/repo.git')).toBe('generic');
  });
  it('chunks hold at most 200 refs and 24,000 bytes of arguments', () => {
    const listing = new Map<string, string>();
    const refs = Array.from({ length: 450 }, (_, i) => `refs/opensession/branches/${'A'.repeat(40)}${i}`);
    for (const r of refs) listing.set(r, 'a'.repeat(40));
    const chunks = chunkRefs(refs, listing);
    expect(chunks.flat()).toEqual(refs);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(200);
      const bytes = c.reduce((n, r) => n + `--force-with-lease=${r}:${'a'.repeat(40)}`.length + `:${r}`.length + 2, 0);
      expect(bytes).toBeLessThanOrEqual(24_000);
    }
    expect(chunks.length).toBeGreaterThan(3); // the byte limit, not the ref limit, cut these
  });
});
