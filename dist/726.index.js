"use strict";
exports.id = 726;
exports.ids = [726];
exports.modules = {

/***/ 6726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   catCommand: () => (/* binding */ catCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(265);
/* harmony import */ var _core_store__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(502);
/* harmony import */ var _core_uri__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7849);
/* harmony import */ var _output__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5338);
// `opensession cat <URI>` (hail-and-store.md 10.2): the stored bytes, verbatim.





function catCommand(ctx) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('cat')
        .description('Print a stored local session object')
        .argument('<uri>', 'os://src/local/<sha256>')
        .action(async (uri) => {
        const parsed = (0,_core_uri__WEBPACK_IMPORTED_MODULE_3__/* .parseSourceUri */ .Lf)(uri);
        if (parsed.kind !== 'local')
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .OpenSessionError */ .RL('object not found: uri is not a local source object');
        const obj = await (0,_core_store__WEBPACK_IMPORTED_MODULE_2__/* .readLocalObject */ .F9)(parsed.sha256, (0,_output__WEBPACK_IMPORTED_MODULE_4__/* .storeSettings */ .lj)(ctx));
        ctx.stdout(obj.bytes);
    });
}


/***/ })

};
;