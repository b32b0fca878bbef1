// Seeds a temp HOME for the bundled `opensession serve`: the web fixtures registered into the global object store,
// and a local review bundle written by `opensession view` (so the review page reads what the CLI writes).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runBundled } from '../../../support/cli';
import { makeTempDir } from '../../../support/git';
import { commitFiles, git, initRepo, ledgerRefOf, writeLedger } from '../../../core/review/ledger-fixture';

export const FIXTURES = path.join(import.meta.dirname, '../../../fixtures/web');
export const fixture = (name: string): string => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

export interface Seeded {
  home: string;
  /** Repo whose `.opensession/review` holds the bundle. */
  repo: string;
  reviewRoot: string;
  reviewId: string;
}

export function seedHome(): Seeded {
  const home = makeTempDir('os-web-home-');
  for (const f of ['claude-demo.hail.jsonl', 'hostile.hail.jsonl', 'rich.hail.jsonl']) {
    const r = runBundled(['register', path.join(FIXTURES, f)], { cwd: home, env: { HOME: home } });
    if (r.code !== 0) throw new Error(`register ${f}: ${r.stderr}`);
  }
  const repo = initRepo(makeTempDir('os-web-repo-'), 'main');
  git(repo, 'remote', 'add', 'origin', 'https://github.com/acme/widgets.git');
  commitFiles(repo, { 'README.md': 'hi\n' }, 'initial');
  git(repo, 'checkout', '-q', '-b', 'feature');
  const c1 = commitFiles(repo, { 'src/config.ts': 'export {}\n' }, 'Add the config parser');
  const c2 = commitFiles(repo, { 'src/config.test.ts': 'test\n' }, 'Test <b>the</b> parser');
  writeLedger(repo, ledgerRefOf('feature'), [
    { id: 'claude-demo', storedAt: '2026-11-20T09:05:00Z', commits: [c1, c2], hail: fixture('claude-demo.hail.jsonl') },
    { id: 'hostile-<b>x</b>', storedAt: '2026-11-20T09:06:00Z', commits: [c2], hail: fixture('hostile.hail.jsonl') },
  ]);
  const v = runBundled(['view', 'main..feature', '--json'], { cwd: repo, env: { HOME: home } });
  if (v.code !== 0) throw new Error(`view: ${v.stderr}`);
  const reviewId = (JSON.parse(v.stdout) as { review_id: string }).review_id;
  return { home, repo, reviewRoot: path.join(repo, '.opensession', 'review'), reviewId };
}
