// Path-based parser selection (parsers.md 3.4), used by watchers and discovery-based flows.
import { trim } from '../text';
import type { ProfileId } from './types';

export type Env = Record<string, string | undefined>;

/** An environment root: a non-blank absolute path (POSIX or Windows), normalised to `/`, else undefined. */
export function envRoot(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined) return undefined;
  const v = trim(raw);
  if (v === '') return undefined;
  const isAbs = v.startsWith('/') || v.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(v);
  return isAbs ? v : undefined;
}

function under(normPath: string, root: string | undefined, sub: string): boolean {
  if (root === undefined) return false;
  let r = root.replace(/\\/g, '/');
  if (!r.endsWith('/')) r += '/';
  return normPath.startsWith(r + sub);
}

/** Auxiliary (subagent) path of 3.4. */
export function isAuxiliarySessionPath(p: string): boolean {
  const norm = p.replace(/\\/g, '/');
  if (norm.includes('/subagents/')) return true;
  const name = norm.slice(norm.lastIndexOf('/') + 1).toLowerCase();
  return (
    name.startsWith('agent-') ||
    name.startsWith('agent_') ||
    name.startsWith('subagent-') ||
    name.startsWith('subagent_')
  );
}

/** Extensions watchers must forward (3.4). */
export const WATCHED_EXTENSIONS: readonly string[] = ['jsonl', 'json', 'vscdb'];

/** parserForPath (3.4): the first matching rule wins; null when none matches. */
export function parserForPath(p: string, env: Env = process.env): ProfileId | null {
  const norm = p.replace(/\\/g, '/');
  const name = norm.slice(norm.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (
    ext === 'jsonl' &&
    (norm.includes('.codex/sessions/') ||
      norm.includes('codex/sessions/') ||
      under(norm, envRoot(env, 'CODEX_HOME'), 'sessions/'))
  )
    return 'codex';
  if (ext === 'json' && norm.includes('opencode') && norm.includes('/storage/session/')) return 'opencode';
  if (
    name === 'api_conversation_history.json' &&
    (norm.includes('.cline/data/tasks/') || norm.includes('cline/data/tasks/'))
  )
    return 'cline';
  if (ext === 'json' && norm.includes('amp/threads/')) return 'amp';
  if (ext === 'vscdb') return 'cursor';
  if ((ext === 'json' || ext === 'jsonl') && norm.includes('.gemini/tmp/') && norm.includes('/chats/session-'))
    return 'gemini';
  if (
    ext === 'jsonl' &&
    !isAuxiliarySessionPath(norm) &&
    (norm.includes('.claude/projects/') || under(norm, envRoot(env, 'CLAUDE_CONFIG_DIR'), 'projects/'))
  )
    return 'claude-code';
  return null;
}
