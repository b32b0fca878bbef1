// `/assets/app.css`: light and dark themes follow `prefers-color-scheme` (daemon-and-server.md §4.1).
export const APP_CSS = `:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --panel: #f6f8fa; --border: #d0d7de; --accent: #0b5cad;
  --chip-on: #dbeafe; --ok: #116329; --ok-bg: #dafbe1; --fail: #a40e26; --fail-bg: #ffebe9;
  --user: #0b5cad; --agent: #6e40c9; --system: #6e7781; --tool: #bc4c00;
  --add-bg: #e6ffec; --del-bg: #ffebe9; --hunk: #0550ae; --current: #fff8c5;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9ea7b3; --panel: #161b22; --border: #3d444d; --accent: #6cb6ff;
    --chip-on: #1f3a5f; --ok: #7ee2a8; --ok-bg: #12361f; --fail: #ffa198; --fail-bg: #4a1414;
    --user: #6cb6ff; --agent: #c297ff; --system: #9ea7b3; --tool: #f0883e;
    --add-bg: #12361f; --del-bg: #4a1414; --hunk: #79c0ff; --current: #3b2e00;
  }
}
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: var(--bg); color: var(--fg); }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--accent); }
code, pre, kbd, .code-lines, .diff { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { display: flex; gap: 1.5rem; align-items: center; padding: .6rem 1.25rem; border-bottom: 1px solid var(--border); background: var(--panel); }
.site-header .brand { font-weight: 700; color: var(--fg); text-decoration: none; }
.site-header nav a { text-decoration: none; }
main { max-width: 1200px; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
h1 { font-size: 1.6rem; margin: .4rem 0 .8rem; }
.site-footer { border-top: 1px solid var(--border); padding: .6rem 1.25rem; color: var(--muted); font-size: 13px; }
.shortcuts { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
kbd { border: 1px solid var(--border); border-radius: 4px; padding: 0 .3rem; background: var(--panel); color: var(--fg); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: center; margin-bottom: .75rem; }
.filters label { font-size: 13px; color: var(--muted); }
input, select, button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 6px; padding: .3rem .5rem; }
#session-search { min-width: 16rem; }
button { cursor: pointer; background: var(--panel); }
button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible, pre:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.count, .muted { color: var(--muted); }
#session-list { list-style: none; margin: 0; padding: 0; border: 1px solid var(--border); border-radius: 8px; }
#session-list li { padding: .65rem .9rem; border-top: 1px solid var(--border); }
#session-list li:first-child { border-top: 0; }
.session-link { font-weight: 600; font-size: 1.02rem; text-decoration: none; }
.session-link:hover { text-decoration: underline; }
.session-meta { display: flex; flex-wrap: wrap; gap: .35rem .8rem; align-items: center; font-size: 13px; color: var(--muted); margin-top: .2rem; }
.badge { display: inline-block; border: 1px solid var(--border); border-radius: 999px; padding: 0 .55rem; font-size: 12.5px; color: var(--fg); background: var(--panel); }
.badge.tool { font-weight: 600; }
.badge.small { font-size: 12px; }
.badge.ok { color: var(--ok); background: var(--ok-bg); border-color: var(--ok); }
.badge.fail { color: var(--fail); background: var(--fail-bg); border-color: var(--fail); }
.pager { display: flex; gap: 1rem; margin-top: .8rem; }
.notice { border: 1px solid var(--border); border-left: 4px solid var(--fail); background: var(--panel); padding: .6rem .8rem; border-radius: 6px; }
.empty { color: var(--muted); font-style: italic; }
.session-head .badges { display: flex; flex-wrap: wrap; gap: .4rem; margin-bottom: .6rem; }
.flow { margin: .5rem 0; }
.flow-bar { display: flex; height: 12px; border-radius: 6px; overflow: hidden; border: 1px solid var(--border); background: var(--panel); }
.flow-seg { flex: 1 1 0; min-width: 2px; }
.flow-user { background: var(--user); } .flow-agent { background: var(--agent); } .flow-system { background: var(--system); } .flow-tool { background: var(--tool); }
.flow-legend { list-style: none; display: flex; gap: 1rem; padding: 0; margin: .3rem 0 0; font-size: 13px; color: var(--muted); }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; }
.timeline-controls { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: center; margin: .6rem 0; }
.view-tabs, .chips { display: flex; flex-wrap: wrap; gap: .35rem; }
.tab[aria-pressed="true"], .chip[aria-pressed="true"] { background: var(--chip-on); border-color: var(--accent); }
.chip[aria-pressed="false"] { color: var(--muted); text-decoration: line-through; }
.chip { font-size: 13px; padding: .15rem .5rem; }
.chip-count { color: var(--muted); }
.search-box { display: flex; align-items: center; gap: .4rem; }
.search-box label { font-size: 13px; color: var(--muted); }
.search-count { font-size: 13px; color: var(--muted); min-width: 5rem; }
.timeline-grid { display: grid; grid-template-columns: minmax(0, 1fr) 280px; gap: 1rem; align-items: start; }
@media (max-width: 900px) { .timeline-grid { grid-template-columns: minmax(0, 1fr); } }
.timeline { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: .6rem; }
.event { border: 1px solid var(--border); border-left: 4px solid var(--system); border-radius: 8px; padding: .5rem .75rem; background: var(--bg); }
.event-user { border-left-color: var(--user); } .event-agent { border-left-color: var(--agent); } .event-tool { border-left-color: var(--tool); }
.event.is-current { background: var(--current); }
.event-head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; font-size: 13px; color: var(--muted); }
.event-type { font-weight: 600; color: var(--fg); }
.event-body { margin-top: .3rem; overflow-wrap: anywhere; }
.tool-result { margin-top: .5rem; padding: .4rem .6rem; border: 1px dashed var(--border); border-radius: 6px; background: var(--panel); }
.path, .tool-name, .query, .task { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
.shell { display: flex; gap: .5rem; align-items: flex-start; }
.shell .command { margin: 0; flex: 1; white-space: pre-wrap; background: var(--panel); padding: .3rem .5rem; border-radius: 6px; }
.prompt { color: var(--muted); user-select: none; }
pre { overflow-x: auto; }
.plain-text { white-space: pre-wrap; background: var(--panel); padding: .4rem .6rem; border-radius: 6px; margin: .3rem 0; }
.code-with-lines { border: 1px solid var(--border); border-radius: 6px; margin: .4rem 0; overflow: hidden; }
.code-header { font-size: 12px; padding: .15rem .6rem; background: var(--panel); border-bottom: 1px solid var(--border); color: var(--muted); }
.code-lines { margin: 0; padding: .3rem 0; max-height: 28rem; overflow: auto; }
.code-line { display: block; white-space: pre; }
.code-line .ln { display: inline-block; width: 3.2rem; padding-right: .6rem; text-align: right; color: var(--muted); user-select: none; }
.diff { margin: .3rem 0; padding: .3rem 0; border: 1px solid var(--border); border-radius: 6px; max-height: 28rem; overflow: auto; }
.diff-line { display: block; white-space: pre; padding: 0 .6rem; }
.diff-add { background: var(--add-bg); } .diff-del { background: var(--del-bg); } .diff-hunk { color: var(--hunk); } .diff-meta { color: var(--muted); }
.md-content p { margin: .3rem 0; }
.md-content .md-h1 { font-size: 1.3rem; font-weight: 700; margin: .5rem 0 .3rem; }
.md-content .md-h2 { font-size: 1.15rem; font-weight: 700; margin: .5rem 0 .3rem; }
.md-content .md-h3, .md-content .md-h4, .md-content .md-h5, .md-content .md-h6 { font-weight: 700; margin: .4rem 0 .2rem; }
.md-code { background: var(--panel); border-radius: 4px; padding: 0 .25rem; }
.md-quote { border-left: 3px solid var(--border); margin: .3rem 0; padding-left: .6rem; color: var(--muted); }
.session-sidebar { border: 1px solid var(--border); border-radius: 8px; padding: .6rem .8rem; background: var(--panel); font-size: 13px; position: sticky; top: .5rem; }
.session-sidebar dl { margin: 0; }
.session-sidebar dt { color: var(--muted); margin-top: .4rem; }
.session-sidebar dd { margin: 0; overflow-wrap: anywhere; }
.source-banner { font-size: 13px; background: var(--panel); border: 1px solid var(--border); border-radius: 6px; padding: .4rem .6rem; overflow-wrap: anywhere; }
.warnings { font-size: 13px; color: var(--muted); }
.parser-picker .candidates { display: flex; flex-direction: column; gap: .4rem; align-items: flex-start; }
#review-commits { padding-left: 1.4rem; }
#review-commits .commit { margin: .3rem 0; }
.linked { margin: .2rem 0; }
.review-session { border-top: 1px solid var(--border); margin-top: 1.2rem; padding-top: .6rem; }
.review-session h3.session-title { font-size: 1.25rem; margin: .2rem 0 .5rem; }
`;
