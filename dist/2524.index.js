"use strict";
exports.id = 2524;
exports.ids = [2524];
exports.modules = {

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ withRecomputedStats),
/* harmony export */   Qf: () => (/* binding */ recomputeStats),
/* harmony export */   qX: () => (/* binding */ StatsAccumulator)
/* harmony export */ });
/* unused harmony export emptyStats */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Stats fold (hail-and-store.md section 3). Folded event by event so streaming writers need no event list.

const MAX = Number.MAX_SAFE_INTEGER;
/** A token value counts only when it is a non-negative JSON integer ≤ 2^53−1 (floats like 10.0 count 0). */
function tokenValue(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0;
}
/** amendments-2 A2: the lines of a created file's body (its first `Code` block) count as added lines. */
function createdLines(event) {
    const code = event.content.blocks.find((b) => b.type === 'Code');
    if (code === undefined || code.type !== 'Code' || code.code === '')
        return 0;
    const n = code.code.split('\n').length;
    return code.code.endsWith('\n') ? n - 1 : n;
}
function countDiff(diff, acc) {
    // split on \n; a trailing \r never changes the first characters, so it needs no stripping here
    let start = 0;
    const n = diff.length;
    while (start <= n) {
        let end = diff.indexOf('\n', start);
        if (end < 0)
            end = n;
        const c = diff.charCodeAt(start);
        if (c === 0x2b /* + */) {
            if (!(diff.charCodeAt(start + 1) === 0x2b && diff.charCodeAt(start + 2) === 0x2b && start + 2 < end)) {
                acc.added++;
            }
        }
        else if (c === 0x2d /* - */) {
            if (!(diff.charCodeAt(start + 1) === 0x2d && diff.charCodeAt(start + 2) === 0x2d && start + 2 < end)) {
                acc.removed++;
            }
        }
        start = end + 1;
    }
}
/** Incremental form of recomputeStats: `add` each event in file order, then `result()`. */
class StatsAccumulator {
    eventCount = 0;
    messageCount = 0;
    userMessageCount = 0;
    toolCallCount = 0;
    tasks = new Set();
    paths = new Set();
    lines = { added: 0, removed: 0 };
    inputSum = 0;
    outputSum = 0;
    inputMax = 0;
    outputMax = 0;
    hasInputTotal = false;
    hasOutputTotal = false;
    first;
    last;
    add(event) {
        this.eventCount++;
        if (this.first === undefined)
            this.first = event.timestamp;
        this.last = event.timestamp;
        const et = event.event_type;
        switch (et.type) {
            case 'UserMessage':
                this.userMessageCount++;
                this.messageCount++;
                break;
            case 'AgentMessage':
                this.messageCount++;
                break;
            case 'TaskEnd':
                if (et.data.summary !== undefined && (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(et.data.summary).length > 0)
                    this.messageCount++;
                break;
            case 'ToolCall':
            case 'FileRead':
            case 'CodeSearch':
            case 'FileSearch':
                this.toolCallCount++;
                break;
            case 'FileEdit':
                this.paths.add(et.data.path);
                if (et.data.diff !== undefined)
                    countDiff(et.data.diff, this.lines);
                break;
            case 'FileCreate':
                this.paths.add(et.data.path);
                this.lines.added += createdLines(event);
                break;
            case 'FileDelete':
                this.paths.add(et.data.path);
                break;
            default:
                break;
        }
        if (event.task_id !== undefined) {
            const t = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(event.task_id);
            if (t.length > 0)
                this.tasks.add(t);
        }
        const a = event.attributes;
        const own = Object.prototype.hasOwnProperty;
        if (own.call(a, 'input_tokens_total')) {
            this.hasInputTotal = true;
            const v = tokenValue(a.input_tokens_total);
            if (v > this.inputMax)
                this.inputMax = v;
        }
        if (own.call(a, 'output_tokens_total')) {
            this.hasOutputTotal = true;
            const v = tokenValue(a.output_tokens_total);
            if (v > this.outputMax)
                this.outputMax = v;
        }
        if (own.call(a, 'input_tokens'))
            this.inputSum = Math.min(this.inputSum + tokenValue(a.input_tokens), MAX);
        if (own.call(a, 'output_tokens'))
            this.outputSum = Math.min(this.outputSum + tokenValue(a.output_tokens), MAX);
    }
    result() {
        let duration = 0;
        if (this.first !== undefined && this.last !== undefined && this.last > this.first) {
            duration = Number((this.last - this.first) / 1000000000n);
        }
        return {
            event_count: this.eventCount,
            message_count: this.messageCount,
            tool_call_count: this.toolCallCount,
            task_count: this.tasks.size,
            duration_seconds: duration,
            total_input_tokens: this.hasInputTotal ? this.inputMax : this.inputSum,
            total_output_tokens: this.hasOutputTotal ? this.outputMax : this.outputSum,
            user_message_count: this.userMessageCount,
            files_changed: this.paths.size,
            lines_added: this.lines.added,
            lines_removed: this.lines.removed,
        };
    }
}
/** Stats of a session computed from its events (section 3). */
function recomputeStats(session) {
    const acc = new StatsAccumulator();
    for (const e of session.events)
        acc.add(e);
    return acc.result();
}
/** A shallow copy of the session with recomputed stats. */
function withRecomputedStats(session) {
    return { ...session, stats: recomputeStats(session) };
}
/** A stats value with every field 0. */
function emptyStats() {
    return {
        event_count: 0,
        message_count: 0,
        tool_call_count: 0,
        task_count: 0,
        duration_seconds: 0,
        total_input_tokens: 0,
        total_output_tokens: 0,
        user_message_count: 0,
        files_changed: 0,
        lines_added: 0,
        lines_removed: 0,
    };
}


/***/ })

};
;