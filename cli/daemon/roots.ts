// Watched directories (daemon-and-server.md §2.5): the default agent folders, their watch depths, and the
// path mapping applied to every event before parser selection.
import * as fs from 'fs';
import * as path from 'path';
import { envRoot } from '../../core/parsers/select';
import type { Env } from './paths';

export interface WatchRoot {
  /** Parser id of the default directory, or `custom`. */
  agent: string;
  path: string;
  depth: number;
}

/** The default directories of §2.5, in table order (`~/` expanded, env roots first where set). */
export function defaultRoots(home: string, env: Env, platform: NodeJS.Platform = process.platform): WatchRoot[] {
  const data = envRoot(env, 'XDG_DATA_HOME') ?? path.join(home, '.local', 'share');
  const out: WatchRoot[] = [];
  const claudeEnv = envRoot(env, 'CLAUDE_CONFIG_DIR');
  if (claudeEnv !== undefined) out.push({ agent: 'claude-code', path: path.join(claudeEnv, 'projects'), depth: 4 });
  out.push({ agent: 'claude-code', path: path.join(home, '.claude', 'projects'), depth: 4 });
  const codexEnv = envRoot(env, 'CODEX_HOME');
  if (codexEnv !== undefined) out.push({ agent: 'codex', path: path.join(codexEnv, 'sessions'), depth: 4 });
  out.push({ agent: 'codex', path: path.join(home, '.codex', 'sessions'), depth: 4 });
  out.push({ agent: 'opencode', path: path.join(data, 'opencode', 'storage', 'session'), depth: 2 });
  out.push({ agent: 'cline', path: path.join(home, '.cline', 'data', 'tasks'), depth: 2 });
  out.push({ agent: 'amp', path: path.join(data, 'amp', 'threads'), depth: 2 });
  out.push({ agent: 'gemini', path: path.join(home, '.gemini', 'tmp'), depth: 3 });
  if (platform === 'darwin')
    out.push({
      agent: 'cursor',
      path: path.join(home, 'Library', 'Application Support', 'Cursor', 'User'),
      depth: 3,
    });
  else
    out.push({
      agent: 'cursor',
      path: path.join(envRoot(env, 'XDG_CONFIG_HOME') ?? path.join(home, '.config'), 'Cursor', 'User'),
      depth: 3,
    });
  return out;
}

/** Custom paths: default depth when the path is a default directory, else 6. */
export function rootsFor(customPaths: string[] | undefined, home: string, env: Env): WatchRoot[] {
  const defaults = defaultRoots(home, env);
  if (customPaths === undefined) return defaults;
  return customPaths.map((p) => {
    const known = defaults.find((d) => path.resolve(d.path) === path.resolve(p));
    return known ?? { agent: 'custom', path: p, depth: 6 };
  });
}

/**
 * §2.5 path mapping: Cursor WAL/SHM/journal → the DB; a Claude Code sub-agent log → its parent session file
 * when that exists (undefined: drop the event).
 */
export function mapEventPath(p: string): string | undefined {
  const norm = p.replace(/\\/g, '/');
  const m = /^(.*\/state\.vscdb)-(wal|shm|journal)$/.exec(norm);
  if (m !== null) return p.slice(0, m[1].length);
  const sub = /^(.*)\/([^/]+)\/subagents\/[^/]+\.jsonl$/.exec(norm);
  if (sub !== null && (norm.includes('.claude/projects/') || norm.includes('/projects/'))) {
    const parent = path.join(sub[1], `${sub[2]}.jsonl`);
    return fs.existsSync(parent) ? parent : undefined;
  }
  return p;
}
