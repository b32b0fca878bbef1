exports.id = 178;
exports.ids = [178];
exports.modules = {

/***/ 8178:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const MemoryStorage = __webpack_require__(1534);

module.exports = MemoryStorage;


/***/ })

};
;