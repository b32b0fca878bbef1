// Builds small HAIL sessions and seeds them where `opensession serve` looks: a ledger ref of a registered repo
// (written with the real ledger code) and object-store files (stored as given, secrets included).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHail } from '../../core/hail/reader';
import { ledgerRef } from '../../core/ledger/refs';
import { openRepo } from '../../core/ledger/repo';
import { storeSession } from '../../core/ledger/store';

export interface SessionSpec {
  id: string;
  title?: string;
  description?: string;
  tags?: string[];
  tool?: string;
  createdAt: string;
  /** User/agent message texts; default one pair. */
  messages?: string[];
  /** Seconds between first and last event. */
  durationSecs?: number;
  parent?: string;
  related?: string[];
  /** An empty session (no events). */
  empty?: boolean;
}

function addSeconds(iso: string, secs: number): string {
  return new Date(Date.parse(iso) + secs * 1000).toISOString().replace('.000Z', 'Z');
}

export function hailText(s: SessionSpec): string {
  const context: Record<string, unknown> = { tags: s.tags ?? [], created_at: s.createdAt };
  if (s.title !== undefined) context.title = s.title;
  if (s.description !== undefined) context.description = s.description;
  const end = addSeconds(s.createdAt, s.durationSecs ?? 10);
  context.updated_at = end;
  if (s.related) context.related_session_ids = s.related;
  if (s.parent) context.attributes = { parent_session_id: s.parent };
  const header = {
    type: 'header',
    version: 'hail-1.0.0',
    session_id: s.id,
    agent: { provider: 'anthropic', model: 'claude-x', tool: s.tool ?? 'claude-code' },
    context,
  };
  const lines = [JSON.stringify(header)];
  if (!s.empty) {
    const msgs = s.messages ?? [`hello from ${s.id}`, `answer for ${s.id}`];
    msgs.forEach((text, i) => {
      const ts = i === msgs.length - 1 ? end : addSeconds(s.createdAt, i);
      lines.push(
        JSON.stringify({
          type: 'event',
          event_id: `e${i}`,
          timestamp: ts,
          event_type: { type: i % 2 === 0 ? 'UserMessage' : 'AgentMessage' },
          content: { blocks: [{ type: 'Text', text }] },
        }),
      );
    });
  }
  return lines.join('\n') + '\n';
}

/** Writes `<root>/sha256/<aa>/<bb>/<hash>.jsonl` (the object store layout); returns the path. */
export function writeObject(storeRoot: string, text: string, mtime?: Date): string {
  const hash = createHash('sha256').update(text).digest('hex');
  const file = path.join(storeRoot, 'sha256', hash.slice(0, 2), hash.slice(2, 4), `${hash}.jsonl`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  if (mtime) fs.utimesSync(file, mtime, mtime);
  return file;
}

export function globalObjectStore(home: string): string {
  return path.join(home, '.local', 'share', 'opensession', 'objects');
}

/** Stores the session on the ledger of `branch` in `repoDir` (redacted by the ledger writer). */
export async function storeOnLedger(repoDir: string, branch: string, text: string, now: Date): Promise<string> {
  const ref = ledgerRef(branch);
  await storeSession(
    openRepo(repoDir),
    ref,
    parseHail(text),
    [],
    { branch, remote: 'https://example.com/acme/demo.git' },
    {
      now: () => now,
    },
  );
  return ref;
}

/** Lists the repo in `<home>/.config/opensession/repo-registry.json`. */
export function registerRepo(home: string, repoDir: string): void {
  const file = path.join(home, '.config', 'opensession', 'repo-registry.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let repos: string[] = [];
  try {
    repos = (JSON.parse(fs.readFileSync(file, 'utf8')) as { repos: string[] }).repos;
  } catch {
    // new registry
  }
  repos = [...new Set([...repos, fs.realpathSync(repoDir)])].sort();
  fs.writeFileSync(file, JSON.stringify({ repos }, null, 2) + '\n');
}
