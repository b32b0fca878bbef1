// File-system helpers for parsers and discovery (read-only).
import * as fs from 'fs';
import * as path from 'path';
import type { Timestamp } from '../../hail/types';
import { compareBytewise } from '../../text';
import type { LineParser, ParseResult, ParserContext } from '../types';
import { readLines, type LineEvent } from './lines';

/** Modification time with millisecond precision (2.10 step 5). */
export async function fileMtime(filePath: string): Promise<Timestamp> {
  const st = await fs.promises.stat(filePath, { bigint: true });
  return (st.mtimeNs / 1_000_000n) * 1_000_000n;
}

export function fileMtimeSync(filePath: string): Timestamp {
  const st = fs.statSync(filePath, { bigint: true });
  return (st.mtimeNs / 1_000_000n) * 1_000_000n;
}

/** Feeds every line of a JSONL file to a line parser and finishes it. */
export async function runLineParser(filePath: string, parser: LineParser): Promise<ParseResult> {
  await readLines(filePath, (line) => {
    parser.feedLine(line);
    return parser.takePending();
  });
  return parser.finish();
}

/** {@link runLineParser} over lines already read (the same calls in the same order as one read chunk). */
export async function runLineParserOnLines(lines: readonly LineEvent[], parser: LineParser): Promise<ParseResult> {
  const pending: Array<Promise<void>> = [];
  for (const line of lines) {
    parser.feedLine(line);
    const p = parser.takePending();
    if (p !== undefined) pending.push(p);
  }
  while (pending.length > 0) await pending.shift();
  return parser.finish();
}

/** Directory entries, or [] when the directory is missing or unreadable. */
export async function listDir(dir: string): Promise<fs.Dirent[]> {
  try {
    return await fs.promises.readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Recursively lists files under `root` accepted by `accept(fullPath, name)`; unreadable dirs skipped. */
export async function walkFiles(root: string, accept: (fullPath: string, name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const ent of await listDir(dir)) {
      const full = path.join(dir, ent.name);
      if (ent.isDirectory()) stack.push(full);
      else if ((ent.isFile() || ent.isSymbolicLink()) && accept(full, ent.name)) out.push(full);
    }
  }
  return out.sort(compareBytewise);
}

/** Display path of a file next to the entry file (`rel` relative to the entry's directory). */
export function siblingDisplay(ctx: ParserContext, rel: string): string {
  return path.join(path.dirname(ctx.displayPath), rel);
}
