"use strict";
exports.id = 8982;
exports.ids = [8982];
exports.modules = {

/***/ 8982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   inspectCommand: () => (/* binding */ inspectCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _core_handoff__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9527);
/* harmony import */ var _output__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5338);
/* harmony import */ var _store_helper__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5255);
// `opensession inspect <URI> [--json]` (hail-and-store.md 10.3)




function inspectCommand(ctx) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('inspect')
        .description('summarize a stored local session or handoff artifact')
        .argument('<uri>', 'os://src/local/<sha256> or os://artifact/<sha256>')
        .option('--json', 'print a JSON object')
        .action(async (uri, opts) => {
        const parsed = (0,_store_helper__WEBPACK_IMPORTED_MODULE_3__/* .parseUriArgument */ .rB)(uri);
        const settings = (0,_output__WEBPACK_IMPORTED_MODULE_2__/* .storeSettings */ .lj)(ctx);
        if (parsed.kind === 'artifact') {
            const { path, record } = await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_1__/* .loadRecord */ .Ck)(parsed.sha256, settings);
            const view = {
                uri: `os://artifact/${record.sha256}`,
                path,
                created_at: record.created_at,
                source_count: record.source_uris.length,
                raw_session_count: record.raw_sessions.length,
                validation_report_count: record.validation_reports.length,
            };
            if (opts.json)
                return (0,_output__WEBPACK_IMPORTED_MODULE_2__/* .writeJson */ .GF)(ctx, view);
            ctx.stdout([
                `uri: ${view.uri}`,
                `path: ${view.path}`,
                `created_at: ${view.created_at}`,
                `source_count: ${view.source_count}`,
                `raw_session_count: ${view.raw_session_count}`,
                `validation_reports: ${view.validation_report_count}`,
            ].join('\n') + '\n');
            return;
        }
        if (parsed.kind !== 'local')
            throw (0,_store_helper__WEBPACK_IMPORTED_MODULE_3__/* .notLocalError */ .H1)(parsed, 'inspect');
        const obj = await (0,_store_helper__WEBPACK_IMPORTED_MODULE_3__/* .readStoredObject */ .NO)(parsed.sha256, settings);
        const session = (0,_store_helper__WEBPACK_IMPORTED_MODULE_3__/* .parseStoredSession */ .ZQ)(obj);
        const { stats } = session;
        const view = {
            uri: `os://src/local/${obj.sha256}`,
            path: obj.path,
            session_id: session.session_id,
            tool: session.agent.tool,
            model: session.agent.model,
            event_count: stats.event_count,
            message_count: stats.message_count,
            task_count: stats.task_count,
            duration_seconds: stats.duration_seconds,
            total_input_tokens: stats.total_input_tokens,
            total_output_tokens: stats.total_output_tokens,
        };
        if (opts.json)
            return (0,_output__WEBPACK_IMPORTED_MODULE_2__/* .writeJson */ .GF)(ctx, view);
        ctx.stdout([
            `uri: ${view.uri}`,
            `path: ${view.path}`,
            `session_id: ${view.session_id}`,
            `tool: ${view.tool}`,
            `model: ${view.model}`,
            `event_count: ${view.event_count}`,
            `message_count: ${view.message_count}`,
            `task_count: ${view.task_count}`,
            `duration_seconds: ${view.duration_seconds}`,
            `total_tokens: in=${view.total_input_tokens} out=${view.total_output_tokens}`,
        ].join('\n') + '\n');
    });
}


/***/ }),

/***/ 5255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ notLocalError),
/* harmony export */   NO: () => (/* binding */ readStoredObject),
/* harmony export */   ZQ: () => (/* binding */ parseStoredSession),
/* harmony export */   rB: () => (/* binding */ parseUriArgument)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _core_hail__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(251);
/* harmony import */ var _core_io__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7850);
/* harmony import */ var _core_store__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(502);
/* harmony import */ var _core_uri__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7849);
// Reading stored sessions for `cat` and `inspect`, with guided errors (hail-and-store.md 8, 10; amendments A14).





const REGISTER_STEP = 'store a session first: `opensession register <FILE>` prints its `os://src/local/<sha256>`';
/** Parses a URI argument; a malformed one gets the shape of a good one as its next step. */
function parseUriArgument(uri) {
    try {
        return (0,_core_uri__WEBPACK_IMPORTED_MODULE_4__/* .parseSourceUri */ .Lf)(uri);
    }
    catch (err) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GuidedError */ .FQ(err.message, [
            'stored sessions are named `os://src/local/<sha256>`, artifacts `os://artifact/<sha256>`',
            REGISTER_STEP,
        ]);
    }
}
/** The spec's `object not found: uri is not a local source object`, with what to use instead. */
function notLocalError(uri, command) {
    const steps = uri.kind === 'artifact'
        ? [
            `\`${command}\` reads stored sessions; for an artifact run \`opensession handoff artifacts get ${uri.sha256}\``,
        ]
        : [`\`${command}\` reads sessions stored on this machine`, REGISTER_STEP];
    return new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GuidedError */ .FQ('object not found: uri is not a local source object', steps);
}
/** Reads a stored object from the candidate roots; a miss names the roots it looked in. */
async function readStoredObject(sha256, settings) {
    const roots = (0,_core_store__WEBPACK_IMPORTED_MODULE_3__/* .candidateRoots */ .zA)('objects', settings);
    try {
        return await (0,_core_store__WEBPACK_IMPORTED_MODULE_3__/* .readLocalObject */ .F9)(sha256, settings);
    }
    catch (err) {
        if (err instanceof _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL && err.message.startsWith('object not found')) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GuidedError */ .FQ(err.message, [`looked in: ${roots.join(', ')}`, REGISTER_STEP]);
        }
        throw err;
    }
}
/** Parses a stored object as HAIL; a damaged object says so and how to replace it. */
function parseStoredSession(obj) {
    try {
        return (0,_core_hail__WEBPACK_IMPORTED_MODULE_1__/* .parseHail */ .iL)((0,_core_io__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8Strict */ .h0)(obj.bytes));
    }
    catch (err) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GuidedError */ .FQ(`parse local object as HAIL JSONL: ${err.message}`, [
            `the stored file is damaged: ${obj.path}`,
            'register the session again from its file: `opensession register <FILE>`',
        ]);
    }
}


/***/ })

};
;