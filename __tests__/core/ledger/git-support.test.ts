// The shared real-git test support: isolated temp repos and the loopback smart-HTTP remote.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  cleanupTempDirs,
  cloneTemp,
  commitFile,
  git,
  gitRaw,
  makeTempRepo,
  startGitHttpServer,
} from '../../support/git';

afterAll(() => cleanupTempDirs());

describe('test support', () => {
  it('makes isolated repos (HOME is a temp dir, gc and maintenance off, local identity)', async () => {
    const { dir } = await makeTempRepo({ initialCommit: true });
    expect(process.env.HOME).not.toBe(os.userInfo().homedir);
    expect(await git(dir, 'config', 'gc.auto')).toBe('0');
    expect(await git(dir, 'config', 'maintenance.auto')).toBe('false');
    expect(await git(dir, 'log', '-1', '--format=%an <%ae>')).toBe('Test User <test@example.com>');
    expect(await git(dir, 'symbolic-ref', 'HEAD')).toBe('refs/heads/main');
    await expect(git(dir, 'rev-parse', '--verify', 'nope')).rejects.toThrow(/git rev-parse --verify nope failed/);
  });

  it('serves clone, push and fetch over smart HTTP with receive-pack enabled', async () => {
    const server = await startGitHttpServer();
    try {
      expect(server.repoUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/repo\.git$/);
      const { dir } = await makeTempRepo({ initialCommit: true });
      await git(dir, 'remote', 'add', 'origin', server.repoUrl);
      await git(dir, 'push', '-q', 'origin', 'main');
      expect(await git(server.bareDir, 'rev-parse', 'main')).toBe(await git(dir, 'rev-parse', 'HEAD'));
      const clone = await cloneTemp(server.repoUrl);
      expect(fs.existsSync(path.join(clone.dir, 'README.md'))).toBe(true);
      const c2 = await commitFile(clone.dir, 'b.txt', 'b\n', 'from clone');
      expect((await gitRaw(clone.dir, ['push', '-q', 'origin', 'main'])).code).toBe(0);
      await git(dir, 'fetch', '-q', 'origin');
      expect(await git(dir, 'rev-parse', 'origin/main')).toBe(c2);
      expect(server.requests.some((r) => r.startsWith('POST ') && r.endsWith('/git-receive-pack'))).toBe(true);
    } finally {
      await server.stop();
    }
  });
});
