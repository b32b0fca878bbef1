"use strict";
exports.id = 2871;
exports.ids = [2871];
exports.modules = {

/***/ 2871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ WATCHED_EXTENSIONS),
/* harmony export */   Uf: () => (/* binding */ envRoot),
/* harmony export */   Yy: () => (/* binding */ isAuxiliarySessionPath),
/* harmony export */   gG: () => (/* binding */ parserForPath)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Path-based parser selection (parsers.md 3.4), used by watchers and discovery-based flows.

/** An environment root: a non-blank absolute path (POSIX or Windows), normalised to `/`, else undefined. */
function envRoot(env, name) {
    const raw = env[name];
    if (raw === undefined)
        return undefined;
    const v = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(raw);
    if (v === '')
        return undefined;
    const isAbs = v.startsWith('/') || v.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(v);
    return isAbs ? v : undefined;
}
function under(normPath, root, sub) {
    if (root === undefined)
        return false;
    let r = root.replace(/\\/g, '/');
    if (!r.endsWith('/'))
        r += '/';
    return normPath.startsWith(r + sub);
}
/** Auxiliary (subagent) path of 3.4. */
function isAuxiliarySessionPath(p) {
    const norm = p.replace(/\\/g, '/');
    if (norm.includes('/subagents/'))
        return true;
    const name = norm.slice(norm.lastIndexOf('/') + 1).toLowerCase();
    return (name.startsWith('agent-') ||
        name.startsWith('agent_') ||
        name.startsWith('subagent-') ||
        name.startsWith('subagent_'));
}
/** Extensions watchers must forward (3.4). */
const WATCHED_EXTENSIONS = ['jsonl', 'json', 'vscdb'];
/** parserForPath (3.4): the first matching rule wins; null when none matches. */
function parserForPath(p, env = process.env) {
    const norm = p.replace(/\\/g, '/');
    const name = norm.slice(norm.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    const ext = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
    if (ext === 'jsonl' &&
        (norm.includes('.codex/sessions/') ||
            norm.includes('codex/sessions/') ||
            under(norm, envRoot(env, 'CODEX_HOME'), 'sessions/')))
        return 'codex';
    if (ext === 'json' && norm.includes('opencode') && norm.includes('/storage/session/'))
        return 'opencode';
    if (name === 'api_conversation_history.json' &&
        (norm.includes('.cline/data/tasks/') || norm.includes('cline/data/tasks/')))
        return 'cline';
    if (ext === 'json' && norm.includes('amp/threads/'))
        return 'amp';
    if (ext === 'vscdb')
        return 'cursor';
    if ((ext === 'json' || ext === 'jsonl') && norm.includes('.gemini/tmp/') && norm.includes('/chats/session-'))
        return 'gemini';
    if (ext === 'jsonl' &&
        !isAuxiliarySessionPath(norm) &&
        (norm.includes('.claude/projects/') || under(norm, envRoot(env, 'CLAUDE_CONFIG_DIR'), 'projects/')))
        return 'claude-code';
    return null;
}


/***/ })

};
;