// Default discovery locations (parsers.md 3.5). Read-only; missing or unreadable directories are skipped.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compareBytewise, trim } from '../text';
import { loadSqliteWasm } from '../sqlite-wasm';
import { listDir, walkFiles } from './common/fs';
import { envRoot, isAuxiliarySessionPath, type Env } from './select';
import type { ProfileId } from './types';

export interface DiscoverOptions {
  env?: Env;
  /** Overrides the home directory lookup (tests). */
  homeDir?: string;
  /** Overrides process.platform (tests): `darwin`, `linux`, `win32`. */
  platform?: NodeJS.Platform;
  /** Overrides the Cursor database check (tests, or callers without SQLite). */
  cursorHasConversations?: (dbPath: string) => boolean;
}

export interface DiscoveredSession {
  tool: ProfileId;
  path: string;
}

/** Home directory: HOME, else USERPROFILE, else os.homedir(). */
export function homeDirectory(env: Env): string {
  for (const key of ['HOME', 'USERPROFILE']) {
    const v = env[key];
    if (v !== undefined && trim(v) !== '') return v;
  }
  return os.homedir();
}

/** Files matching `dir/*\/name-filter` one level down (`<dir>/<child>/<file>`). */
async function filesOneLevelDown(
  dir: string,
  accept: (name: string) => boolean,
  subPath: string[] = [],
): Promise<string[]> {
  const out: string[] = [];
  for (const child of await listDir(dir)) {
    if (!child.isDirectory() && !child.isSymbolicLink()) continue;
    const base = path.join(dir, child.name, ...subPath);
    for (const ent of await listDir(base)) {
      if ((ent.isFile() || ent.isSymbolicLink()) && accept(ent.name)) out.push(path.join(base, ent.name));
    }
  }
  return out;
}

async function filesIn(dir: string, accept: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  for (const ent of await listDir(dir))
    if ((ent.isFile() || ent.isSymbolicLink()) && accept(ent.name)) out.push(path.join(dir, ent.name));
  return out;
}

async function uniqueSorted(paths: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of paths) {
    let key = p;
    try {
      key = await fs.promises.realpath(p);
    } catch {
      key = path.resolve(p);
    }
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out.sort(compareBytewise);
}

/** True when a Cursor DB opens read-only and holds composer data (3.5 filter). */
export function cursorDbHasConversations(dbPath: string): boolean {
  try {
    const { Database } = loadSqliteWasm();
    const db = new Database(dbPath, { readOnly: true, fileMustExist: true });
    try {
      const tables = new Set(
        db
          .all("SELECT name FROM sqlite_master WHERE type='table'")
          .map((r) => String((r as Record<string, unknown>).name)),
      );
      for (const table of ['cursorDiskKV', 'ItemTable']) {
        if (!tables.has(table)) continue;
        const row = db.get(
          `SELECT 1 AS found FROM ${table} WHERE key LIKE 'composerData:%' OR key = 'composer.composerData' LIMIT 1`,
        );
        if (row !== null) return true;
      }
      return false;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

function cursorUserDir(home: string, env: Env, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Cursor', 'User');
  if (platform === 'win32') {
    const appData =
      env.APPDATA !== undefined && trim(env.APPDATA) !== '' ? env.APPDATA : path.join(home, 'AppData', 'Roaming');
    return path.join(appData, 'Cursor', 'User');
  }
  const config = envRoot(env, 'XDG_CONFIG_HOME') ?? path.join(home, '.config');
  return path.join(config, 'Cursor', 'User');
}

/** discoverSessions (3.5): tools in order claude-code, codex, opencode, cline, amp, cursor, gemini. */
export async function discoverSessions(opts: DiscoverOptions = {}): Promise<DiscoveredSession[]> {
  const env = opts.env ?? process.env;
  const home = opts.homeDir ?? homeDirectory(env);
  const platform = opts.platform ?? process.platform;
  const data = envRoot(env, 'XDG_DATA_HOME') ?? path.join(home, '.local', 'share');
  const out: DiscoveredSession[] = [];
  const add = (tool: ProfileId, paths: string[]): void => {
    for (const p of paths) out.push({ tool, path: p });
  };

  const claudeRoots = [envRoot(env, 'CLAUDE_CONFIG_DIR'), path.join(home, '.claude')].filter(
    (r): r is string => r !== undefined,
  );
  const claude: string[] = [];
  for (const root of claudeRoots)
    claude.push(
      ...(await walkFiles(
        path.join(root, 'projects'),
        (full, name) => name.endsWith('.jsonl') && !isAuxiliarySessionPath(full),
      )),
    );
  add('claude-code', await uniqueSorted(claude));

  const codexRoots = [envRoot(env, 'CODEX_HOME'), path.join(home, '.codex')].filter(
    (r): r is string => r !== undefined,
  );
  const codex: string[] = [];
  const isRollout = (name: string): boolean => {
    const n = name.toLowerCase();
    return n === 'rollout.jsonl' || (n.startsWith('rollout-') && n.endsWith('.jsonl'));
  };
  for (const root of codexRoots)
    codex.push(...(await walkFiles(path.join(root, 'sessions'), (_full, name) => isRollout(name))));
  add('codex', await uniqueSorted(codex));

  add(
    'opencode',
    await uniqueSorted(
      await filesOneLevelDown(path.join(data, 'opencode', 'storage', 'session'), (n) => n.endsWith('.json')),
    ),
  );
  add(
    'cline',
    await uniqueSorted(
      await filesOneLevelDown(path.join(home, '.cline', 'data', 'tasks'), (n) => n === 'api_conversation_history.json'),
    ),
  );
  add('amp', await uniqueSorted(await filesIn(path.join(data, 'amp', 'threads'), (n) => n.endsWith('.json'))));

  const userDir = cursorUserDir(home, env, platform);
  const check = opts.cursorHasConversations ?? cursorDbHasConversations;
  const cursor: string[] = [];
  const globalDb = path.join(userDir, 'globalStorage', 'state.vscdb');
  if (fs.existsSync(globalDb)) cursor.push(globalDb);
  cursor.push(...(await filesOneLevelDown(path.join(userDir, 'workspaceStorage'), (n) => n === 'state.vscdb')));
  add('cursor', await uniqueSorted(cursor.filter((p) => check(p))));

  const geminiTmp = path.join(home, '.gemini', 'tmp');
  const gemini = [
    ...(await filesOneLevelDown(geminiTmp, (n) => n.startsWith('session-') && n.endsWith('.json'), ['chats'])),
    ...(await filesOneLevelDown(geminiTmp, (n) => n.startsWith('session-') && n.endsWith('.jsonl'), ['chats'])),
  ];
  add('gemini', await uniqueSorted(gemini));
  return out;
}
