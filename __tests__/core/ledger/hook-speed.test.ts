// The pre-push hook's git facts read without starting git (A8 speed): each reader is checked against git itself
// on the same files, and must answer "ask git" (undefined) for every form it does not parse.
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { plainConfigGet, plainLocalConfigGet } from '../../../core/ledger/git-config';
import { checkedOutBranchIn, readHeadReflog, reflogLinksIn } from '../../../core/ledger/links';
import { openRepo } from '../../../core/ledger/repo';
import { stampListingFromFiles, STAMP_REF_PATTERNS, writeFanoutStamp } from '../../../core/ledger/stamp';
import { hookCall } from '../../../cli/hook-entry';
import { runBundled } from '../../support/cli';
import { cleanupTempDirs, commitFile, git, gitRaw, makeTempRepo } from '../../support/git';

afterAll(() => cleanupTempDirs());

/** What `git config [--local] --get <key>` answers: the value, or undefined when unset. */
async function gitGet(dir: string, key: string, local = false): Promise<string | undefined> {
  const r = await gitRaw(dir, ['config', ...(local ? ['--local'] : []), '--get', key]);
  if (r.code === 1) return undefined;
  if (r.code !== 0) throw new Error(r.stderr);
  return r.stdout.replace(/\n$/, '');
}

describe('plain config reads', () => {
  const env = (): Record<string, string | undefined> => ({ ...process.env });

  it('answer what git config --get answers for plain files, across scopes, last value winning', async () => {
    const { dir } = await makeTempRepo();
    const repo = openRepo(dir);
    const local = path.join(repo.commonDir, 'config');
    const global = path.join(process.env.HOME!, '.gitconfig');
    const base = fs.readFileSync(local, 'utf8');
    const cases: Array<{ global: string; local: string }> = [
      { global: '', local: '' },
      { global: '', local: '[remote "origin"]\n\turl = https://example.com/a/b.git\n' },
      { global: '[remote "origin"]\n\turl = /srv/global.git\n', local: '' },
      {
        global: '[Remote "origin"]\n  URL=/srv/one.git ; not a comment here? no: after the value\n',
        local: '',
      },
      { global: '', local: '[remote "Origin"]\n\turl = /srv/case.git\n' },
      { global: '', local: '[remote "origin"]\n\turl = /srv/a.git\n\turl = /srv/b.git\n[core]\n\tx = 1\n' },
      { global: '', local: '# comment\n; other\n[remote "origin"] # trailing\n\turl=/srv/c.git\n' },
      { global: '', local: '[remote "origin"]\n\turl =\n' },
      { global: '', local: '[opensession]\n\tfanout-mode = git_notes\n[opensession]\n\tFanout-Mode = hidden\n' },
      { global: '[opensession]\n\tfanout-mode = git_notes\n', local: '' },
      { global: '', local: '[remote "/srv/x.git"]\n\turl = /srv/path.git\n' },
    ];
    try {
      for (const c of cases) {
        fs.writeFileSync(global, c.global);
        fs.writeFileSync(local, base + c.local);
        for (const name of ['origin', 'Origin', '/srv/x.git', 'missing']) {
          const plain = plainConfigGet(repo.commonDir, repo.gitDir, 'remote', name, 'url', env());
          if (plain !== undefined)
            expect([c, name, plain.value]).toEqual([c, name, await gitGet(dir, `remote.${name}.url`)]);
        }
        const mode = plainLocalConfigGet(repo.commonDir, 'opensession', 'fanout-mode', env());
        if (mode !== undefined)
          expect([c, mode.value]).toEqual([c, await gitGet(dir, 'opensession.fanout-mode', true)]);
      }
      // The plain cases above were answered without git (not all "ask git").
      fs.writeFileSync(global, '');
      fs.writeFileSync(local, base + '[remote "origin"]\n\turl = /srv/a.git\n');
      expect(plainConfigGet(repo.commonDir, repo.gitDir, 'remote', 'origin', 'url', env())).toEqual({
        value: '/srv/a.git',
      });
      expect(plainLocalConfigGet(repo.commonDir, 'opensession', 'fanout-mode', env())).toEqual({ value: undefined });
    } finally {
      fs.writeFileSync(global, '');
      fs.writeFileSync(local, base);
    }
  });

  it('ask git for forms they do not parse', async () => {
    const { dir } = await makeTempRepo();
    const repo = openRepo(dir);
    const local = path.join(repo.commonDir, 'config');
    const base = fs.readFileSync(local, 'utf8');
    const unparsed = [
      '[include]\n\tpath = other\n',
      '[remote "origin"]\n\turl = "/srv/quoted.git"\n',
      '[remote "origin"]\n\turl = /srv/a.git # comment\n',
      '[remote "origin"]\n\turl = /srv/with space.git\n',
      '[remote "origin"]\n\turl = /srv/a\\\n.git\n',
      '[remote "origin"]\r\n\turl = /srv/crlf.git\r\n',
      '[remote "origin"]\n\turl\n',
      '[remote.origin]\n\turl = /srv/old-form.git\n',
      '[remote "origin"] url = /srv/one-line.git\n',
      '[remote "or\\"igin"]\n\turl = /srv/escaped.git\n',
    ];
    try {
      for (const extra of unparsed) {
        fs.writeFileSync(local, base + extra);
        expect([extra, plainConfigGet(repo.commonDir, repo.gitDir, 'remote', 'origin', 'url', process.env)]).toEqual([
          extra,
          undefined,
        ]);
      }
      fs.writeFileSync(local, base + '[opensession]\n\tfanout-mode = "git_notes"\n');
      expect(plainLocalConfigGet(repo.commonDir, 'opensession', 'fanout-mode', process.env)).toBeUndefined();
      fs.writeFileSync(local, base);
      for (const injected of [{ GIT_CONFIG_PARAMETERS: "'remote.origin.url'='/x'" }, { GIT_CONFIG_COUNT: '1' }])
        expect(
          plainConfigGet(repo.commonDir, repo.gitDir, 'remote', 'origin', 'url', { ...process.env, ...injected }),
        ).toBe(undefined);
    } finally {
      fs.writeFileSync(local, base);
    }
  });
});

describe('stampListingFromFiles', () => {
  it('lists what git for-each-ref lists: loose over packed, sorted, notes ref included', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const repo = openRepo(dir);
    const head = await git(dir, 'rev-parse', 'HEAD');
    const tree = await git(dir, 'rev-parse', 'HEAD^{tree}');
    const forEachRef = (): Promise<string> =>
      gitRaw(dir, ['for-each-ref', '--format=%(objectname) %(refname)', ...STAMP_REF_PATTERNS]).then((r) => r.stdout);
    expect(stampListingFromFiles(repo.commonDir)).toBe(await forEachRef()); // none yet: empty
    for (const name of ['b', 'a', 'a-b', 'c/b', 'Z', 'zz/y/x'])
      await git(dir, 'update-ref', `refs/opensession/branches/${name}`, head);
    await git(dir, 'update-ref', 'refs/notes/opensession', head);
    await git(dir, 'update-ref', 'refs/opensession/other/ignored', head);
    await git(dir, 'pack-refs', '--all');
    await git(dir, 'update-ref', 'refs/opensession/branches/a', tree); // loose, newer than its packed value
    await git(dir, 'update-ref', 'refs/opensession/branches/m', tree); // loose only
    const listing = stampListingFromFiles(repo.commonDir);
    expect(listing).toBe(await forEachRef());
    expect(listing).toContain(`${tree} refs/opensession/branches/a\n`);
    expect(listing).toContain(`${head} refs/notes/opensession\n`);
    // writeFanoutStamp writes exactly that listing.
    await writeFanoutStamp(repo, new Date());
    expect(fs.readFileSync(path.join(repo.commonDir, 'opensession', 'hook-stamp'), 'utf8')).toBe(listing);
    // A symbolic ref or a lock (an update in flight): ask git.
    const lock = path.join(repo.commonDir, 'refs', 'opensession', 'branches', 'm.lock');
    fs.writeFileSync(lock, `${head}\n`);
    expect(stampListingFromFiles(repo.commonDir)).toBeUndefined();
    fs.rmSync(lock);
    await git(dir, 'symbolic-ref', 'refs/opensession/branches/sym', 'refs/heads/main');
    expect(stampListingFromFiles(repo.commonDir)).toBeUndefined();
  });
});

describe('reflog read once', () => {
  /** The per-call readers as they were before (§5.2 and A8), kept as the reference. */
  function referenceLinks(text: string, window: [number, number]): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const tab = line.indexOf('\t');
      const left = tab === -1 ? line : line.slice(0, tab);
      const tokens = left.split(/\s+/).filter((t) => t !== '');
      if (tokens.length < 4) continue;
      const sha = tokens[1];
      if (!/^[0-9a-fA-F]{7,}$/.test(sha)) continue;
      const ts = Number(tokens[tokens.length - 2]);
      if (!Number.isInteger(ts) || ts < window[0] || ts > window[1]) continue;
      if (seen.has(sha)) continue;
      seen.add(sha);
      out.push(sha);
    }
    return out;
  }
  function referenceBranchAt(text: string, at: number): string | undefined {
    let before: string | undefined;
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab === -1) continue;
      const m = /^checkout: moving from (.+) to (.+)$/.exec(line.slice(tab + 1));
      if (m === null) continue;
      const tokens = line
        .slice(0, tab)
        .split(/\s+/)
        .filter((t) => t !== '');
      const ts = Number(tokens[tokens.length - 2]);
      if (!Number.isInteger(ts)) continue;
      if (ts <= at) before = m[2];
      else return before ?? m[1];
    }
    return before;
  }

  it('answers what the per-call readers answered, for any reflog text', async () => {
    const { dir } = await makeTempRepo();
    const gitDir = path.join(dir, '.git');
    fs.mkdirSync(path.join(gitDir, 'logs'), { recursive: true });
    const sha = fc.constantFrom('a'.repeat(40), 'b'.repeat(40), '1234567', 'xyz', '');
    const line = fc
      .record({
        old: sha,
        sha,
        ts: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(-1)),
        tz: fc.constantFrom('+0000', '-0130', ''),
        msg: fc.constantFrom('commit: x', 'checkout: moving from main to topic', 'checkout: moving from a b to c', ''),
        tab: fc.boolean(),
        space: fc.constantFrom(' ', '  ', '\t '),
      })
      .map(
        (l) => `${l.old}${l.space}${l.sha} A U <a@b> ${l.ts === -1 ? 'x' : l.ts} ${l.tz}${l.tab ? '\t' : ' '}${l.msg}`,
      );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.integer({ min: -1, max: 21 }),
        fc.integer({ min: -1, max: 21 }),
        (lines, x, y) => {
          const text = lines.join('\n') + (lines.length > 0 ? '\n' : '');
          fs.writeFileSync(path.join(gitDir, 'logs', 'HEAD'), text);
          const entries = readHeadReflog(gitDir);
          const window: [number, number] = [Math.min(x, y), Math.max(x, y)];
          expect(reflogLinksIn(entries, window)).toEqual(referenceLinks(text, window));
          expect(checkedOutBranchIn(entries, x)).toEqual(referenceBranchAt(text, x));
        },
      ),
      { numRuns: 300 },
    );
    expect(readHeadReflog(path.join(gitDir, 'nope'))).toBeUndefined();
    expect(reflogLinksIn(undefined, [0, 1])).toEqual([]);
    expect(checkedOutBranchIn(undefined, 1)).toBeUndefined();
  });
});

describe('hookCall', () => {
  it("takes only the managed hook's exact call", () => {
    expect(hookCall(['hook', 'pre-push', 'origin', 'https://x/y.git'])).toEqual({
      remote: 'origin',
      url: 'https://x/y.git',
    });
    expect(hookCall(['hook', 'pre-push', '/srv/r.git'])).toEqual({ remote: '/srv/r.git', url: undefined });
    for (const argv of [
      ['hook', 'pre-push'],
      ['hook', 'pre-push', '--help'],
      ['hook', 'pre-push', 'origin', 'u', 'extra'],
      ['hook', 'other', 'origin'],
      ['parse', 'pre-push', 'origin'],
    ])
      expect(hookCall(argv)).toBeUndefined();
  });
});

describe('the bundled hook call (no commander)', () => {
  it('refuses a strict push with a secret: its own error lines, exit 1; nothing to do: exit 0, silent', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    const remote = await makeTempRepo({ bare: true });
    await git(dir, 'remote', 'add', 'origin', remote.dir);
    const sha = await commitFile(dir, 'config.env', `GH_TOKEN=ghp_${'a1B2'.repeat(9)}\n`, 'add config');
    const stdin = `refs/heads/main ${sha} refs/heads/main ${'0'.repeat(40)}\n`;
    const env = { HOME: process.env.HOME, XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME, GIT_CONFIG_NOSYSTEM: '1' };
    const strict = runBundled(['hook', 'pre-push', 'origin', remote.dir], {
      cwd: dir,
      env: { ...env, OPENSESSION_STRICT: '1' },
      input: stdin,
    });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      `[opensession] Potential secrets detected in push to origin:\n  ${sha.slice(0, 7)} config.env:1 [github_token]\n`,
    );
    expect(strict.stderr).toContain('[opensession] Error: OPENSESSION_STRICT=1 and potential secrets were detected.\n');
    expect(strict.stderr).not.toMatch(/^Error:/m); // the hook printed its own lines: no second, generic one
    const internal = runBundled(['hook', 'pre-push', 'origin'], {
      cwd: dir,
      env: { ...env, OPENSESSION_STRICT: '1', OPENSESSION_INTERNAL_PUSH: '1' },
      input: stdin,
    });
    expect([internal.code, internal.stderr]).toEqual([0, '']);
    // Not the exact call: commander answers (help for the hidden command, exit 0).
    const help = runBundled(['hook', 'pre-push', '--help'], { cwd: dir, env });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: opensession hook pre-push [options] <remote> [url]');
  }, 60000);
});
