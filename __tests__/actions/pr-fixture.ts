// A GitHub-like setup for the action tests: a loopback smart-HTTP remote holding `master`, the PR branch
// `changes`, its ledger ref, and a fresh CI clone (what actions/checkout leaves behind).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cloneTemp, git as gitAsync, GitHttpServer, makeTempDir } from '../support/git';
import { commitFiles, git, initRepo, ledgerRefOf, writeLedger } from '../core/review/ledger-fixture';

const examples = JSON.parse(
  fs.readFileSync(fileURLToPath(import.meta.resolve('@octokit/webhooks-examples/api.github.com/index.json')), 'utf8'),
) as Array<{
  name: string;
  examples: Array<Record<string, unknown>>;
}>;

export const RICH = fs.readFileSync(path.resolve(import.meta.dirname, '../../samples/hail/rich.hail.jsonl'), 'utf8');

export interface PrFixture {
  remoteUrl: string;
  remoteDir: string;
  ciDir: string;
  base: string;
  head: string;
}

export async function makePrFixture(server: GitHttpServer, name: string): Promise<PrFixture> {
  const { url, dir: remoteDir } = await server.createRepo(`${name}.git`);
  const dev = initRepo(makeTempDir('os-dev-'), 'master');
  const base = commitFiles(dev, { 'README.md': 'Hello World\n' }, 'initial');
  git(dev, 'checkout', '-q', '-b', 'changes');
  const c1 = commitFiles(dev, { 'src/app.ts': 'export const a = 1;\n' }, 'app');
  const head = commitFiles(dev, { 'tests/app.test.ts': 'test\n' }, 'tests');
  writeLedger(dev, ledgerRefOf('changes'), [
    {
      id: 's-review',
      title: 'Add widget parser',
      filesChanged: 2,
      storedAt: '2026-01-01T00:10:00Z',
      commits: [head, c1],
      hail: RICH.replace('"demo-rich"', '"s-review"'),
    },
  ]);
  git(dev, 'remote', 'add', 'origin', url);
  // Async: the loopback server lives in this process, so a blocking git call would deadlock it.
  await gitAsync(
    dev,
    'push',
    '-q',
    'origin',
    'master',
    'changes',
    `${ledgerRefOf('changes')}:${ledgerRefOf('changes')}`,
  );
  git(remoteDir, 'symbolic-ref', 'HEAD', 'refs/heads/master');
  const ci = await cloneTemp(url);
  git(ci.dir, 'checkout', '-q', '--detach', head);
  return { remoteUrl: url, remoteDir, ciDir: ci.dir, base, head };
}

/** Every `pull_request` example payload, rewritten to point at the fixture's commits. */
export function pullRequestExamples(): Array<Record<string, unknown>> {
  return examples
    .find((e) => e.name === 'pull_request')!
    .examples.map((e) => JSON.parse(JSON.stringify(e)) as Record<string, unknown>);
}

export function retarget(
  payload: Record<string, unknown>,
  fx: Pick<PrFixture, 'base' | 'head'>,
): Record<string, unknown> {
  const p = JSON.parse(JSON.stringify(payload)) as { pull_request: { head: { sha: string }; base: { sha: string } } };
  p.pull_request.head.sha = fx.head;
  p.pull_request.base.sha = fx.base;
  return p as unknown as Record<string, unknown>;
}

export function remoteRefs(remoteDir: string): string[] {
  const out = git(remoteDir, 'for-each-ref', '--format=%(refname)');
  return out === '' ? [] : out.split('\n');
}
