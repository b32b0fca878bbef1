"use strict";
exports.id = 8171;
exports.ids = [8171];
exports.modules = {

/***/ 8171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HookExitError: () => (/* reexport safe */ _hook_entry__WEBPACK_IMPORTED_MODULE_1__.HookExitError),
/* harmony export */   hookCommand: () => (/* binding */ hookCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _hook_entry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5941);
// `opensession hook pre-push <remote> [<url>]` (hidden): run by the managed pre-push hook (git-native.md §9.4).
// Keeps start-up light: the ledger, parsers and git code load only when the hook actually runs. The bundle entry
// runs the hook's exact call without commander (cli/hook-entry.ts); this command serves every other form.



function hookCommand(ctx) {
    const hook = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('hook').description('git hook entry points (used by the managed hooks)');
    // Hidden from help (commander only exposes this through addCommand options).
    hook._hidden = true;
    hook
        .command('pre-push')
        .description('pre-push fanout: record sessions and push ledger refs to <remote>')
        .argument('<remote>', 'remote name or URL being pushed to')
        .argument('[url]', 'remote URL')
        .action(async (remote, url) => (0,_hook_entry__WEBPACK_IMPORTED_MODULE_1__.runHookPrePush)(ctx, remote, url));
    return hook;
}


/***/ })

};
;