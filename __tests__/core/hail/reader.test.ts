import {
  HailParseError,
  canonicalize,
  fromWholeSessionJson,
  parseHail,
  readHailHeader,
  readHailHeaderAndStats,
  toHailJsonl,
  toWholeSessionJson,
  toWholeSessionObject,
  withRecomputedStats,
} from '../../../core/hail';
import { OpenSessionError } from '../../../core/errors';

const HEADER =
  '{"type":"header","version":"hail-1.0.0","session_id":"s1","agent":{"provider":"p","model":"m","tool":"t"},' +
  '"context":{"created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-01T00:00:00Z"}}';
const ev = (id: string, extra = '', ts = '2025-01-01T00:00:01Z') =>
  `{"type":"event","event_id":"${id}","timestamp":"${ts}","event_type":{"type":"UserMessage"},"content":{"blocks":[]}${extra}}`;
const STATS =
  '{"type":"stats","event_count":9,"message_count":9,"tool_call_count":9,"task_count":9,"duration_seconds":9}';

function parseError(text: string): HailParseError {
  try {
    parseHail(text);
  } catch (e) {
    expect(e).toBeInstanceOf(HailParseError);
    expect(e).toBeInstanceOf(OpenSessionError);
    return e as HailParseError;
  }
  throw new Error('expected a parse error');
}
const msg = (text: string) => parseError(text).message;
/** Error for an event line (line 2) with the given JSON. */
const evMsg = (line: string) => msg(`${HEADER}\n${line}\n`);

describe('parseHail: layout (4.2)', () => {
  test('minimal session, defaults materialised', () => {
    const s = parseHail(HEADER + '\n');
    expect(s.context.tags).toEqual([]);
    expect(s.context.related_session_ids).toEqual([]);
    expect(s.context.attributes).toEqual({});
    expect(s.events).toEqual([]);
    expect(toHailJsonl(s)).toBe(
      '{"type":"header","version":"hail-1.0.0","session_id":"s1","agent":{"provider":"p","model":"m","tool":"t"},' +
        '"context":{"tags":[],"created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-01T00:00:00Z"}}\n' +
        '{"type":"stats","event_count":0,"message_count":0,"tool_call_count":0,"task_count":0,"duration_seconds":0,' +
        '"total_input_tokens":0,"total_output_tokens":0,"user_message_count":0,"files_changed":0,"lines_added":0,"lines_removed":0}\n',
    );
  });

  test('BOM, CRLF, blank and whitespace-only lines', () => {
    const text = '\ufeff\r\n  \t\r\n' + HEADER + '\r\n\r\n' + ev('e1') + '\r\n \n\t\n' + ev('e2') + '\r\n   ';
    const s = parseHail(text);
    expect(s.events.map((e) => e.event_id)).toEqual(['e1', 'e2']);
    expect(canonicalize(text)).toBe(canonicalize(HEADER + '\n' + ev('e1') + '\n' + ev('e2')));
    expect(canonicalize(text)).not.toContain('\r');
  });

  test('only one BOM is removed; only one trailing CR', () => {
    expect(msg('\ufeff\ufeff' + HEADER)).toMatch(/^JSON error at line 1: invalid JSON: /);
    // a second CR stays and is JSON whitespace
    expect(parseHail(HEADER + '\r\r\n').session_id).toBe('s1');
  });

  test('line numbers count physical lines including blanks', () => {
    expect(msg(`\n\n${HEADER}\n\n{"type":"event"}\n`)).toBe('JSON error at line 5: missing field `event_id`');
  });

  test('Missing header line', () => {
    expect(msg('')).toBe('Missing header line');
    expect(msg('\n  \n\t\r\n')).toBe('Missing header line');
    expect(msg('\ufeff')).toBe('Missing header line');
    expect(parseError('').line).toBeUndefined();
  });

  test('first line an event or stats', () => {
    expect(msg(`\n${ev('e1')}\n${HEADER}`)).toBe('Unexpected line type at line 2: expected header');
    expect(msg(`${STATS}\n`)).toBe('Unexpected line type at line 1: expected header');
    expect(parseError(`\n${ev('e1')}`).line).toBe(2);
  });

  test('duplicate header', () => {
    expect(msg(`${HEADER}\n${ev('e1')}\n\n${HEADER}\n`)).toBe('Unexpected line type at line 4: duplicate header');
  });

  test('first line not a HAIL line gives its JSON error', () => {
    expect(msg('{"type":"header"}')).toBe('JSON error at line 1: missing field `version`');
    expect(msg('nope')).toMatch(/^JSON error at line 1: invalid JSON: /);
  });

  test('line type errors', () => {
    expect(evMsg('{"event_id":"x"}')).toBe('JSON error at line 2: missing field `type`');
    expect(evMsg('{"type":"Event"}')).toBe(
      'JSON error at line 2: unknown line type "Event" (expected header, event or stats)',
    );
    expect(evMsg('{"type":1}')).toBe('JSON error at line 2: invalid type: expected a string');
    expect(evMsg('[1]')).toBe('JSON error at line 2: invalid type: expected an object');
    expect(evMsg('"x"')).toBe('JSON error at line 2: invalid type: expected an object');
  });

  test('syntax errors', () => {
    expect(evMsg('{"type":"event",}')).toMatch(/^JSON error at line 2: invalid JSON: /);
    expect(evMsg(ev('e1') + ' x')).toMatch(/^JSON error at line 2: invalid JSON: /);
    expect(evMsg(ev('e1').replace('"UserMessage"', '"User\\ud800Message"'))).toMatch(
      /^JSON error at line 2: invalid JSON: /,
    );
    expect(parseError(`${HEADER}\n{`).line).toBe(2);
  });

  test('duplicate keys anywhere', () => {
    expect(evMsg(ev('e1', ',"event_id":"e2"'))).toBe('JSON error at line 2: duplicate field `event_id`');
    expect(evMsg(ev('e1', ',"attributes":{"a":{"b":1,"b":2}}'))).toBe('JSON error at line 2: duplicate field `b`');
    expect(evMsg(ev('e1', ',"unknown":{"b":1,"b":2}'))).toBe('JSON error at line 2: duplicate field `b`');
    expect(msg(HEADER.replace('"tool":"t"', '"tool":"t","tool":"u"'))).toBe(
      'JSON error at line 1: duplicate field `tool`',
    );
  });
});

describe('parseHail: shape errors', () => {
  test.each([
    ['{"type":"event","timestamp":"2025-01-01T00:00:00Z"}', 'missing field `event_id`'],
    ['{"type":"event","event_id":"e"}', 'missing field `timestamp`'],
    ['{"type":"event","event_id":"e","timestamp":"2025-01-01T00:00:00Z"}', 'missing field `event_type`'],
    [
      '{"type":"event","event_id":"e","timestamp":"2025-01-01T00:00:00Z","event_type":{"type":"Thinking"}}',
      'missing field `content`',
    ],
    [
      '{"type":"event","event_id":"e","timestamp":"2025-01-01T00:00:00Z","event_type":{"type":"Thinking"},"content":{}}',
      'missing field `blocks`',
    ],
    [ev('e').replace('"e"', '5'), 'invalid type: expected a string'],
    [ev('e').replace('"e"', 'null'), 'invalid type: expected a string'],
    [ev('e', '', '2025-01-01'), 'invalid timestamp `2025-01-01`'],
    [ev('e', '', '2025-01-01T00:00:60Z'), 'invalid timestamp `2025-01-01T00:00:60Z`'],
    [ev('e').replace('"2025-01-01T00:00:01Z"', '1'), 'invalid type: expected an RFC 3339 timestamp string'],
    [
      ev('e').replace('{"type":"UserMessage"}', '{"type":"Foo"}'),
      'unknown event type "Foo" (expected one of UserMessage, AgentMessage, SystemMessage, Thinking, ToolCall, ' +
        'ToolResult, FileRead, CodeSearch, FileSearch, FileEdit, FileCreate, FileDelete, ShellCommand, ' +
        'ImageGenerate, VideoGenerate, AudioGenerate, WebSearch, WebFetch, TaskStart, TaskEnd, Custom)',
    ],
    [ev('e').replace('{"type":"UserMessage"}', '{"data":{}}'), 'missing field `type`'],
    [ev('e').replace('{"type":"UserMessage"}', '{"type":"ToolCall"}'), 'missing field `data`'],
    [ev('e').replace('{"type":"UserMessage"}', '{"type":"TaskStart"}'), 'missing field `data`'],
    [
      ev('e').replace('{"type":"UserMessage"}', '{"type":"ToolCall","data":null}'),
      'invalid type: expected an object for `data`',
    ],
    [ev('e').replace('{"type":"UserMessage"}', '{"type":"ToolCall","data":{}}'), 'missing field `name`'],
    [
      ev('e').replace('{"type":"UserMessage"}', '{"type":"ToolResult","data":{"name":"x"}}'),
      'missing field `is_error`',
    ],
    [
      ev('e').replace('{"type":"UserMessage"}', '{"type":"ToolResult","data":{"name":"x","is_error":1}}'),
      'invalid type: expected a boolean',
    ],
    [
      ev('e').replace('{"type":"UserMessage"}', '{"type":"UserMessage","data":{}}'),
      'invalid type: expected no `data` for unit variant `UserMessage`',
    ],
    [
      ev('e').replace('{"type":"UserMessage"}', '{"type":"Thinking","data":1}'),
      'invalid type: expected no `data` for unit variant `Thinking`',
    ],
    [ev('e').replace('{"blocks":[]}', '{"blocks":[{"text":"x"}]}'), 'missing field `type`'],
    [
      ev('e').replace('{"blocks":[]}', '{"blocks":[{"type":"Txt"}]}'),
      'unknown content block type "Txt" (expected one of Text, Code, Image, Video, Audio, File, Json, Reference)',
    ],
    [ev('e').replace('{"blocks":[]}', '{"blocks":[{"type":"Json"}]}'), 'missing field `data`'],
    [ev('e').replace('{"blocks":[]}', '{"blocks":[{"type":"Image","url":"u"}]}'), 'missing field `mime`'],
    [ev('e').replace('{"blocks":[]}', '{"blocks":{}}'), 'invalid type: expected an array of content blocks'],
    [ev('e').replace('{"blocks":[]}', '{"blocks":[1]}'), 'invalid type: expected an object'],
    [ev('e', ',"attributes":[]'), 'invalid type: expected an object'],
    [ev('e', ',"task_id":1'), 'invalid type: expected a string'],
    [ev('e', ',"duration_ms":"5"'), 'invalid type: expected an integer'],
  ])('%s -> %s', (line, detail) => {
    expect(evMsg(line)).toBe(`JSON error at line 2: ${detail}`);
  });

  test.each([
    [ev('e', ',"duration_ms":1.0'), 'duration_ms', '1.0'],
    [ev('e', ',"duration_ms":1e2'), 'duration_ms', '1e2'],
    [ev('e', ',"duration_ms":-1'), 'duration_ms', '-1'],
    [ev('e', ',"duration_ms":2.50'), 'duration_ms', '2.50'],
    [ev('e', ',"duration_ms":9007199254740992'), 'duration_ms', '9007199254740992'],
    [ev('e', ',"duration_ms":123456789012345678901234'), 'duration_ms', '123456789012345678901234'],
    [
      ev('e').replace(
        '{"type":"UserMessage"}',
        '{"type":"ShellCommand","data":{"command":"x","exit_code":2147483648}}',
      ),
      'exit_code',
      '2147483648',
    ],
    [
      ev('e').replace(
        '{"type":"UserMessage"}',
        '{"type":"ShellCommand","data":{"command":"x","exit_code":-2147483649}}',
      ),
      'exit_code',
      '-2147483649',
    ],
    [
      ev('e').replace('{"type":"UserMessage"}', '{"type":"ShellCommand","data":{"command":"x","exit_code":0.0}}'),
      'exit_code',
      '0.0',
    ],
    [
      ev('e').replace(
        '{"blocks":[]}',
        '{"blocks":[{"type":"Text","text":"a"},{"type":"Code","code":"c","start_line":4294967296}]}',
      ),
      'start_line',
      '4294967296',
    ],
    [ev('e').replace('{"blocks":[]}', '{"blocks":[{"type":"Code","code":"c","start_line":-1}]}'), 'start_line', '-1'],
  ])('invalid number: %s', (line, field, lexeme) => {
    expect(evMsg(line)).toBe(`JSON error at line 2: invalid number for \`${field}\`: ${lexeme}`);
  });

  test('typed integer ranges accepted at the bounds', () => {
    const s = parseHail(
      `${HEADER}\n` +
        ev('e').replace(
          '{"type":"UserMessage"}',
          '{"type":"ShellCommand","data":{"command":"x","exit_code":-2147483648}}',
        ) +
        '\n' +
        ev('f', ',"duration_ms":9007199254740991').replace(
          '{"blocks":[]}',
          '{"blocks":[{"type":"Code","code":"c","start_line":4294967295}]}',
        ),
    );
    expect(s.events[0].event_type).toEqual({ type: 'ShellCommand', data: { command: 'x', exit_code: -2147483648 } });
    expect(s.events[1].duration_ms).toBe(9007199254740991);
    expect(s.events[1].content.blocks[0]).toEqual({ type: 'Code', code: 'c', start_line: 4294967295 });
  });

  test('stats line errors', () => {
    expect(evMsg('{"type":"stats","event_count":1}')).toBe('JSON error at line 2: missing field `message_count`');
    expect(evMsg(STATS.replace('"task_count":9', '"task_count":1.5'))).toBe(
      'JSON error at line 2: invalid number for `task_count`: 1.5',
    );
    expect(evMsg(STATS + ',').replace(/:.*$/, '')).toBe('JSON error at line 2');
    expect(evMsg(STATS.replace('}', ',"lines_added":-3}'))).toBe(
      'JSON error at line 2: invalid number for `lines_added`: -3',
    );
    expect(evMsg(STATS.replace('"event_count":9', '"event_count":null'))).toBe(
      'JSON error at line 2: invalid type: expected an integer',
    );
  });

  test('header shape errors', () => {
    expect(msg(HEADER.replace('"agent":{"provider":"p",', '"agent":{'))).toBe(
      'JSON error at line 1: missing field `provider`',
    );
    expect(msg(HEADER.replace(',"updated_at":"2025-01-01T00:00:00Z"', ''))).toBe(
      'JSON error at line 1: missing field `updated_at`',
    );
    expect(msg(HEADER.replace('"context":{', '"context":{"tags":[1],'))).toBe(
      'JSON error at line 1: invalid type: expected a string',
    );
    expect(msg(HEADER.replace('"context":{', '"context":{"tags":"x",'))).toBe(
      'JSON error at line 1: invalid type: expected an array of strings',
    );
    expect(msg(HEADER.replace('"session_id":"s1",', ''))).toBe('JSON error at line 1: missing field `session_id`');
  });
});

describe('parseHail: values', () => {
  test('null optionals mean absent; unknown keys dropped', () => {
    const h = HEADER.replace(
      '"context":{',
      '"extra":1,"context":{"title":null,"description":null,"tags":null,"related_session_ids":null,"attributes":null,"x":[1],',
    ).replace('"tool":"t"', '"tool":"t","tool_version":null');
    const e = ev('e1', ',"task_id":null,"duration_ms":null,"attributes":null,"zzz":{"q":1.5}').replace(
      '{"type":"UserMessage"}',
      '{"data":{"title":null,"other":1},"type":"TaskStart","more":2}',
    );
    const out = canonicalize(`${h}\n${e}\n`);
    expect(out.split('\n')[0]).toBe(
      '{"type":"header","version":"hail-1.0.0","session_id":"s1","agent":{"provider":"p","model":"m","tool":"t"},' +
        '"context":{"tags":[],"created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-01T00:00:00Z"}}',
    );
    expect(out.split('\n')[1]).toBe(
      '{"type":"event","event_id":"e1","timestamp":"2025-01-01T00:00:01Z","event_type":{"type":"TaskStart","data":{}},"content":{"blocks":[]}}',
    );
  });

  test('empty task_id is present and written; unit data null accepted', () => {
    const out = canonicalize(
      `${HEADER}\n${ev('e1', ',"task_id":""').replace('"UserMessage"', '"UserMessage","data":null')}`,
    );
    expect(out).toContain('"event_type":{"type":"UserMessage"},"task_id":"","content"');
  });

  test('every block type and event type round-trips with key order fixed', () => {
    const blocks =
      '[{"text":"t","type":"Text"},{"type":"Code","start_line":3,"language":"ts","code":"c"},' +
      '{"mime":"image/png","alt":"a","url":"u","type":"Image"},{"type":"Video","mime":"v","url":"u"},' +
      '{"type":"Audio","url":"u","mime":"a"},{"type":"File","content":"x","path":"p"},{"type":"File","path":"p"},' +
      '{"type":"Json","data":null},{"type":"Json","data":{"b":[1.0,{"d":1,"c":2}],"a":1e21}},' +
      '{"media_type":"m","uri":"u","type":"Reference"}]';
    const line = ev('e1').replace('{"blocks":[]}', `{"blocks":${blocks}}`);
    const out = canonicalize(`${HEADER}\n${line}`).split('\n')[1];
    expect(out).toBe(
      '{"type":"event","event_id":"e1","timestamp":"2025-01-01T00:00:01Z","event_type":{"type":"UserMessage"},"content":{"blocks":[' +
        '{"type":"Text","text":"t"},{"type":"Code","code":"c","language":"ts","start_line":3},' +
        '{"type":"Image","url":"u","alt":"a","mime":"image/png"},{"type":"Video","url":"u","mime":"v"},' +
        '{"type":"Audio","url":"u","mime":"a"},{"type":"File","path":"p","content":"x"},{"type":"File","path":"p"},' +
        '{"type":"Json","data":null},{"type":"Json","data":{"a":1e21,"b":[1.0,{"c":2,"d":1}]}},' +
        '{"type":"Reference","uri":"u","media_type":"m"}]}}',
    );
    const types = [
      [
        '{"type":"ToolResult","data":{"call_id":"c","is_error":true,"name":"n"}}',
        '{"type":"ToolResult","data":{"name":"n","is_error":true,"call_id":"c"}}',
      ],
      ['{"data":{"diff":"d","path":"p"},"type":"FileEdit"}', '{"type":"FileEdit","data":{"path":"p","diff":"d"}}'],
      [
        '{"type":"ShellCommand","data":{"exit_code":-1,"command":"c"}}',
        '{"type":"ShellCommand","data":{"command":"c","exit_code":-1}}',
      ],
      ['{"type":"TaskEnd","data":{"summary":"s"}}', '{"type":"TaskEnd","data":{"summary":"s"}}'],
      ['{"type":"TaskEnd","data":{}}', '{"type":"TaskEnd","data":{}}'],
      ['{"type":"Custom","data":{"kind":"k"}}', '{"type":"Custom","data":{"kind":"k"}}'],
      ['{"type":"WebFetch","data":{"url":"u"}}', '{"type":"WebFetch","data":{"url":"u"}}'],
      ['{"type":"AudioGenerate","data":{"prompt":"p"}}', '{"type":"AudioGenerate","data":{"prompt":"p"}}'],
      ['{"type":"FileSearch","data":{"pattern":"p"}}', '{"type":"FileSearch","data":{"pattern":"p"}}'],
      ['{"type":"CodeSearch","data":{"query":"q"}}', '{"type":"CodeSearch","data":{"query":"q"}}'],
    ];
    for (const [input, expected] of types) {
      const o = canonicalize(`${HEADER}\n${ev('e1').replace('{"type":"UserMessage"}', input)}`).split('\n')[1];
      expect(o).toContain(`"event_type":${expected},`);
    }
  });

  test('attributes: keys sorted byte-wise, numbers kept, big integers exact', () => {
    const line = ev(
      'e1',
      ',"attributes":{"z":1,"a":{"y":[1.0,-0.0,0.000001]},"n":123456789012345678901234567890,"\\ud83d\\ude80":1,"\\uffff":2,"f":-0}',
    );
    const out = canonicalize(`${HEADER}\n${line}`).split('\n')[1];
    expect(out).toContain(
      '"attributes":{"a":{"y":[1.0,-0.0,1e-6]},"f":0,"n":123456789012345678901234567890,"z":1,"\uffff":2,"🚀":1}}',
    );
  });

  test('timestamps normalised to UTC Z', () => {
    const out = canonicalize(`${HEADER}\n${ev('e1', '', '2025-01-01 02:00:00.5+02:00')}`).split('\n')[1];
    expect(out).toContain('"timestamp":"2025-01-01T00:00:00.500Z"');
  });
});

describe('canonicalize matches parseHail + toHailJsonl, errors included', () => {
  const cases = [
    '',
    '\n \n',
    `${ev('e1')}\n${HEADER}`,
    `${HEADER}\n${HEADER}`,
    `${HEADER}\n{"type":"stats"}`,
    `${HEADER}\n${ev('e1', ',"duration_ms":1.0')}`,
    `${HEADER}\n${ev('e1', ',"attributes":{"a":1,"a":2}')}`,
    `${HEADER}\n${STATS}\n${ev('e1')}\n${STATS}`,
    `\ufeff${HEADER}\r\n${ev('e1')}\r\n`,
  ];
  test.each(cases)('%j', (text) => {
    let expected: string;
    try {
      expected = toHailJsonl(withRecomputedStats(parseHail(text)));
    } catch (e) {
      expect(() => canonicalize(text)).toThrow((e as Error).message);
      return;
    }
    expect(canonicalize(text)).toBe(expected);
  });
});

describe('stats line rules', () => {
  const given =
    '{"type":"stats","event_count":7,"message_count":6,"tool_call_count":5,"task_count":4,"duration_seconds":3}';
  test('last non-blank line stats are taken as given (defaults 0)', () => {
    const s = parseHail(`${HEADER}\n${ev('e1')}\n${given}\n\n  \n`);
    expect(s.stats).toEqual({
      event_count: 7,
      message_count: 6,
      tool_call_count: 5,
      task_count: 4,
      duration_seconds: 3,
      total_input_tokens: 0,
      total_output_tokens: 0,
      user_message_count: 0,
      files_changed: 0,
      lines_added: 0,
      lines_removed: 0,
    });
  });

  test('earlier stats lines are ignored and stats recomputed', () => {
    const s = parseHail(`${HEADER}\n${given}\n${ev('e1')}\n`);
    expect(s.stats.event_count).toBe(1);
    expect(s.stats.message_count).toBe(1);
  });

  test('no stats line: recomputed', () => {
    expect(parseHail(`${HEADER}\n${ev('e1')}\n${ev('e2')}`).stats.event_count).toBe(2);
  });

  test('canonicalize always recomputes', () => {
    const out = canonicalize(`${HEADER}\n${ev('e1')}\n${given}\n`);
    expect(out).toContain('{"type":"stats","event_count":1,"message_count":1,');
  });

  test('invalid stats line anywhere is an error', () => {
    expect(msg(`${HEADER}\n{"type":"stats"}\n${ev('e1')}`)).toBe('JSON error at line 2: missing field `event_count`');
  });
});

describe('partial readers', () => {
  const given =
    '{"type":"stats","event_count":7,"message_count":6,"tool_call_count":5,"task_count":4,"duration_seconds":3}';
  test('header only', () => {
    expect(readHailHeader(`\n${HEADER}\n{broken`).session_id).toBe('s1');
    expect(() => readHailHeader('\n\n')).toThrow('Missing header line');
    expect(() => readHailHeader(`\n${ev('e1')}`)).toThrow('Unexpected line type at line 2: expected header');
  });

  test('header + stats', () => {
    expect(readHailHeaderAndStats(`${HEADER}\n${ev('e1')}\n${given}\r\n\n`).stats?.event_count).toBe(7);
    expect(readHailHeaderAndStats(`${HEADER}\n${given}\n${ev('e1')}`).stats).toBeUndefined();
    expect(readHailHeaderAndStats(`${HEADER}\n${ev('e1')}\n{"type":"stats"}`).stats).toBeUndefined();
    expect(readHailHeaderAndStats(`${HEADER}\n`).stats).toBeUndefined();
    expect(readHailHeaderAndStats(`\ufeff${HEADER}`).header.session_id).toBe('s1');
  });
});

describe('whole-session JSON form (2.9)', () => {
  test('round trip with key order', () => {
    const text = `${HEADER}\n${ev('e1', ',"attributes":{"b":1.5,"a":[1.0]},"task_id":"t"')}`;
    const s = parseHail(text);
    const obj = toWholeSessionObject(s);
    expect(Object.keys(obj)).toEqual(['version', 'session_id', 'agent', 'context', 'events', 'stats']);
    const json = toWholeSessionJson(s);
    expect(
      json.startsWith('{"version":"hail-1.0.0","session_id":"s1","agent":{"provider":"p","model":"m","tool":"t"},'),
    ).toBe(true);
    expect(json).toContain(
      '"events":[{"event_id":"e1","timestamp":"2025-01-01T00:00:01Z","event_type":{"type":"UserMessage"},"task_id":"t","content":{"blocks":[]},"attributes":{"a":[1.0],"b":1.5}}]',
    );
    expect(json).toContain('"stats":{"event_count":1,');
    const back = fromWholeSessionJson(json);
    expect(toHailJsonl(back)).toBe(toHailJsonl(s));
    expect(toHailJsonl(fromWholeSessionJson(obj))).toBe(toHailJsonl(s));
    const pretty = toWholeSessionJson(s, 2);
    expect(pretty.split('\n')[1]).toBe('  "version": "hail-1.0.0",');
    expect(toHailJsonl(fromWholeSessionJson(pretty))).toBe(toHailJsonl(s));
  });

  test('stats optional, errors reported', () => {
    const s = fromWholeSessionJson(
      '{"version":"hail-1.0.0","session_id":"x","agent":{"provider":"p","model":"m","tool":"t"},' +
        '"context":{"created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-01T00:00:00Z"},"events":[]}',
    );
    expect(s.stats.event_count).toBe(0);
    expect(() => fromWholeSessionJson('{"version":"x"}')).toThrow('invalid session JSON: missing field `session_id`');
    expect(() =>
      fromWholeSessionJson(
        '{"version":"hail-1.0.0","session_id":"x","agent":{"provider":"p","model":"m","tool":"t"},' +
          '"context":{"created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-01T00:00:00Z"},' +
          '"events":[{"event_id":"e","timestamp":"2025-01-01T00:00:00Z","event_type":{"type":"Thinking"},"content":{"blocks":[]},"duration_ms":1.50}]}',
      ),
    ).toThrow('invalid session JSON: invalid number for `duration_ms`: 1.50');
  });
});
