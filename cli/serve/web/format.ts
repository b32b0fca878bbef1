// Labels shared by the server-rendered list and the browser timeline (daemon-and-server.md §4.5 badges).

const TOOL_LABELS: Record<string, string> = {
  'claude-code': 'Claude Code',
  codex: 'Codex',
  opencode: 'OpenCode',
  cline: 'Cline',
  amp: 'Amp',
  gemini: 'Gemini',
  cursor: 'Cursor',
};

export function toolLabel(tool: string): string {
  return Object.hasOwn(TOOL_LABELS, tool) ? TOOL_LABELS[tool] : tool;
}

/** `1h 02m`, `3m 04s`, `5s`. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h > 0) return `${h}h ${String(m).padStart(2, '0')}m`;
  if (m > 0) return `${m}m ${String(sec).padStart(2, '0')}s`;
  return `${sec}s`;
}

/** `2025-03-02 10:00 UTC` from an RFC 3339 timestamp (shown text; the `datetime` attribute keeps the original). */
export function formatWhen(ts: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(ts);
  return m === null ? ts : `${m[1]} ${m[2]} UTC`;
}

/** The §4.5 title rule on a whole-session object: the context title without tags, else the first prompt (80). */
export function sessionDisplayTitle(session: unknown): string {
  const s = session as { context?: { title?: unknown }; events?: unknown };
  const collapse = (t: string): string => t.replace(/\s+/g, ' ').trim();
  const title = typeof s.context?.title === 'string' ? collapse(s.context.title.replace(/<[^>]*>/g, '')) : '';
  if (title !== '') return title;
  const events = Array.isArray(s.events) ? (s.events as Array<Record<string, unknown>>) : [];
  const first = events.find((e) => (e?.event_type as { type?: unknown } | undefined)?.type === 'UserMessage');
  const blocks = (first?.content as { blocks?: unknown } | undefined)?.blocks;
  const text = Array.isArray(blocks)
    ? (blocks as Array<{ type?: unknown; text?: unknown }>).find((b) => b?.type === 'Text')
    : undefined;
  if (typeof text?.text === 'string' && collapse(text.text) !== '') {
    const cps = Array.from(collapse(text.text));
    return cps.length > 80 ? cps.slice(0, 80).join('') + '…' : cps.join('');
  }
  return 'Untitled Session';
}
