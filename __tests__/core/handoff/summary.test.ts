// Handoff summaries (hail-and-store.md 11.6, 11.7): the spec vectors byte for byte, then rule by rule.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { canonicalJsonl, summarize, summarizeSession, validateSummary } from '../../../core/handoff';
import type { SummaryResult } from '../../../core/handoff/summary';
import { parseHail, sha256Hex, withRecomputedStats } from '../../../core/hail';
import type { Session } from '../../../core/hail';

// summaries: the spec's handoff vectors (fixtures/handoff); sessions: the HAIL vectors shipped in samples/hail
const FIXTURES = path.join(import.meta.dirname, '../../fixtures/handoff');
const SAMPLES = path.join(import.meta.dirname, '../../../samples/hail');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const load = (name: string): Session => withRecomputedStats(parseHail(readFileSync(path.join(SAMPLES, name), 'utf8')));

const EXAMPLE_ARTIFACT = '5481fccef54d9fdcf32f22988a66f7b2629bad1661040be88656e01846773e67';
const RICH_ARTIFACT = 'a2ffd48f3659f12bb5cb80136fad835bb06761be9b76eff00b4bfd01a598e770';
const BOTH_ARTIFACT = '20e647b597dbc9bc23b6f483f0cd5b66ebdd62e5ab9172404a832c31f1926979';

/** A HAIL session from compact event specs: [type, data?, extra fields]. */
function session(
  events: { t: string; data?: object; text?: string; task?: string; attrs?: object; ts?: string; id?: string }[],
  title?: string,
): Session {
  const header = {
    type: 'header',
    version: 'hail-1.0.0',
    session_id: 's1',
    agent: { provider: 'p', model: 'm', tool: 't' },
    context: {
      ...(title ? { title } : {}),
      tags: [],
      created_at: '2025-01-01T00:00:00Z',
      updated_at: '2025-01-01T00:00:00Z',
    },
  };
  const lines = events.map((e, i) => ({
    type: 'event',
    event_id: e.id ?? `e${i + 1}`,
    timestamp: e.ts ?? `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
    event_type: e.data ? { type: e.t, data: e.data } : { type: e.t },
    ...(e.task ? { task_id: e.task } : {}),
    content: { blocks: e.text === undefined ? [] : [{ type: 'Text', text: e.text }] },
    ...(e.attrs ? { attributes: e.attrs } : {}),
  }));
  return withRecomputedStats(parseHail([header, ...lines].map((l) => JSON.stringify(l)).join('\n') + '\n'));
}

describe('spec vectors (13.3-13.5)', () => {
  test('example.hail.jsonl gives example.summary.jsonl byte for byte and the spec artifact hash', () => {
    const { summaries, reports } = summarize([load('example.hail.jsonl')]);
    const jsonl = canonicalJsonl(summaries);
    expect(jsonl).toBe(read('example.summary.jsonl'));
    expect(sha256Hex(jsonl)).toBe(EXAMPLE_ARTIFACT);
    expect(reports).toEqual([{ session_id: 'demo-0001', passed: true, findings: [] }]);
  });

  test('rich.hail.jsonl gives rich.summary.jsonl byte for byte; its report passes', () => {
    const { summaries, reports } = summarize([load('rich.hail.jsonl')]);
    const jsonl = canonicalJsonl(summaries);
    expect(jsonl).toBe(read('rich.summary.jsonl'));
    expect(sha256Hex(jsonl)).toBe(RICH_ARTIFACT);
    expect(reports).toEqual([{ session_id: 'demo-rich', passed: true, findings: [] }]);
  });

  test('both sessions, in either order, give the demo-0001 line then the demo-rich line', () => {
    const both = read('example.summary.jsonl') + read('rich.summary.jsonl');
    for (const order of [
      ['example.hail.jsonl', 'rich.hail.jsonl'],
      ['rich.hail.jsonl', 'example.hail.jsonl'],
    ]) {
      const jsonl = canonicalJsonl(summarize(order.map(load)).summaries);
      expect(jsonl).toBe(both);
      expect(sha256Hex(jsonl)).toBe(BOTH_ARTIFACT);
    }
  });

  test('a repeated input gives a repeated line', () => {
    const jsonl = canonicalJsonl(summarize([load('example.hail.jsonl'), load('example.hail.jsonl')]).summaries);
    expect(jsonl).toBe(read('example.summary.jsonl').repeat(2));
  });
});

describe('summary rules', () => {
  test('O: no prompt, task or title -> objective unavailable, with its reason, assumption and undefined field', () => {
    const r = summarizeSession(session([{ t: 'SystemMessage', text: 'boot' }]));
    const s = r.summary;
    expect(s.objective).toBe('(objective unavailable)');
    expect(s.objective_undefined_reason).toBe(
      'No user prompt, task title/summary, or session title could be used to infer objective.',
    );
    expect(s.uncertainty.assumptions).toEqual([
      'Objective inferred as unavailable; downstream agent must restate objective.',
    ]);
    expect(s.undefined_fields.map((f) => f.path)).toEqual([
      'objective',
      'execution_contract.rollback_hint',
      'evidence',
    ]);
    expect(s.execution_contract.next_actions).toEqual([
      'Define completion criteria and run at least one verification command.',
    ]);
    expect(validateSummary(r).findings.map((f) => f.code)).toEqual(['objective_missing', 'evidence_missing']);
  });

  test('O: falls back to task title, then task summary, then session title (no evidence for the title)', () => {
    expect(summarizeSession(session([{ t: 'TaskStart', data: { title: '  Do   it ' } }])).summary.objective).toBe(
      'Do it',
    );
    expect(summarizeSession(session([{ t: 'TaskEnd', data: { summary: 'Did\nit' } }])).summary.objective).toBe(
      'Did it',
    );
    const titled = summarizeSession(session([{ t: 'SystemMessage' }], 'Session  title')).summary;
    expect(titled.objective).toBe('Session title');
    expect(titled.evidence).toEqual([]);
  });

  test('truncate counts UTF-8 bytes and cuts on a code-point boundary', () => {
    const s = summarizeSession(session([{ t: 'UserMessage', text: 'é'.repeat(150) }])).summary;
    // 200 bytes -> cut at 197 bytes, moved left to 196 (98 two-byte characters), then "..."
    expect(s.objective).toBe('é'.repeat(98) + '...');
    expect(s.user_messages[0]).toBe('é'.repeat(118) + '...');
  });

  test('U keeps the first 3 and last 15 of more than 18; K keeps the first 2 and last 10 of more than 12', () => {
    const events = [];
    for (let i = 1; i <= 20; i++) {
      events.push({ t: 'UserMessage', text: `u${i}` }, { t: 'AgentMessage', text: `a${i}` });
    }
    const s = summarizeSession(session(events)).summary;
    expect(s.user_messages).toEqual(['u1', 'u2', 'u3', ...Array.from({ length: 15 }, (_, i) => `u${i + 6}`)]);
    expect(s.key_conversations.map((k) => k.user)).toEqual([
      'u1',
      'u2',
      ...Array.from({ length: 10 }, (_, i) => `u${i + 11}`),
    ]);
  });

  test('F: create then edit stays created, delete overwrites, reads of modified files are dropped', () => {
    const s = summarizeSession(
      session([
        { t: 'FileCreate', data: { path: 'b' } },
        { t: 'FileEdit', data: { path: 'b' } },
        { t: 'FileEdit', data: { path: 'a' } },
        { t: 'FileDelete', data: { path: 'a' } },
        { t: 'FileRead', data: { path: 'a' } },
        { t: 'FileRead', data: { path: 'c' } },
        { t: 'FileRead', data: { path: 'c' } },
      ]),
    ).summary;
    expect(s.files_modified).toEqual([
      { path: 'a', action: 'deleted' },
      { path: 'b', action: 'created' },
    ]);
    expect(s.files_read).toEqual(['c']);
    expect(s.verification.required_checks_missing).toEqual(['No verification command found after file modifications.']);
  });

  test('T/E: synthetic task ends are skipped, duplicates kept once; errors name shell exits and tool errors', () => {
    const s = summarizeSession(
      session([
        { t: 'TaskEnd', data: { summary: 'SYNTHETIC END (missing task_complete)' } },
        { t: 'TaskEnd', data: { summary: 'done  twice' } },
        { t: 'TaskEnd', data: { summary: 'done twice' } },
        { t: 'ShellCommand', data: { command: 'x'.repeat(90), exit_code: 2 } },
        { t: 'ToolResult', data: { name: 'edit', is_error: true } },
      ]),
    ).summary;
    expect(s.task_summaries).toEqual(['done twice']);
    expect(s.errors).toEqual([`Shell: \`${'x'.repeat(77)}...\` \u2192 exit 2`, 'Tool error: edit']);
  });

  test('V: an unresolved failed check and a check of unknown status', () => {
    const r = summarizeSession(
      session([
        { t: 'UserMessage', text: 'fix tests' },
        { t: 'ShellCommand', data: { command: 'npm test' }, attrs: { 'semantic.call_id': 'c1' } },
        { t: 'ToolResult', data: { name: 'bash', is_error: true, call_id: 'c1' } },
        { t: 'ShellCommand', data: { command: 'ls' } },
      ]),
    );
    const s = r.summary;
    expect(s.verification.checks_run.map((c) => [c.command, c.status, c.exit_code])).toEqual([
      ['npm test', 'failed', null],
      ['ls', 'unknown', null],
    ]);
    expect(s.verification.required_checks_missing).toEqual(['Unresolved failed check: `npm test`']);
    expect(s.execution_contract.next_actions.slice(0, 2)).toEqual([
      'Fix and re-run `npm test` until the check passes.',
      'Add/restore verification check: Unresolved failed check: `npm test`',
    ]);
    expect(s.uncertainty.decision_required).toEqual(['Unresolved failed check: `npm test`']);
    // required-check decisions have no source event, so no decision evidence
    expect(s.evidence.map((e) => e.claim)).toEqual(['objective: fix tests']);
    expect(s.execution_contract.ordered_commands).toEqual(['npm test', 'ls']);
  });

  test('W: semantic.group_id groups events without a task id; the nearest earlier overlap is the dependency', () => {
    const s = summarizeSession(
      session([
        { t: 'FileEdit', data: { path: 'x' }, attrs: { 'semantic.group_id': 'g1' } },
        { t: 'FileEdit', data: { path: 'y' }, task: 'a' },
        { t: 'FileEdit', data: { path: 'x' }, task: 'b' },
        { t: 'TaskStart', data: {}, task: 'idle' },
      ]),
    ).summary;
    // `idle` is not material (default title, no files, commands or outcome) and is dropped
    expect(s.work_packages.map((p) => [p.id, p.sequence, p.depends_on])).toEqual([
      ['g1', 1, []],
      ['a', 2, []],
      ['b', 3, ['g1']],
    ]);
    expect(s.execution_contract.next_actions).toContain('[3] After dependencies [g1], execute `Task b` (b).');
  });
});

describe('validation reports (11.7)', () => {
  const base = (): SummaryResult => summarizeSession(load('rich.hail.jsonl'));

  test('a depends_on cycle is an error', () => {
    const r = base();
    r.summary.work_packages[0].depends_on = ['t2'];
    const report = validateSummary(r);
    expect(report.passed).toBe(false);
    expect(report.findings).toContainEqual({
      code: 'work_package_cycle',
      severity: 'error',
      message: 'work_packages.depends_on contains a cycle.',
    });
  });

  test('ordered steps that go back in time or name an unknown package are inconsistent', () => {
    const r = base();
    r.summary.execution_contract.ordered_steps[1].started_at = '2020-01-01T00:00:00+00:00';
    expect(validateSummary(r).findings.map((f) => f.code)).toEqual(['ordered_steps_inconsistent']);
    const u = base();
    u.summary.execution_contract.ordered_steps[0].work_package_id = 'nope';
    expect(validateSummary(u).findings.map((f) => [f.code, f.severity])).toEqual([
      ['ordered_steps_inconsistent', 'error'],
    ]);
  });

  test('modified files without any check, and a missing objective claim, are warnings', () => {
    const r = summarizeSession(
      session([
        { t: 'UserMessage', text: 'go' },
        { t: 'FileEdit', data: { path: 'a' } },
      ]),
    );
    r.summary.evidence = [{ ...r.summary.evidence[0], claim: 'other' }];
    expect(validateSummary(r).findings.map((f) => f.code)).toEqual([
      'verification_missing',
      'objective_evidence_missing',
    ]);
  });
});
