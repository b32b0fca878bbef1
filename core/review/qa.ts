// Q&A digest (ci-automation.md §7.3): interactive questions and answers of primary sessions, paired per session.
import { collapse } from '../text';
import type { ReviewSession } from './discover';
import { truncateCodePoints } from './markdown';
import { redact } from './safety';

export const MAX_QA_PAIRS = 6;
export const QA_TEXT_MAX = 220;
export const MISSING_QUESTION = '(interactive question missing)';

export interface QaPair {
  question: string;
  /** Undefined when no answer was captured. */
  answer?: string;
  sessionId: string;
  /** The session's first range commit, if any. */
  commit?: string;
}

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function asEvent(v: unknown): Obj | undefined {
  return isObj(v) && 'event_type' in v && 'content' in v ? v : undefined;
}

/** The events of a hail file: a whole-JSON `{events: [...]}` document, else JSONL lines (or their `data`/`event`). */
export function extractEvents(text: string, lineFilter?: string): Obj[] {
  try {
    const whole: unknown = JSON.parse(text);
    if (isObj(whole) && Array.isArray(whole.events)) return whole.events.filter(isObj);
  } catch {
    // not one JSON document: read it as JSONL
  }
  const events: Obj[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || (lineFilter !== undefined && !line.includes(lineFilter))) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    if (!isObj(v)) continue;
    const ev = asEvent(v) ?? asEvent(v.data) ?? asEvent(v.event);
    if (ev !== undefined) events.push(ev);
  }
  return events;
}

function firstText(ev: Obj): string {
  const content = ev.content;
  if (!isObj(content) || !Array.isArray(content.blocks)) return '';
  for (const b of content.blocks) {
    if (isObj(b) && b.type === 'Text' && typeof b.text === 'string') return collapse(b.text);
  }
  return '';
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** Collapse, redact, then truncate (redacting first so a cut never leaves half a secret behind). */
function finish(text: string): string {
  return truncateCodePoints(collapse(redact(text)), QA_TEXT_MAX);
}

interface Pending {
  text: string;
  ids: Set<string>;
}

/** Pairs of one session's events, in event order; still-pending questions are appended unanswered. */
export function sessionPairs(events: readonly Obj[]): Array<{ question: string; answer?: string }> {
  const pending: Pending[] = [];
  const out: Array<{ question: string; answer?: string }> = [];
  for (const ev of events) {
    const attrs = isObj(ev.attributes) ? ev.attributes : {};
    const source = typeof attrs.source === 'string' ? attrs.source.trim() : '';
    if (source === 'interactive_question') {
      let text = firstText(ev);
      const meta = Array.isArray(attrs.question_meta) ? attrs.question_meta.filter(isObj) : [];
      if (text === '') {
        text = collapse(
          meta
            .map((m) => {
              const q = typeof m.question === 'string' ? collapse(m.question) : '';
              if (q !== '') return q;
              return typeof m.header === 'string' ? collapse(m.header) : '';
            })
            .filter((s) => s !== '')
            .join(' / '),
        );
      }
      if (text === '') continue;
      const ids = new Set([
        ...stringList(attrs.question_ids),
        ...meta.map((m) => m.id).filter((x): x is string => typeof x === 'string'),
      ]);
      pending.push({ text: finish(text), ids });
    } else if (source === 'interactive') {
      const text = firstText(ev);
      if (text === '') continue;
      const answerIds = stringList(attrs.question_ids);
      let idx = pending.findIndex((p) => answerIds.some((id) => p.ids.has(id)));
      if (idx < 0 && pending.length > 0) idx = 0;
      const question = idx >= 0 ? pending.splice(idx, 1)[0].text : MISSING_QUESTION;
      out.push({ question, answer: finish(text) });
    }
  }
  for (const p of pending) out.push({ question: p.text });
  return out;
}

/**
 * Walks sessions in order until 6 distinct pairs are found. Hail files are read in batches through
 * `readHails` (session id → text), so a long session list costs a few git calls, not one per session.
 */
export async function buildQaDigest(
  sessions: readonly ReviewSession[],
  readHails: (batch: readonly ReviewSession[]) => Promise<Map<string, string>>,
  batchSize = 32,
): Promise<QaPair[]> {
  const pairs: QaPair[] = [];
  const seen = new Set<string>();
  for (let start = 0; start < sessions.length && pairs.length < MAX_QA_PAIRS; start += batchSize) {
    const batch = sessions.slice(start, start + batchSize);
    const texts = await readHails(batch);
    for (const s of batch) {
      if (pairs.length >= MAX_QA_PAIRS) break;
      const text = texts.get(s.sessionId);
      if (text === undefined) continue;
      for (const p of sessionPairs(extractEvents(text, 'interactive'))) {
        const key = JSON.stringify([p.question, p.answer ?? null]);
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push({ question: p.question, answer: p.answer, sessionId: s.sessionId, commit: s.commits[0] });
        if (pairs.length >= MAX_QA_PAIRS) break;
      }
    }
  }
  return pairs;
}
