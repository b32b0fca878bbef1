// Candidate detection (parsers.md 3.2): filename rules, then content rules, in one streaming pass.
import * as fs from 'fs';
import { compareBytewise, trim } from '../text';
import { JsonSyntaxScanner } from './common/jsondoc';
import type { Candidate, ProfileId } from './types';

/** What the content rules look at; computed in one pass over the file. */
export interface DetectionProbe {
  fileNameLower: string;
  sqliteHeader: boolean;
  /** First non-blank line parsed as a JSON object, when it is one. */
  firstLineObject: Record<string, unknown> | undefined;
  /** Top-level keys when the whole (trimmed) file is one well-formed JSON object. */
  documentKeys: Set<string> | undefined;
  contains(pattern: string): boolean;
}

const CONTENT_PATTERNS = [
  '"type":"session_meta"',
  '"type": "session_meta"',
  '"type":"response_item"',
  '"type":"event_msg"',
  '"type":"thread.started"',
  '"type":"turn.started"',
  '"type":"item.completed"',
  '"type":"user"',
  '"type":"assistant"',
  '"message"',
  '"messages"',
  '"session_id"',
  '"sessionId"',
  '"agentMode"',
  '"tool_use"',
  '"providerID"',
  '"providerId"',
  '"modelID"',
  '"modelId"',
];

type Rule = { id: ProfileId; confidence: number; reason: string };

/** Filename rules of 3.2, in table order. */
function filenameRules(fileNameLower: string): Rule[] {
  const out: Rule[] = [];
  if (fileNameLower.endsWith('.hail.jsonl'))
    out.push({ id: 'hail', confidence: 95, reason: 'filename ends with .hail.jsonl' });
  if (fileNameLower.endsWith('.jsonl')) {
    const reason = 'filename ends with .jsonl';
    out.push(
      { id: 'hail', confidence: 70, reason },
      { id: 'codex', confidence: 64, reason },
      { id: 'claude-code', confidence: 62, reason },
      { id: 'gemini', confidence: 50, reason },
    );
  }
  if (fileNameLower.endsWith('.json')) {
    const reason = 'filename ends with .json';
    out.push(
      { id: 'gemini', confidence: 56, reason },
      { id: 'amp', confidence: 46, reason },
      { id: 'opencode', confidence: 44, reason },
      { id: 'hail', confidence: 34, reason },
    );
  }
  if (fileNameLower.endsWith('.vscdb')) out.push({ id: 'cursor', confidence: 92, reason: 'filename ends with .vscdb' });
  if (fileNameLower.endsWith('api_conversation_history.json'))
    out.push({ id: 'cline', confidence: 88, reason: 'filename is api_conversation_history.json' });
  return out;
}

/** Content rules of 3.2, in table order. */
function contentRules(p: DetectionProbe): Rule[] {
  const out: Rule[] = [];
  if (p.sqliteHeader) out.push({ id: 'cursor', confidence: 90, reason: 'sqlite database header' });
  const first = p.firstLineObject;
  if (first && first.type === 'header' && 'version' in first && 'session_id' in first) {
    out.push({ id: 'hail', confidence: 100, reason: 'first line is a HAIL header' });
  }
  const keys = p.documentKeys;
  if (keys && ['version', 'session_id', 'agent', 'context', 'events'].every((k) => keys.has(k))) {
    out.push({ id: 'hail', confidence: 86, reason: 'document is a HAIL session object' });
  }
  if (
    p.contains('"type":"session_meta"') ||
    p.contains('"type": "session_meta"') ||
    p.contains('"type":"response_item"') ||
    p.contains('"type":"event_msg"')
  ) {
    out.push({ id: 'codex', confidence: 90, reason: 'codex rollout markers' });
  }
  if (
    p.contains('"type":"thread.started"') ||
    (p.contains('"type":"turn.started"') && p.contains('"type":"item.completed"'))
  ) {
    out.push({ id: 'codex', confidence: 89, reason: 'codex exec --json markers' });
  }
  if ((p.contains('"type":"user"') || p.contains('"type":"assistant"')) && p.contains('"message"')) {
    out.push({ id: 'claude-code', confidence: 88, reason: 'claude code message markers' });
  }
  if (p.contains('"messages"') && (p.contains('"session_id"') || p.contains('"sessionId"'))) {
    out.push({ id: 'gemini', confidence: 84, reason: 'gemini session markers' });
  }
  if (p.contains('"agentMode"') || (p.contains('"messages"') && p.contains('"tool_use"'))) {
    out.push({ id: 'amp', confidence: 66, reason: 'amp thread markers' });
  }
  if (p.contains('"providerID"') || p.contains('"providerId"') || p.contains('"modelID"') || p.contains('"modelId"')) {
    out.push({ id: 'opencode', confidence: 60, reason: 'opencode model markers' });
  }
  return out;
}

/** Applies rules in order (an id is replaced only by a strictly higher confidence), then ranks. */
function rankCandidates(rules: Rule[]): Candidate[] {
  const byId = new Map<ProfileId, Candidate>();
  for (const r of rules) {
    const prev = byId.get(r.id);
    if (!prev || r.confidence > prev.confidence)
      byId.set(r.id, { id: r.id, confidence: r.confidence, reason: r.reason });
  }
  return [...byId.values()].sort((a, b) => b.confidence - a.confidence || compareBytewise(a.id, b.id));
}

/** One streaming pass over the file computing the probe (3.2; bytes, carry-over between chunks). */
export async function probeFile(filePath: string): Promise<DetectionProbe> {
  const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  const fileNameLower = filePath.slice(slash + 1).toLowerCase();
  const patterns = CONTENT_PATTERNS.map((p) => Buffer.from(p, 'utf8'));
  const found = new Set<string>();
  const carryLen = Math.max(...patterns.map((p) => p.length)) - 1;
  let carry = Buffer.alloc(0);
  let head = Buffer.alloc(0);
  let firstLine: Buffer[] | undefined;
  let firstLineBytes = 0;
  let firstLineDone = false;
  let seenNonBlank = false;
  // The whole file as one well-formed JSON object (UTF-8 is not required here; keys decode leniently).
  const scanner = new JsonSyntaxScanner();
  let wellFormed = true;
  let total = 0;
  const stream = fs.createReadStream(filePath, { highWaterMark: 1 << 20 });
  try {
    for await (const raw of stream) {
      const chunk = raw as Buffer;
      total += chunk.length;
      if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)]);
      const hay = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      for (let i = 0; i < patterns.length; i++) {
        if (!found.has(CONTENT_PATTERNS[i]) && hay.indexOf(patterns[i]) >= 0) found.add(CONTENT_PATTERNS[i]);
      }
      carry = Buffer.from(hay.subarray(Math.max(0, hay.length - carryLen)));
      if (!firstLineDone) {
        let start = 0;
        if (!seenNonBlank) {
          if (total === chunk.length && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = 3;
          while (
            start < chunk.length &&
            (chunk[start] === 0x20 ||
              chunk[start] === 0x09 ||
              chunk[start] === 0x0a ||
              chunk[start] === 0x0d ||
              chunk[start] === 0x0b ||
              chunk[start] === 0x0c)
          )
            start++;
          if (start < chunk.length) {
            seenNonBlank = true;
            firstLine = [];
          }
        }
        if (seenNonBlank && firstLine) {
          const nl = chunk.indexOf(0x0a, start);
          const end = nl < 0 ? chunk.length : nl;
          if (firstLineBytes + (end - start) > 64 * 1024 * 1024) {
            firstLineDone = true;
            firstLine = undefined;
          } else {
            firstLine.push(chunk.subarray(start, end));
            firstLineBytes += end - start;
            if (nl >= 0) firstLineDone = true;
          }
        }
      }
      if (wellFormed) {
        try {
          scanner.write(chunk);
        } catch {
          wellFormed = false;
        }
      }
    }
  } finally {
    stream.destroy();
  }
  if (wellFormed) {
    try {
      scanner.end();
    } catch {
      wellFormed = false;
    }
  }
  const sqliteHeader = head.length >= 16 && head.equals(Buffer.from('SQLite format 3\0', 'latin1'));
  let firstLineObject: Record<string, unknown> | undefined;
  if (firstLine && firstLine.length > 0) {
    try {
      const text = trim(
        Buffer.concat(firstLine)
          .toString('utf8')
          .replace(/^\ufeff/, ''),
      );
      const v = JSON.parse(text) as unknown;
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) firstLineObject = v as Record<string, unknown>;
    } catch {
      firstLineObject = undefined;
    }
  }
  return {
    fileNameLower,
    sqliteHeader,
    firstLineObject,
    documentKeys: wellFormed && scanner.rootKind === 'object' ? scanner.keys : undefined,
    contains: (p) => found.has(p),
  };
}

/** detectCandidates(path): filename rules then content rules, ranked (3.2). */
export async function detectCandidates(filePath: string): Promise<Candidate[]> {
  const probe = await probeFile(filePath);
  return rankCandidates([...filenameRules(probe.fileNameLower), ...contentRules(probe)]);
}

/** Renders `codex (90), hail (70)` or `none`. */
export function formatCandidates(candidates: Candidate[]): string {
  return candidates.length === 0 ? 'none' : candidates.map((c) => `${c.id} (${c.confidence})`).join(', ');
}
