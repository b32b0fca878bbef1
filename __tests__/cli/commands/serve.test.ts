// `opensession serve` takes its review root from OPENSESSION_LOCAL_REVIEW_ROOT when `--review-root` is absent
// (daemon-and-server.md §4.6), through the bundled CLI over real loopback HTTP.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runBundled } from '../../support/cli';
import { cleanupTempDirs, makeTempDir } from '../../support/git';
import { startServer, type RunningTestServer } from '../../support/server';

afterAll(() => cleanupTempDirs());

/** A review root holding one minimal bundle whose `generated_at` names the root, so answers show which was read. */
function reviewRoot(label: string, id = 'r-1'): string {
  const root = makeTempDir(`os-review-${label}-`);
  fs.mkdirSync(path.join(root, id));
  const bundle = {
    review_id: id,
    generated_at: label,
    pr: { url: '', owner: 'acme', repo: 'widgets', number: 7, remote: 'origin', base_sha: '', head_sha: '' },
    commits: [],
    sessions: [],
  };
  fs.writeFileSync(path.join(root, id, 'bundle.json'), JSON.stringify(bundle));
  return root;
}

async function getReview(server: RunningTestServer, id = 'r-1'): Promise<{ status: number; body: unknown }> {
  const r = await fetch(`${server.url}/api/review/local/${id}`);
  return { status: r.status, body: (await r.json()) as unknown };
}

describe('serve: OPENSESSION_LOCAL_REVIEW_ROOT', () => {
  test('the environment enables the local review API; the flag wins; empty means unset', async () => {
    const fromEnv = reviewRoot('env');
    const fromFlag = reviewRoot('flag');

    const envOnly = await startServer({ env: { OPENSESSION_LOCAL_REVIEW_ROOT: fromEnv } });
    try {
      expect(await getReview(envOnly)).toEqual({
        status: 200,
        body: expect.objectContaining({
          review_id: 'r-1',
          generated_at: 'env',
          pr: expect.objectContaining({ number: 7 }),
        }),
      });
      expect((await fetch(`${envOnly.url}/review/local/r-1`)).status).toBe(200);
      expect(await getReview(envOnly, 'nope')).toEqual({
        status: 404,
        body: { code: 'not_found', message: 'local review bundle not found' },
      });
    } finally {
      await envOnly.stop();
    }

    const both = await startServer({
      env: { OPENSESSION_LOCAL_REVIEW_ROOT: fromEnv },
      args: ['--review-root', fromFlag],
    });
    try {
      expect(await getReview(both)).toMatchObject({ status: 200, body: { generated_at: 'flag' } });
    } finally {
      await both.stop();
    }

    for (const value of [undefined, '', '  ']) {
      const none = await startServer({ env: { OPENSESSION_LOCAL_REVIEW_ROOT: value } });
      try {
        expect(await getReview(none)).toEqual({
          status: 404,
          body: { code: 'not_found', message: 'local review API is not enabled on this server' },
        });
      } finally {
        await none.stop();
      }
    }
  }, 120_000);

  test('a relative value is read from the directory serve starts in', async () => {
    const root = reviewRoot('relative');
    const cwd = path.dirname(root);
    const server = await startServer({ cwd, env: { OPENSESSION_LOCAL_REVIEW_ROOT: path.basename(root) } });
    try {
      expect(await getReview(server)).toMatchObject({ status: 200, body: { generated_at: 'relative' } });
    } finally {
      await server.stop();
    }
  }, 60_000);

  test('--help names the variable', () => {
    const r = runBundled(['serve', '--help'], { cwd: makeTempDir('os-serve-help-') });
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain(
      '--review-root <dir> folder of local review bundles served at /review/local/<id> (default: $OPENSESSION_LOCAL_REVIEW_ROOT)',
    );
  });
});
