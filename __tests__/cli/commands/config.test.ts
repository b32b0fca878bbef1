// `config init` / `config show` and `share --web` (git-native.md §10.6, §12, §18.12).
import * as fs from 'fs';
import * as path from 'path';
import { cleanupTempDirs, isolateGitEnv, makeTempRepo } from '../../support/git';
import { runInProcess } from '../../support/cli';

beforeAll(() => isolateGitEnv());
afterAll(() => cleanupTempDirs());
const env = () => ({ ...process.env });

describe('config', () => {
  it('adds a [share] table and keeps the original lines byte for byte (§18.12)', async () => {
    const { dir } = await makeTempRepo();
    const file = path.join(dir, '.opensession', 'config.toml');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '[privacy]\nstrip_paths = false\n# note\n');
    const res = await runInProcess(['config', 'init'], { cwd: dir, env: env() });
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(`config: ${file}\nbase_url: https://opensession.io\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '[privacy]\nstrip_paths = false\n# note\n\n[share]\nbase_url = "https://opensession.io"\n',
    );
  });

  it('rewrites only the base_url line', async () => {
    const { dir } = await makeTempRepo();
    const file = path.join(dir, '.opensession', 'config.toml');
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '[share]\nbase_url = "https://old"\n# keep\n[other]\nx = 1\n');
    const res = await runInProcess(['config', 'init', '--base-url', 'https://x.test/'], { cwd: dir, env: env() });
    expect(res.stdout).toBe(`config: ${file}\nbase_url: https://x.test\n`);
    expect(fs.readFileSync(file, 'utf8')).toBe('[share]\nbase_url = "https://x.test"\n# keep\n[other]\nx = 1\n');
    const show = await runInProcess(['config', 'show'], { cwd: dir, env: env() });
    expect(show.stdout).toBe(`config: ${file}\nbase_url: https://x.test\n`);
    const bad = await runInProcess(['config', 'init', '--base-url', 'ftp://x'], { cwd: dir, env: env() });
    expect(bad.stderr).toBe(
      'Error: base_url must start with http:// or https://\nnext:\n- example: `opensession config init --base-url https://opensession.io`\n',
    );
  });

  it('reports missing and invalid config; share --web builds the web URL', async () => {
    const { dir } = await makeTempRepo();
    const file = path.join(dir, '.opensession', 'config.toml');
    const missing = await runInProcess(['config', 'show'], { cwd: dir, env: env() });
    expect(missing.stderr).toBe(
      `Error: missing config: ${file}\nnext:\n- initialize config: \`opensession config init --base-url https://opensession.io\`\n- verify config: \`opensession config show\`\ndocs: README.md#Share\n`,
    );
    fs.mkdirSync(path.dirname(file));
    fs.writeFileSync(file, '[share\n');
    const invalid = await runInProcess(['config', 'show'], { cwd: dir, env: env() });
    expect(invalid.stderr).toMatch(
      new RegExp(`^Error: invalid config: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .+ at line 1`),
    );
    fs.writeFileSync(file, '[share]\nbase_url = "https://opensession.io/"\n');
    const uri = 'os://src/gh/acme/widgets/ref/refs%2Fopensession%2Fbranches%2FbWFpbg/path/sessions/x.jsonl';
    const web = await runInProcess(['share', uri, '--json'], { cwd: dir, env: env() });
    expect(JSON.parse(web.stdout)).toEqual({
      base_url: 'https://opensession.io',
      config: file,
      uri,
      web_url:
        'https://opensession.io/src/gh/acme/widgets/ref/refs%2Fopensession%2Fbranches%2FbWFpbg/path/sessions/x.jsonl',
    });
    const local = await runInProcess(['share', `os://src/local/${'a'.repeat(64)}`, '--web'], { cwd: dir, env: env() });
    expect(local.stderr).toContain('Error: `share --web` supports only remote sources\n');
    const flag = await runInProcess(['share', uri, '--web', '--push'], { cwd: dir, env: env() });
    expect(flag.stderr).toContain('Error: `--push` applies only to `share --git`\n');
  });
});
