"use strict";
exports.id = 2419;
exports.ids = [2419];
exports.modules = {

/***/ 2419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ loadActionsCore),
/* harmony export */   Qs: () => (/* binding */ commandsToAsync),
/* harmony export */   mD: () => (/* binding */ commandsTo),
/* harmony export */   provideActionsCore: () => (/* binding */ provideActionsCore)
/* harmony export */ });
let provided;
/** Use this @actions/core instead of the bundled one (for hosts such as @github/local-action). */
function provideActionsCore(core) {
    provided = core;
}
async function loadActionsCore() {
    return provided ?? (await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6421)]).then(__webpack_require__.bind(__webpack_require__, 6421)));
}
/**
 * Runs `fn` with the process's stdout writes sent to `write`. @actions/core prints workflow commands
 * (`::add-mask::`, `::warning::`) on stdout; here they go to stderr (the runner reads both streams), so stdout
 * carries only the command's result — with `--json`, exactly one JSON document (A10). The @actions/core calls
 * wrapped here write synchronously, so no other output can slip into the redirect.
 */
function commandsTo(write, fn) {
    const restore = redirectStdout(write);
    try {
        return fn();
    }
    finally {
        restore();
    }
}
/**
 * `commandsTo` for an asynchronous step (loading a module whose top level prints). Only for steps during which
 * nothing else of this process writes its result.
 */
async function commandsToAsync(write, fn) {
    const restore = redirectStdout(write);
    try {
        return await fn();
    }
    finally {
        restore();
    }
}
function redirectStdout(write) {
    const original = process.stdout.write;
    process.stdout.write = ((chunk, ...rest) => {
        write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        const done = rest.find((r) => typeof r === 'function');
        done?.();
        return true;
    });
    return () => {
        process.stdout.write = original;
    };
}


/***/ })

};
;