// `register` streams the canonical bytes into the store (hashed and appended to a temp file chunk by
// chunk): the stored object is the canonical bytes under their sha256, and a failure at any point
// leaves nothing behind; an input error still comes before any store error.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { canonicalize } from '../../core/hail';
import { listFiles } from '../support/files';
import { REPO_ROOT, runBundled, runInProcess } from '../support/cli';

const example = readFileSync(path.join(REPO_ROOT, 'samples', 'hail', 'example.hail.jsonl'), 'utf8');

function tempRepo(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'os-regstream-'));
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}

/** A session of about `mib` MiB in several 4 MiB chunks: non-canonical member order, multi-byte text. */
function bigSession(mib: number): string {
  const lines = example.split('\n');
  const event = JSON.parse(lines[1]);
  const out = [lines[0]];
  let size = 0;
  for (let i = 0; size < mib * 1024 * 1024; i++) {
    const line = JSON.stringify({
      attributes: { z: i, a: 'x' },
      ...event,
      event_id: `e${i}`,
      content: { blocks: [{ type: 'Text', text: `é€😀 step ${i} `.repeat(200) }] },
    });
    out.push(line);
    size += line.length;
  }
  return out.join('\n') + '\n';
}

describe('register streams into the store', () => {
  test('a 10 MiB session: the bundled CLI stores the canonical bytes under their sha256, once', async () => {
    const repo = tempRepo();
    const text = bigSession(10);
    writeFileSync(path.join(repo, 'big.jsonl'), text);
    const expected = Buffer.from(canonicalize(text), 'utf8');
    const sha = createHash('sha256').update(expected).digest('hex');
    const r = runBundled(['register', 'big.jsonl', '--json'], { cwd: repo });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const stored = path.join(
      repo,
      '.opensession',
      'objects',
      'sha256',
      sha.slice(0, 2),
      sha.slice(2, 4),
      `${sha}.jsonl`,
    );
    expect(JSON.parse(r.stdout)).toEqual({
      bytes: expected.length,
      hash: sha,
      store_path: stored,
      uri: `os://src/local/${sha}`,
    });
    expect((await fs.readFile(stored)).equals(expected)).toBe(true);
    // no temp file left; registering again writes nothing new
    const again = await runInProcess(['register', 'big.jsonl', '--quiet'], { cwd: repo });
    expect(again.stdout).toBe(`os://src/local/${sha}\n`);
    expect(listFiles(path.join(repo, '.opensession'))).toEqual([
      'objects/.gitignore',
      `objects/sha256/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}.jsonl`,
    ]);
  });

  test('a bad line after several MiB: the input error, and no store directory, temp file or .gitignore left', async () => {
    const repo = tempRepo();
    const text = bigSession(9) + '{"type":"event","event_id":"x"}\n';
    const lineNo = text.trimEnd().split('\n').length;
    writeFileSync(path.join(repo, 'bad.jsonl'), text);
    const r = runBundled(['register', 'bad.jsonl'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(
      `Error: register expects canonical HAIL JSONL: JSON error at line ${lineNo}: missing field \`timestamp\``,
    );
    expect(readdirSync(repo).sort()).toEqual(['.git', 'bad.jsonl']);
  });

  test('an existing store keeps what it had when a later register fails', async () => {
    const repo = tempRepo();
    writeFileSync(path.join(repo, 'ok.jsonl'), example);
    expect((await runInProcess(['register', 'ok.jsonl'], { cwd: repo })).code).toBe(0);
    const before = listFiles(path.join(repo, '.opensession'));
    writeFileSync(path.join(repo, 'bad.jsonl'), bigSession(5) + 'not json\n');
    const r = await runInProcess(['register', 'bad.jsonl'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error: register expects canonical HAIL JSONL: JSON error at line \d+: invalid JSON/);
    expect(listFiles(path.join(repo, '.opensession'))).toEqual(before);
  });

  test('the input error comes before store errors: no home, a store path that is a file', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'os-regstream-nohome-'));
    writeFileSync(path.join(outside, 'bad.jsonl'), '{"type":"user"}\n');
    writeFileSync(path.join(outside, 'ok.jsonl'), example);
    const bad = await runInProcess(['register', 'bad.jsonl'], { cwd: outside, env: {} });
    expect(bad.stderr).toMatch(
      /^Error: register expects canonical HAIL JSONL: JSON error at line 1: unknown line type/,
    );
    const ok = await runInProcess(['register', 'ok.jsonl'], { cwd: outside, env: {} });
    expect(ok.stderr).toBe(
      'Error: could not determine home directory\nnext:\n- set HOME to your home directory, or run the command inside a git repository\n',
    );

    const repo = tempRepo();
    writeFileSync(path.join(repo, '.opensession'), 'not a directory\n');
    writeFileSync(path.join(repo, 'bad.jsonl'), '{"type":"user"}\n');
    writeFileSync(path.join(repo, 'ok.jsonl'), example);
    const badInRepo = await runInProcess(['register', 'bad.jsonl'], { cwd: repo });
    expect(badInRepo.stderr).toMatch(/^Error: register expects canonical HAIL JSONL: JSON error at line 1: unknown/);
    const blocked = runBundled(['register', 'ok.jsonl'], { cwd: repo }); // node's own fs error, as before
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^Error: ENOTDIR: not a directory, mkdir '.*\.opensession[/\\]objects'\n$/);
    expect(readFileSync(path.join(repo, '.opensession'), 'utf8')).toBe('not a directory\n');
  });
});
