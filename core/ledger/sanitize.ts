// Privacy settings of a repository and the exclude_patterns sanitizer (daemon-and-server.md §2.3, §2.4, §2.7),
// applied by the hook's branch sync before redaction (git-native.md §5.5 step 2 and 6).
import * as fs from 'fs';
import * as path from 'path';
import type { ContentBlock, HailEvent, Session } from '../hail/types';
import { asciiLower } from '../text';
import { parseToml, TomlTable } from '../toml';

export interface PrivacySettings {
  stripPaths: boolean;
  excludeTools: string[];
  excludePatterns: string[];
}

export const DEFAULT_EXCLUDE_PATTERNS = ['*.env', '*secret*', '*credential*'];
export const DEFAULT_PRIVACY: PrivacySettings = {
  stripPaths: true,
  excludeTools: [],
  excludePatterns: DEFAULT_EXCLUDE_PATTERNS,
};

function privacyTable(file: string): TomlTable | undefined {
  try {
    const p = parseToml(fs.readFileSync(file, 'utf8')).privacy;
    return p !== undefined && typeof p === 'object' && !Array.isArray(p) ? (p as TomlTable) : undefined;
  } catch {
    return undefined; // unreadable or invalid files count as absent (§5.5 step 2)
  }
}

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x !== '') : undefined;

/** Global `~/.config/opensession/opensession.toml`, then `.opensession/config.toml`, then `config.local.toml`. */
export function effectivePrivacy(repoRoot: string, env: Record<string, string | undefined>): PrivacySettings {
  const home = env.HOME ?? env.USERPROFILE ?? '';
  const layers = [
    home !== '' ? privacyTable(path.join(home, '.config', 'opensession', 'opensession.toml')) : undefined,
    privacyTable(path.join(repoRoot, '.opensession', 'config.toml')),
    privacyTable(path.join(repoRoot, '.opensession', 'config.local.toml')),
  ];
  let stripPaths = true;
  for (const l of layers) if (typeof l?.strip_paths === 'boolean') stripPaths = l.strip_paths;
  const union = (key: string, globalDefault: string[]): string[] => {
    const out: string[] = [];
    layers.forEach((l, i) => {
      const list = strings(l?.[key]) ?? (i === 0 ? globalDefault : []);
      for (const x of list) if (!out.includes(x)) out.push(x);
    });
    return out;
  };
  return {
    stripPaths,
    excludeTools: union('exclude_tools', []),
    excludePatterns: union('exclude_patterns', DEFAULT_EXCLUDE_PATTERNS),
  };
}

/** `*` any run (including `/`), `?` one character, case-insensitive. */
export function globMatches(pattern: string, value: string): boolean {
  const re = new RegExp(
    '^' +
      [...pattern]
        .map((c) => (c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('') +
      '$',
    'i',
  );
  return re.test(value) || re.test(asciiLower(value));
}

function eventPaths(e: HailEvent): string[] {
  const out: string[] = [];
  const t = e.event_type;
  if (t.type === 'FileRead' || t.type === 'FileEdit' || t.type === 'FileCreate' || t.type === 'FileDelete')
    out.push(t.data.path);
  for (const b of e.content.blocks) if (b.type === 'File') out.push(b.path);
  return out;
}

const EXCLUDED = '[REDACTED:excluded_path]';

/** Replaces the file contents of events that name an excluded path (the path itself is kept). */
export function applyExcludePatterns(session: Session, patterns: readonly string[]): Session {
  if (patterns.length === 0) return session;
  const hit = (p: string): boolean =>
    patterns.some((g) => globMatches(g, p) || globMatches(g, path.posix.basename(p.replace(/\\/g, '/'))));
  const events = session.events.map((e) => {
    if (!eventPaths(e).some(hit)) return e;
    const blocks: ContentBlock[] = e.content.blocks.map((b) => {
      if (b.type === 'File') return b.content !== undefined ? { ...b, content: EXCLUDED } : b;
      if (b.type === 'Text') return { ...b, text: EXCLUDED };
      if (b.type === 'Code') return { ...b, code: EXCLUDED };
      return b;
    });
    const t = e.event_type;
    const event_type =
      t.type === 'FileEdit' && t.data.diff !== undefined ? { ...t, data: { ...t.data, diff: EXCLUDED } } : t;
    return { ...e, event_type, content: { ...e.content, blocks } };
  });
  return { ...session, events };
}
