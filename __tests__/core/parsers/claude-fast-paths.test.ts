// Fast paths of the Claude Code parse (issue 15) give the same bytes as their plain forms: events written
// as they are when built in table order (no per-event copy), and the scan that strips line numbers.
import fc from 'fast-check';
import { encodeEventLine, eventToObject } from '../../../core/hail/writer';
import { stringifyOrdered } from '../../../core/hail/json';
import { JsonFloat, type HailEvent, type JsonObject } from '../../../core/hail/types';
import { LineSplitter, type LineEvent } from '../../../core/parsers/common/lines';
import { stripLineNumbers, trimEnd } from '../../../core/parsers/common/rules';
import { trim } from '../../../core/text';

/** The former regex form of 2.6, kept here as the reference. */
function stripReference(text: string): { code: string; startLine?: number } {
  const re = /^ *(\d+)(?:→|\| ?)(.*)$/;
  const out: string[] = [];
  let startLine: number | undefined;
  for (const line of text.split('\n')) {
    const m = re.exec(line);
    if (m) {
      if (startLine === undefined) startLine = Number(m[1]);
      out.push(m[2]);
    } else if (trim(line) === '') {
      out.push('');
    }
  }
  return { code: trimEnd(out.join('\n')), startLine };
}

describe('stripLineNumbers: scan instead of a regex per line', () => {
  test('same code and first line as the regex form, for any text', () => {
    const piece = fc.constantFrom(
      ' ',
      '  ',
      '1',
      '42',
      '007',
      '→',
      '|',
      '| ',
      'x',
      'é',
      '\n',
      '\r',
      '\t',
      '\u00a0',
      '\u2028',
      '\u2029',
      '"',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(stripLineNumbers(text)).toEqual(stripReference(text));
      }),
      { numRuns: 3000 },
    );
  });

  test('Read output with CRLF lines, bars, blank lines and a line that is not numbered', () => {
    for (const text of [
      '     1→const a = 1;\n     2→\n\n     3→b',
      '1|a\n2| b\n3|  c\n',
      '1→a\r\n2→b\r\n',
      '10→x\nnot numbered\n   \n11→y  \n',
      '1→a\u2028b\n2→c',
      '',
    ])
      expect(stripLineNumbers(text)).toEqual(stripReference(text));
  });
});

/** Reference text of an event line: the whole-session object form, which always copies in table order. */
function referenceLine(e: HailEvent): string {
  return '{"type":"event",' + stringifyOrdered(eventToObject(e)).slice(1);
}

/** The same object with its keys inserted in reverse order (recursively), so nothing is in table order. */
function reversed<T>(v: T): T {
  if (Array.isArray(v)) return v.map(reversed) as T;
  if (typeof v !== 'object' || v === null || v instanceof JsonFloat) return v;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).reverse()) out[k] = reversed((v as Record<string, unknown>)[k]);
  return out as T;
}

const TS = 1_767_607_200_500_000_000n;

describe('encodeEventLine: events built in table order are written as they are', () => {
  const events: HailEvent[] = [
    {
      event_id: 'a',
      timestamp: TS,
      event_type: { type: 'ToolResult', data: { name: 'Read', is_error: false, call_id: 'c1' } },
      content: { blocks: [{ type: 'Code', code: 'x = 1\n"q"', language: 'python', start_line: 3 }] },
      attributes: { 'semantic.call_id': 'c1', 'source.raw_type': 'tool_result' },
    },
    {
      // optional field present but undefined, Json data with unsorted keys and nested numbers
      event_id: 'b',
      timestamp: TS,
      event_type: { type: 'ToolResult', data: { name: 'Bash', is_error: true, call_id: undefined } },
      content: {
        blocks: [
          { type: 'Text', text: 'é — ✓' },
          { type: 'Json', data: { z: 1, a: [2.5, { y: true, b: null }] } },
        ],
      },
      attributes: { model: 'm', input_tokens: 3 },
    },
    {
      // a Code block whose language was added after start_line (out of table order)
      event_id: 'c',
      timestamp: TS,
      event_type: { type: 'FileCreate', data: { path: '/a.ts' } },
      content: { blocks: [{ type: 'Code', code: 'let a', start_line: 1, language: 'typescript' } as never] },
      attributes: {},
    },
    {
      // an extra key in event_type data (not in the table), -0 as an int, a unit variant
      event_id: 'd',
      timestamp: TS,
      event_type: { type: 'ShellCommand', data: { command: 'ls', exit_code: -0, extra: 1 } as never },
      content: { blocks: [] },
      attributes: { 'a.b': 'x' },
    },
    {
      event_id: 'e',
      timestamp: TS,
      event_type: { type: 'Thinking' },
      content: { blocks: [{ type: 'Json', data: { n: new JsonFloat(1), s: 'lone \ud800' } }] },
      attributes: { k: 'v' },
    },
    {
      event_id: 'f\ud800',
      timestamp: TS,
      event_type: { type: 'UserMessage', data: { ignored: true } } as never,
      task_id: 't',
      content: { blocks: [{ type: 'Text', text: 'hi' }] },
      duration_ms: 5,
      attributes: {},
    },
  ];

  test.each(events.map((e) => [e.event_id, e]))(
    'event %s: same bytes in table order, reversed, and as the object form',
    (_, e) => {
      const line = encodeEventLine(e);
      expect(line).toBe(referenceLine(e));
      expect(encodeEventLine(reversed(e))).toBe(line);
    },
  );

  test('an int that cannot be written is refused the same way in place and when copied', () => {
    const e: HailEvent = {
      event_id: 'g',
      timestamp: TS,
      event_type: { type: 'UserMessage' },
      content: { blocks: [{ type: 'Code', code: 'x', start_line: 1.5 }] },
      attributes: {},
    };
    expect(() => encodeEventLine(e)).toThrow('cannot write `start_line`: 1.5 is not an integer');
    expect(() => encodeEventLine(reversed(e))).toThrow('cannot write `start_line`: 1.5 is not an integer');
  });

  test('random tool events: in-order and reversed objects write the reference bytes', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'é', '"', '\\', '\n', '\u0001', '日', '\ud83d\ude00', '\udc00'),
    });
    const attrs = fc.dictionary(
      fc.constantFrom('model', 'input_tokens', 'semantic.call_id', 'z', 'a.b'),
      fc.oneof(text, fc.integer()),
    );
    const event = fc.record({
      id: text,
      name: text,
      isError: fc.boolean(),
      callId: fc.option(text, { nil: undefined }),
      code: text,
      language: fc.option(fc.constantFrom('bash', 'typescript'), { nil: undefined }),
      startLine: fc.option(fc.nat(), { nil: undefined }),
      json: fc.option(
        fc.dictionary(fc.constantFrom('q', 'b', 'file_path'), fc.oneof(text, fc.integer(), fc.double())),
        {
          nil: undefined,
        },
      ),
      attributes: attrs,
    });
    fc.assert(
      fc.property(event, (r) => {
        const blocks: HailEvent['content']['blocks'] = [
          { type: 'Code', code: r.code, language: r.language, start_line: r.startLine },
        ];
        if (r.json !== undefined) blocks.push({ type: 'Json', data: r.json });
        const sorted: JsonObject = {};
        for (const k of Object.keys(r.attributes).sort()) sorted[k] = r.attributes[k];
        const e: HailEvent = {
          event_id: r.id,
          timestamp: TS,
          event_type: { type: 'ToolResult', data: { name: r.name, is_error: r.isError, call_id: r.callId } },
          content: { blocks },
          attributes: sorted,
        };
        const line = encodeEventLine(e);
        expect(line).toBe(referenceLine(e));
        expect(encodeEventLine(reversed(e))).toBe(line);
      }),
      { numRuns: 500 },
    );
  });
});

describe('LineSplitter: invalid UTF-8 found from the decoded text', () => {
  test('a line holding a real U+FFFD stays text; a line with invalid bytes is rejected alone', () => {
    const chunk = Buffer.concat([
      Buffer.from('{"a":"ok \ufffd"}\n', 'utf8'),
      Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a]),
      Buffer.from('{"b":"é"}\r\n', 'utf8'),
      Buffer.from([0xe2, 0x82, 0x0a]),
    ]);
    const out: LineEvent[] = [];
    const s = new LineSplitter((l) => out.push(l));
    s.push(chunk);
    s.end();
    expect(out).toEqual([
      { kind: 'text', lineNo: 1, text: '{"a":"ok \ufffd"}' },
      { kind: 'invalid-utf8', lineNo: 2 },
      { kind: 'text', lineNo: 3, text: '{"b":"é"}' },
      { kind: 'invalid-utf8', lineNo: 4 },
    ]);
  });
});
