// Daemon config and project-config merge (daemon-and-server.md §2.3, §2.4), and the A8 checkout lookup.
import * as fs from 'fs';
import * as path from 'path';
import { effectiveSettings, parseDaemonConfig } from '../../../cli/daemon/config';
import { mapEventPath, rootsFor } from '../../../cli/daemon/roots';
import { checkedOutBranchAt } from '../../../core/ledger/links';
import { cleanupTempDirs, makeTempDir } from '../../support/git';

afterAll(() => cleanupTempDirs());

describe('parseDaemonConfig', () => {
  it('gives the documented defaults for an empty file', () => {
    const { config, warnings } = parseDaemonConfig('', '/h/.config/opensession/opensession.toml', '/h');
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      capture: 'ledger',
      debounceMs: 1000,
      customPaths: undefined,
      stripPaths: true,
      excludePatterns: ['*.env', '*secret*', '*credential*'],
      excludeTools: [],
      retention: { enabled: false, keepDays: 30, intervalSecs: 86400 },
    });
  });

  it('expands ~/ in custom paths, drops duplicates, and rejects relative ones naming the key', () => {
    const { config } = parseDaemonConfig(
      '[watchers]\ncustom_paths = ["~/logs", "/h/logs", "/abs"]\n',
      'cfg.toml',
      '/h',
    );
    expect(config.customPaths).toEqual(['/h/logs', '/abs']);
    expect(rootsFor(config.customPaths, '/h', {})).toEqual([
      { agent: 'custom', path: '/h/logs', depth: 6 },
      { agent: 'custom', path: '/abs', depth: 6 },
    ]);
    expect(() => parseDaemonConfig('[watchers]\ncustom_paths = ["logs"]\n', 'cfg.toml', '/h')).toThrow(
      /invalid config cfg\.toml:\n✖ must be an absolute path or start with ~\/\n {2}→ at watchers\.custom_paths\[0\]/,
    );
    expect(() => parseDaemonConfig('[git_storage.retention]\nkeep_days = 0\n', 'cfg.toml', '/h')).toThrow(
      /→ at git_storage\.retention\.keep_days/,
    );
  });

  it('an explicit daemon.capture wins over git_storage.method = "sqlite"', () => {
    const r = parseDaemonConfig('[daemon]\ncapture = "ledger"\n[git_storage]\nmethod = "sqlite"\n', 'c', '/h');
    expect(r.config.capture).toBe('ledger');
    expect(r.warnings).toEqual(['config key git_storage.method is obsolete and ignored']);
  });
});

describe('effectiveSettings (§2.4)', () => {
  it('merges global, shared and local layers; a global "off" wins; an invalid known key fails closed', () => {
    const repo = makeTempDir('os-cfg-');
    const global = parseDaemonConfig('[privacy]\nexclude_tools = ["amp"]\n', 'g', '/h').config;
    fs.mkdirSync(path.join(repo, '.opensession'));
    fs.writeFileSync(
      path.join(repo, '.opensession', 'config.toml'),
      '[privacy]\nexclude_tools = ["cline", "amp"]\nstrip_paths = false\n[hooks]\nanything = 1\n',
    );
    fs.writeFileSync(
      path.join(repo, '.opensession', 'config.local.toml'),
      '[privacy]\nstrip_paths = true\n[daemon]\ncapture = "off"\n',
    );
    expect(effectiveSettings(global, repo)).toEqual({
      capture: 'off',
      stripPaths: true,
      excludePatterns: ['*.env', '*secret*', '*credential*'],
      excludeTools: ['amp', 'cline'],
    });
    fs.rmSync(path.join(repo, '.opensession', 'config.local.toml'));
    expect(effectiveSettings(global, repo)).toMatchObject({ capture: 'ledger', stripPaths: false });
    expect(effectiveSettings({ ...global, capture: 'off' }, repo).capture).toBe('off');
    fs.writeFileSync(path.join(repo, '.opensession', 'config.toml'), '[privacy]\nstrip_paths = "yes"\n');
    expect(() => effectiveSettings(global, repo)).toThrow(
      `invalid project config ${path.join(repo, '.opensession', 'config.toml')}`,
    );
  });
});

describe('event path mapping (§2.5)', () => {
  it('maps Cursor WAL files to the DB and Claude sub-agent logs to an existing parent', () => {
    expect(mapEventPath('/h/.config/Cursor/User/globalStorage/state.vscdb-wal')).toBe(
      '/h/.config/Cursor/User/globalStorage/state.vscdb',
    );
    const dir = makeTempDir('os-map-');
    const sub = path.join(dir, '.claude', 'projects', 'p', 'sid', 'subagents', 'agent-1.jsonl');
    expect(mapEventPath(sub)).toBeUndefined();
    fs.mkdirSync(path.join(dir, '.claude', 'projects', 'p'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.claude', 'projects', 'p', 'sid.jsonl'), '');
    expect(mapEventPath(sub)).toBe(path.join(dir, '.claude', 'projects', 'p', 'sid.jsonl'));
  });
});

describe('checkedOutBranchAt (A8)', () => {
  it('reads the branch checked out at a time from logs/HEAD checkout entries', () => {
    const gitDir = makeTempDir('os-reflog-');
    fs.mkdirSync(path.join(gitDir, 'logs'));
    const a = 'a'.repeat(40);
    const line = (ts: number, msg: string) => `${a} ${a} Some One <s@o> ${ts} +0000\t${msg}\n`;
    fs.writeFileSync(
      path.join(gitDir, 'logs', 'HEAD'),
      line(100, 'commit (initial): x') +
        line(200, 'checkout: moving from main to feature') +
        line(300, 'commit: y') +
        line(400, 'checkout: moving from feature to main'),
    );
    expect(checkedOutBranchAt(gitDir, 150)).toBe('main');
    expect(checkedOutBranchAt(gitDir, 200)).toBe('feature');
    expect(checkedOutBranchAt(gitDir, 399)).toBe('feature');
    expect(checkedOutBranchAt(gitDir, 500)).toBe('main');
    expect(checkedOutBranchAt(path.join(gitDir, 'nope'), 500)).toBeUndefined();
  });
});
