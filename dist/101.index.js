"use strict";
exports.id = 101;
exports.ids = [101];
exports.modules = {

/***/ 5101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ findNotePath),
/* harmony export */   NS: () => (/* binding */ renderNote),
/* harmony export */   Tx: () => (/* reexport safe */ _fanout_mode__WEBPACK_IMPORTED_MODULE_2__.T),
/* harmony export */   noteTip: () => (/* binding */ noteTip),
/* harmony export */   sl: () => (/* reexport safe */ _fanout_mode__WEBPACK_IMPORTED_MODULE_2__.s)
/* harmony export */ });
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9608);
/* harmony import */ var _update__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(255);
/* harmony import */ var _fanout_mode__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8669);



/** Tree path of the note for `sha`: flat, `ab/cdef…` or `ab/cd/ef…` (§8.3). */
async function findNotePath(tree, sha) {
    for (const p of [
        sha,
        `${sha.slice(0, 2)}/${sha.slice(2)}`,
        `${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha.slice(4)}`,
    ]) {
        if ((await tree.get(p)) !== undefined)
            return p;
    }
    return undefined;
}
function renderNote(f) {
    const at = f.generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return [
        'opensession fanout mode: git_notes',
        `branch: ${f.branch}`,
        `local_ref: ${f.localRef}`,
        `commit: ${f.commit}`,
        ...(f.copiedFrom !== undefined ? [`copied_from: ${f.copiedFrom}`] : []),
        `ledger_ref: ${f.ledgerRef}`,
        `generated_at: ${at}`,
        '',
    ].join('\n');
}
/** §8.2 for one pushed tip `T`. */
async function noteTip(repo, args, now = () => new Date()) {
    const store = (0,_update__WEBPACK_IMPORTED_MODULE_1__.storeFor)(repo);
    const parents = (await store.readCommit(args.tip)).parents;
    const order = [...parents.slice(1), ...parents.slice(0, 1)];
    let outcome = 'unchanged';
    await (0,_update__WEBPACK_IMPORTED_MODULE_1__/* .updateRef */ .du)(repo, _refs__WEBPACK_IMPORTED_MODULE_0__/* .NOTES_REF */ .sD, async (tree) => {
        outcome = 'unchanged';
        if ((await findNotePath(tree, args.tip)) !== undefined)
            return false;
        let copiedFrom;
        for (const p of order) {
            if ((await findNotePath(tree, p)) !== undefined) {
                copiedFrom = p;
                break;
            }
        }
        const body = renderNote({ ...args, commit: args.tip, copiedFrom, generatedAt: now() });
        await tree.setBlob(args.tip, await store.writeBlob(Buffer.from(body, 'utf8')));
        outcome = copiedFrom === undefined ? 'fresh' : 'copied';
        return true;
    }, `note: ${args.tip}\n`, { now });
    return outcome;
}


/***/ })

};
;