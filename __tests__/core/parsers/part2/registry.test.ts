// Part-2 parsers are registered and reached by auto-detection (parsers.md 3.3, 6).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { HailEvent } from '../../../../core/hail/types';
import { getParser, IncrementalParser, parseAuto, parserContext, type ProfileId } from '../../../../core/parsers';
import { buildCursorFixtures } from '../../../fixtures/cursor/make-fixtures';
import { FIXTURES } from './harness';

describe('part-2 parser registration', () => {
  it.each(['gemini', 'opencode', 'cursor', 'cline', 'amp'] as ProfileId[])('%s is registered', async (id) => {
    expect((await getParser(id))?.id).toBe(id);
  });

  it('parsers load on demand; a profile without a line parser is refused at once for incremental parsing', async () => {
    const file = path.join(FIXTURES, 'amp/threads/T-0a1b2c3d-0000-4000-8000-000000000001.json');
    const ctx = await parserContext(file);
    const sink = { push: () => undefined };
    expect(() => new IncrementalParser('amp', ctx, sink)).toThrow("profile 'amp' cannot be parsed incrementally");
    expect((await getParser('amp'))?.createLineParser).toBeUndefined();
    expect(await getParser('amp')).toBe(await getParser('amp')); // loaded once
  });

  const cases: [string, ProfileId][] = [
    ['gemini/tmp/proj-a/chats/session-2026-01-10T09-00-aaaa1111.json', 'gemini'],
    ['gemini/tmp/proj-a/chats/session-2026-02-01T10-00-s1s1s1s1.jsonl', 'gemini'],
    ['opencode/storage/session/proj1/ses_main.json', 'opencode'],
    ['cline/data/tasks/1767225600000/api_conversation_history.json', 'cline'],
    ['amp/threads/T-0a1b2c3d-0000-4000-8000-000000000001.json', 'amp'],
  ];
  it.each(cases)('auto-detection parses %s with %s', async (rel, expected) => {
    let events: HailEvent[] = [];
    const outcome = await parseAuto(path.join(FIXTURES, rel), {
      push: (e) => void events.push(e),
      reset: () => void (events = []),
    });
    expect(outcome.parserUsed).toBe(expected);
    expect(outcome.eventCount).toBe(events.length);
  });

  it('auto-detection parses a Cursor database', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cursor-auto-'));
    try {
      const fx = buildCursorFixtures(tmp);
      const outcome = await parseAuto(fx.global, { push: () => undefined });
      expect(outcome.parserUsed).toBe('cursor');
      expect(outcome.header.session_id).toBe('c-new');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
