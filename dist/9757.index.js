"use strict";
exports.id = 9757;
exports.ids = [9757];
exports.modules = {

/***/ 9757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  codexParser: () => (/* binding */ codexParser),
  createCodexLineParser: () => (/* binding */ createCodexLineParser),
  findGitField: () => (/* binding */ findGitField),
  isInjectedLowered: () => (/* binding */ isInjectedLowered),
  isInjectedUserText: () => (/* binding */ isInjectedUserText),
  parsePatchSections: () => (/* binding */ parsePatchSections),
  patchParts: () => (/* binding */ patchParts)
});

// EXTERNAL MODULE: ./core/hail/json.ts
var json = __webpack_require__(393);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./core/parsers/common/builder.ts
var builder = __webpack_require__(9238);
// EXTERNAL MODULE: ./core/parsers/common/fs.ts
var fs = __webpack_require__(5682);
// EXTERNAL MODULE: ./core/parsers/common/json.ts
var common_json = __webpack_require__(4659);
// EXTERNAL MODULE: ./core/parsers/common/lines.ts
var lines = __webpack_require__(7242);
// EXTERNAL MODULE: ./core/parsers/common/rules.ts
var rules = __webpack_require__(2198);
// EXTERNAL MODULE: ./core/parsers/common/time.ts
var time = __webpack_require__(2536);
;// CONCATENATED MODULE: ./core/parsers/codex/calls.ts
/** How many of the newest calls a lookup scans before it turns to the index. */
const RECENT = 16;
/** Same answers as CallTracker (open, closeById, closeLatest) for every sequence of calls. */
class RolloutCalls {
    /** Every call in open order; a repeated id's newest entry is the one that counts. */
    entries = [];
    /** Newest entry per id among entries[0, indexed). */
    index = new Map();
    indexed = 0;
    /** Ids in open order, popped by closeLatest (CallTracker's `order`). */
    order = [];
    last;
    /** Registers a call; a repeated id replaces the earlier entry and re-opens it. */
    open(info) {
        this.entries.push({ info, done: false });
        this.order.push(info.callId);
        this.last = info;
    }
    /** The newest entry with this id. */
    find(callId) {
        const entries = this.entries;
        const stop = Math.max(this.indexed, entries.length - RECENT);
        for (let i = entries.length - 1; i >= stop; i--)
            if (entries[i].info.callId === callId)
                return entries[i];
        if (stop > this.indexed) {
            // entries[indexed, stop) were not scanned: index them (oldest first, so the newest of an id wins)
            for (let i = this.indexed; i < stop; i++)
                this.index.set(entries[i].info.callId, entries[i]);
            this.indexed = stop;
        }
        return this.index.get(callId);
    }
    /** Marks the call answered and returns it; undefined when the id is unknown. */
    closeById(callId) {
        const entry = this.find(callId);
        if (!entry)
            return undefined;
        entry.done = true;
        return entry.info;
    }
    /** Pairs a result that carries no call id (2.12); undefined when there is no call at all. */
    closeLatest() {
        const order = this.order;
        while (order.length > 0) {
            const id = order[order.length - 1];
            const entry = this.find(id);
            if (entry && !entry.done && entry.info.callId === id) {
                entry.done = true;
                order.pop();
                return entry.info;
            }
            order.pop();
        }
        return this.last;
    }
}

;// CONCATENATED MODULE: ./core/parsers/codex/clock.ts

function digit(s, i) {
    const d = s.charCodeAt(i) - 0x30;
    return d >= 0 && d <= 9 ? d : -1000000;
}
/**
 * Nanoseconds since midnight of `HH:MM:SS[.f{1,9}]Z` at offset 11 of `s` (the common form of 2.10), or -1 when
 * `s` is not in that form from offset 10 on (`T` included). The day part is not looked at.
 */
function timeOfDayNs(s) {
    const len = s.length;
    if (len < 20 || len > 30 || s.charCodeAt(len - 1) !== 0x5a /* Z */)
        return -1;
    if (s.charCodeAt(10) !== 0x54 /* T */ || s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a)
        return -1;
    const hh = digit(s, 11) * 10 + digit(s, 12);
    const mm = digit(s, 14) * 10 + digit(s, 15);
    const ss = digit(s, 17) * 10 + digit(s, 18);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59)
        return -1;
    let nanos = 0;
    if (len > 20) {
        if (s.charCodeAt(19) !== 0x2e /* . */ || len === 21)
            return -1;
        for (let i = 20; i < len - 1; i++) {
            const d = digit(s, i);
            if (d < 0)
                return -1;
            nanos = nanos * 10 + d;
        }
        nanos *= 10 ** (30 - len); // 9 - (len - 21) fraction digits
    }
    // below 86,400e9 + 1e9 < 2^53: exact
    return (hh * 3600 + mm * 60 + ss) * 1e9 + nanos;
}
/** parseNativeTimestamp with the day cache (same results for every input). */
class LineClock {
    /** `YYYY-MM-DD` of the cached day, and its midnight. */
    day = '';
    midnight = 0n;
    read(value) {
        if (typeof value !== 'string')
            return undefined;
        const day = this.day;
        if (day !== '' && value.length >= 20 && value.startsWith(day)) {
            const tod = timeOfDayNs(value);
            if (tod >= 0)
                return this.midnight + BigInt(tod);
        }
        const t = (0,time/* parseNativeTimestamp */.r1)(value);
        if (t !== undefined) {
            const tod = timeOfDayNs(value);
            if (tod >= 0) {
                this.day = value.slice(0, 10);
                this.midnight = t - BigInt(tod);
            }
        }
        return t;
    }
}

// EXTERNAL MODULE: ./core/parsers/common/tools.ts
var tools = __webpack_require__(8506);
;// CONCATENATED MODULE: ./core/parsers/codex/dedupe.ts


/** amendments-2 A3: real logs carry reasoning copies 13.7 s and 25.2 s apart. */
const DEDUPE_WINDOW_NS = 120n * time/* SECOND_NS */.bl;
const WINDOW_NS = DEDUPE_WINDOW_NS;
const SAME_ORIGIN_NS = 2n * time/* SECOND_NS */.bl;
const MAX_HELD = 1024;
const PLACEHOLDER_LINES = new Set(['<image>', '<file>', '<audio>', '<video>', '[image]', '[file]']);
/** Unicode White_Space as `trim` and `collapse` of core/text see it; ASCII answered without a set lookup. */
function ws(c) {
    return c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c >= 0x85 && (0,core_text/* isWhitespace */.Yv)(c);
}
/**
 * Normalised form used for equivalence: lines trimmed, blank and placeholder lines dropped, the rest joined
 * with one space, whitespace runs collapsed to one space, lowercased. One pass over the text: a line that
 * holds no run to collapse is copied as one slice (messages are mostly such lines).
 */
function normalizeForDedupe(text) {
    let out = '';
    const len = text.length;
    let lineStart = 0;
    while (lineStart <= len) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = len;
        let s = lineStart;
        let e = lineEnd;
        lineStart = lineEnd + 1;
        while (s < e && ws(text.charCodeAt(s)))
            s++;
        while (e > s && ws(text.charCodeAt(e - 1)))
            e--;
        if (s === e)
            continue;
        if ((e - s === 6 || e - s === 7) && PLACEHOLDER_LINES.has(text.slice(s, e).toLowerCase()))
            continue;
        if (out !== '')
            out += ' ';
        // Copy [s, e) with every whitespace run as one space; clean stretches are copied whole.
        let from = s;
        for (let i = s; i < e; i++) {
            const c = text.charCodeAt(i);
            if (!ws(c))
                continue;
            if (c === 0x20 && !ws(text.charCodeAt(i + 1)))
                continue; // a lone space stays as it is
            out += text.slice(from, i) + ' ';
            i++;
            while (ws(text.charCodeAt(i)))
                i++;
            from = i;
            i--;
        }
        out += from === s ? (s === 0 && e === len ? text : text.slice(s, e)) : text.slice(from, e);
    }
    return out.toLowerCase();
}
function codePointLength(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0xd800 || c > 0xdbff)
            n++;
    }
    return n;
}
function equivalentTexts(a, b) {
    if (a === b)
        return true;
    const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
    return codePointLength(shorter) >= 16 && longer.includes(shorter);
}
/**
 * A message push held by the stage (tagged before it was emitted). Other events are held as they are: only
 * messages are compared or removed, so only they carry this state.
 */
class Held {
    event;
    origin;
    text;
    /** Turn number when turns are known (`turn_context` seen), else 0; set when pushed. */
    turn = 0;
    norm = undefined;
    /** Code points of `norm`, exact below 32 UTF-16 units (only `>= 16` is asked: equivalentTexts' floor). */
    normCodePoints = 0;
    /** Character counters of `text` (dedupeSignature), computed on first comparison. */
    sig = undefined;
    removed = false;
    /** The bucket of its kind, once pushed. */
    bucket = undefined;
    constructor(event, origin, text) {
        this.event = event;
        this.origin = origin;
        this.text = text;
    }
}
function normOf(h) {
    if (h.norm === undefined) {
        const norm = normalizeForDedupe(h.text);
        h.norm = norm;
        // At least 16 code points for sure from 32 UTF-16 units on; count only in between.
        h.normCodePoints = norm.length >= 32 || norm.length < 16 ? norm.length : codePointLength(norm);
    }
    return h.norm;
}
/**
 * Characters that normalisation keeps exactly once per occurrence: ASCII digits, punctuation other than the
 * placeholder brackets `<>[]`, and the letters that are in no placeholder word and that no other character
 * lowercases to (case folded). Each maps to one of 16 counters; -1 elsewhere.
 */
const SIG_BUCKET = (() => {
    const table = new Int8Array(128).fill(-1);
    const kept = '0123456789!"#$%&\'()*+,-./:;=?@\\^_`{|}~bchjnpqrstwxyz';
    for (let i = 0; i < kept.length; i++) {
        const c = kept.charCodeAt(i);
        table[c] = c & 15;
        if (c >= 0x61 && c <= 0x7a)
            table[c - 0x20] = c & 15;
    }
    return table;
})();
/** The 16 counters of a raw text; equal to those of its normal form (see SIG_BUCKET). */
function dedupeSignature(text) {
    const sig = new Uint32Array(16);
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 128) {
            const b = SIG_BUCKET[c];
            if (b >= 0)
                sig[b]++;
        }
    }
    return sig;
}
function sigOf(h) {
    return (h.sig ??= dedupeSignature(h.text));
}
/**
 * False when neither signature is covered by the other: then neither normal form can equal or contain the
 * other (a substring never holds more of a character), and normalising both would be wasted work.
 */
function mayBeEquivalent(a, b) {
    let aFits = true;
    let bFits = true;
    for (let i = 0; i < 16; i++) {
        if (a[i] > b[i]) {
            if (!bFits)
                return false;
            aFits = false;
        }
        else if (a[i] < b[i]) {
            if (!aFits)
                return false;
            bFits = false;
        }
    }
    return aFits || bFits;
}
/** Equivalence of two held texts (equivalentTexts of their normal forms); identical raw texts need no normalisation. */
function sameText(a, b) {
    if (a.text === b.text) {
        // copies of one message (a response item and its event): whatever one has computed serves the other
        if (a.sig === undefined)
            a.sig = b.sig;
        else if (b.sig === undefined)
            b.sig = a.sig;
        if (a.norm === undefined && b.norm !== undefined) {
            a.norm = b.norm;
            a.normCodePoints = b.normCodePoints;
        }
        else if (b.norm === undefined && a.norm !== undefined) {
            b.norm = a.norm;
            b.normCodePoints = a.normCodePoints;
        }
        return true;
    }
    if (!mayBeEquivalent(sigOf(a), sigOf(b)))
        return false;
    const na = normOf(a);
    const nb = normOf(b);
    if (na === nb)
        return true;
    return na.length <= nb.length ? a.normCodePoints >= 16 && nb.includes(na) : b.normCodePoints >= 16 && na.includes(nb);
}
function sameTurn(a, b) {
    return a.turn === 0 || b.turn === 0 || a.turn === b.turn;
}
/**
 * The dedupe stage; `tag` marks an event as a message push with an origin before it is emitted. A pushed
 * message is compared only with the held messages of its own kind (the bucket), never with every held event.
 */
class CodexDedupeStage {
    next;
    /**
     * Held events in push order from `head`, as parallel arrays: the event, and its Held when it is a message
     * push (else undefined). One shape per array, so the release loop reads no mixed objects.
     */
    events = [];
    helds = [];
    head = 0;
    newest;
    /** newest - 120 s, computed when newest changes (BigInt comparisons are cheap, arithmetic allocates). */
    limit = 0n;
    /**
     * Tags of events not yet pushed, in emit order. The builder hands events to this stage in the order they
     * were emitted (undated ones are held, never reordered), so a tagged event is always the oldest entry.
     */
    tags = [];
    tagHead = 0;
    buckets = new Map();
    turn = 0;
    constructor(next) {
        this.next = next;
    }
    /** Marks an event (before it is emitted) as a message push with an origin. */
    tag(event, origin, text) {
        this.tags.push(new Held(event, origin, text));
    }
    /** A new turn starts: copies are equivalent only within one turn (A3), still within the window. */
    newTurn() {
        this.turn++;
    }
    push(event) {
        const ts = event.timestamp;
        const held = this.tagHead < this.tags.length ? this.tags[this.tagHead] : undefined;
        if (held !== undefined && held.event === event) {
            this.tags[this.tagHead++] = undefined;
            if (this.tagHead === this.tags.length) {
                this.tags = [];
                this.tagHead = 0;
            }
            held.turn = this.turn;
            const kind = event.event_type.type;
            let bucket = this.buckets.get(kind);
            if (bucket === undefined)
                this.buckets.set(kind, (bucket = { list: [], head: 0 }));
            const list = bucket.list;
            if (bucket.head < list.length && !this.pushMessage(held, list, bucket.head, ts))
                return; // skipped
            held.bucket = bucket;
            list.push(held);
            this.helds.push(held);
        }
        else {
            this.helds.push(undefined);
        }
        this.events.push(event);
        if (this.newest === undefined || ts > this.newest) {
            this.newest = ts;
            this.limit = ts - WINDOW_NS;
        }
        this.release(false);
    }
    /**
     * Compares a pushed message with the held ones of its kind (list[from..]): an event_msg copy removes the
     * equivalent response_fallback copies; false when the message is itself a repeat to skip.
     */
    pushMessage(held, list, from, ts) {
        // |h - ts| <= window as bounds on h, computed once per push.
        const lo = ts - WINDOW_NS;
        const hi = ts + WINDOW_NS;
        if (held.origin === 'event_msg') {
            for (let i = from; i < list.length; i++) {
                const h = list[i];
                if (!h.removed && h.origin === 'response_fallback' && sameTurn(h, held)) {
                    const hts = h.event.timestamp;
                    if (hts >= lo && hts <= hi && sameText(h, held))
                        h.removed = true;
                }
            }
        }
        let loSame;
        let hiSame;
        for (let i = from; i < list.length; i++) {
            const h = list[i];
            if (h.removed || !sameTurn(h, held))
                continue;
            const hts = h.event.timestamp;
            let inWindow;
            if (h.origin === held.origin) {
                if (loSame === undefined) {
                    loSame = ts - SAME_ORIGIN_NS;
                    hiSame = ts + SAME_ORIGIN_NS;
                }
                inWindow = hts >= loSame && hts <= hiSame;
            }
            else
                inWindow = hts >= lo && hts <= hi;
            if (inWindow && sameText(h, held))
                return false;
        }
        return true;
    }
    end() {
        this.release(true);
        this.next.end();
    }
    /** Passes on, in order, the events that are 120 s older than the newest one (or past MAX_HELD). */
    release(all) {
        const events = this.events;
        if (this.head === events.length)
            return;
        // An event at ts stays while newest <= ts + 120 s, i.e. while ts >= newest - 120 s.
        const limit = this.limit;
        const helds = this.helds;
        while (this.head < events.length) {
            const i = this.head;
            const ev = events[i];
            if (!all && events.length - i <= MAX_HELD && ev.timestamp >= limit)
                break;
            const h = helds[i];
            events[i] = undefined;
            helds[i] = undefined;
            this.head = i + 1;
            if (h === undefined)
                this.next.push(ev);
            else {
                this.unbucket(h);
                if (!h.removed)
                    this.next.push(ev);
            }
        }
        if (this.head > 4096 && this.head * 2 > events.length) {
            this.events = events.slice(this.head);
            this.helds = helds.slice(this.head);
            this.head = 0;
        }
    }
    /** A released message leaves its bucket; it is the bucket's oldest, since both release in push order. */
    unbucket(h) {
        const bucket = h.bucket;
        bucket.list[bucket.head++] = undefined;
        if (bucket.head > 1024 && bucket.head * 2 > bucket.list.length) {
            bucket.list = bucket.list.slice(bucket.head);
            bucket.head = 0;
        }
    }
}

;// CONCATENATED MODULE: ./core/parsers/codex/exec-json.ts



const EXEC_JSON_SCHEMA = 'codex-exec-json-v1';
const EXEC_TYPES = new Set([
    'thread.started',
    'turn.started',
    'turn.completed',
    'turn.failed',
    'item.started',
    'item.updated',
    'item.completed',
    'item.plan.delta',
    'request_user_input',
    'error',
]);
/** Top-level `type` values of exec output (one set lookup per line: rollout lines pass through here too). */
function isExecEventType(type) {
    return EXEC_TYPES.has(type);
}
function str(v) {
    return typeof v === 'string' ? v : '';
}
function attrs(rawType, itemId) {
    const a = { 'source.raw_type': rawType, 'source.schema_version': EXEC_JSON_SCHEMA };
    (0,tools/* setAttr */.ob)(a, 'semantic.call_id', itemId);
    return a;
}
/**
 * Maps exec events. Items are emitted once, when they reach a terminal state (`item.completed`); an item that only
 * ever started or updated (the stream was cut) is emitted at the end from its last state.
 */
class ExecJsonMapper {
    sink;
    open = new Map();
    constructor(sink) {
        this.sink = sink;
    }
    handle(line) {
        switch (line.type) {
            case 'thread.started':
                if (str(line.thread_id) !== '')
                    this.sink.threadId(line.thread_id);
                return;
            case 'turn.started':
                this.sink.turnStarted();
                return;
            case 'turn.completed': {
                const u = (0,rules/* isObject */.Gv)(line.usage) ? line.usage : {};
                const a = attrs('turn.completed');
                const n = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
                if ((0,tools/* addTokenAttributes */.Ux)(a, {
                    input: n(u.input_tokens),
                    output: n(u.output_tokens),
                    cacheRead: n(u.cached_input_tokens),
                }))
                    this.sink.emit({
                        type: { type: 'Custom', data: { kind: 'token_count' } },
                        content: (0,rules/* emptyContent */.jg)(),
                        attributes: a,
                    });
                return;
            }
            case 'turn.failed': {
                const e = (0,rules/* isObject */.Gv)(line.error) ? line.error : {};
                this.system(`Turn failed: ${str(e.message) || 'unknown error'}`, 'turn.failed');
                return;
            }
            case 'error':
                this.system(`Error: ${str(line.message) || 'unknown error'}`, 'error');
                return;
            case 'item.started':
            case 'item.updated':
            case 'item.completed': {
                const item = line.item;
                if (!(0,rules/* isObject */.Gv)(item) || str(item.id) === '')
                    return;
                if (line.type === 'item.completed') {
                    this.open.delete(item.id);
                    this.item(item);
                }
                else {
                    this.open.set(item.id, item);
                }
                return;
            }
            default:
                return;
        }
    }
    /** End of input: items that never completed, in the order they started. */
    end() {
        for (const item of this.open.values())
            this.item(item);
        this.open.clear();
    }
    system(text, rawType) {
        this.sink.emit({ type: { type: 'SystemMessage' }, content: (0,rules/* textContent */.P_)(text), attributes: attrs(rawType) });
    }
    item(item) {
        const id = item.id;
        switch (item.type) {
            case 'agent_message':
            case 'plan': {
                const t = (0,core_text/* trim */.Bq)(str(item.text));
                if (t !== '')
                    this.sink.emit({
                        type: { type: 'AgentMessage' },
                        content: (0,rules/* textContent */.P_)(t),
                        attributes: attrs(`item:${item.type}`),
                        message: 'AgentMessage',
                        text: t,
                    });
                return;
            }
            case 'reasoning': {
                const t = (0,core_text/* trim */.Bq)(str(item.text));
                if (t !== '')
                    this.sink.emit({
                        type: { type: 'Thinking' },
                        content: (0,rules/* textContent */.P_)(t),
                        attributes: attrs('item:reasoning'),
                        message: 'Thinking',
                        text: t,
                    });
                return;
            }
            case 'command_execution': {
                const command = str(item.command);
                const call = attrs('item:command_execution', id);
                call['semantic.tool_kind'] = 'shell';
                this.sink.emit((0,core_text/* trim */.Bq)(command) !== ''
                    ? {
                        type: { type: 'ShellCommand', data: { command } },
                        content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] },
                        attributes: call,
                    }
                    : {
                        type: { type: 'ToolCall', data: { name: 'exec_command' } },
                        content: { blocks: [{ type: 'Json', data: item }] },
                        attributes: call,
                    });
                const exitCode = (0,tools/* toExitCode */.t4)(item.exit_code);
                if (exitCode === undefined &&
                    item.status !== 'failed' &&
                    item.status !== 'declined' &&
                    item.status !== 'completed')
                    return;
                const isError = (exitCode !== undefined && exitCode !== 0) || item.status === 'failed' || item.status === 'declined';
                const res = attrs('item:command_execution', id);
                res['semantic.tool_kind'] = 'shell';
                if (exitCode !== undefined)
                    res.exit_code = exitCode;
                this.sink.emit({
                    type: { type: 'ToolResult', data: { name: 'exec_command', is_error: isError, call_id: id } },
                    content: (0,rules/* textContent */.P_)(str(item.aggregated_output)),
                    attributes: res,
                });
                return;
            }
            case 'file_change': {
                const changes = Array.isArray(item.changes) ? item.changes : [];
                for (const c of changes) {
                    if (!(0,rules/* isObject */.Gv)(c) || str(c.path) === '')
                        continue;
                    const path = c.path;
                    const type = c.kind === 'add'
                        ? { type: 'FileCreate', data: { path } }
                        : c.kind === 'delete'
                            ? { type: 'FileDelete', data: { path } }
                            : { type: 'FileEdit', data: { path } };
                    const a = attrs('item:file_change', id);
                    a['semantic.tool_kind'] = 'file_write';
                    if (typeof item.status === 'string')
                        a.status = item.status;
                    this.sink.emit({ type, content: (0,rules/* textContent */.P_)(path), attributes: a });
                }
                return;
            }
            case 'mcp_tool_call': {
                const name = `${str(item.server) || 'mcp'}.${str(item.tool) || 'unknown'}`;
                const a = attrs('item:mcp_tool_call', id);
                a['semantic.tool_kind'] = (0,rules/* inferToolKind */.D0)(name);
                const args = item.arguments === undefined ? {} : item.arguments;
                this.sink.emit({
                    type: { type: 'ToolCall', data: { name } },
                    content: { blocks: [{ type: 'Json', data: args }] },
                    attributes: a,
                });
                const error = (0,rules/* isObject */.Gv)(item.error) ? str(item.error.message) : '';
                const result = (0,rules/* isObject */.Gv)(item.result) ? item.result : undefined;
                if (error === '' && result === undefined)
                    return;
                const parts = [];
                if (result !== undefined && Array.isArray(result.content))
                    for (const b of result.content)
                        if ((0,rules/* isObject */.Gv)(b) && typeof b.text === 'string')
                            parts.push(b.text);
                const r = attrs('item:mcp_tool_call', id);
                r['semantic.tool_kind'] = a['semantic.tool_kind'];
                this.sink.emit({
                    type: { type: 'ToolResult', data: { name, is_error: error !== '' || item.status === 'failed', call_id: id } },
                    content: (0,rules/* textContent */.P_)(error !== '' ? error : parts.join('\n')),
                    attributes: r,
                });
                return;
            }
            case 'web_search':
                this.sink.emit({
                    type: { type: 'WebSearch', data: { query: str(item.query) } },
                    content: { blocks: [{ type: 'Json', data: item }] },
                    attributes: attrs('item:web_search', id),
                });
                return;
            case 'todo_list': {
                const a = attrs('item:todo_list', id);
                a['semantic.tool_kind'] = (0,rules/* inferToolKind */.D0)('update_plan');
                this.sink.emit({
                    type: { type: 'ToolCall', data: { name: 'update_plan' } },
                    content: {
                        blocks: [{ type: 'Json', data: { items: (Array.isArray(item.items) ? item.items : []) } }],
                    },
                    attributes: a,
                });
                return;
            }
            case 'error':
                this.system(`Error: ${str(item.message) || 'unknown error'}`, 'item:error');
                return;
            default:
                return;
        }
    }
}

;// CONCATENATED MODULE: ./core/parsers/codex/index.ts













const JSONL_V1 = 'codex-jsonl-v1';
const DESKTOP_V1 = 'codex-desktop-v1';
/** JSON.parse or undefined (values only read, never copied verbatim). */
function parseFast(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Code of the first non-blank character (`trim` semantics), or -1 for a blank string. */
function firstNonBlank(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c > 0x20 && c < 0x85) || !(0,core_text/* isWhitespace */.Yv)(c))
            return c;
    }
    return -1;
}
function codex_str(v) {
    return typeof v === 'string' ? v : undefined;
}
/** firstSet of one value (no rest-argument array): the trimmed string when it is non-blank. */
function set1(v) {
    if (typeof v !== 'string' || v.length === 0)
        return undefined;
    const c0 = v.charCodeAt(0);
    const c1 = v.charCodeAt(v.length - 1);
    // visible ASCII at both ends: nothing to trim
    if (c0 > 0x20 && c0 < 0x7f && c1 > 0x20 && c1 < 0x7f)
        return v;
    const t = (0,core_text/* trim */.Bq)(v);
    return t !== '' ? t : undefined;
}
/** True when set1(v) is defined. */
function isSet(v) {
    return set1(v) !== undefined;
}
const toolNameCache = new Map();
function toolNames(rawName) {
    let t = toolNameCache.get(rawName);
    if (t === undefined) {
        if (toolNameCache.size >= 256)
            toolNameCache.clear();
        const name = (0,rules/* canonicalToolName */.WI)(rawName);
        const base = (0,rules/* baseToolName */.PB)(name);
        t = { name, base, callName: (0,rules/* canonicalToolName */.WI)(base), kind: (0,rules/* inferToolKind */.D0)(name) };
        toolNameCache.set(rawName, t);
    }
    return t;
}
/** Injected user text (4.1): harness instructions, environment context, aborted-turn markers. */
function isInjectedUserText(text) {
    const raw = (0,core_text/* trim */.Bq)(text);
    // Every marker needs `_`, `<`, a leading `#` or exactly 22 characters, and lowercasing creates none of
    // these: no other character lowercases to `_`, `<` or `#`, and only U+0130 changes length (its lowercase
    // holds U+0307, which no marker has). Most messages are answered without lowercasing the whole text.
    if (raw.length !== 22 && raw.charCodeAt(0) !== 0x23 && raw.indexOf('_') < 0 && raw.indexOf('<') < 0)
        return false;
    return isInjectedLowered(raw.toLowerCase());
}
/** The rule of isInjectedUserText on trimmed, lowercased text (also its reference in the tests). */
function isInjectedLowered(t) {
    if (t.includes('apply_patch was requested via exec_command') && t.includes('use the apply_patch tool instead'))
        return true;
    if (t === 'agents.md instructions' || t.startsWith('# agents.md instructions'))
        return true;
    return [
        '<instructions>',
        '</instructions>',
        '<environment_context>',
        '</environment_context>',
        '<turn_aborted>',
        '</turn_aborted>',
    ].some((m) => t.includes(m));
}
/** Provider inferred from a model name (4.1 Session). */
function inferCodexProvider(model) {
    const m = model.toLowerCase();
    if (m.includes('claude'))
        return 'anthropic';
    if (m.includes('gemini'))
        return 'google';
    return 'openai';
}
const GIT_KEYS = {
    git_branch: ['branch', 'git_branch', 'current_branch', 'ref', 'head'],
    git_repo_name: ['repo_name', 'repository', 'repo', 'name'],
    git_commit: ['commit_hash', 'commit', 'sha', 'head_sha'],
    git_remote: ['repository_url', 'remote_url', 'remote', 'url'],
};
/** Depth-first search for the first non-blank string under `keys` (own keys first, then nested objects). */
function findGitField(obj, keys) {
    if (!(0,rules/* isObject */.Gv)(obj))
        return undefined;
    for (const k of keys) {
        const v = (0,rules/* firstSet */.v)(obj[k]);
        if (v !== undefined)
            return v;
    }
    for (const k of Object.keys(obj).sort(core_text/* compareBytewise */.GV)) {
        const child = obj[k];
        if ((0,rules/* isObject */.Gv)(child)) {
            const v = findGitField(child, keys);
            if (v !== undefined)
                return v;
        }
    }
    return undefined;
}
const SECTION_HEADER = /^\*\*\* (Update|Add|Delete) File:(.*)$/;
/** Kind and path of a trimmed `*** Update/Add/Delete File:` header line, else undefined. */
function sectionHeader(t) {
    const m = SECTION_HEADER.exec(t);
    if (!m)
        return undefined;
    let p = (0,core_text/* trim */.Bq)(m[2]);
    if (p.length >= 2 && (p[0] === '"' || p[0] === "'") && p[p.length - 1] === p[0])
        p = p.slice(1, -1);
    else
        p = p.replace(/^["']|["']$/g, '');
    return { kind: m[1], path: p };
}
/** The sections as line lists (the rule as written; patchParts is the form the parser uses). */
function parsePatchSections(patch) {
    const sections = [];
    let cur;
    for (const line of patch.split('\n')) {
        // Only a line whose first non-blank character is `*` can be a header or the end marker.
        if (firstNonBlank(line) !== 0x2a) {
            if (cur)
                cur.lines.push(line);
            continue;
        }
        const t = (0,core_text/* trim */.Bq)(line);
        const h = sectionHeader(t);
        if (h) {
            cur = { kind: h.kind, path: h.path, lines: [line] };
            sections.push(cur);
            continue;
        }
        if (t.startsWith('*** End Patch')) {
            cur = undefined;
            continue;
        }
        if (cur)
            cur.lines.push(line);
    }
    return sections;
}
function patchDiff(path, lines) {
    const q = path.startsWith('/') ? path.slice(1) : path;
    const out = [`--- a/${q}`, `+++ b/${q}`];
    for (let i = 1; i < lines.length; i++) {
        const l = lines[i];
        if (l.startsWith('@@') || l.startsWith('+') || l.startsWith('-') || l.startsWith(' '))
            out.push(l);
    }
    return out.join('\n');
}
/** Code of the first non-blank character of s[from, to) (`trim` semantics), or -1. */
function firstNonBlankIn(s, from, to) {
    for (let i = from; i < to; i++) {
        const c = s.charCodeAt(i);
        if ((c > 0x20 && c < 0x85) || !(0,core_text/* isWhitespace */.Yv)(c))
            return c;
    }
    return -1;
}
/** True when patchDiff keeps the line s[from, to): it starts with `@@`, `+`, `-` or a space. */
function diffKeeps(s, from, to) {
    if (from >= to)
        return false;
    const c = s.charCodeAt(from);
    return c === 0x2b || c === 0x2d || c === 0x20 || (c === 0x40 && from + 1 < to && s.charCodeAt(from + 1) === 0x40);
}
/**
 * parsePatchSections followed by the join and patchDiff of each section, in one pass over the text: a
 * section's lines are consecutive, so its text is one slice of the patch, and so is its diff body when every
 * line after the header is kept.
 */
function patchParts(patch) {
    const parts = [];
    let cur;
    let start = 0; // of the current section's header line
    let end = 0; // of its last line
    let allKept = true;
    const close = () => {
        if (cur === undefined)
            return;
        cur.text = patch.slice(start, end);
        if (cur.kind === 'Update') {
            const q = cur.path.startsWith('/') ? cur.path.slice(1) : cur.path;
            const head = `--- a/${q}\n+++ b/${q}`;
            const bodyStart = patch.indexOf('\n', start) + 1; // the header ends with a newline when it has a body
            if (bodyStart === 0 || bodyStart > end)
                cur.diff = head;
            else if (allKept)
                cur.diff = head + '\n' + patch.slice(bodyStart, end);
            else
                cur.diff = patchDiff(cur.path, patch.slice(start, end).split('\n'));
        }
        cur = undefined;
    };
    const len = patch.length;
    let pos = 0;
    while (pos <= len) {
        let nl = patch.indexOf('\n', pos);
        if (nl < 0)
            nl = len;
        if (firstNonBlankIn(patch, pos, nl) === 0x2a) {
            const t = (0,core_text/* trim */.Bq)(patch.slice(pos, nl));
            const h = sectionHeader(t);
            if (h) {
                close();
                cur = { kind: h.kind, path: h.path, text: '' };
                parts.push(cur);
                start = pos;
                end = nl;
                allKept = true;
                pos = nl + 1;
                continue;
            }
            if (t.startsWith('*** End Patch')) {
                close();
                pos = nl + 1;
                continue;
            }
        }
        if (cur !== undefined) {
            end = nl;
            if (allKept && !diffKeeps(patch, pos, nl))
                allKept = false;
        }
        pos = nl + 1;
    }
    close();
    return parts;
}
/** A token count: a non-negative integer, else undefined. */
function count(v) {
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
}
// Key lists of the token counts, first match wins; written out as property reads (inline-cached) rather than
// a loop over key names, since every token_count line probes up to four objects for each list.
function inputCount(o) {
    return (count(o.input_tokens) ??
        count(o.prompt_tokens) ??
        count(o.inputTokens) ??
        count(o.promptTokens) ??
        count(o.token_input) ??
        count(o.tokenInput));
}
function outputCount(o) {
    return (count(o.output_tokens) ??
        count(o.completion_tokens) ??
        count(o.outputTokens) ??
        count(o.completionTokens) ??
        count(o.token_output) ??
        count(o.tokenOutput));
}
/** The first of `objs` (objects only) that holds a count under one of the keys of `pick`. */
function firstCount(pick, a, b, c, d) {
    return (((0,rules/* isObject */.Gv)(a) ? pick(a) : undefined) ??
        ((0,rules/* isObject */.Gv)(b) ? pick(b) : undefined) ??
        ((0,rules/* isObject */.Gv)(c) ? pick(c) : undefined) ??
        ((0,rules/* isObject */.Gv)(d) ? pick(d) : undefined));
}
class CodexLineParser {
    ctx;
    builder;
    dedupe;
    warnings;
    n = 0;
    desktop = false;
    metaId;
    legacyId;
    sessionStart;
    metaGit;
    legacyGit;
    metaCwd;
    turnCwd;
    cliVersion;
    originator;
    modelProvider;
    model;
    auxiliary = false;
    parentId;
    titlePrimary;
    titleFallback;
    calls = new RolloutCalls();
    lastFunctionName = 'unknown';
    questions = new Map();
    openTasks = new Map();
    /** Set once a `codex exec --json` line is seen (A3). */
    exec;
    execThreadId;
    constructor(ctx, sink) {
        this.ctx = ctx;
        // Ids are `codex-<n>` from one counter, so they cannot repeat (2.11 holds by construction).
        this.builder = new builder/* SessionBuilder */.Q({
            sink,
            tool: 'codex',
            mtime: ctx.mtime,
            sourcePath: ctx.sourcePath,
            uniqueIds: 'by-construction',
        });
        let stage;
        this.builder.use((next) => (stage = new CodexDedupeStage(next)));
        this.dedupe = stage;
        this.warnings = new builder/* FileWarnings */.a(ctx.displayPath, 'line');
    }
    takePending() {
        return this.builder.takePending();
    }
    feedLine(line) {
        if (line.kind === 'oversized')
            return this.warnings.oversizedAt(line.lineNo);
        if (line.kind === 'invalid-utf8')
            return this.warnings.malformedAt(line.lineNo);
        if ((0,lines/* isBlankLine */.pB)(line.text))
            return;
        const value = (0,lines/* parseJsonObjectLine */.j_)(line.text);
        if (value === undefined)
            return this.warnings.malformedAt(line.lineNo);
        this.handleRecord(new common_json/* JsonRecord */.O(line.text, value));
    }
    // ------------------------------------------------------------------ dispatch
    lineTs;
    clock = new LineClock();
    handleRecord(rec) {
        const line = rec.value;
        if ('record_type' in line)
            return;
        const own = this.clock.read(line.timestamp);
        if (!('type' in line)) {
            // Legacy CLI header.
            if (this.legacyId === undefined)
                this.legacyId = (0,rules/* firstSet */.v)(line.id);
            if (this.sessionStart === undefined)
                this.sessionStart = own;
            if (line.git !== undefined && line.git !== null)
                this.legacyGit = rec.verbatim('git');
            if (own !== undefined)
                this.builder.observeTimestamp(own);
            return;
        }
        const type = line.type;
        if (isExecEventType(type))
            return this.handleExecLine(line);
        if (type === 'session_meta') {
            this.desktop = true;
            const p = line.payload;
            if ((0,rules/* isObject */.Gv)(p))
                this.readSessionMeta(rec, p);
        }
        this.lineTs = own ?? this.sessionStart;
        if (own !== undefined)
            this.builder.observeTimestamp(own);
        switch (type) {
            case 'session_meta':
                return;
            case 'response_item':
                if ((0,rules/* isObject */.Gv)(line.payload))
                    this.handleItem(line.payload, rec, ['payload']);
                return;
            case 'event_msg':
                if ((0,rules/* isObject */.Gv)(line.payload))
                    this.handleEvent(line.payload);
                return;
            case 'turn_context': {
                this.dedupe.newTurn();
                const p = line.payload;
                if ((0,rules/* isObject */.Gv)(p)) {
                    if (this.model === undefined)
                        this.model = (0,rules/* firstSet */.v)(p.model);
                    if (this.turnCwd === undefined)
                        this.turnCwd = (0,rules/* firstSet */.v)(p.cwd);
                }
                return;
            }
            default:
                this.handleItem(line, rec, []);
        }
    }
    readSessionMeta(rec, p) {
        if (this.metaId === undefined)
            this.metaId = (0,rules/* firstSet */.v)(p.id);
        if (this.sessionStart === undefined)
            this.sessionStart = (0,time/* parseNativeTimestamp */.r1)(p.timestamp);
        if (this.metaGit === undefined && p.git !== undefined && p.git !== null)
            this.metaGit = rec.verbatim('payload', 'git');
        if (this.metaCwd === undefined)
            this.metaCwd = (0,rules/* firstSet */.v)(p.cwd);
        if (this.cliVersion === undefined)
            this.cliVersion = (0,rules/* firstSet */.v)(p.cli_version);
        if (this.originator === undefined)
            this.originator = (0,rules/* firstSet */.v)(p.originator);
        if (this.modelProvider === undefined)
            this.modelProvider = (0,rules/* firstSet */.v)(p.model_provider);
        const source = p.source;
        const role = typeof p.agent_role === 'string' ? p.agent_role.toLowerCase() : '';
        if (((0,rules/* isObject */.Gv)(source) && 'subagent' in source) || ['awaiter', 'worker', 'explorer', 'subagent'].includes(role)) {
            this.auxiliary = true;
        }
        if (this.parentId === undefined) {
            const sub = (0,rules/* isObject */.Gv)(source) ? source.subagent : undefined;
            const spawn = (0,rules/* isObject */.Gv)(sub) ? sub.thread_spawn : undefined;
            this.parentId = (0,rules/* firstSet */.v)((0,rules/* isObject */.Gv)(spawn) ? spawn.parent_thread_id : undefined, (0,rules/* isObject */.Gv)(sub) ? sub.parent_thread_id : undefined, (0,rules/* isObject */.Gv)(source) ? source.parent_thread_id : undefined, p.parent_thread_id);
        }
    }
    /** A `codex exec --json` line (A3), mapped to the rollout's HAIL events; messages go through the dedupe stage. */
    handleExecLine(line) {
        this.exec ??= new ExecJsonMapper({
            threadId: (id) => {
                this.execThreadId ??= id;
            },
            turnStarted: () => this.dedupe.newTurn(),
            emit: (d) => {
                const ev = this.newEvent(d.type, d.content, d.attributes);
                if (d.text !== undefined && d.message === 'AgentMessage')
                    this.dedupe.tag(ev, 'event_msg', d.text);
                this.emit(ev);
            },
        });
        this.exec.handle(line);
    }
    // ------------------------------------------------------------------ events
    newEvent(eventType, content, attributes = {}) {
        this.n++;
        return { event_id: `codex-${this.n}`, timestamp: this.lineTs, event_type: eventType, content, attributes };
    }
    emit(ev) {
        this.builder.emit(ev);
    }
    /** Message push (4.1): trims, tags the origin for the dedupe stage, emits. */
    pushMessage(kind, text, origin, attrs) {
        const t = (0,core_text/* trim */.Bq)(text);
        if (t === '')
            return;
        let attributes = attrs ?? {};
        if (kind !== 'Thinking' && origin !== undefined) {
            // Keys in canonical (sorted) order: the writer then uses the object as it is instead of a sorted copy.
            attributes = { source: origin, 'source.raw_type': origin, 'source.schema_version': DESKTOP_V1 };
        }
        const ev = this.newEvent({ type: kind }, (0,rules/* textContent */.P_)(t), attributes);
        if (origin !== undefined) {
            // Timestamps are resolved by the builder before the dedupe stage sees the event.
            this.dedupe.tag(ev, origin, t);
        }
        this.emit(ev);
    }
    messageText(content) {
        if (typeof content === 'string')
            return (0,core_text/* trim */.Bq)(content);
        if (!Array.isArray(content))
            return '';
        const parts = [];
        for (const el of content) {
            const s = typeof el === 'string' ? el : (0,rules/* isObject */.Gv)(el) && typeof el.text === 'string' ? el.text : undefined;
            if (s === undefined)
                continue;
            const t = (0,core_text/* trim */.Bq)(s);
            if (t !== '')
                parts.push(t);
        }
        return parts.join('\n');
    }
    handleItem(item, rec, base) {
        switch (item.type) {
            case 'message': {
                const role = item.role;
                if (role !== 'user' && role !== 'assistant')
                    return;
                const text = this.messageText(item.content);
                if (text === '')
                    return;
                if (role === 'user') {
                    if (this.desktop && isInjectedUserText(text))
                        return;
                    if (this.desktop)
                        this.titleFallback ??= text;
                    else
                        this.titlePrimary ??= text;
                }
                this.pushMessage(role === 'user' ? 'UserMessage' : 'AgentMessage', text, this.desktop ? 'response_fallback' : undefined);
                return;
            }
            case 'reasoning': {
                const parts = [];
                if (Array.isArray(item.summary)) {
                    for (const s of item.summary)
                        if ((0,rules/* isObject */.Gv)(s) && s.type === 'summary_text' && typeof s.text === 'string')
                            parts.push(s.text);
                }
                const text = parts.join('\n');
                if ((0,core_text/* trim */.Bq)(text) === '')
                    return;
                const attrs = { 'source.raw_type': 'reasoning', 'source.schema_version': JSONL_V1 };
                if (this.desktop)
                    this.pushMessage('Thinking', text, 'response_fallback', attrs);
                else
                    this.emit(this.newEvent({ type: 'Thinking' }, (0,rules/* textContent */.P_)(text), attrs));
                return;
            }
            case 'function_call':
            case 'custom_tool_call':
                return this.handleCall(item, rec, base);
            case 'function_call_output':
            case 'custom_tool_call_output':
                return this.handleOutput(item, rec, base);
            case 'web_search_call':
                return this.handleWebSearch(item);
            default:
                return;
        }
    }
    handleCall(item, rec, base) {
        const custom = item.type === 'custom_tool_call';
        const rawName = isSet(item.name) ? item.name : 'unknown';
        const names = toolNames(rawName);
        const name = names.name;
        const n = names.base;
        let args;
        let rawInput = '';
        const a = item.arguments;
        if (custom) {
            rawInput = typeof item.input === 'string' ? item.input : '';
            args = { input: rawInput };
        }
        else if (a === undefined || a === null)
            args = {};
        else if (typeof a === 'string')
            args = parseFast(a);
        else
            args = a;
        const argObj = (0,rules/* isObject */.Gv)(args) ? args : {};
        // Json(args) keeps exact numbers: the arguments text is parsed again (losslessly) only when such a block is
        // written and the text holds a number JSON.parse would change; otherwise the object read above is the block.
        const exactArgs = () => {
            if (custom || a === undefined || a === null)
                return args;
            if (typeof a === 'string')
                return (0,rules/* isObject */.Gv)(args) ? new common_json/* JsonRecord */.O(a, args).lossless() : ((0,common_json/* parseJsonValue */.Z)(a) ?? null);
            return rec.verbatim(...base, 'arguments') ?? null;
        };
        const callIdOwn = isSet(item.call_id) ? item.call_id : undefined;
        const defaultContent = () => custom ? (0,rules/* textContent */.P_)(rawInput) : { blocks: [{ type: 'Json', data: exactArgs() }] };
        const drafts = [];
        switch (n) {
            case 'exec_command':
            case 'shell': {
                let command = '';
                if (typeof argObj.cmd === 'string')
                    command = argObj.cmd;
                else if (Array.isArray(argObj.command)) {
                    const parts = argObj.command.filter((x) => typeof x === 'string');
                    command = parts.length >= 3 ? parts.slice(2).join(' ') : parts.join(' ');
                }
                else if (typeof argObj.command === 'string')
                    command = argObj.command;
                if ((0,core_text/* trim */.Bq)(command) !== '')
                    drafts.push({
                        type: { type: 'ShellCommand', data: { command } },
                        content: { blocks: [{ type: 'Code', code: command, language: 'bash' }] },
                    });
                else
                    drafts.push({
                        type: { type: 'ToolCall', data: { name } },
                        content: { blocks: [{ type: 'Json', data: exactArgs() }] },
                    });
                break;
            }
            case 'write_stdin':
                drafts.push({ type: { type: 'ToolCall', data: { name: 'write_stdin' } }, content: defaultContent() });
                break;
            case 'apply_patch':
            case 'apply_diff': {
                let sections = [];
                if (typeof argObj.input === 'string')
                    sections = patchParts(argObj.input);
                if (sections.length === 0 && typeof argObj.patch === 'string')
                    sections = patchParts(argObj.patch);
                if (sections.length === 0) {
                    const path = (0,rules/* firstSet */.v)(argObj.path, argObj.file, argObj.file_path) ?? 'unknown';
                    drafts.push({ type: { type: 'FileEdit', data: { path } }, content: defaultContent() });
                }
                for (const s of sections) {
                    const content = (0,rules/* textContent */.P_)(s.text);
                    if (s.kind === 'Update')
                        drafts.push({ type: { type: 'FileEdit', data: { path: s.path, diff: s.diff } }, content });
                    else if (s.kind === 'Add')
                        drafts.push({ type: { type: 'FileCreate', data: { path: s.path } }, content });
                    else
                        drafts.push({ type: { type: 'FileDelete', data: { path: s.path } }, content });
                }
                break;
            }
            case 'create_file':
            case 'write_file':
                drafts.push({
                    type: { type: 'FileCreate', data: { path: (0,rules/* firstSet */.v)(argObj.path, argObj.file_path) ?? 'unknown' } },
                    content: defaultContent(),
                });
                break;
            case 'read_file':
                drafts.push({
                    type: { type: 'FileRead', data: { path: (0,rules/* firstSet */.v)(argObj.path, argObj.file_path) ?? 'unknown' } },
                    content: defaultContent(),
                });
                break;
            default:
                drafts.push({ type: { type: 'ToolCall', data: { name: names.callName } }, content: defaultContent() });
        }
        let callId = callIdOwn;
        for (const d of drafts) {
            const ev = this.newEvent(d.type, d.content);
            callId ??= ev.event_id;
            ev.attributes = {
                'semantic.call_id': callId,
                'semantic.tool_kind': names.kind,
                'source.raw_type': custom ? 'custom_tool_call' : 'function_call',
                'source.schema_version': JSONL_V1,
            };
            this.emit(ev);
        }
        this.calls.open({ callId: callId, name });
        this.lastFunctionName = name;
        if (name === 'request_user_input' && Array.isArray(argObj.questions)) {
            const metas = [];
            for (const q of argObj.questions) {
                if (!(0,rules/* isObject */.Gv)(q))
                    continue;
                const meta = { id: typeof q.id === 'string' && q.id !== '' ? q.id : 'question' };
                if (typeof q.header === 'string')
                    meta.header = q.header;
                if (typeof q.question === 'string')
                    meta.question = q.question;
                metas.push(meta);
            }
            this.questions.set(callId, metas);
        }
    }
    handleOutput(item, rec, base) {
        const custom = item.type === 'custom_tool_call_output';
        let raw = '';
        if (typeof item.output === 'string')
            raw = item.output;
        else if (item.output !== undefined)
            raw = (0,json/* stringifyOrdered */.Vd)(rec.verbatim(...base, 'output') ?? null);
        let text = raw;
        let exitCode;
        let durationMs;
        let parsedOutput;
        if (firstNonBlank(raw) === 0x7b /* { */)
            parsedOutput = parseFast(raw);
        if ((0,rules/* isObject */.Gv)(parsedOutput)) {
            const o = parsedOutput;
            if (typeof o.output === 'string')
                text = o.output;
            const meta = o.metadata;
            if ((0,rules/* isObject */.Gv)(meta)) {
                exitCode = (0,tools/* toExitCode */.t4)(typeof meta.exit_code === 'number' ? meta.exit_code : undefined);
                const ds = meta.duration_seconds;
                if (typeof ds === 'number' && Number.isFinite(ds) && ds >= 0)
                    durationMs = Math.floor(ds * 1000);
            }
        }
        else {
            exitCode = (0,tools/* exitCodeFromText */.Lc)(text);
        }
        const ownId = isSet(item.call_id) ? item.call_id : undefined;
        let name;
        let callId;
        if (ownId !== undefined) {
            const info = this.calls.closeById(ownId);
            name = info ? info.name : this.lastFunctionName;
            callId = ownId;
        }
        else {
            const info = this.calls.closeLatest();
            name = info ? info.name : this.lastFunctionName;
            callId = info?.callId;
        }
        if (name === 'request_user_input')
            this.interactiveAnswers(text, callId);
        const isError = exitCode !== undefined && exitCode !== 0;
        const data = { name, is_error: isError };
        if (callId !== undefined)
            data.call_id = callId;
        const ev = this.newEvent({ type: 'ToolResult', data }, (0,rules/* textContent */.P_)(text));
        if (durationMs !== undefined && Number.isSafeInteger(durationMs))
            ev.duration_ms = durationMs;
        // Keys inserted in canonical (sorted) order, so the writer needs no sorted copy.
        const attrs = {};
        if (exitCode !== undefined)
            attrs.exit_code = exitCode;
        if (callId !== undefined)
            (0,tools/* setAttr */.ob)(attrs, 'semantic.call_id', callId);
        attrs['semantic.tool_kind'] = (0,rules/* inferToolKind */.D0)(name);
        attrs['source.raw_type'] = custom ? 'custom_tool_call_output' : 'function_call_output';
        attrs['source.schema_version'] = JSONL_V1;
        ev.attributes = attrs;
        this.emit(ev);
    }
    interactiveAnswers(text, callId) {
        const parsed = (0,common_json/* parseJsonValue */.Z)(text);
        if (!(0,rules/* isObject */.Gv)(parsed))
            return;
        const answers = parsed.answers;
        if (!(0,rules/* isObject */.Gv)(answers) || Object.keys(answers).length === 0)
            return;
        const ids = Object.keys(answers).sort(core_text/* compareBytewise */.GV);
        const lines = [];
        for (const id of ids) {
            const entry = answers[id];
            const picks = [];
            if ((0,rules/* isObject */.Gv)(entry) && Array.isArray(entry.answers)) {
                for (const item of entry.answers) {
                    if (typeof item === 'string')
                        picks.push((0,core_text/* trim */.Bq)(item));
                    else if ((0,rules/* isObject */.Gv)(item) && typeof item.value === 'string')
                        picks.push(item.value);
                    else
                        picks.push((0,json/* stringifyOrdered */.Vd)(item));
                }
            }
            else if (typeof entry === 'string') {
                picks.push(entry);
            }
            else if (entry !== null && entry !== undefined) {
                picks.push((0,json/* stringifyOrdered */.Vd)(entry));
            }
            lines.push(picks.length > 0 ? `${id}: ${picks.join(' | ')}` : `${id}: (no answer)`);
        }
        const metas = callId !== undefined ? this.questions.get(callId) : undefined;
        if (metas !== undefined) {
            const qLines = metas.map((m) => `- ${m.id}${m.header !== undefined && m.header !== '' ? ` (${m.header})` : ''}: ${m.question !== undefined && m.question !== '' ? m.question : '(no question text)'}`);
            const attrs = {
                source: 'interactive_question',
                question_ids: metas.map((m) => m.id),
                question_meta: metas.map((m) => {
                    const o = { id: m.id };
                    if (m.header !== undefined)
                        o.header = m.header;
                    if (m.question !== undefined)
                        o.question = m.question;
                    return o;
                }),
            };
            if (callId !== undefined)
                attrs.call_id = callId;
            this.emit(this.newEvent({ type: 'SystemMessage' }, (0,rules/* textContent */.P_)(qLines.join('\n')), attrs));
        }
        const rendered = lines.join('\n');
        this.titlePrimary ??= rendered;
        const attrs = { source: 'interactive', question_ids: ids, raw_answers: parsed };
        if (callId !== undefined)
            attrs.call_id = callId;
        this.emit(this.newEvent({ type: 'UserMessage' }, (0,rules/* textContent */.P_)(rendered), attrs));
    }
    handleWebSearch(item) {
        const action = (0,rules/* isObject */.Gv)(item.action) ? item.action : {};
        const type = typeof action.type === 'string' ? (0,core_text/* trim */.Bq)(action.type) : '';
        const queries = [];
        if (Array.isArray(action.queries))
            for (const q of action.queries)
                if (typeof q === 'string' && (0,core_text/* trim */.Bq)(q) !== '')
                    queries.push((0,core_text/* trim */.Bq)(q));
        const single = typeof action.query === 'string' ? (0,core_text/* trim */.Bq)(action.query) : '';
        if (single !== '' && !queries.includes(single))
            queries.unshift(single);
        const url = (0,rules/* firstSet */.v)(action.url);
        const pattern = (0,rules/* firstSet */.v)(action.pattern);
        let et;
        let content;
        const search = () => {
            et = { type: 'WebSearch', data: { query: queries[0] } };
            content = (0,rules/* textContent */.P_)(queries.join(' | '));
        };
        if (type === 'search') {
            if (queries.length > 0)
                search();
        }
        else if (type === 'open_page' || type === 'openPage') {
            if (url !== undefined) {
                et = { type: 'WebFetch', data: { url } };
                content = (0,rules/* textContent */.P_)(url);
            }
            else {
                et = { type: 'ToolCall', data: { name: 'web_search' } };
                content = (0,rules/* textContent */.P_)('open_page');
            }
        }
        else if (type === 'find_in_page' || type === 'findInPage') {
            if (url !== undefined) {
                et = { type: 'WebFetch', data: { url } };
                content = (0,rules/* textContent */.P_)(pattern !== undefined ? `${url}\npattern: ${pattern}` : url);
            }
            else if (pattern !== undefined) {
                et = { type: 'ToolCall', data: { name: 'web_search' } };
                content = (0,rules/* textContent */.P_)(`find_in_page: ${pattern}`);
            }
        }
        else if (queries.length > 0)
            search();
        else if (url !== undefined) {
            et = { type: 'WebFetch', data: { url } };
            content = (0,rules/* textContent */.P_)(url);
        }
        else if (pattern !== undefined) {
            et = { type: 'ToolCall', data: { name: 'web_search' } };
            content = (0,rules/* textContent */.P_)(pattern);
        }
        if (et === undefined || content === undefined)
            return;
        const ev = this.newEvent(et, content);
        const attrs = {
            'semantic.call_id': (0,rules/* firstSet */.v)(item.id) !== undefined ? item.id : ev.event_id,
            'semantic.tool_kind': 'web',
            'source.raw_type': type === '' ? 'web_search_call' : `web_search_call:${type}`,
            'source.schema_version': JSONL_V1,
        };
        (0,tools/* setAttr */.ob)(attrs, 'web_search.status', codex_str(item.status));
        if (queries.length > 0)
            attrs['web_search.queries'] = queries;
        (0,tools/* setAttr */.ob)(attrs, 'web_search.pattern', pattern);
        ev.attributes = attrs;
        this.emit(ev);
    }
    handleEvent(p) {
        const type = p.type;
        // Only task, token and marker events carry a turn id (kept off the message hot path).
        const turnId = type === 'user_message' || type === 'agent_message' || type === 'agent_reasoning'
            ? undefined
            : (set1(p.turn_id) ?? set1(p.task_id));
        switch (type) {
            case 'user_message': {
                const text = typeof p.message === 'string' ? (0,core_text/* trim */.Bq)(p.message) : '';
                if (text === '' || isInjectedUserText(text))
                    return;
                this.titlePrimary ??= text;
                this.pushMessage('UserMessage', text, 'event_msg');
                return;
            }
            case 'agent_message': {
                const text = codex_str(p.message) ?? codex_str(p.text) ?? codex_str(p.content) ?? '';
                this.pushMessage('AgentMessage', text, 'event_msg');
                return;
            }
            case 'agent_reasoning':
            case 'agent_reasoning_raw_content': {
                const text = (0,core_text/* trim */.Bq)(codex_str(p.message) ?? codex_str(p.text) ?? codex_str(p.content) ?? '');
                if (text === '')
                    return;
                this.pushMessage('Thinking', text, 'event_msg', {
                    'source.raw_type': `event_msg:${p.type}`,
                    'source.schema_version': DESKTOP_V1,
                });
                return;
            }
            case 'token_count': {
                const info = (0,rules/* isObject */.Gv)(p.info) ? p.info : undefined;
                const last = info ? (info.last_token_usage ?? info.lastTokenUsage) : undefined;
                const total = info ? (info.total_token_usage ?? info.totalTokenUsage) : undefined;
                const usage = p.usage;
                const input = firstCount(inputCount, p, usage, last, total);
                const output = firstCount(outputCount, p, usage, last, total);
                const inputTotal = firstCount(inputCount, total);
                const outputTotal = firstCount(outputCount, total);
                if (input === undefined && output === undefined && inputTotal === undefined && outputTotal === undefined)
                    return;
                const attrs = { 'source.raw_type': 'event_msg:token_count', 'source.schema_version': DESKTOP_V1 };
                (0,tools/* addTokenAttributes */.Ux)(attrs, { input, output, inputTotal, outputTotal });
                const ev = this.newEvent({ type: 'Custom', data: { kind: 'token_count' } }, (0,rules/* emptyContent */.jg)(), attrs);
                if (turnId !== undefined)
                    ev.task_id = turnId;
                this.emit(ev);
                return;
            }
            case 'context_compacted': {
                const ev = this.newEvent({ type: 'Custom', data: { kind: 'context_compacted' } }, (0,rules/* textContent */.P_)('context compacted'), {
                    'source.raw_type': 'event_msg:context_compacted',
                    'source.schema_version': DESKTOP_V1,
                });
                if (turnId !== undefined)
                    ev.task_id = turnId;
                this.emit(ev);
                return;
            }
            case 'item_completed': {
                const it = p.item;
                if (!(0,rules/* isObject */.Gv)(it) || typeof it.type !== 'string' || it.type.toLowerCase() !== 'plan')
                    return;
                let firstLine = 'plan completed';
                if (typeof it.text === 'string') {
                    for (const l of it.text.split('\n')) {
                        if ((0,core_text/* trim */.Bq)(l) !== '') {
                            firstLine = (0,core_text/* trim */.Bq)(l);
                            break;
                        }
                    }
                }
                const attrs = {
                    'source.raw_type': 'event_msg:item_completed',
                    'source.schema_version': DESKTOP_V1,
                };
                (0,tools/* setAttr */.ob)(attrs, 'plan_id', codex_str(it.id));
                (0,tools/* setAttr */.ob)(attrs, 'turn_id', codex_str(p.turn_id));
                const ev = this.newEvent({ type: 'Custom', data: { kind: 'plan_completed' } }, (0,rules/* textContent */.P_)(`Plan completed: ${firstLine}`), attrs);
                if (turnId !== undefined)
                    ev.task_id = turnId;
                this.emit(ev);
                return;
            }
            case 'turn_aborted': {
                const attrs = {};
                (0,tools/* setAttr */.ob)(attrs, 'reason', codex_str(p.reason) ?? codex_str(p.message) ?? codex_str(p.error));
                const ev = this.newEvent({ type: 'Custom', data: { kind: 'turn_aborted' } }, (0,rules/* textContent */.P_)('turn aborted'), attrs);
                const tid = (0,rules/* firstSet */.v)(p.turn_id);
                if (tid !== undefined)
                    ev.task_id = tid;
                this.emit(ev);
                return;
            }
            case 'task_started': {
                if (turnId === undefined)
                    return;
                const title = (0,rules/* firstSet */.v)(p.title, p.task, p.name) ?? '';
                const data = {};
                if (title !== '')
                    data.title = title;
                const ev = this.newEvent({ type: 'TaskStart', data }, (0,rules/* textContent */.P_)(title !== '' ? title : 'task started'));
                ev.task_id = turnId;
                this.openTasks.set(turnId, title);
                this.emit(ev);
                return;
            }
            case 'task_complete':
            case 'task_completed':
            case 'task_finished': {
                if (turnId === undefined)
                    return;
                const summary = (0,rules/* firstSet */.v)(p.last_agent_message, p.summary, p.message) ?? '';
                if (summary !== '')
                    this.pushMessage('AgentMessage', summary, 'event_msg');
                const data = {};
                if (summary !== '')
                    data.summary = summary;
                const ev = this.newEvent({ type: 'TaskEnd', data }, (0,rules/* textContent */.P_)(summary !== '' ? summary : 'task completed'));
                ev.task_id = turnId;
                this.openTasks.delete(turnId);
                this.emit(ev);
                return;
            }
            default:
                return;
        }
    }
    // ------------------------------------------------------------------ end
    async finish() {
        this.exec?.end();
        this.builder.flush(this.sessionStart);
        const final = this.builder.finalStage;
        const ids = [...this.openTasks.keys()].sort(core_text/* compareBytewise */.GV);
        for (const id of ids) {
            const title = this.openTasks.get(id);
            this.n++;
            const ts = this.builder.lastTimestamp ?? this.sessionStart ?? this.builder.mtime;
            final.push({
                event_id: `codex-${this.n}`,
                timestamp: ts,
                event_type: { type: 'TaskEnd', data: { summary: 'synthetic end (missing task_complete)' } },
                task_id: id,
                content: (0,rules/* textContent */.P_)(title !== '' ? title : 'synthetic task end'),
                attributes: {},
            });
        }
        this.openTasks.clear();
        await this.builder.drain();
        const model = this.model ?? 'unknown';
        const mp = this.modelProvider !== undefined ? this.modelProvider.toLowerCase() : undefined;
        const provider = mp !== undefined && mp !== 'auto' ? mp : inferCodexProvider(model);
        const attributes = {};
        const git = this.metaGit ?? this.legacyGit;
        if (git !== undefined && git !== null) {
            attributes.git = git;
            for (const [key, names] of Object.entries(GIT_KEYS))
                (0,tools/* setAttr */.ob)(attributes, key, findGitField(git, names));
        }
        (0,tools/* setAttr */.ob)(attributes, 'cwd', this.metaCwd ?? this.turnCwd);
        (0,tools/* setAttr */.ob)(attributes, 'originator', this.originator);
        const agent = {
            provider,
            model,
            tool: 'codex',
            ...(this.cliVersion !== undefined ? { tool_version: this.cliVersion } : {}),
        };
        const header = this.builder.header({
            sessionId: this.metaId ?? this.legacyId ?? this.execThreadId ?? (0,rules/* fileStem */.E8)(this.ctx.path),
            agent,
            title: this.titlePrimary ?? this.titleFallback,
            attributes,
            role: this.auxiliary ? 'auxiliary' : 'primary',
            parentSessionId: this.parentId,
            sessionStart: this.sessionStart,
        });
        return { header, eventCount: this.builder.eventCount, warnings: this.warnings.render() };
    }
}
function createCodexLineParser(sink, ctx) {
    return new CodexLineParser(ctx, sink);
}
const codexParser = {
    id: 'codex',
    parse: (path, sink, ctx) => (0,fs/* runLineParser */.nG)(path, new CodexLineParser(ctx, sink)),
    createLineParser: createCodexLineParser,
};


/***/ }),

/***/ 4659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ JsonRecord),
/* harmony export */   Z: () => (/* binding */ parseJsonValue)
/* harmony export */ });
/* harmony import */ var _hail_json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(393);
// JSON helpers for agent records: fast JSON.parse per record, with a lossless re-parse (HAIL number
// model, parsers.md 9) only when a value is copied verbatim into output and the text holds a number
// that JSON.parse would change (a float lexeme or an integer of 16+ digits).

const LOSSY_NUMBER = /[:,[]\s*-?(?:\d+[.eE]|\d{16})/;
/** True when JSON.parse might lose number information for this JSON text (may be a false positive). */
function mayLoseNumbers(text) {
    return LOSSY_NUMBER.test(text);
}
/**
 * JSON text → JsonValue with the HAIL number model. Falls back to JSON.parse when the strict parser
 * rejects it (agent logs may repeat keys); undefined when it is not JSON at all.
 */
function parseJsonValue(text) {
    if (!mayLoseNumbers(text)) {
        try {
            return JSON.parse(text);
        }
        catch {
            return undefined;
        }
    }
    try {
        return (0,_hail_json__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonLossless */ .KK)(text);
    }
    catch {
        try {
            return JSON.parse(text);
        }
        catch {
            return undefined;
        }
    }
}
/**
 * One JSONL record: `value` from JSON.parse (fast path for reading fields) and `lossless()`, the same
 * document with exact numbers, parsed only on demand. Navigate both with the same keys.
 */
class JsonRecord {
    text;
    value;
    exact;
    constructor(text, value) {
        this.text = text;
        this.value = value;
    }
    lossless() {
        if (this.exact === undefined) {
            this.exact = this.value;
            if (mayLoseNumbers(this.text)) {
                try {
                    const v = (0,_hail_json__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonLossless */ .KK)(this.text);
                    if (typeof v === 'object' && v !== null && !Array.isArray(v))
                        this.exact = v;
                }
                catch {
                    // keep the JSON.parse value
                }
            }
        }
        return this.exact;
    }
    /** The value at `path` with exact numbers (for Json blocks and raw copies). */
    verbatim(...path) {
        if (this.exact === undefined) {
            // A value holding no number reads the same from JSON.parse as from the lossless parser (which
            // only differs in numbers, in cutting values nested deeper than MAX_DEPTH, and in rejecting what
            // JSON.parse accepts, where the JSON.parse value is kept anyway): skip the re-parse of the line.
            let fast = this.value;
            for (const key of path) {
                if (fast === null || typeof fast !== 'object')
                    return undefined;
                fast = fast[key];
            }
            if (fast === undefined || !holdsNumber(fast, path.length))
                return fast;
        }
        let cur = this.lossless();
        for (const key of path) {
            if (cur === null || typeof cur !== 'object')
                return undefined;
            cur = cur[key];
        }
        return cur;
    }
}
/**
 * True when `v` (nested at `depth` in its line) holds a number, or a container deeper than MAX_DEPTH
 * (where the lossless parser would cut it): then only the lossless parse gives its exact value.
 */
function holdsNumber(v, depth) {
    if (typeof v === 'number')
        return true;
    if (typeof v !== 'object' || v === null)
        return false;
    if (depth > _hail_json__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DEPTH */ .lr)
        return true;
    if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
            const x = v[i];
            if (typeof x === 'number' || (typeof x === 'object' && x !== null && holdsNumber(x, depth + 1)))
                return true;
        }
        return false;
    }
    for (const k in v) {
        const x = v[k];
        if (typeof x === 'number' || (typeof x === 'object' && x !== null && holdsNumber(x, depth + 1)))
            return true;
    }
    return false;
}


/***/ })

};
;