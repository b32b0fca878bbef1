// The repo registry (daemon-and-server.md §2.13): every ledger writer lists its repository for retention.
import * as fs from 'fs';
import * as path from 'path';

/**
 * §5.5 step 7 / daemon-and-server.md §2.13: `~/.config/opensession/repo-registry.json` lists the repo root
 * (realpaths, sorted byte-wise), updated under `repo-registry.json.lock`. Best effort: never fails the sync.
 */
export function addToRepoRegistry(root: string, env: Record<string, string | undefined>): void {
  const home = env.HOME ?? env.USERPROFILE;
  if (home === undefined || home === '') return;
  const file = path.join(home, '.config', 'opensession', 'repo-registry.json');
  const lock = `${file}.lock`;
  let real = root;
  try {
    real = fs.realpathSync(root);
  } catch {
    // keep as given
  }
  // Already listed (every write after the first): nothing to change, so no lock and no write.
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { repos?: unknown };
    if (Array.isArray(doc.repos) && doc.repos.includes(real)) return;
  } catch {
    // missing or unreadable: the locked path below creates or repairs it
  }
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      if (Date.now() - fs.statSync(lock).mtimeMs > 30_000) fs.unlinkSync(lock);
    } catch {
      // no lock
    }
    fs.closeSync(fs.openSync(lock, 'wx'));
  } catch {
    return; // another writer holds the lock; the next write adds the repo
  }
  try {
    let repos: string[] = [];
    if (fs.existsSync(file)) {
      try {
        const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { repos?: unknown };
        if (!Array.isArray(doc.repos)) throw new Error('no repos array');
        repos = doc.repos.filter((r): r is string => typeof r === 'string');
      } catch {
        fs.renameSync(file, `${file}.corrupt-${Date.now()}`);
      }
    }
    if (repos.includes(real)) return;
    repos = [...new Set([...repos, real])].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    fs.writeFileSync(tmp, JSON.stringify({ repos }, null, 2) + '\n');
    fs.renameSync(tmp, file);
  } catch {
    // best effort
  } finally {
    try {
      fs.unlinkSync(lock);
    } catch {
      // already gone
    }
  }
}
