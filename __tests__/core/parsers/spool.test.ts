// The streaming validator used by `parse --validate` agrees with validateSession (hail-and-store.md 5).
import * as fs from 'fs';
import * as path from 'path';
import { parseHail } from '../../../core/hail/reader';
import type { HailEvent, Session } from '../../../core/hail/types';
import { validateSession } from '../../../core/hail/validate';
import { StreamingValidator } from '../../../core/parsers/spool';
import { FIXTURES } from './support/harness';

function streamed(s: Session): string[] {
  const v = new StreamingValidator();
  for (const e of s.events) v.add(e);
  return v.errors(s);
}

describe('StreamingValidator', () => {
  const base = parseHail(fs.readFileSync(path.join(FIXTURES, 'hail/rich.hail.jsonl'), 'utf8'));

  test('valid session: no errors', () => {
    expect(streamed(base)).toEqual([]);
  });

  test('same messages, same order as validateSession', () => {
    const events: HailEvent[] = base.events.map((e) => ({ ...e }));
    events[1] = { ...events[1], event_id: '' };
    events[2] = { ...events[2], event_type: { type: 'ShellCommand', data: { command: '' } } };
    events[3] = { ...events[3], event_id: events[0].event_id, timestamp: 0n };
    events.push({ ...events[0], event_type: { type: 'FileEdit', data: { path: '' } } });
    const bad: Session = {
      ...base,
      version: 'v2',
      session_id: '',
      agent: { provider: '', model: '', tool: '' },
      events,
    };
    expect(streamed(bad)).toEqual(validateSession(bad));
    expect(streamed(bad).length).toBeGreaterThan(6);
    const empty: Session = { ...base, events: [] };
    expect(streamed(empty)).toEqual(validateSession(empty));
  });
});
