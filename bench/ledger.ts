// Ledger append benchmark: append one session to a ledger holding 1,000 sessions from a fresh process
// (storeSession: redaction, canonical HAIL, git objects, CAS; the write alone, nothing cached) versus git's own
// fastest path for the same write, one `git fast-import`, measured in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import * as path from 'node:path';
import { toHailJsonl } from '../core/hail';
import type { HailEvent, Session } from '../core/hail/types';
import {
  buildMeta,
  indexPath,
  renderIndexEntry,
  renderMeta,
  sessionCommitMessage,
  sessionPaths,
} from '../core/ledger/layout';
import { openRepo, readRef, type Repo } from '../core/ledger/repo';
import { redactForLedger, storedAtOf } from '../core/ledger/store';
import { updateRef } from '../core/ledger/update';
import { type Bench, elapsedMs, type Figures, median, ROOT, round } from './harness';

const NS = 1_000_000_000n;

function hex(n: number, width: number): string {
  let s = '';
  let x = n >>> 0;
  for (let i = 0; i < width; i++) {
    x = (Math.imul(x ^ (x >>> 13), 0x5bd1e995) + i * 0x9e3779b1) >>> 0;
    s += (x & 0xf).toString(16);
  }
  return s;
}

function uuidFor(n: number): string {
  const h = hex(n * 7919 + 1, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A session of ~40 events (~10 KB of HAIL). */
export function benchSession(n: number): Session {
  const start = 1772239200n + BigInt(n) * 600n;
  const events: HailEvent[] = [];
  for (let i = 0; i < 40; i++) {
    events.push({
      event_id: `e${i}`,
      timestamp: (start + BigInt(i)) * NS,
      event_type: i % 2 === 0 ? { type: 'UserMessage' } : { type: 'AgentMessage' },
      content: {
        blocks: [
          {
            type: 'Text',
            text: `step ${i} of session ${n}: update the parser and keep the ledger canonical so hashes agree across machines`,
          },
        ],
      },
      attributes: {},
    });
  }
  return {
    version: 'hail-1.0.0',
    session_id: uuidFor(n),
    agent: { provider: 'anthropic', model: 'claude-opus-4-6', tool: 'claude-code' },
    context: {
      title: `Session ${n}`,
      tags: [],
      created_at: start * NS,
      updated_at: (start + 39n) * NS,
      related_session_ids: [],
      attributes: {},
    },
    events,
    stats: {
      event_count: 40,
      message_count: 40,
      tool_call_count: 0,
      task_count: 0,
      duration_seconds: 39,
      total_input_tokens: 0,
      total_output_tokens: 0,
      user_message_count: 20,
      files_changed: 0,
      lines_added: 0,
      lines_removed: 0,
    },
  };
}

export const commitOf = (n: number): string => hex(n * 104729 + 17, 40);

/** Fills `ref` with `count` sessions in one commit (setup only, not measured). */
async function seedLedger(repo: Repo, ref: string, count: number): Promise<void> {
  const storedAt = storedAtOf(new Date());
  await updateRef(
    repo,
    ref,
    async (tree) => {
      for (let n = 0; n < count; n++) {
        const s = benchSession(n);
        const p = sessionPaths(s.session_id);
        const c = commitOf(n);
        await tree.setBlob(p.hail, await tree.store.writeBlob(Buffer.from(toHailJsonl(s))));
        await tree.setBlob(
          p.meta,
          await tree.store.writeBlob(
            Buffer.from(renderMeta(buildMeta(s, { branch: 'main', commits: [c], head: c }, storedAt))),
          ),
        );
        await tree.setBlob(
          indexPath(c, p.sid),
          await tree.store.writeBlob(
            Buffer.from(
              renderIndexEntry({ hail_path: p.hail, meta_path: p.meta, session_id: s.session_id, stored_at: storedAt }),
            ),
          ),
        );
      }
      return true;
    },
    `seed ${count} sessions`,
  );
}

/** The same write as one `git fast-import` process: three blobs, the touched trees, one commit, the ref. */
function fastImportAppend(dir: string, ref: string, s: Session, commit: string): number {
  const { bytes } = redactForLedger(s, true);
  const p = sessionPaths(s.session_id);
  const storedAt = storedAtOf(new Date());
  const meta = Buffer.from(renderMeta(buildMeta(s, { branch: 'main', commits: [commit], head: commit }, storedAt)));
  const idx = Buffer.from(
    renderIndexEntry({ hail_path: p.hail, meta_path: p.meta, session_id: s.session_id, stored_at: storedAt }),
  );
  const msg = Buffer.from(sessionCommitMessage(s.session_id));
  const now = Math.floor(Date.now() / 1000);
  const data = (b: Buffer) => [Buffer.from(`data ${b.length}\n`), b, Buffer.from('\n')];
  const stream = Buffer.concat([
    Buffer.from('blob\nmark :1\n'),
    ...data(bytes),
    Buffer.from('blob\nmark :2\n'),
    ...data(meta),
    Buffer.from('blob\nmark :3\n'),
    ...data(idx),
    Buffer.from(`commit ${ref}\ncommitter opensession <cli@opensession.io> ${now} +0000\n`),
    ...data(msg),
    Buffer.from(`from ${ref}^0\n`),
    Buffer.from(`M 100644 :1 ${p.hail}\nM 100644 :2 ${p.meta}\nM 100644 :3 ${indexPath(commit, p.sid)}\n\n`),
  ]);
  const t0 = process.hrtime.bigint();
  const r = spawnSync('git', ['fast-import', '--quiet', '--date-format=raw'], { cwd: dir, input: stream });
  const ms = elapsedMs(t0);
  if (r.status !== 0) throw new Error(`git fast-import: ${r.stderr}`);
  return ms;
}

/** One cold append (fresh process, nothing cached), the write alone, in milliseconds. */
function coldAppend(dir: string, ref: string, n: number): number {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'bench', 'ledger-child.ts'), dir, ref, String(n)],
    {
      cwd: ROOT,
      // No tsx disk cache: its background expiry would otherwise run inside the timed window.
      env: { ...process.env, TSX_DISABLE_CACHE: '1' },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`cold append failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}

export async function seededLedger(work: string): Promise<{ dir: string; subjectRef: string; baselineRef: string }> {
  const dir = mkdtempSync(path.join(work, 'ledger-'));
  spawnSync('git', ['init', '-q', '-b', 'main', dir]);
  spawnSync('git', ['-C', dir, 'config', 'gc.auto', '0']);
  spawnSync('git', ['-C', dir, 'config', 'maintenance.auto', 'false']);
  const repo = openRepo(dir);
  const subjectRef = 'refs/opensession/branches/bWFpbg';
  const baselineRef = 'refs/opensession/branches/YmFzZWxpbmU';
  await seedLedger(repo, subjectRef, 1000);
  spawnSync('git', ['-C', dir, 'update-ref', baselineRef, readRef(repo.commonDir, subjectRef)!]);
  return { dir, subjectRef, baselineRef };
}

/**
 * `ledger_append_fastimport_ratio`: a cold in-process append of one session into a 1,000-session ledger
 * (fresh process, the write alone) ÷ one `git fast-import` doing the same write (goal ≤ 0.5).
 */
export async function ledgerAppendFigures(work: string, rounds = 7): Promise<Figures> {
  const { dir, subjectRef, baselineRef } = await seededLedger(work);
  const subj: number[] = [];
  const base: number[] = [];
  let n = 1000;
  // Alternate so both see the same machine load.
  for (let r = 0; r < rounds; r++) {
    subj.push(round(coldAppend(dir, subjectRef, n++), 2));
    base.push(round(fastImportAppend(dir, baselineRef, benchSession(n), commitOf(n)), 2));
    n++;
  }
  const fsck = spawnSync('git', ['-C', dir, 'fsck', '--strict', '--no-dangling'], { encoding: 'utf8' });
  if (fsck.status !== 0) throw new Error(`fsck failed after the ledger bench: ${fsck.stderr}`);
  return {
    ledger_append_ms: median(subj),
    ledger_fastimport_ms: median(base),
    ledger_append_fastimport_ratio: { value: round(median(subj) / median(base), 3), raw: subj, baseline: base },
  };
}

export const ledgerBench: Bench = {
  name: 'ledger',
  goals: { ledger_append_fastimport_ratio: '<= 0.5' },
  run: (work) => ledgerAppendFigures(work),
};
