// Q&A digest (§7.3): event extraction forms, pairing per session by question ids, placeholders, dedupe, cap.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildQaDigest, extractEvents, MISSING_QUESTION, ReviewSession, sessionPairs } from '../../../core/review';

const { jest } = import.meta; // native ESM: the jest object is not a global (docs/testing.md)

const RICH = fs.readFileSync(path.resolve(import.meta.dirname, '../../../samples/hail/rich.hail.jsonl'), 'utf8');

const q = (text: string, ids: string[] = [], meta?: unknown) => ({
  event_type: { type: 'SystemMessage' },
  content: { blocks: text === '' ? [] : [{ type: 'Text', text }] },
  attributes: {
    source: ' interactive_question ',
    question_ids: ids,
    ...(meta === undefined ? {} : { question_meta: meta }),
  },
});
const a = (text: string, ids: string[] = []) => ({
  event_type: { type: 'UserMessage' },
  content: {
    blocks: [
      { type: 'Image', url: 'x' },
      { type: 'Text', text },
    ],
  },
  attributes: { source: 'interactive', question_ids: ids },
});

function session(id: string, commits: string[] = []): ReviewSession {
  return {
    sessionId: id,
    ledgerRef: 'r',
    hailPath: 'v1/x/x.hail.jsonl',
    metaPath: 'v1/x/x.meta.json',
    storedAt: '',
    commits,
    title: null,
    tool: null,
    filesChanged: 0,
  };
}

describe('Q&A digest', () => {
  it('yields the spec vector for rich.hail.jsonl', () => {
    expect(sessionPairs(extractEvents(RICH))).toEqual([{ question: 'Use TOML? / Scope', answer: 'Scope: repo only' }]);
  });

  it('reads whole-JSON documents and data/event wrappers, skipping junk lines', () => {
    expect(extractEvents(JSON.stringify({ events: [q('A?')] }))).toHaveLength(1);
    const jsonl = [
      JSON.stringify({ data: q('B?') }),
      '{oops',
      JSON.stringify({ event: a('b') }),
      JSON.stringify({ no: 'event' }),
    ].join('\n');
    expect(sessionPairs(extractEvents(jsonl))).toEqual([{ question: 'B?', answer: 'b' }]);
  });

  it('pairs by question ids, then oldest pending, then a placeholder; leftovers stay unanswered', () => {
    const events = [
      q('First?', ['1']),
      q('Second?', [], [{ id: '2' }]),
      a('to second', ['2']),
      a('to first'),
      a('orphan'),
      q('Third?'),
    ];
    expect(sessionPairs(events)).toEqual([
      { question: 'Second?', answer: 'to second' },
      { question: 'First?', answer: 'to first' },
      { question: MISSING_QUESTION, answer: 'orphan' },
      { question: 'Third?' },
    ]);
  });

  it('collapses, truncates to 220 code points and redacts before truncating', () => {
    const long = 'é'.repeat(300);
    const [p] = sessionPairs([q(`  many   \n spaces ${long}`)]);
    expect(Array.from(p.question)).toHaveLength(220);
    expect(p.question.endsWith('…')).toBe(true);
    const [s] = sessionPairs([q('x '.repeat(100) + 'export OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz0123')]);
    expect(s.question).not.toContain('sk-proj');
  });

  it('dedupes across sessions, stops at 6 pairs and records the first commit', async () => {
    const texts = new Map<string, string>([
      ['s1', [q('Same?'), a('yes'), q('Same?'), a('yes')].map((e) => JSON.stringify(e)).join('\n')],
      ['s2', Array.from({ length: 10 }, (_, i) => JSON.stringify(q(`Q${i}?`))).join('\n')],
    ]);
    const read = jest.fn(
      async (batch: readonly ReviewSession[]) => new Map(batch.map((s) => [s.sessionId, texts.get(s.sessionId) ?? ''])),
    );
    const pairs = await buildQaDigest([session('s1', ['c1', 'c2']), session('s2'), session('s3')], read, 2);
    expect(pairs).toHaveLength(6);
    expect(pairs[0]).toEqual({ question: 'Same?', answer: 'yes', sessionId: 's1', commit: 'c1' });
    expect(pairs[1]).toEqual({ question: 'Q0?', answer: undefined, sessionId: 's2', commit: undefined });
    expect(read).toHaveBeenCalledTimes(1);
  });
});
