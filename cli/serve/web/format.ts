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
