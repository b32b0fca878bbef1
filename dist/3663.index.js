"use strict";
exports.id = 3663;
exports.ids = [3663];
exports.modules = {

/***/ 3663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  handleWeb: () => (/* binding */ handleWeb),
  readLocalReviewBundle: () => (/* reexport */ review_bundle/* readLocalReviewBundle */.SK),
  routeWeb: () => (/* binding */ routeWeb)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./cli/serve/web/assets/app-css.ts
// `/assets/app.css`: light and dark themes follow `prefers-color-scheme` (daemon-and-server.md §4.1).
const APP_CSS = `:root {
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

;// CONCATENATED MODULE: ./cli/serve/web/assets/app-js.ts
// `/assets/app.js` (daemon-and-server.md §4.1): list enhancement, the timeline renderer (§4.5) and the `/src`
// loader (§4.4). Plain ES2020 with no dependencies. It never uses innerHTML: every string from a session reaches
// the page through textContent or a checked attribute, so session content stays inert.
// Kept as a string so the one bundle carries it; it must not contain a backtick or a dollar-brace.
const APP_JS = String.raw `(function () {
'use strict';

var TOOL_LABELS = { 'claude-code': 'Claude Code', codex: 'Codex', opencode: 'OpenCode', cline: 'Cline', amp: 'Amp', gemini: 'Gemini', cursor: 'Cursor' };
function toolLabel(t) { return Object.prototype.hasOwnProperty.call(TOOL_LABELS, t) ? TOOL_LABELS[t] : String(t); }
function pad2(n) { return (n < 10 ? '0' : '') + n; }
function fmtDuration(total) {
  var s = Math.max(0, Math.floor(Number(total) || 0));
  var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  if (h > 0) return h + 'h ' + pad2(m) + 'm';
  if (m > 0) return m + 'm ' + pad2(sec) + 's';
  return sec + 's';
}
function fmtWhen(ts) {
  var m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(String(ts || ''));
  return m ? m[1] + ' ' + m[2] + ' UTC' : String(ts || '');
}
function fmtClock(ts) {
  var m = /T(\d{2}:\d{2}:\d{2})/.exec(String(ts || ''));
  return m ? m[1] : '';
}
function collapse(s) { return String(s).replace(/\s+/g, ' ').trim(); }
function isObj(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }
function str(v) { return typeof v === 'string' ? v : ''; }

// ---- DOM helpers (text only) ----
function el(tag, attrs, kids) {
  var n = document.createElement(tag);
  if (attrs) {
    for (var k in attrs) {
      if (!Object.prototype.hasOwnProperty.call(attrs, k) || attrs[k] === undefined || attrs[k] === null || attrs[k] === false) continue;
      if (k === 'className') n.className = attrs[k];
      else if (k === 'text') n.textContent = attrs[k];
      else n.setAttribute(k, attrs[k] === true ? '' : String(attrs[k]));
    }
  }
  if (kids) append(n, kids);
  return n;
}
function append(n, kids) {
  if (!Array.isArray(kids)) kids = [kids];
  for (var i = 0; i < kids.length; i++) {
    var c = kids[i];
    if (c === null || c === undefined || c === false) continue;
    n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return n;
}
function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); }
function safeHref(url, schemes) {
  try {
    var u = new URL(String(url), location.href);
    return schemes.indexOf(u.protocol) >= 0 ? u.href : null;
  } catch (e) { return null; }
}
function extLink(href, label, cls) {
  return el('a', { href: href, rel: 'noopener noreferrer nofollow', className: cls || null, text: label });
}

// ---- HTTP ----
function fetchJson(url, opts) {
  return fetch(url, opts).then(function (r) {
    return r.text().then(function (t) {
      var body = null;
      try { body = JSON.parse(t); } catch (e) { body = null; }
      return { ok: r.ok, status: r.status, body: body, text: t };
    });
  });
}
function messageOf(body, fallback) {
  return isObj(body) && typeof body.message === 'string' && body.message !== '' ? body.message : fallback;
}

// ---- HAIL JSONL in the browser: header, event lines, optional stats line ----
function parseHailJsonl(text) {
  var session = null, events = [], stats = null;
  var lines = String(text).split('\n');
  for (var i = 0; i < lines.length; i++) {
    var line = lines[i].replace(/\r$/, '');
    if (line.trim() === '') continue;
    var obj = JSON.parse(line);
    if (!isObj(obj)) throw new Error('line ' + (i + 1) + ' is not an object');
    if (obj.type === 'header') session = { version: obj.version, session_id: obj.session_id, agent: obj.agent || {}, context: obj.context || {} };
    else if (obj.type === 'event') events.push(obj);
    else if (obj.type === 'stats') stats = obj;
  }
  if (!session) throw new Error('no header line');
  session.events = events;
  session.stats = stats || {};
  return session;
}

// ---- Markdown (safe subset, no raw HTML) ----
function inline(parent, s) {
  var re = /(\x60+)([\s\S]+?)\1|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|\b_([^_\s][^_]*)_\b|\[([^\]]+)\]\(([^)\s]+)\)/g;
  var last = 0, m;
  while ((m = re.exec(s)) !== null) {
    if (m.index > last) parent.appendChild(document.createTextNode(s.slice(last, m.index)));
    if (m[1]) parent.appendChild(el('code', { className: 'md-code', text: m[2] }));
    else if (m[3] !== undefined || m[4] !== undefined) inline(parent.appendChild(el('strong')), m[3] !== undefined ? m[3] : m[4]);
    else if (m[5] !== undefined || m[6] !== undefined) inline(parent.appendChild(el('em')), m[5] !== undefined ? m[5] : m[6]);
    else {
      var href = safeHref(m[8], ['http:', 'https:', 'mailto:']);
      if (href && /^(https?|mailto):/i.test(m[8])) parent.appendChild(extLink(href, m[7], 'md-link'));
      else parent.appendChild(document.createTextNode(m[0]));
    }
    last = re.lastIndex;
  }
  if (last < s.length) parent.appendChild(document.createTextNode(s.slice(last)));
}
function codeBlock(code, language, startLine) {
  var start = typeof startLine === 'number' && startLine >= 1 ? Math.floor(startLine) : 1;
  var lines = String(code).replace(/\n$/, '').split('\n');
  var pre = el('pre', { className: 'code-lines', tabindex: '0' });
  for (var i = 0; i < lines.length; i++) {
    pre.appendChild(el('span', { className: 'code-line' }, [
      el('span', { className: 'ln', 'aria-hidden': 'true', text: String(start + i) }),
      el('span', { className: 'lc', text: lines[i] === '' ? ' ' : lines[i] }),
    ]));
  }
  return el('div', { className: 'code-with-lines' }, [el('div', { className: 'code-header', text: language || 'text' }), pre]);
}
function renderMarkdown(src) {
  var root = el('div', { className: 'md-content' });
  var lines = String(src).replace(/\r\n?/g, '\n').split('\n');
  var i = 0, para = [];
  function flush() {
    if (para.length === 0) return;
    var p = el('p');
    for (var j = 0; j < para.length; j++) {
      if (j > 0) p.appendChild(el('br'));
      inline(p, para[j]);
    }
    root.appendChild(p);
    para = [];
  }
  while (i < lines.length) {
    var line = lines[i];
    var fence = /^\s*(\x60{3,}|~{3,})\s*([^\s\x60]*)/.exec(line);
    if (fence) {
      flush();
      var body = [];
      i++;
      while (i < lines.length && lines[i].trim().indexOf(fence[1]) !== 0) { body.push(lines[i]); i++; }
      i++;
      root.appendChild(codeBlock(body.join('\n'), fence[2], 1));
      continue;
    }
    var h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      flush();
      var lvl = h[1].length;
      var hn = el('div', { className: 'md-h' + lvl, role: 'heading', 'aria-level': String(Math.min(6, lvl + 2)) });
      inline(hn, h[2].replace(/\s+#+\s*$/, ''));
      root.appendChild(hn);
      i++;
      continue;
    }
    var ul = /^\s*[-*+]\s+(.*)$/.exec(line), ol = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (ul || ol) {
      flush();
      var ordered = !!ol && !ul;
      var list = el(ordered ? 'ol' : 'ul', { className: 'md-list' });
      while (i < lines.length) {
        var mm = ordered ? /^\s*\d+[.)]\s+(.*)$/.exec(lines[i]) : /^\s*[-*+]\s+(.*)$/.exec(lines[i]);
        if (!mm) break;
        inline(list.appendChild(el('li')), mm[1]);
        i++;
      }
      root.appendChild(list);
      continue;
    }
    var q = /^>\s?(.*)$/.exec(line);
    if (q) {
      flush();
      var bq = el('blockquote', { className: 'md-quote' });
      var qs = [];
      while (i < lines.length && /^>\s?/.test(lines[i])) { qs.push(lines[i].replace(/^>\s?/, '')); i++; }
      inline(bq, qs.join(' '));
      root.appendChild(bq);
      continue;
    }
    if (line.trim() === '') { flush(); i++; continue; }
    para.push(line);
    i++;
  }
  flush();
  return root;
}

// ---- Session model helpers (§4.5) ----
var MESSAGE_TYPES = { UserMessage: 1, AgentMessage: 1, SystemMessage: 1, Thinking: 1 };
var NATIVE_GROUP = {
  UserMessage: 'message', AgentMessage: 'message', SystemMessage: 'message', Thinking: 'reasoning',
  ToolCall: 'tool', ToolResult: 'tool', FileRead: 'file', FileEdit: 'file', FileCreate: 'file', FileDelete: 'file',
  CodeSearch: 'file', FileSearch: 'file', ShellCommand: 'shell', TaskStart: 'task', TaskEnd: 'task',
  WebSearch: 'web', WebFetch: 'web', ImageGenerate: 'media', VideoGenerate: 'media', AudioGenerate: 'media', Custom: 'custom'
};
function etype(ev) { return isObj(ev.event_type) ? str(ev.event_type.type) : ''; }
function edata(ev) { return isObj(ev.event_type) && isObj(ev.event_type.data) ? ev.event_type.data : {}; }
function eattrs(ev) { return isObj(ev.attributes) ? ev.attributes : {}; }
function blocksOf(ev) { return isObj(ev.content) && Array.isArray(ev.content.blocks) ? ev.content.blocks.filter(isObj) : []; }
function unifiedKey(ev) { var t = etype(ev); return t === 'Custom' ? 'Custom:' + str(edata(ev).kind) : t; }
function nativeGroup(ev) { var g = NATIVE_GROUP[etype(ev)]; return g || 'other'; }
function flowKind(ev) {
  var t = etype(ev);
  if (t === 'UserMessage') return 'user';
  if (t === 'AgentMessage' || t === 'Thinking') return 'agent';
  if (t === 'SystemMessage' || t === 'TaskStart' || t === 'TaskEnd' || t === 'Custom') return 'system';
  return 'tool';
}
function callIdOf(ev) {
  var a = eattrs(ev), d = edata(ev);
  if (typeof a['semantic.call_id'] === 'string' && a['semantic.call_id'] !== '') return a['semantic.call_id'];
  if (typeof d.call_id === 'string' && d.call_id !== '') return d.call_id;
  if (typeof a.call_id === 'string' && a.call_id !== '') return a.call_id;
  return '';
}
function sessionTitle(session) {
  var ctx = isObj(session.context) ? session.context : {};
  var t = collapse(str(ctx.title).replace(/<[^>]*>/g, ''));
  if (t !== '') return t;
  var evs = session.events || [];
  for (var i = 0; i < evs.length; i++) {
    if (etype(evs[i]) !== 'UserMessage') continue;
    var bs = blocksOf(evs[i]);
    for (var j = 0; j < bs.length; j++) {
      if (bs[j].type !== 'Text') continue;
      var text = collapse(str(bs[j].text));
      if (text === '') break;
      var cps = Array.from(text);
      return cps.length > 80 ? cps.slice(0, 80).join('') + '\u2026' : text;
    }
    break;
  }
  return 'Untitled Session';
}
function blockText(b) {
  switch (b.type) {
    case 'Text': return str(b.text);
    case 'Code': return str(b.code);
    case 'File': return str(b.path) + '\n' + str(b.content);
    case 'Json': try { return JSON.stringify(b.data); } catch (e) { return ''; }
    case 'Image': case 'Video': case 'Audio': return str(b.url) + ' ' + str(b.alt);
    case 'Reference': return str(b.uri);
    default: return '';
  }
}
function eventText(ev) {
  var d = edata(ev), parts = [etype(ev)];
  ['name', 'command', 'path', 'query', 'pattern', 'url', 'prompt', 'title', 'summary', 'kind', 'diff'].forEach(function (k) {
    if (typeof d[k] === 'string') parts.push(d[k]);
  });
  blocksOf(ev).forEach(function (b) { parts.push(blockText(b)); });
  return parts.join('\n');
}
function isNumber(v) { return typeof v === 'number' && isFinite(v); }

// ---- Timeline renderer ----
var timelines = [];
var activeTimeline = null;

function Timeline(host, session, opts) {
  this.host = host;
  this.session = session;
  this.opts = opts || {};
  this.adapter = this.opts.nativeAdapter || '';
  this.suffix = this.opts.idSuffix || '';
  this.view = this.opts.view === 'native' && this.adapter ? 'native' : 'unified';
  this.query = '';
  this.current = -1;
  this.prepare();
  this.build();
  timelines.push(this);
  if (!activeTimeline) activeTimeline = this;
}
Timeline.prototype.prepare = function () {
  var evs = Array.isArray(this.session.events) ? this.session.events.filter(isObj) : [];
  this.events = evs;
  var calls = {}, nested = {}, results = {};
  for (var i = 0; i < evs.length; i++) {
    var t = etype(evs[i]), id = callIdOf(evs[i]);
    if (t === 'ToolResult') {
      if (id !== '' && Object.prototype.hasOwnProperty.call(calls, id)) {
        nested[i] = true;
        (results[calls[id]] = results[calls[id]] || []).push(i);
      }
    } else if (id !== '' && !MESSAGE_TYPES[t] && !Object.prototype.hasOwnProperty.call(calls, id)) calls[id] = i;
  }
  this.results = results;
  var top = [];
  for (var k = 0; k < evs.length; k++) {
    if (nested[k]) continue;
    if (MESSAGE_TYPES[etype(evs[k])] && blocksOf(evs[k]).length === 0) continue;
    top.push(k);
  }
  this.top = top;
  var uk = {}, nk = {};
  var self = this;
  top.forEach(function (idx) { uk[unifiedKey(evs[idx])] = 1; nk[nativeGroup(evs[idx])] = 1; });
  this.unifiedKeys = Object.keys(uk).sort();
  this.nativeKeys = Object.keys(nk).sort();
  this.texts = {};
  top.forEach(function (idx) {
    var t = eventText(evs[idx]);
    (self.results[idx] || []).forEach(function (r) { t += '\n' + eventText(evs[r]); });
    self.texts[idx] = t.toLowerCase();
  });
  this.selected = { unified: initialSelection(this.unifiedKeys, this.opts.ef), native: initialSelection(this.nativeKeys, this.opts.nf) };
};
function initialSelection(keys, wanted) {
  var sel = {};
  var list = String(wanted || '').split(',').map(function (s) { return s.trim(); }).filter(function (s) { return keys.indexOf(s) >= 0; });
  (list.length > 0 ? list : keys).forEach(function (k) { sel[k] = true; });
  return sel;
}
Timeline.prototype.currentKeys = function () { return this.view === 'native' ? this.nativeKeys : this.unifiedKeys; };
Timeline.prototype.keyOf = function (ev) { return this.view === 'native' ? nativeGroup(ev) : unifiedKey(ev); };
Timeline.prototype.state = function () {
  function on(keys, sel) { return keys.filter(function (k) { return sel[k]; }).sort(); }
  return { view: this.view, ef: on(this.unifiedKeys, this.selected.unified), nf: on(this.nativeKeys, this.selected.native) };
};
Timeline.prototype.build = function () {
  var s = this.session, self = this;
  var agent = isObj(s.agent) ? s.agent : {}, ctx = isObj(s.context) ? s.context : {}, st = isObj(s.stats) ? s.stats : {};
  clear(this.host);
  var root = el('div', { className: 'timeline-view' });
  var level = this.opts.headingLevel || 1;
  var badges = el('div', { className: 'badges' }, [
    el('span', { className: 'badge tool', text: toolLabel(str(agent.tool)) }),
    str(agent.model) ? el('span', { className: 'badge model', text: str(agent.model) }) : null,
    el('span', { className: 'badge', text: fmtDuration(st.duration_seconds) }),
    el('span', { className: 'badge', text: (Number(st.message_count) || 0) + ' messages' }),
    el('span', { className: 'badge', text: (Number(st.files_changed) || 0) + ' files \u00b7 +' + (Number(st.lines_added) || 0) + ' \u2212' + (Number(st.lines_removed) || 0) }),
    str(ctx.created_at) ? el('time', { className: 'badge', datetime: str(ctx.created_at), text: fmtWhen(ctx.created_at) }) : null,
  ]);
  root.appendChild(el('div', { className: 'session-head' }, [el('h' + level, { className: 'session-title', text: sessionTitle(s) }), badges]));
  this.flow = el('div', { className: 'flow', 'data-testid': 'session-flow-bar' });
  root.appendChild(this.flow);
  var controls = el('div', { className: 'timeline-controls' });
  this.tabs = el('div', { className: 'view-tabs', role: 'group', 'aria-label': 'View' });
  controls.appendChild(this.tabs);
  this.chips = el('div', { className: 'chips', role: 'group', 'aria-label': 'Event filters' });
  controls.appendChild(this.chips);
  var sid = 'session-event-search' + this.suffix;
  this.search = el('input', { id: sid, type: 'search', className: 'event-search', placeholder: 'Search this session', autocomplete: 'off' });
  this.count = el('span', { id: sid + '-count', className: 'search-count', role: 'status', 'aria-live': 'polite' });
  controls.appendChild(el('div', { className: 'search-box' }, [el('label', { 'for': sid, text: 'Search events' }), this.search, this.count]));
  root.appendChild(controls);
  var grid = el('div', { className: 'timeline-grid' });
  this.list = el('ol', { className: 'timeline', 'aria-label': 'Events' });
  grid.appendChild(this.list);
  grid.appendChild(this.sidebar());
  root.appendChild(grid);
  this.host.appendChild(root);
  this.search.addEventListener('input', function () { self.query = self.search.value; self.current = -1; self.render(); });
  this.search.addEventListener('focus', function () { activeTimeline = self; });
  root.addEventListener('click', function () { activeTimeline = self; });
  this.search.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { e.preventDefault(); self.move(e.shiftKey ? -1 : 1); }
    else if (e.key === 'Escape') { e.preventDefault(); self.clearSearch(); }
  });
  this.renderControls();
  this.render();
};
Timeline.prototype.sidebar = function () {
  var s = this.session, d = this.opts.detail || {}, agent = isObj(s.agent) ? s.agent : {}, ctx = isObj(s.context) ? s.context : {};
  var attrs = isObj(ctx.attributes) ? ctx.attributes : {};
  var st = isObj(s.stats) ? s.stats : {};
  var src = isObj(d.source) ? [d.source.kind, d.source.ref, d.source.path].filter(function (x) { return typeof x === 'string' && x !== ''; }).join(' \u00b7 ') : (this.opts.sourceLabel || '');
  var rows = [
    ['Session ID', str(s.session_id)],
    ['Tool', toolLabel(str(agent.tool))],
    ['Model', str(agent.model)],
    ['Created', str(ctx.created_at)],
    ['Updated', str(ctx.updated_at)],
    ['Repository', str(d.git_repo_name) || str(attrs['git.repo_name'])],
    ['Branch', str(d.git_branch) || str(attrs['git.branch']) || str(attrs.branch)],
    ['Commit', str(d.git_commit) || str(attrs['git.head']) || str(attrs.git_commit)],
    ['Working directory', str(d.working_directory) || str(attrs.cwd) || str(attrs.working_directory)],
    ['Stats', (Number(st.event_count) || 0) + ' events \u00b7 ' + (Number(st.tool_call_count) || 0) + ' tool calls \u00b7 ' + (Number(st.total_input_tokens) || 0) + ' in / ' + (Number(st.total_output_tokens) || 0) + ' out tokens'],
    ['Source', src],
  ];
  var dl = el('dl');
  rows.forEach(function (r) {
    if (r[1] === '') return;
    dl.appendChild(el('dt', { text: r[0] }));
    dl.appendChild(el('dd', { text: r[1] }));
  });
  return el('aside', { className: 'session-sidebar', 'aria-label': 'Session details' }, [dl]);
};
Timeline.prototype.renderControls = function () {
  var self = this;
  clear(this.tabs);
  var views = [['unified', 'Unified']];
  if (this.adapter) views.push(['native', 'Native (' + this.adapter + ')']);
  views.forEach(function (v) {
    var b = el('button', { type: 'button', className: 'tab', 'aria-pressed': String(self.view === v[0]), 'data-view': v[0], text: v[1] });
    b.addEventListener('click', function () { self.setView(v[0]); });
    self.tabs.appendChild(b);
  });
  clear(this.chips);
  var keys = this.currentKeys(), sel = this.selected[this.view];
  keys.forEach(function (k, i) {
    var n = 0;
    self.top.forEach(function (idx) { if (self.keyOf(self.events[idx]) === k) n++; });
    var b = el('button', { type: 'button', className: 'chip', 'aria-pressed': String(!!sel[k]), 'data-filter-key': k }, [
      i < 9 ? el('kbd', { text: String(i + 1) }) : null, ' ' + k + ' ', el('span', { className: 'chip-count', text: String(n) })]);
    b.addEventListener('click', function () { self.toggle(k); });
    self.chips.appendChild(b);
  });
};
Timeline.prototype.setView = function (v) {
  if (v === 'native' && !this.adapter) v = 'unified';
  this.view = v;
  this.current = -1;
  this.renderControls();
  this.render();
  this.changed();
};
Timeline.prototype.toggle = function (k) {
  var sel = this.selected[this.view];
  sel[k] = !sel[k];
  this.current = -1;
  this.renderControls();
  this.render();
  this.changed();
};
Timeline.prototype.toggleNth = function (n) {
  var keys = this.currentKeys();
  if (n >= 1 && n <= keys.length) this.toggle(keys[n - 1]);
};
Timeline.prototype.changed = function () { if (this.opts.onChange) this.opts.onChange(this.state()); };
Timeline.prototype.clearSearch = function () { this.search.value = ''; this.query = ''; this.current = -1; this.render(); };
Timeline.prototype.visible = function () {
  var self = this, sel = this.selected[this.view], q = this.query.trim().toLowerCase();
  return this.top.filter(function (idx) {
    if (!sel[self.keyOf(self.events[idx])]) return false;
    return q === '' || self.texts[idx].indexOf(q) >= 0;
  });
};
Timeline.prototype.render = function () {
  var self = this, vis = this.visible();
  this.shown = vis;
  clear(this.list);
  vis.forEach(function (idx) { self.list.appendChild(self.card(idx)); });
  if (vis.length === 0) this.list.appendChild(el('li', { className: 'empty', text: 'No events match' }));
  var q = this.query.trim();
  this.count.textContent = q === '' ? '' : vis.length + (vis.length === 1 ? ' match' : ' matches');
  clear(this.flow);
  var counts = { user: 0, agent: 0, system: 0, tool: 0 };
  var bar = el('div', { className: 'flow-bar', role: 'img', 'aria-label': 'Event flow: ' + vis.length + ' events' });
  vis.forEach(function (idx) {
    var k = flowKind(self.events[idx]);
    counts[k]++;
    bar.appendChild(el('span', { className: 'flow-seg flow-' + k, 'data-flow-kind': k }));
  });
  this.flow.appendChild(bar);
  var legend = el('ul', { className: 'flow-legend' });
  ['user', 'agent', 'system', 'tool'].forEach(function (k) {
    legend.appendChild(el('li', { 'data-flow-legend': k }, [el('span', { className: 'swatch flow-' + k, 'aria-hidden': 'true' }), ' ' + k + ' ' + counts[k]]));
  });
  this.flow.appendChild(legend);
};
Timeline.prototype.move = function (dir) {
  if (!this.shown || this.shown.length === 0 || this.query.trim() === '') return;
  var n = this.shown.length;
  this.current = this.current < 0 ? (dir > 0 ? 0 : n - 1) : (this.current + dir + n) % n;
  var nodes = this.list.querySelectorAll('[data-timeline-idx]');
  for (var i = 0; i < nodes.length; i++) nodes[i].classList.toggle('is-current', i === this.current);
  var cur = nodes[this.current];
  if (cur && cur.scrollIntoView) cur.scrollIntoView({ block: 'center' });
};
Timeline.prototype.label = function (ev) {
  var a = eattrs(ev);
  if (this.view === 'native' && typeof a['source.raw_type'] === 'string' && a['source.raw_type'] !== '') return a['source.raw_type'];
  return unifiedKey(ev);
};
function eventBadges(ev) {
  var a = eattrs(ev), out = [];
  if (isNumber(ev.duration_ms)) out.push(el('span', { className: 'badge small', text: ev.duration_ms >= 1000 ? fmtDuration(ev.duration_ms / 1000) : ev.duration_ms + ' ms' }));
  var tin = isNumber(a.input_tokens) ? a.input_tokens : isNumber(a.input_tokens_total) ? a.input_tokens_total : null;
  var tout = isNumber(a.output_tokens) ? a.output_tokens : isNumber(a.output_tokens_total) ? a.output_tokens_total : null;
  if (tin !== null || tout !== null) out.push(el('span', { className: 'badge small tokens', text: (tin || 0) + ' in \u00b7 ' + (tout || 0) + ' out tokens' }));
  return out;
}
function renderBlocks(blocks, asMarkdown) {
  var wrap = el('div', { className: 'blocks' });
  blocks.forEach(function (b) {
    switch (b.type) {
      case 'Text':
        wrap.appendChild(asMarkdown ? renderMarkdown(str(b.text)) : el('pre', { className: 'plain-text', text: str(b.text) }));
        break;
      case 'Code':
        wrap.appendChild(codeBlock(str(b.code), str(b.language), b.start_line));
        break;
      case 'File':
        wrap.appendChild(el('div', { className: 'file-block' }, [el('div', { className: 'path', text: str(b.path) })]));
        if (typeof b.content === 'string') wrap.appendChild(codeBlock(b.content, '', 1));
        break;
      case 'Json':
        var json;
        try { json = JSON.stringify(b.data, null, 2); } catch (e) { json = String(b.data); }
        wrap.appendChild(codeBlock(json, 'json', 1));
        break;
      case 'Image': case 'Video': case 'Audio':
        var href = safeHref(b.url, ['http:', 'https:']);
        var label = b.type + ': ' + (str(b.alt) || str(b.url));
        wrap.appendChild(el('p', { className: 'media' }, [href ? extLink(href, label) : label]));
        break;
      case 'Reference':
        wrap.appendChild(el('p', { className: 'media', text: 'Reference: ' + str(b.uri) }));
        break;
      default:
        break;
    }
  });
  return wrap;
}
function diffView(diff) {
  var pre = el('pre', { className: 'diff', tabindex: '0' });
  String(diff).replace(/\n$/, '').split('\n').forEach(function (line) {
    var c = line.charAt(0);
    var cls = line.indexOf('@@') === 0 ? 'hunk' : line.indexOf('+++') === 0 || line.indexOf('---') === 0 ? 'meta' : c === '+' ? 'add' : c === '-' ? 'del' : 'ctx';
    pre.appendChild(el('span', { className: 'diff-line diff-' + cls, text: line === '' ? ' ' : line }));
  });
  return el('div', { className: 'diff-wrap' }, [pre]);
}
Timeline.prototype.body = function (ev) {
  var t = etype(ev), d = edata(ev), bs = blocksOf(ev), box = el('div', { className: 'event-body' });
  if (MESSAGE_TYPES[t]) { box.appendChild(renderBlocks(bs, true)); return box; }
  switch (t) {
    case 'ShellCommand':
      var exit = isNumber(d.exit_code) ? d.exit_code : null;
      box.appendChild(el('div', { className: 'shell' }, [el('pre', { className: 'command' }, [el('span', { className: 'prompt', 'aria-hidden': 'true', text: '$ ' }), str(d.command)]),
        exit === null ? null : el('span', { className: 'badge exit ' + (exit === 0 ? 'ok' : 'fail'), text: 'exit ' + exit })]));
      break;
    case 'FileEdit':
      box.appendChild(el('div', { className: 'path', text: str(d.path) }));
      if (typeof d.diff === 'string' && d.diff !== '') box.appendChild(diffView(d.diff));
      break;
    case 'FileCreate': case 'FileRead': case 'FileDelete':
      box.appendChild(el('div', { className: 'path', text: str(d.path) }));
      break;
    case 'ToolCall': box.appendChild(el('div', { className: 'tool-name', text: str(d.name) })); break;
    case 'ToolResult':
      box.appendChild(el('div', { className: 'tool-name' }, [str(d.name), ' ', el('span', { className: 'badge ' + (d.is_error === true ? 'fail' : 'ok'), text: d.is_error === true ? 'error' : 'ok' })]));
      break;
    case 'CodeSearch': box.appendChild(el('div', { className: 'query', text: str(d.query) })); break;
    case 'FileSearch': box.appendChild(el('div', { className: 'query', text: str(d.pattern) })); break;
    case 'WebSearch': box.appendChild(el('div', { className: 'query', text: str(d.query) })); break;
    case 'WebFetch':
      var href = safeHref(d.url, ['http:', 'https:']);
      box.appendChild(el('div', { className: 'query' }, [href && /^https?:/i.test(str(d.url)) ? extLink(href, str(d.url)) : str(d.url)]));
      break;
    case 'ImageGenerate': case 'VideoGenerate': case 'AudioGenerate': box.appendChild(el('div', { className: 'query', text: str(d.prompt) })); break;
    case 'TaskStart': if (str(d.title)) box.appendChild(el('div', { className: 'task', text: str(d.title) })); break;
    case 'TaskEnd': if (str(d.summary)) box.appendChild(el('div', { className: 'task', text: str(d.summary) })); break;
    case 'Custom': box.appendChild(el('div', { className: 'task', text: str(d.kind) })); break;
    default: break;
  }
  if (bs.length > 0) box.appendChild(renderBlocks(bs, false));
  return box;
};
Timeline.prototype.card = function (idx) {
  var ev = this.events[idx], self = this, kind = flowKind(ev);
  var head = el('div', { className: 'event-head' }, [
    el('span', { className: 'event-type', text: this.label(ev) }),
    fmtClock(ev.timestamp) ? el('time', { datetime: str(ev.timestamp), text: fmtClock(ev.timestamp) }) : null,
  ].concat(eventBadges(ev)));
  var li = el('li', { className: 'event event-' + kind, 'data-timeline-idx': String(idx), 'data-event-type': etype(ev) }, [head, this.body(ev)]);
  var res = this.results[idx] || [];
  res.forEach(function (r) {
    var rv = self.events[r];
    li.appendChild(el('div', { className: 'tool-result', 'data-result-idx': String(r) }, [
      el('div', { className: 'event-head' }, [el('span', { className: 'event-type', text: 'Result' })].concat(eventBadges(rv))), self.body(rv)]));
  });
  return li;
};

// ---- Keyboard shortcuts (§4.5) ----
function isTyping(t) {
  if (!t || !t.tagName) return false;
  var n = t.tagName.toLowerCase();
  return n === 'input' || n === 'textarea' || n === 'select' || t.isContentEditable;
}
function focusSearch() {
  var box = activeTimeline ? activeTimeline.search : document.getElementById('session-search');
  if (box) { box.focus(); if (box.select) box.select(); return true; }
  return false;
}
document.addEventListener('keydown', function (e) {
  if (e.defaultPrevented) return;
  if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'f' || e.key === 'F')) {
    if (focusSearch()) e.preventDefault();
    return;
  }
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (isTyping(e.target)) return;
  if (e.key === '/' || e.key === '?') { if (focusSearch()) e.preventDefault(); return; }
  if (!activeTimeline) return;
  if (e.key === 'Escape') { activeTimeline.clearSearch(); return; }
  if (e.key === 'n') { activeTimeline.move(1); return; }
  if (e.key === 'p') { activeTimeline.move(-1); return; }
  if (/^[1-9]$/.test(e.key)) { activeTimeline.toggleNth(Number(e.key)); }
});

// ---- Pages ----
function showError(main, message) {
  clear(main);
  append(main, [el('h1', { text: 'Session' }), el('p', { className: 'notice', role: 'alert', text: message }), el('p', null, [el('a', { href: '/', text: 'Back to sessions' })])]);
}

function initList() {
  var box = document.getElementById('session-search');
  if (!box) return;
  var timer = null;
  function go(mutate) {
    var u = new URL(location.href);
    mutate(u.searchParams);
    u.searchParams.delete('page');
    location.replace(u.pathname + (u.searchParams.toString() ? '?' + u.searchParams.toString() : ''));
  }
  box.addEventListener('input', function () {
    if (timer) clearTimeout(timer);
    timer = setTimeout(function () {
      go(function (p) { var v = box.value.trim(); if (v === '') p.delete('search'); else p.set('search', v); });
    }, 300);
  });
  ['session-tool', 'session-sort', 'session-range'].forEach(function (id) {
    var s = document.getElementById(id);
    if (!s) return;
    s.addEventListener('change', function () {
      go(function (p) { if (s.value === '' || (s.name === 'sort' && s.value === 'recent') || (s.name === 'time_range' && s.value === 'all')) p.delete(s.name); else p.set(s.name, s.value); });
    });
  });
}

function initSession() {
  var main = document.getElementById('session-page');
  if (!main) return;
  var id = main.getAttribute('data-session-id') || '';
  var base = '/api/sessions/' + encodeURIComponent(id);
  Promise.all([
    fetch(base + '/raw').then(function (r) {
      return r.text().then(function (t) {
        if (!r.ok) { var b = null; try { b = JSON.parse(t); } catch (e) { b = null; } throw new Error(messageOf(b, 'Failed to load session')); }
        return t;
      });
    }),
    fetchJson(base).then(function (r) { if (!r.ok) throw new Error(messageOf(r.body, 'Failed to load session')); return r.body; }),
  ]).then(function (res) {
    var session;
    try { session = parseHailJsonl(res[0]); } catch (e) { throw new Error('Failed to load session'); }
    clear(main);
    var detail = res[1] || {};
    new Timeline(main, session, { nativeAdapter: str(detail.tool) || str((session.agent || {}).tool), detail: detail });
    document.title = sessionTitle(session) + ' \u00b7 OpenSession';
  }).catch(function (e) {
    showError(main, e && e.message ? e.message : 'Failed to load session');
  });
}

// base64url (no padding) of UTF-8 text.
function b64url(text) {
  var bytes = new TextEncoder().encode(text), bin = '';
  for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
function encSeg(s) {
  var out;
  try { out = encodeURIComponent(s); } catch (e) { out = encodeURIComponent(String(s).replace(/[\ud800-\udfff]/g, '\ufffd')); }
  return out.replace(/[!'()*]/g, function (c) { return '%' + c.charCodeAt(0).toString(16).toUpperCase(); });
}
function canonicalSourcePath(req) {
  var src = req.source, head;
  if (req.provider === 'gh') head = '/src/gh/' + encodeURIComponent(src.owner) + '/' + encodeURIComponent(src.repo);
  else if (req.provider === 'gl') head = '/src/gl/' + b64url(src.remote.replace(/^https:\/\/gitlab\.com\//, ''));
  else head = '/src/git/' + b64url(src.remote);
  return head + '/ref/' + encSeg(src.ref) + '/path/' + src.path.split('/').map(encSeg).join('/');
}

function initSource() {
  var main = document.getElementById('source-page');
  var island = document.getElementById('source-request');
  if (!main || !island) return;
  var req;
  try { req = JSON.parse(island.textContent || ''); } catch (e) { return; }
  var hint = req.parser_hint || null;
  var ui = { view: req.view || '', ef: req.ef || '', nf: req.nf || '' };
  var cache = {};
  function writeUrl(state) {
    var q = [];
    q.push('view=' + encodeURIComponent(state.view));
    q.push('ef=' + state.ef.map(encodeURIComponent).join(','));
    q.push('nf=' + state.nf.map(encodeURIComponent).join(','));
    if (hint) q.push('parser_hint=' + encodeURIComponent(hint));
    history.replaceState(null, '', canonicalSourcePath(req) + '?' + q.join('&'));
  }
  function box(msg) {
    clear(main);
    append(main, [el('h1', { text: 'Source timeline' }), el('p', { className: 'notice', role: 'alert', text: msg }), el('p', null, [el('a', { href: '/', text: 'Back to sessions' })])]);
  }
  function preview() {
    var key = hint || '';
    if (cache[key]) return Promise.resolve(cache[key]);
    return fetchJson('/api/parse/preview', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ source: req.source, parser_hint: hint }),
    }).then(function (r) { if (r.ok) cache[key] = r; return r; });
  }
  function show(r) {
    var b = r.body || {};
    clear(main);
    var src = isObj(b.source) ? b.source : req.source;
    var label = src.kind === 'github' ? src.owner + '/' + src.repo + '@' + src.ref + ':' + src.path
      : src.kind === 'inline' ? str(src.filename) : str(src.remote) + '@' + str(src.ref) + ':' + str(src.path);
    main.appendChild(el('p', { className: 'source-banner', 'data-testid': 'source-banner', text: 'Source \u00b7 ' + src.kind + ' \u00b7 ' + label + ' \u00b7 parser: ' + str(b.parser_used) }));
    if (Array.isArray(b.warnings) && b.warnings.length > 0) {
      var ul = el('ul', { className: 'warnings', 'aria-label': 'Warnings' });
      b.warnings.forEach(function (w) { ul.appendChild(el('li', { text: String(w) })); });
      main.appendChild(ul);
    }
    var host = el('div', { className: 'timeline-host' });
    main.appendChild(host);
    var session = isObj(b.session) ? b.session : { events: [] };
    var tl = new Timeline(host, session, {
      nativeAdapter: str(b.native_adapter), view: ui.view, ef: ui.ef, nf: ui.nf, sourceLabel: label,
      onChange: function (state) { ui = { view: state.view, ef: state.ef.join(','), nf: state.nf.join(',') }; writeUrl(state); },
    });
    document.title = sessionTitle(session) + ' \u00b7 OpenSession';
    writeUrl(tl.state());
  }
  function picker(r) {
    var b = r.body || {};
    clear(main);
    var panel = el('section', { className: 'parser-picker', 'aria-labelledby': 'parser-picker-title' }, [
      el('h1', { id: 'parser-picker-title', text: 'Parser selection required' }),
      el('p', { text: messageOf(b, '') }),
    ]);
    var list = el('div', { className: 'candidates' });
    (Array.isArray(b.parser_candidates) ? b.parser_candidates : []).forEach(function (c) {
      if (!isObj(c)) return;
      var btn = el('button', { type: 'button', className: 'candidate', 'data-parser-id': str(c.id), text: str(c.id) + ' \u00b7 ' + c.confidence + '% \u00b7 ' + str(c.reason) });
      btn.addEventListener('click', function () {
        hint = str(c.id);
        var u = new URL(location.href);
        u.searchParams.set('parser_hint', hint);
        history.replaceState(null, '', u.pathname + '?' + u.searchParams.toString());
        run();
      });
      list.appendChild(btn);
    });
    panel.appendChild(list);
    main.appendChild(panel);
  }
  function run() {
    preview().then(function (r) {
      if (r.ok) show(r);
      else if (r.status === 422 && isObj(r.body) && r.body.code === 'parser_selection_required') picker(r);
      else box(messageOf(r.body, 'Failed to parse source'));
    }).catch(function () { box('Failed to parse source'); });
  }
  fetchJson('/api/capabilities').then(function (r) { return r.ok && isObj(r.body) && r.body.parse_preview_enabled === true; }, function () { return false; })
    .then(function (enabled) {
      if (!enabled) { box('This server does not support source parse preview.'); return; }
      run();
    });
}

function initReview() {
  var island = document.getElementById('review-sessions');
  if (!island) return;
  var sessions;
  try { sessions = JSON.parse(island.textContent || '[]'); } catch (e) { return; }
  var hosts = document.querySelectorAll('[data-review-session]');
  for (var i = 0; i < hosts.length; i++) {
    var n = Number(hosts[i].getAttribute('data-review-session'));
    var s = sessions[n];
    var host = hosts[i].querySelector('.timeline-host');
    if (!isObj(s) || !host) continue;
    new Timeline(host, s, { nativeAdapter: str((s.agent || {}).tool), headingLevel: 3, idSuffix: '-' + n });
  }
}

function init() { initList(); initSession(); initSource(); initReview(); }
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
})();
`;

;// CONCATENATED MODULE: ./cli/serve/web/html.ts
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
/** Escapes text for an HTML text node or a double-quoted attribute value. */
function esc(s) {
    return s.replace(/[&<>"']/g, (c) => c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;');
}
/**
 * JSON for `<script type="application/json">`: `<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX`, so no session
 * text can close the element or break a JavaScript parser that reads it.
 */
function jsonIsland(id, value) {
    const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    return `<script type="application/json" id="${esc(id)}">${json}</script>`;
}
const SHORTCUTS = [
    ['/', 'search'],
    ['n / p', 'next / previous match'],
    ['Esc', 'clear search'],
    ['1–9', 'toggle filter chips'],
];
function layout(o) {
    const keys = SHORTCUTS.map(([k, what]) => `<li><kbd>${esc(k)}</kbd> ${esc(what)}</li>`).join('');
    return ('<!doctype html>\n' +
        '<html lang="en"><head><meta charset="utf-8">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<meta name="color-scheme" content="light dark">' +
        `<title>${esc(o.title)} · OpenSession</title>` +
        '<link rel="stylesheet" href="/assets/app.css">' +
        '<script src="/assets/app.js" defer></script>' +
        `</head><body data-page="${esc(o.page)}">` +
        '<header class="site-header"><a class="brand" href="/">OpenSession</a>' +
        '<nav aria-label="Main"><a href="/">Sessions</a></nav></header>' +
        o.body +
        `<footer class="site-footer"><h2 class="visually-hidden">Keyboard shortcuts</h2><ul class="shortcuts">${keys}</ul></footer>` +
        '</body></html>\n');
}
function pageHeaders(res, status) {
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
}
/** Writes a page (no body for HEAD). */
function sendPage(res, method, status, html) {
    pageHeaders(res, status);
    const body = Buffer.from(html, 'utf8');
    res.setHeader('Content-Length', String(body.length));
    res.end(method === 'HEAD' ? undefined : body);
}
function notFoundPage() {
    return layout({
        title: 'Not Found',
        page: 'not-found',
        body: '<main id="not-found"><h1>404</h1><p>Not Found</p><p><a href="/">Back to sessions</a></p></main>',
    });
}
/** A page with one message box (bad source paths, disabled features). */
function messagePage(title, message, page = 'message') {
    return layout({
        title,
        page,
        body: `<main id="message-page"><h1>${esc(title)}</h1><p class="notice" role="alert">${esc(message)}</p><p><a href="/">Back to sessions</a></p></main>`,
    });
}

;// CONCATENATED MODULE: ./cli/serve/web/format.ts
// Labels shared by the server-rendered list and the browser timeline (daemon-and-server.md §4.5 badges).
const TOOL_LABELS = {
    'claude-code': 'Claude Code',
    codex: 'Codex',
    opencode: 'OpenCode',
    cline: 'Cline',
    amp: 'Amp',
    gemini: 'Gemini',
    cursor: 'Cursor',
};
function toolLabel(tool) {
    return Object.hasOwn(TOOL_LABELS, tool) ? TOOL_LABELS[tool] : tool;
}
/** `1h 02m`, `3m 04s`, `5s`. */
function formatDuration(totalSeconds) {
    const s = Math.max(0, Math.floor(totalSeconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    if (h > 0)
        return `${h}h ${String(m).padStart(2, '0')}m`;
    if (m > 0)
        return `${m}m ${String(sec).padStart(2, '0')}s`;
    return `${sec}s`;
}
/** `2025-03-02 10:00 UTC` from an RFC 3339 timestamp (shown text; the `datetime` attribute keeps the original). */
function formatWhen(ts) {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(ts);
    return m === null ? ts : `${m[1]} ${m[2]} UTC`;
}
/** The §4.5 title rule on a whole-session object: the context title without tags, else the first prompt (80). */
function sessionDisplayTitle(session) {
    const s = session;
    const collapse = (t) => t.replace(/\s+/g, ' ').trim();
    const title = typeof s.context?.title === 'string' ? collapse(s.context.title.replace(/<[^>]*>/g, '')) : '';
    if (title !== '')
        return title;
    const events = Array.isArray(s.events) ? s.events : [];
    const first = events.find((e) => e?.event_type?.type === 'UserMessage');
    const blocks = first?.content?.blocks;
    const text = Array.isArray(blocks)
        ? blocks.find((b) => b?.type === 'Text')
        : undefined;
    if (typeof text?.text === 'string' && collapse(text.text) !== '') {
        const cps = Array.from(collapse(text.text));
        return cps.length > 80 ? cps.slice(0, 80).join('') + '…' : cps.join('');
    }
    return 'Untitled Session';
}

;// CONCATENATED MODULE: ./cli/serve/web/pages.ts


const SORTS = ['recent', 'popular', 'longest'];
const SORT_LABELS = { recent: 'Most recent', popular: 'Most messages', longest: 'Longest' };
const RANGES = ['all', '24h', '7d', '30d'];
const RANGE_LABELS = {
    all: 'Any time',
    '24h': 'Last 24 hours',
    '7d': 'Last 7 days',
    '30d': 'Last 30 days',
};
/** §4.2: the API's query parameters; invalid values fall back to defaults instead of an error. */
function listQueryFrom(params) {
    const page = params.get('page') ?? '';
    const perPage = params.get('per_page') ?? '';
    const sort = params.get('sort') ?? '';
    const range = params.get('time_range') ?? '';
    return {
        page: /^[0-9]+$/.test(page) && Number(page) >= 1 && Number.isSafeInteger(Number(page)) ? Number(page) : 1,
        per_page: /^[0-9]+$/.test(perPage) && Number.isSafeInteger(Number(perPage)) ? Number(perPage) : undefined,
        search: (params.get('search') ?? '').trim(),
        tool: (params.get('tool') ?? '').trim(),
        sort: SORTS.includes(sort) ? sort : 'recent',
        time_range: RANGES.includes(range) ? range : 'all',
    };
}
function apiQuery(q, page = q.page) {
    const p = new URLSearchParams();
    p.set('page', String(page));
    if (q.per_page !== undefined)
        p.set('per_page', String(q.per_page));
    if (q.search !== '')
        p.set('search', q.search);
    if (q.tool !== '')
        p.set('tool', q.tool);
    p.set('sort', q.sort);
    p.set('time_range', q.time_range);
    return p.toString();
}
/** The page URL for the same filters on another page (defaults left out to keep links short). */
function pageHref(q, page) {
    const p = new URLSearchParams();
    if (q.search !== '')
        p.set('search', q.search);
    if (q.tool !== '')
        p.set('tool', q.tool);
    if (q.sort !== 'recent')
        p.set('sort', q.sort);
    if (q.time_range !== 'all')
        p.set('time_range', q.time_range);
    if (q.per_page !== undefined)
        p.set('per_page', String(q.per_page));
    if (page > 1)
        p.set('page', String(page));
    const s = p.toString();
    return s === '' ? '/' : `/?${s}`;
}
function isListBody(v) {
    return v !== null && typeof v === 'object' && Array.isArray(v.sessions);
}
/** Tool ids the parsers write (parsers.md); other ids still show when a listed session has one. */
const KNOWN_TOOLS = ['amp', 'claude-code', 'cline', 'codex', 'cursor', 'gemini', 'opencode'];
/** The index refreshes at most every 2 s (§3.5), so the known-tool counts are kept as long per server. */
const TOOLS_TTL_MS = 2000;
const toolsCache = new WeakMap();
function knownToolsInIndex(api) {
    const hit = toolsCache.get(api);
    if (hit !== undefined && Date.now() - hit.at < TOOLS_TTL_MS)
        return hit.tools;
    const tools = Promise.all(KNOWN_TOOLS.map(async (t) => {
        const r = await api('GET', `/api/sessions?per_page=1&tool=${encodeURIComponent(t)}`);
        return r.status === 200 && isListBody(r.body) && r.body.total > 0 ? t : undefined;
    })).then((ts) => ts.filter((t) => t !== undefined));
    toolsCache.set(api, { at: Date.now(), tools });
    return tools;
}
/**
 * Tools for the filter: each known tool with at least one session (one `per_page=1` count each, cheap for the
 * index), plus the tools of the listed sessions and the selected one.
 */
async function distinctTools(api, current, listed) {
    const tools = new Set(await knownToolsInIndex(api));
    if (current !== '')
        tools.add(current);
    for (const s of listed)
        if (typeof s.tool === 'string' && s.tool !== '')
            tools.add(s.tool);
    return [...tools].sort((a, b) => toolLabel(a).localeCompare(toolLabel(b)));
}
function pages_option(value, label, selected) {
    return `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(label)}</option>`;
}
function sessionItem(s) {
    const meta = [
        `<span class="badge tool">${esc(toolLabel(s.tool))}</span>`,
        s.agent_model !== '' ? `<span class="badge model">${esc(s.agent_model)}</span>` : '',
        `<time datetime="${esc(s.created_at)}">${esc(formatWhen(s.created_at))}</time>`,
        `<span>${s.message_count} ${s.message_count === 1 ? 'message' : 'messages'}</span>`,
        `<span>${esc(formatDuration(s.duration_seconds))}</span>`,
    ];
    const where = [s.git_repo_name, s.git_branch].filter((x) => typeof x === 'string' && x !== '');
    if (where.length > 0)
        meta.push(`<span class="where">${esc(where.join(' · '))}</span>`);
    return (`<li data-session-id="${esc(s.id)}"><a class="session-link" href="/sessions/${esc(encodeURIComponent(s.id))}">` +
        `<span class="session-title">${esc(s.display_title)}</span></a>` +
        `<div class="session-meta">${meta.filter((m) => m !== '').join('')}</div></li>`);
}
async function renderListPage(api, params) {
    const q = listQueryFrom(params);
    const r = await api('GET', `/api/sessions?${apiQuery(q)}`);
    let list = { sessions: [], total: 0, page: q.page, per_page: q.per_page ?? 20 };
    let failure;
    if (r.status === 200 && isListBody(r.body))
        list = r.body;
    else
        failure = messageOf(r.body) ?? 'Failed to load sessions';
    const tools = await distinctTools(api, q.tool, list.sessions);
    const form = '<form class="filters" method="get" action="/" role="search">' +
        '<label for="session-search">Search sessions</label>' +
        `<input id="session-search" name="search" type="search" value="${esc(q.search)}" placeholder="Title, description or tag" autocomplete="off">` +
        '<label for="session-tool">Tool</label>' +
        `<select id="session-tool" name="tool">${pages_option('', 'All tools', q.tool === '')}${tools
            .map((t) => pages_option(t, toolLabel(t), t === q.tool))
            .join('')}</select>` +
        '<label for="session-sort">Sort</label>' +
        `<select id="session-sort" name="sort">${SORTS.map((s) => pages_option(s, SORT_LABELS[s], s === q.sort)).join('')}</select>` +
        '<label for="session-range">Time range</label>' +
        `<select id="session-range" name="time_range">${RANGES.map((s) => pages_option(s, RANGE_LABELS[s], s === q.time_range)).join('')}</select>` +
        (q.per_page !== undefined ? `<input type="hidden" name="per_page" value="${q.per_page}">` : '') +
        '<button type="submit">Apply</button></form>';
    let results;
    if (failure !== undefined)
        results = `<p class="notice" role="alert">${esc(failure)}</p>`;
    else if (list.sessions.length === 0)
        results = '<p class="empty">No sessions found</p>';
    else
        results = `<ul id="session-list">${list.sessions.map(sessionItem).join('')}</ul>`;
    const nav = [];
    if (list.page > 1)
        nav.push(`<a rel="prev" href="${esc(pageHref(q, list.page - 1))}">Previous</a>`);
    if (list.page * list.per_page < list.total)
        nav.push(`<a rel="next" href="${esc(pageHref(q, list.page + 1))}">Next</a>`);
    const count = failure === undefined
        ? `<p class="count" id="session-count">${list.total} ${list.total === 1 ? 'session' : 'sessions'}</p>`
        : '';
    return layout({
        title: 'Sessions',
        page: 'list',
        body: `<main id="list-page"><h1>Sessions</h1>${form}${count}${results}` +
            (nav.length > 0 ? `<nav class="pager" aria-label="Pages">${nav.join('')}</nav>` : '') +
            '</main>',
    });
}
function messageOf(body) {
    if (body !== null && typeof body === 'object' && typeof body.message === 'string')
        return body.message;
    return undefined;
}
const NOSCRIPT = '<noscript><p class="notice">This page needs JavaScript to show the timeline.</p></noscript>';
function renderSessionShell(id) {
    return layout({
        title: 'Session',
        page: 'session',
        body: `<main id="session-page" data-session-id="${esc(id)}">${NOSCRIPT}` +
            '<p class="loading" role="status">Loading session…</p></main>',
    });
}
function renderSourceShell(provider, source, parserHint, query) {
    const state = {
        provider,
        source,
        parser_hint: parserHint,
        view: query.get('view') ?? '',
        ef: query.get('ef') ?? '',
        nf: query.get('nf') ?? '',
    };
    return layout({
        title: 'Source timeline',
        page: 'source',
        body: `<main id="source-page">${NOSCRIPT}<p class="loading" role="status">Loading source…</p></main>` +
            jsonIsland('source-request', state),
    });
}
function shortSha(sha) {
    return /^[0-9a-f]{7,}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
function renderReviewPage(bundle) {
    const pr = bundle.pr;
    const heading = pr.number > 0
        ? `${pr.owner}/${pr.repo} #${pr.number}`
        : pr.owner === 'local'
            ? 'Local session'
            : `${pr.owner}/${pr.repo}`;
    const titles = new Map();
    for (const s of bundle.sessions)
        titles.set(s.session_id, sessionDisplayTitle(s.session));
    const anchor = (id) => `session-${bundle.sessions.findIndex((s) => s.session_id === id)}`;
    const commits = bundle.commits
        .map((c) => {
        const linked = c.session_ids.length === 0
            ? '<p class="muted">No linked sessions</p>'
            : `<ul class="linked">${c.session_ids
                .map((id) => titles.has(id)
                ? `<li><a href="#${anchor(id)}">${esc(titles.get(id) ?? id)}</a></li>`
                : `<li>${esc(id)} <span class="muted">(not in bundle)</span></li>`)
                .join('')}</ul>`;
        return (`<li class="commit" data-commit-sha="${esc(c.sha)}"><code>${esc(shortSha(c.sha))}</code> ` +
            `<span class="commit-title">${esc(c.title)}</span>` +
            (c.author_name !== '' ? ` <span class="muted">by ${esc(c.author_name)}</span>` : '') +
            `${linked}</li>`);
    })
        .join('');
    const sessions = bundle.sessions
        .map((s, i) => `<section class="review-session" id="session-${i}" data-review-session="${i}" aria-label="Session ${esc(s.session_id)}">` +
        `<p class="muted">Session <code>${esc(s.session_id)}</code>` +
        (s.commit_shas.length > 0
            ? ` · commits ${s.commit_shas.map((c) => `<code>${esc(shortSha(c))}</code>`).join(' ')}`
            : '') +
        '</p><div class="timeline-host"></div></section>')
        .join('');
    const link = /^https?:\/\//i.test(pr.url)
        ? `<a href="${esc(pr.url)}" rel="noopener noreferrer nofollow">${esc(pr.url)}</a>`
        : esc(pr.url);
    return layout({
        title: `Review ${bundle.review_id}`,
        page: 'review',
        body: `<main id="review-page" data-review-id="${esc(bundle.review_id)}">` +
            `<h1>Review: ${esc(heading)}</h1>` +
            `<p class="muted">${link} · review id <code>${esc(bundle.review_id)}</code> · generated ${esc(bundle.generated_at)}</p>` +
            `<h2>Commits (${bundle.commits.length})</h2><ol id="review-commits">${commits}</ol>` +
            `<h2>Sessions (${bundle.sessions.length})</h2>` +
            (bundle.sessions.length === 0 ? '<p class="empty">No sessions linked to these commits</p>' : sessions) +
            NOSCRIPT +
            '</main>' +
            jsonIsland('review-sessions', bundle.sessions.map((s) => s.session)),
    });
}

// EXTERNAL MODULE: ./cli/serve/web/review-bundle.ts
var review_bundle = __webpack_require__(5189);
;// CONCATENATED MODULE: ./cli/serve/web/source-route.ts
// `/src/{gh|gl|git}/…` route parsing (daemon-and-server.md §4.4): raw path pieces → the parse-preview request.
const PARSER_IDS = ['hail', 'codex', 'claude-code', 'gemini', 'amp', 'cline', 'cursor', 'opencode'];
const EXPECTED = {
    gh: '/src/gh/<owner>/<repo>/ref/<ref>/path/<path...>',
    gl: '/src/gl/<project_b64>/ref/<ref>/path/<path...>',
    git: '/src/git/<remote_b64>/ref/<ref>/path/<path...>',
};
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Strict base64url → UTF-8 text (§4.4, §6 Base64); undefined when invalid or empty. */
function decodeBase64Url(s) {
    if (!/^[A-Za-z0-9_-]+={0,2}$/.test(s))
        return undefined;
    const body = s.replace(/=+$/, '');
    if (body.length % 4 === 1)
        return undefined;
    try {
        const text = UTF8.decode(Buffer.from(body, 'base64url'));
        return text === '' ? undefined : text;
    }
    catch {
        return undefined;
    }
}
function decodePiece(p) {
    try {
        return decodeURIComponent(p);
    }
    catch {
        return undefined;
    }
}
/** `rest` = the raw path after `/src/`, e.g. `gh/acme/demo/ref/main/path/a.jsonl`. */
function parseSourceRoute(rest) {
    const all = rest.split('/');
    const provider = all[0] ?? '';
    if (provider !== 'gh' && provider !== 'gl' && provider !== 'git') {
        const shown = decodePiece(provider) ?? provider;
        return { ok: false, status: 404, message: `Unsupported source provider '${shown}'. Expected /src/<gh|gl|git>/...` };
    }
    const bad = { ok: false, status: 400, message: `Invalid source path. Expected ${EXPECTED[provider]}` };
    const pieces = all.slice(1).filter((p) => p !== '');
    const refAt = provider === 'gh' ? 2 : 1;
    const minPieces = provider === 'gh' ? 6 : 5;
    if (pieces.length < minPieces || pieces[refAt] !== 'ref')
        return bad;
    let keyword = -1;
    for (let i = refAt + 2; i < pieces.length; i++) {
        if (pieces[i] === 'path') {
            keyword = i;
            break;
        }
    }
    if (keyword < 0 || keyword === pieces.length - 1)
        return bad;
    const refParts = pieces.slice(refAt + 1, keyword).map(decodePiece);
    const pathParts = pieces.slice(keyword + 1).map(decodePiece);
    if (refParts.some((p) => p === undefined) || pathParts.some((p) => p === undefined))
        return bad;
    const ref = refParts.join('/');
    const path = pathParts.join('/');
    if (ref === '' || path === '')
        return bad;
    if (provider === 'gh') {
        const owner = decodePiece(pieces[0]);
        const repo = decodePiece(pieces[1]);
        if (owner === undefined || repo === undefined || owner === '' || repo === '')
            return bad;
        return { ok: true, provider, source: { kind: 'github', owner, repo, ref, path } };
    }
    const decoded = decodeBase64Url(pieces[0]);
    if (decoded === undefined)
        return bad;
    const remote = provider === 'gl' ? `https://gitlab.com/${decoded}` : decoded;
    return { ok: true, provider, source: { kind: 'git', remote, ref, path } };
}
/** The `parser_hint` query value when it names one of the parsers, else null. */
function parserHintFrom(value) {
    return value !== null && PARSER_IDS.includes(value) ? value : null;
}

;// CONCATENATED MODULE: ./cli/serve/web/index.ts
// The web pages of `opensession serve` (daemon-and-server.md §4): the server hands every non-/api GET/HEAD here.








function asset(text, type) {
    const body = Buffer.from(text, 'utf8');
    return { body, type, etag: `"${(0,external_node_crypto_.createHash)('sha256').update(body).digest('hex').slice(0, 32)}"` };
}
const ASSETS = {
    '/assets/app.js': asset(APP_JS, 'text/javascript; charset=utf-8'),
    '/assets/app.css': asset(APP_CSS, 'text/css; charset=utf-8'),
};
function sendAsset(req, res, a) {
    res.setHeader('Content-Type', a.type);
    res.setHeader('ETag', a.etag);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const match = (req.headers['if-none-match'] ?? '')
        .split(',')
        .map((s) => s.trim())
        .includes(a.etag);
    if (match) {
        res.statusCode = 304;
        res.end();
        return;
    }
    res.statusCode = 200;
    res.setHeader('Content-Length', String(a.body.length));
    res.end(req.method === 'HEAD' ? undefined : a.body);
}
function redirect(res, location) {
    res.statusCode = 308;
    res.setHeader('Location', location);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Length', '0');
    res.end();
}
/** Decodes one raw path piece strictly (undefined on bad percent-encoding or invalid UTF-8). */
function web_decodePiece(p) {
    try {
        return decodeURIComponent(p);
    }
    catch {
        return undefined;
    }
}
const RESERVED = /^\/(git|gh|resolve|upload)(\/.*)?$/;
async function routeWeb(req, res, ctx) {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD')
        return false;
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const rawPath = q < 0 ? raw : raw.slice(0, q);
    const search = q < 0 ? '' : raw.slice(q);
    const params = new URLSearchParams(search);
    const send = (status, html) => {
        sendPage(res, method, status, html);
        return true;
    };
    if (Object.hasOwn(ASSETS, rawPath)) {
        sendAsset(req, res, ASSETS[rawPath]);
        return true;
    }
    if (rawPath === '/favicon.ico') {
        res.statusCode = 204;
        res.setHeader('Cache-Control', 'no-cache');
        res.end();
        return true;
    }
    if (rawPath === '/')
        return send(200, await renderListPage(ctx.api, params));
    if (rawPath === '/sessions' || rawPath === '/sessions/') {
        redirect(res, `/${search}`);
        return true;
    }
    if (RESERVED.test(rawPath))
        return send(404, notFoundPage());
    const pieces = rawPath.split('/').slice(1);
    if (pieces[0] === 'session' && pieces.length === 2 && pieces[1] !== '') {
        redirect(res, `/sessions/${pieces[1]}${search}`);
        return true;
    }
    if (pieces[0] === 'sessions' && pieces.length === 2 && pieces[1] !== '') {
        const id = web_decodePiece(pieces[1]);
        if (id === undefined)
            return send(404, notFoundPage());
        const r = await ctx.api('GET', `/api/sessions/${encodeURIComponent(id)}`);
        if (r.status === 404)
            return send(404, notFoundPage());
        return send(200, renderSessionShell(id));
    }
    if (pieces[0] === 'src' && pieces.length >= 2) {
        const route = parseSourceRoute(pieces.slice(1).join('/'));
        if (!route.ok)
            return send(route.status, messagePage('Source timeline', route.message, 'source-error'));
        return send(200, renderSourceShell(route.provider, route.source, parserHintFrom(params.get('parser_hint')), params));
    }
    if (pieces[0] === 'review' && pieces[1] === 'local' && pieces.length === 3) {
        const id = web_decodePiece(pieces[2]) ?? '';
        const r = (0,review_bundle/* readLocalReviewBundle */.SK)(ctx.reviewRoot, id);
        if (!r.ok) {
            if (r.status === 404 && ctx.reviewRoot !== undefined)
                return send(404, notFoundPage());
            return send(r.status, messagePage('Local review', r.message, 'review-error'));
        }
        return send(200, renderReviewPage(r.bundle));
    }
    return send(404, notFoundPage());
}
/** The `WebHandler` of the seam (`cli/serve/contract.ts`). */
const handleWeb = routeWeb;


/***/ })

};
;