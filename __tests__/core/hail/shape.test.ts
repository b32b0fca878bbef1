// The reader's checks and the zod schemas both come from the shape table (shape.ts): they accept and
// reject the same lines. Every field of every line of the rich vector is mutated in turn.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { JsonFloat, JsonObject, JsonValue, parseJsonLossless, stringifyOrdered } from '../../../core/hail';
import { parseHailLine } from '../../../core/hail/reader';
import { EventLineSchema, HeaderLineSchema, StatsLineSchema } from '../../../core/hail/schema';
import { EVENT_TYPE_SHAPES, BLOCK_SHAPES } from '../../../core/hail/shape';

const rich = readFileSync(path.join(import.meta.dirname, '../../fixtures/hail/rich.hail.jsonl'), 'utf8');
// the rich vector, plus one event with every block kind and one event per event-type variant
const EVERY_BLOCK =
  '{"type":"event","event_id":"b","timestamp":"2026-01-01T00:00:00Z","event_type":{"type":"AgentMessage"},' +
  '"content":{"blocks":[{"type":"Text","text":"t"},{"type":"Code","code":"c","language":"ts","start_line":3},' +
  '{"type":"Image","url":"u","alt":"a","mime":"image/png"},{"type":"Video","url":"u","mime":"video/mp4"},' +
  '{"type":"Audio","url":"u","mime":"audio/ogg"},{"type":"File","path":"p","content":"x"},' +
  '{"type":"Json","data":{"k":[1,2.5]}},{"type":"Reference","uri":"os://x","media_type":"text/plain"}]},' +
  '"duration_ms":5,"attributes":{"a":1}}';
const VARIANT_DATA: Record<string, string> = {
  ToolCall: '{"name":"n"}',
  ToolResult: '{"name":"n","is_error":false,"call_id":"c"}',
  FileRead: '{"path":"p"}',
  CodeSearch: '{"query":"q"}',
  FileSearch: '{"pattern":"*"}',
  FileEdit: '{"path":"p","diff":"d"}',
  FileCreate: '{"path":"p"}',
  FileDelete: '{"path":"p"}',
  ShellCommand: '{"command":"ls","exit_code":0}',
  ImageGenerate: '{"prompt":"p"}',
  VideoGenerate: '{"prompt":"p"}',
  AudioGenerate: '{"prompt":"p"}',
  WebSearch: '{"query":"q"}',
  WebFetch: '{"url":"u"}',
  TaskStart: '{"title":"t"}',
  TaskEnd: '{"summary":"s"}',
  Custom: '{"kind":"k"}',
};
const variantLines = Object.keys(EVENT_TYPE_SHAPES).map(
  (name) =>
    `{"type":"event","event_id":"${name}","timestamp":"2026-01-01T00:00:00Z","event_type":{"type":"${name}"` +
    (VARIANT_DATA[name] !== undefined ? `,"data":${VARIANT_DATA[name]}` : '') +
    '},"task_id":"t1","content":{"blocks":[]}}',
);
const lines = [...rich.trimEnd().split('\n'), EVERY_BLOCK, ...variantLines].map(
  (l) => parseJsonLossless(l) as JsonObject,
);

const REPLACEMENTS: (JsonValue | undefined)[] = [
  undefined, // field deleted
  null,
  'x',
  '2024-01-01T00:00:00Z',
  true,
  0,
  -1,
  4294967296,
  BigInt('9007199254740993'),
  new JsonFloat(1),
  1.5,
  [],
  ['a'],
  [1],
  {},
  { name: 'n' },
];

/** Paths of the structural fields of a line (not inside attribute maps or Json data). */
function structuralPaths(v: JsonValue, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object' || v instanceof JsonFloat) return [];
  const out: (string | number)[][] = [];
  const entries: [string | number, JsonValue][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
  for (const [k, x] of entries) {
    const p = [...at, k];
    if (k === 'type' && at.length === 0) continue; // the line kind picks the schema
    out.push(p);
    if (k === 'attributes' || (k === 'data' && at[at.length - 2] === 'blocks')) continue;
    out.push(...structuralPaths(x, p));
  }
  return out;
}

function mutate(line: JsonObject, p: (string | number)[], value: JsonValue | undefined): JsonObject {
  const copy = parseJsonLossless(stringifyOrdered(line)) as JsonObject;
  let cur: JsonValue = copy;
  for (const k of p.slice(0, -1)) cur = (cur as Record<string | number, JsonValue>)[k];
  const last = p[p.length - 1];
  const holder = cur as Record<string | number, JsonValue>;
  if (value === undefined) {
    if (Array.isArray(holder)) holder.splice(last as number, 1);
    else delete holder[last];
  } else holder[last] = value;
  return copy;
}

const schemaOf = { header: HeaderLineSchema, event: EventLineSchema, stats: StatsLineSchema } as const;

function readerAccepts(obj: JsonObject): boolean {
  try {
    parseHailLine(stringifyOrdered(obj), 1);
    return true;
  } catch {
    return false;
  }
}

describe('shape table: reader and zod schema agree', () => {
  test('on every single-field mutation of the rich vector', () => {
    let cases = 0;
    let rejected = 0;
    const disagreements: string[] = [];
    for (const line of lines) {
      const schema = schemaOf[line.type as keyof typeof schemaOf];
      expect(readerAccepts(line)).toBe(true);
      expect(schema.safeParse(line).success).toBe(true);
      for (const p of structuralPaths(line)) {
        for (const r of REPLACEMENTS) {
          const m = mutate(line, p, r);
          const byReader = readerAccepts(m);
          const bySchema = schema.safeParse(m).success;
          cases++;
          if (!byReader) rejected++;
          if (byReader !== bySchema) {
            disagreements.push(
              `${p.join('.')} = ${r === undefined ? '(deleted)' : stringifyOrdered(r)}: reader ${byReader}, zod ${bySchema}`,
            );
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(cases).toBeGreaterThan(1000);
    expect(rejected).toBeGreaterThan(cases / 3);
  });

  test('the vector covers every variant and block kind of the table', () => {
    const seenTypes = new Set<string>();
    const seenBlocks = new Set<string>();
    for (const l of lines) {
      if (l.type !== 'event') continue;
      seenTypes.add((l.event_type as JsonObject).type as string);
      for (const b of (l.content as JsonObject).blocks as JsonObject[]) seenBlocks.add(b.type as string);
    }
    expect([...seenBlocks].sort()).toEqual(Object.keys(BLOCK_SHAPES).sort());
    expect([...seenTypes].sort()).toEqual(Object.keys(EVENT_TYPE_SHAPES).sort());
  });
});
