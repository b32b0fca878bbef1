// Text and tool rules shared by every parser (parsers.md 2.2–2.9).
import type { ContentBlock } from '../../hail/types';
import { isWhitespace, trim } from '../../text';
import { redactCutTail, redactSecrets } from '../../redact/engine';

/** Removes trailing Unicode whitespace (a loop: an anchored regex backtracks on long space runs). */
export function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && isWhitespace(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

export type RoleLabel = 'user' | 'assistant' | 'system' | 'thinking';

/** 2.2: trimmed, lowercased role label → normalised role, or undefined. */
export function normalizeRoleLabel(label: unknown): RoleLabel | undefined {
  if (typeof label !== 'string') return undefined;
  switch (trim(label).toLowerCase()) {
    case 'user':
    case 'human':
      return 'user';
    case 'assistant':
    case 'agent':
    case 'model':
    case 'gemini':
      return 'assistant';
    case 'system':
      return 'system';
    case 'thinking':
    case 'reasoning':
    case 'thought':
      return 'thinking';
    default:
      return undefined;
  }
}

export const INTERACTIVE_TOOL_NAMES: ReadonlySet<string> = new Set([
  'request_user_input',
  'ask_followup_question',
  'ask_follow_up_question',
  'ask_user',
  'request_human_input',
  'request_user_response',
]);

/** 2.3: trimmed, lowercased, cut to the text after the last `.`. */
export function baseToolName(name: string): string {
  const lower = trim(name).toLowerCase();
  const dot = lower.lastIndexOf('.');
  return dot >= 0 ? lower.slice(dot + 1) : lower;
}

export function isInteractiveTool(name: string): boolean {
  return INTERACTIVE_TOOL_NAMES.has(baseToolName(name));
}

/** 2.3: `request_user_input` for an interactive name, else the trimmed name. */
export function canonicalToolName(name: string): string {
  return isInteractiveTool(name) ? 'request_user_input' : trim(name);
}

export type ToolKind = 'interactive' | 'file_read' | 'file_write' | 'shell' | 'search' | 'web' | 'task' | 'other';

const FILE_READ = new Set([
  'read',
  'read_file',
  'view',
  'cat',
  'open',
  'fileread',
  'readfile',
  'list_dir',
  'ls',
  'read_many_files',
  'list_directory',
  'list_files',
]);
const FILE_WRITE = new Set([
  'edit',
  'write',
  'create',
  'delete',
  'apply_patch',
  'str_replace_editor',
  'edit_file',
  'reapply',
  'write_file',
  'fileedit',
  'multiedit',
  'notebookedit',
  'replace',
  'create_file',
  'write_to_file',
  'replace_in_file',
  'insert_content',
  'apply_diff',
  'search_and_replace',
]);
const SHELL = new Set([
  'bash',
  'shell',
  'exec_command',
  'run_terminal_cmd',
  'execute_command',
  'run_shell_command',
  'spawn_process',
  'terminal',
]);
const SEARCH = new Set([
  'grep',
  'search',
  'code_search',
  'grep_search',
  'file_search',
  'glob',
  'find',
  'search_file_content',
  'search_files',
  'find_references',
]);

const kindCache = new Map<string, ToolKind>();

/** 2.4: tool kind from the base name; first matching row wins. Remembered per name (a log uses few). */
export function inferToolKind(name: string): ToolKind {
  let kind = kindCache.get(name);
  if (kind === undefined) {
    if (kindCache.size >= 256) kindCache.clear();
    kind = toolKindOf(name);
    kindCache.set(name, kind);
  }
  return kind;
}

function toolKindOf(name: string): ToolKind {
  const base = baseToolName(name);
  if (INTERACTIVE_TOOL_NAMES.has(base)) return 'interactive';
  if (base === '') return 'other';
  if (FILE_READ.has(base)) return 'file_read';
  if (FILE_WRITE.has(base)) return 'file_write';
  if (SHELL.has(base)) return 'shell';
  if (SEARCH.has(base)) return 'search';
  if (base.startsWith('web') || base === 'fetch' || base === 'browser' || base === 'google_web_search') return 'web';
  if (base.includes('task') || base.includes('subagent') || base === 'agent') return 'task';
  return 'other';
}

const SYSTEM_REMINDER = /<system-reminder>[\s\S]*?<\/system-reminder>/g;

/** 2.5: removes every `<system-reminder>…</system-reminder>` span, then trims. */
export function stripSystemReminders(text: string): string {
  if (!text.includes('<system-reminder>')) return trim(text);
  return trim(text.replace(SYSTEM_REMINDER, ''));
}

/** Text content: exactly one Text block, even for an empty string. */
export function textContent(text: string): { blocks: ContentBlock[] } {
  return { blocks: [{ type: 'Text', text }] };
}

export function emptyContent(): { blocks: ContentBlock[] } {
  return { blocks: [] };
}

const LINE_NUMBERED_PROBE = /^ *\d+[→|]/;
const READ_TOOL_NAMES = new Set(['Read', 'read_file', 'read', 'view']);

/** 2.6: true when ≥ 60 % of the first 5 lines are numbered or blank. */
export function isLineNumbered(text: string): boolean {
  const lines = text.split('\n', 5);
  let hits = 0;
  for (const line of lines) if (LINE_NUMBERED_PROBE.test(line) || trim(line) === '') hits++;
  return hits * 100 >= lines.length * 60;
}

/**
 * 2.6: strips `   N→` prefixes; returns the code and the first line number. A scan that does what
 * `/^ *(\d+)(?:→|\| ?)(.*)$/` matches on each `\n`-separated line (`.` stops at `\r`, U+2028 and U+2029, so a line
 * holding one does not match), without a match array and substring per line.
 */
export function stripLineNumbers(text: string): { code: string; startLine?: number } {
  let code = '';
  let any = false;
  let startLine: number | undefined;
  const n = text.length;
  let pos = 0;
  // next `\r`, U+2028 and U+2029 at or after `rest` (n when none), each found by native indexOf only when
  // the scan has passed it: text without them is not scanned char by char, and the search stays linear
  let cr = -1;
  let ls = -1;
  let ps = -1;
  for (;;) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = n;
    let p = pos;
    while (p < end && text.charCodeAt(p) === 0x20) p++;
    const digits = p;
    while (p < end && isAsciiDigit(text.charCodeAt(p))) p++;
    let rest = -1;
    if (p > digits && p < end) {
      const c = text.charCodeAt(p);
      if (c === 0x2192 /* → */) rest = p + 1;
      else if (c === 0x7c /* | */) rest = p + 1 < end && text.charCodeAt(p + 1) === 0x20 ? p + 2 : p + 1;
    }
    let piece: string | undefined;
    if (rest >= 0) {
      if (cr < rest) cr = indexOrEnd(text, '\r', rest, n);
      if (ls < rest) ls = indexOrEnd(text, '\u2028', rest, n);
      if (ps < rest) ps = indexOrEnd(text, '\u2029', rest, n);
    }
    if (rest >= 0 && cr >= end && ls >= end && ps >= end) {
      if (startLine === undefined) startLine = Number(text.slice(digits, p));
      piece = text.slice(rest, end);
    } else if (allWhitespace(text, pos, end)) {
      piece = '';
    }
    if (piece !== undefined) {
      code = any ? code + '\n' + piece : piece;
      any = true;
    }
    if (end >= n) break;
    pos = end + 1;
  }
  return { code: trimEnd(code), startLine };
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function indexOrEnd(text: string, c: string, from: number, n: number): number {
  const i = text.indexOf(c, from);
  return i < 0 ? n : i;
}

function allWhitespace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** 2.6 `buildToolResultContent(raw, {name, filePath})`. */
export function buildToolResultContent(
  raw: string,
  opts: { name?: string; filePath?: string } = {},
): { blocks: ContentBlock[] } {
  if (raw === '') return emptyContent();
  const text = stripSystemReminders(raw);
  if (text === '') return emptyContent();
  if (opts.name !== undefined && READ_TOOL_NAMES.has(opts.name) && isLineNumbered(text)) {
    const { code, startLine } = stripLineNumbers(text);
    const block: ContentBlock = { type: 'Code', code };
    const language = opts.filePath !== undefined ? detectLanguage(opts.filePath) : undefined;
    if (language !== undefined) block.language = language;
    if (startLine !== undefined && startLine <= 0xffffffff) block.start_line = startLine;
    return { blocks: [block] };
  }
  return textContent(text);
}

const LANGUAGE_BY_EXT: Record<string, string> = {
  ts: 'typescript',
  tsx: 'typescript',
  js: 'javascript',
  jsx: 'javascript',
  py: 'python',
  rs: 'rust',
  go: 'go',
  java: 'java',
  kt: 'kotlin',
  gradle: 'kotlin',
  kts: 'kotlin',
  swift: 'swift',
  rb: 'ruby',
  cpp: 'cpp',
  c: 'cpp',
  h: 'cpp',
  hpp: 'cpp',
  cs: 'csharp',
  css: 'css',
  scss: 'css',
  html: 'html',
  svelte: 'html',
  vue: 'html',
  xml: 'xml',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  toml: 'toml',
  md: 'markdown',
  sql: 'sql',
  sh: 'bash',
  bash: 'bash',
  zsh: 'bash',
  diff: 'diff',
  properties: 'properties',
};

/** 2.7: language from a file path (basename rules, then lowercased extension). */
export function detectLanguage(path: string): string | undefined {
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const base = path.slice(slash + 1);
  if (base === 'Dockerfile' || base === 'Makefile') return 'bash';
  if (base === 'Cargo.toml' || base === 'pyproject.toml') return 'toml';
  const dot = base.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = base.slice(dot + 1).toLowerCase();
  return Object.prototype.hasOwnProperty.call(LANGUAGE_BY_EXT, ext) ? LANGUAGE_BY_EXT[ext] : undefined;
}

/** 2.8: trimmed text between the first `<tag>` and the first `</tag>` after it; undefined when missing or empty. */
export function extractTagContent(text: string, tag: string): string | undefined {
  const open = `<${tag}>`;
  const start = text.indexOf(open);
  if (start < 0) return undefined;
  const from = start + open.length;
  const end = text.indexOf(`</${tag}>`, from);
  if (end < 0) return undefined;
  const inner = trim(text.slice(from, end));
  return inner === '' ? undefined : inner;
}

/**
 * 2.9: trim; more than 80 code points → first 77 code points + `...`. The title is redacted first
 * (amendments-2 A1.3): a secret cut short no longer matches its rule, so it could never be redacted later.
 */
export function applyTitleRule(text: string): string {
  const t = trim(redactSecrets(trim(text), {}));
  if (t.length <= 80 || Array.from(t).length <= 80) return t;
  return redactCutTail(Array.from(t).slice(0, 77).join('') + '...', {});
}

/** File name without its last extension (`a.hail.jsonl` → `a.hail`). */
export function fileStem(filePath: string): string {
  const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  const base = filePath.slice(slash + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** First non-blank (trimmed) string among the values; undefined otherwise. */
export function firstSet(...values: unknown[]): string | undefined {
  for (const v of values) {
    if (typeof v === 'string') {
      const t = trim(v);
      if (t !== '') return t;
    }
  }
  return undefined;
}

/** A plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
