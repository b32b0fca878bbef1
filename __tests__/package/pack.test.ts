// The published package (issue 16): `npm pack`, installed with `--omit=dev` into an empty folder,
// offline. It must need NO runtime dependencies, and every command must work from the installed bin:
// each command's `--help`, and the demo flow parse -> register -> share --git -> review.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/cli';
import { isolateGitEnv } from '../support/git';

let work: string;
let bin: string;
let home: string;
let installed: string;

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function opensession(args: string[], cwd: string) {
  return sh(process.execPath, [bin, ...args], cwd, { ...process.env, HOME: home, NO_COLOR: '1' });
}

beforeAll(() => {
  home = isolateGitEnv();
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'os-pack-')));
  const npmCache = path.join(work, 'npm-cache'); // a cache of our own: offline, and nothing in it
  const pack = sh('npm', ['pack', '--json', '--pack-destination', work, '--cache', npmCache], REPO_ROOT);
  if (pack.code !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const tarball = path.join(work, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0].filename);
  installed = path.join(work, 'app');
  fs.mkdirSync(installed);
  fs.writeFileSync(path.join(installed, 'package.json'), '{"name":"consumer","version":"1.0.0","private":true}\n');
  const inst = sh(
    'npm',
    ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', '--cache', npmCache, tarball],
    installed,
  );
  if (inst.code !== 0) throw new Error(`npm install of the tarball failed: ${inst.stderr}`);
  bin = path.join(installed, 'node_modules', 'opensession', 'bin', 'opensession.js');
}, 180000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the packed tarball', () => {
  test('declares no runtime dependencies and installs nothing else', () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.join(installed, 'node_modules', 'opensession', 'package.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.optionalDependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
    const modules = fs.readdirSync(path.join(installed, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(modules).toEqual(['opensession']);
    for (const b of ['opensession', 'opensession-daemon']) {
      expect(fs.existsSync(path.join(installed, 'node_modules', '.bin', b))).toBe(true);
    }
  });

  test('every command and sub-command prints its --help', () => {
    const top = opensession(['--help'], installed);
    expect(top.code).toBe(0);
    const commandsOf = (help: string): string[] => {
      // the Commands: block ends at the first blank line (the footer after it holds example lines)
      const section = (help.split(/\nCommands:\n/)[1] ?? '').split('\n\n')[0];
      return section
        .split('\n')
        .map((l) => /^ {2}(\S+)/.exec(l)?.[1])
        .filter((n): n is string => n !== undefined && n !== 'help');
    };
    const names = commandsOf(top.stdout);
    expect(names).toEqual(expect.arrayContaining(['parse', 'register', 'cat', 'inspect', 'share', 'review', 'doctor']));
    const seen: string[] = [];
    const visit = (chain: string[]): void => {
      const r = opensession([...chain, '--help'], installed);
      expect({ chain, code: r.code, stderr: r.stderr }).toEqual({ chain, code: 0, stderr: '' });
      expect(r.stdout.startsWith(`Usage: opensession ${chain.join(' ')}`)).toBe(true);
      seen.push(chain.join(' '));
      for (const sub of commandsOf(r.stdout)) visit([...chain, sub]);
    };
    for (const n of names) visit([n]);
    expect(seen.length).toBeGreaterThan(names.length); // sub-commands were visited too
    expect(seen).toEqual(expect.arrayContaining(['ci session-review', 'config show', 'docs quickstart']));
  });

  test('the demo flow runs from the installed bin: parse -> register -> share --git -> review', () => {
    const repo = path.join(work, 'demo-app');
    const remote = path.join(work, 'remote.git');
    fs.mkdirSync(path.join(repo, 'src'), { recursive: true });
    const git = (...args: string[]) => {
      const r = sh('git', args, repo);
      if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
      return r.stdout.trim();
    };
    expect(sh('git', ['init', '-q', '--bare', remote], work).code).toBe(0);
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Demo');
    git('config', 'user.email', 'demo@example.com');
    git('remote', 'add', 'origin', remote);
    fs.writeFileSync(path.join(repo, 'src', 'math.ts'), 'export const add = (a: number, b: number) => a - b;\n');
    git('add', '.');
    git('commit', '-q', '-m', 'add math helpers');
    git('push', '-q', 'origin', 'main');
    git('checkout', '-q', '-b', 'fix-add');
    fs.writeFileSync(path.join(repo, 'src', 'math.ts'), 'export const add = (a: number, b: number) => a + b;\n');
    git('commit', '-q', '-am', 'fix add()');

    const log = path.join(work, 'agent.jsonl');
    const sample = fs.readFileSync(path.join(REPO_ROOT, 'samples', 'claude-code', 'demo-session.jsonl'), 'utf8');
    fs.writeFileSync(log, sample.split('/home/dev/demo-app').join(repo));
    const hail = path.join(work, 'session.hail.jsonl');
    const parsed = opensession(['parse', '--profile', 'claude-code', log, '--out', hail, '--validate'], repo);
    expect(parsed.stderr).toBe('');
    expect(parsed.code).toBe(0);
    const reg = opensession(['register', hail, '--quiet'], repo);
    expect(reg.code).toBe(0);
    const uri = reg.stdout.trim();
    expect(uri).toMatch(/^os:\/\/src\/local\/[0-9a-f]{64}$/);
    const shared = opensession(['share', uri, '--git', '--remote', 'origin', '--push'], repo);
    expect(shared.stderr).toBe('');
    expect(shared.code).toBe(0);
    expect(shared.stdout).toContain('pushed: true');
    const ledger = sh('git', ['ls-remote', remote, 'refs/opensession/*'], work).stdout;
    expect(ledger).toMatch(/refs\/opensession\/branches\//);
    const review = opensession(['review', '--base', 'main', '--head', 'fix-add', '--web-base-url', ''], repo);
    expect(review.stderr).toBe('');
    expect(review.code).toBe(0);
    expect(review.stdout).toContain('<!-- opensession');
  });
});
