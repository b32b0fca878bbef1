// SessionSummary and index rows built from one parsed, redacted session (daemon-and-server.md §3.5, §3.6).
import type { Session, Timestamp } from '../hail/types';
import { formatTsZ } from '../hail/timestamp';
import { sessionRole } from '../ledger/layout';
import { redactSession, redactText } from '../redact';
import { collapse, setString } from '../text';

export type SourceKind = 'ledger' | 'object';

export interface SourceInfo {
  kind: SourceKind;
  repo_root: string | null;
  ref: string | null;
  path: string;
}

/** Git facts from a ledger `.meta.json` (object-store sources have none). */
export interface MetaGit {
  remote?: string;
  branch?: string;
  head?: string;
  repo_name?: string;
}

/** One `sessions` row (§3.5 schema). */
export interface SessionRow {
  id: string;
  location: string;
  summary_json: string;
  display_title: string;
  tool: string;
  created_sort: string;
  message_count: number;
  event_count: number;
  duration_seconds: number;
  search_text: string;
}

export interface LinkRow {
  session_id: string;
  linked_session_id: string;
  link_type: string;
  created_at: string;
}

/** `YYYY-MM-DDTHH:MM:SS.fffffffffZ`: string order equals time order (§3.5). */
export function sortKeyOf(t: Timestamp): string {
  const s = formatTsZ(t);
  const dot = s.indexOf('.', 19);
  const frac = dot < 0 ? '' : s.slice(dot + 1, -1);
  return `${s.slice(0, 19)}.${frac.padEnd(9, '0')}Z`;
}

/** Normalises an RFC 3339 string (`stored_at`, ISO dates) to the 9-digit sort form; undefined if not parseable. */
export function sortKeyOfIso(iso: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return undefined;
  if (m[3] === 'Z' || m[3] === '+00:00' || m[3] === '-00:00') return `${m[1]}.${(m[2] ?? '').padEnd(9, '0')}Z`;
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return undefined;
  return `${new Date(ms).toISOString().slice(0, 19)}.${(m[2] ?? '').padEnd(9, '0')}Z`;
}

const TAG = /<[^>]*>/g;

/** Secret redaction of one served string (A1); home paths are kept. */
export function redactString(s: string): string {
  return redactText(s, { stripHomePaths: false }).text;
}

/** The title rule of §4.5 (also the API's `display_title`); text is redacted before it is cut (A1.3). */
export function displayTitle(session: Session, redact: (s: string) => string = (s) => s): string {
  const title = session.context.title;
  if (title !== undefined) {
    const clean = collapse(redact(title).replace(TAG, ''));
    if (clean !== '') return clean;
  }
  for (const ev of session.events) {
    if (ev.event_type.type !== 'UserMessage') continue;
    const text = ev.content.blocks.find((b) => b.type === 'Text');
    if (text === undefined || text.type !== 'Text') continue;
    const c = collapse(redact(text.text));
    if (c === '') continue;
    const cps = Array.from(c);
    return cps.length > 80 ? cps.slice(0, 80).join('') + '…' : c;
  }
  return 'Untitled Session';
}

function hasErrors(session: Session): boolean {
  for (const ev of session.events) {
    const t = ev.event_type;
    if (t.type === 'ToolResult' && t.data.is_error) return true;
    if (t.type === 'ShellCommand' && t.data.exit_code !== undefined && t.data.exit_code !== 0) return true;
  }
  return false;
}

/** Redaction applied to everything the server serves (A1): secrets only, home paths are kept. */
export function redactForServing(session: Session): Session {
  return redactSession(session, { stripHomePaths: false }).session;
}

export interface BuiltSummary {
  summary: Record<string, unknown>;
  row: SessionRow;
  links: LinkRow[];
}

/**
 * Builds the summary (key order of §3.6) and its index row. Every string taken from the session is redacted here,
 * so the (large) session itself does not need a full redaction pass to be indexed.
 */
export function buildSummary(
  session: Session,
  source: SourceInfo,
  location: string,
  storedAt: string,
  git: MetaGit | undefined,
): BuiltSummary {
  const ctx = session.context;
  const st = session.stats;
  const r = redactString;
  const display = displayTitle(session, r);
  const title = ctx.title === undefined ? null : r(ctx.title);
  const description = ctx.description === undefined ? null : r(ctx.description);
  const tags = ctx.tags.map(r);
  const summary: Record<string, unknown> = {
    id: session.session_id,
    tool: session.agent.tool,
    agent_provider: r(session.agent.provider),
    agent_model: r(session.agent.model),
    title,
    display_title: display,
    description,
    tags,
    created_at: formatTsZ(ctx.created_at),
    updated_at: formatTsZ(ctx.updated_at),
    stored_at: storedAt,
    session_role: sessionRole(session),
    event_count: st.event_count,
    message_count: st.message_count,
    user_message_count: st.user_message_count,
    tool_call_count: st.tool_call_count,
    task_count: st.task_count,
    duration_seconds: st.duration_seconds,
    total_input_tokens: st.total_input_tokens,
    total_output_tokens: st.total_output_tokens,
    files_changed: st.files_changed,
    lines_added: st.lines_added,
    lines_removed: st.lines_removed,
    has_errors: hasErrors(session),
  };
  if (setString(git?.remote) !== undefined) summary.git_remote = r(git!.remote!);
  if (setString(git?.branch) !== undefined) summary.git_branch = r(git!.branch!);
  if (setString(git?.head) !== undefined) summary.git_commit = git!.head;
  if (setString(git?.repo_name) !== undefined) summary.git_repo_name = r(git!.repo_name!);
  const attrs = ctx.attributes;
  const cwd = typeof attrs.cwd === 'string' ? attrs.cwd : undefined;
  const wd = typeof attrs.working_directory === 'string' ? attrs.working_directory : undefined;
  if (cwd !== undefined || wd !== undefined) summary.working_directory = r((cwd ?? wd)!);
  summary.source = { kind: source.kind, repo_root: source.repo_root, ref: source.ref, path: source.path };

  const searchText = [title ?? '', description ?? '', ...tags].join('\n').toLowerCase();
  const row: SessionRow = {
    id: session.session_id,
    location,
    summary_json: JSON.stringify(summary),
    display_title: display,
    tool: session.agent.tool,
    created_sort: sortKeyOf(ctx.created_at),
    message_count: st.message_count,
    event_count: st.event_count,
    duration_seconds: st.duration_seconds,
    search_text: searchText,
  };
  const links: LinkRow[] = [];
  const parent = setString(attrs.parent_session_id);
  if (parent !== undefined) {
    links.push({
      session_id: session.session_id,
      linked_session_id: parent,
      link_type: 'parent',
      created_at: storedAt,
    });
  }
  const seen = new Set<string>();
  for (const r of ctx.related_session_ids) {
    if (r === parent || seen.has(r)) continue;
    seen.add(r);
    links.push({ session_id: session.session_id, linked_session_id: r, link_type: 'related', created_at: storedAt });
  }
  return { summary, row, links };
}
