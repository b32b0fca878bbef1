// HAIL passthrough (parsers.md 4.8).
import * as fs from 'fs';
import * as path from 'path';
import { canonicalize } from '../../../core/hail/writer';
import { ParserFailed } from '../../../core/parsers';
import { FIXTURES, expectValid, parseFile, tmpDir } from './support/harness';

const RICH = path.join(FIXTURES, 'hail/rich.hail.jsonl');
const WHOLE = path.join(FIXTURES, 'hail/rich.session.json');

describe('hail passthrough', () => {
  test('HAIL JSONL is re-serialised canonically: events unchanged, stats recomputed', async () => {
    const { text, outcome } = await parseFile(RICH, 'hail');
    expect(text).toBe(canonicalize(fs.readFileSync(RICH, 'utf8')));
    expect(outcome.header.context.attributes.source_path).toBeUndefined();
    expectValid(text);
  });

  test('a whole-session JSON object streams its events and gives the same bytes', async () => {
    const jsonl = await parseFile(RICH, 'hail');
    const whole = await parseFile(WHOLE, 'hail');
    expect(whole.text).toBe(jsonl.text);
    const auto = await parseFile(WHOLE, 'auto');
    expect(auto.outcome.parserUsed).toBe('hail');
  });

  test('reader errors fail the parse with the reader message', async () => {
    const dir = tmpDir();
    const lines = fs.readFileSync(RICH, 'utf8').split('\n');
    const bad = path.join(dir, 'bad.hail.jsonl');
    fs.writeFileSync(bad, [lines[0], lines[1], '{"type":"event","event_id":"x"}', ''].join('\n'));
    await expect(parseFile(bad, 'hail')).rejects.toEqual(
      new ParserFailed('hail', 'JSON error at line 3: missing field `timestamp`'),
    );
    const dup = path.join(dir, 'dup.hail.jsonl');
    fs.writeFileSync(dup, [lines[0], lines[0], ''].join('\n'));
    await expect(parseFile(dup, 'hail')).rejects.toThrow('Unexpected line type at line 2: duplicate header');
    const other = path.join(dir, 'o.json');
    fs.writeFileSync(other, '{"hello":"world"}');
    await expect(parseFile(other, 'hail')).rejects.toThrow('input is neither HAIL JSONL nor HAIL JSON');
  });

  test('an input stats line is ignored; ids are not rewritten', async () => {
    const dir = tmpDir();
    const lines = fs.readFileSync(RICH, 'utf8').trimEnd().split('\n');
    const ev = JSON.parse(lines[1]);
    const f = path.join(dir, 'd.hail.jsonl');
    fs.writeFileSync(
      f,
      [
        lines[0],
        lines[1],
        lines[1],
        '{"type":"stats","event_count":99,"message_count":0,"tool_call_count":0,"task_count":0,"duration_seconds":0}',
        '',
      ].join('\n'),
    );
    const { events, text } = await parseFile(f, 'hail');
    expect(events.map((e) => e.event_id)).toEqual([ev.event_id, ev.event_id]);
    expect(text).toContain('{"type":"stats","event_count":2,');
  });
});
