"use strict";
exports.id = 8032;
exports.ids = [8032];
exports.modules = {

/***/ 5651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   moveRefsAtomically: () => (/* binding */ moveRefsAtomically),
/* harmony export */   packObjects: () => (/* binding */ packObjects)
/* harmony export */ });
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3106);
/* harmony import */ var zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8843);
// The hook's batched ledger write (A8 speed): the objects of every ledger commit of a run, held in memory, go
// into one pack + index (so `git push`'s pack-objects reuses their compressed bytes instead of opening hundreds of
// loose files), then every ledger ref moves in one compare-and-swap `git update-ref --stdin` transaction.





const TYPE_CODE = { commit: 1, tree: 2, blob: 3, tag: 4 };
/** Pack entry header: type and size, 7 bits at a time (pack-format.txt). */
function entryHeader(type, size) {
    const out = [];
    let c = (type << 4) | (size & 0x0f);
    size = Math.floor(size / 16);
    while (size > 0) {
        out.push(c | 0x80);
        c = size & 0x7f;
        size = Math.floor(size / 128);
    }
    out.push(c);
    return Buffer.from(out);
}
/** One undeltified pack entry. Level 1 (as the loose objects are written) with the zlib window and hash table
 * sized to the body: small objects (most of a ledger) do not allocate the default 256 KiB of state each. */
function packEntry(type, body) {
    const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(body.length + 262))));
    return Buffer.concat([
        entryHeader(type, body.length),
        (0,zlib__WEBPACK_IMPORTED_MODULE_3__.deflateSync)(body, { level: 1, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 7)) }),
    ]);
}
/**
 * Writes objects held in memory (id -> type and body) as one pack + index, fsynced, and returns the pack
 * path (undefined when there is nothing to write). The hook's batched writer stores nothing loose.
 */
function packObjects(commonDir, objects) {
    const entries = [];
    for (const [oid, o] of objects) {
        if (!/^[0-9a-f]{40}$/.test(oid) || TYPE_CODE[o.type] === undefined)
            throw new Error(`cannot pack object ${oid}`);
        entries.push({ oid: Buffer.from(oid, 'hex'), data: packEntry(TYPE_CODE[o.type], o.body) });
    }
    return writePack(commonDir, entries);
}
function writePack(commonDir, entries) {
    const objectsDir = path__WEBPACK_IMPORTED_MODULE_2__.join(commonDir, 'objects');
    if (entries.length === 0)
        return undefined;
    const head = Buffer.alloc(12);
    head.write('PACK', 0, 'latin1');
    head.writeUInt32BE(2, 4);
    head.writeUInt32BE(entries.length, 8);
    const offsets = [];
    let offset = head.length;
    for (const e of entries) {
        offsets.push(offset);
        offset += e.data.length;
    }
    const packBody = Buffer.concat([head, ...entries.map((e) => e.data)]);
    const packSum = (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(packBody).digest();
    // Index v2: fan-out, sorted ids, CRC-32 of each packed entry, 31-bit offsets, pack and index checksums.
    const order = entries.map((_, i) => i).sort((a, b) => Buffer.compare(entries[a].oid, entries[b].oid));
    const fanout = Buffer.alloc(256 * 4);
    const counts = new Array(256).fill(0);
    for (const e of entries)
        counts[e.oid[0]]++;
    let running = 0;
    for (let b = 0; b < 256; b++) {
        running += counts[b];
        fanout.writeUInt32BE(running, b * 4);
    }
    const ids = Buffer.concat(order.map((i) => entries[i].oid));
    const crcs = Buffer.alloc(entries.length * 4);
    const offs = Buffer.alloc(entries.length * 4);
    order.forEach((i, k) => {
        crcs.writeUInt32BE((0,zlib__WEBPACK_IMPORTED_MODULE_3__.crc32)(entries[i].data) >>> 0, k * 4);
        if (offsets[i] >= 0x80000000)
            throw new Error('pack too large for 31-bit offsets');
        offs.writeUInt32BE(offsets[i], k * 4);
    });
    const idxBody = Buffer.concat([Buffer.from([0xff, 0x74, 0x4f, 0x63, 0, 0, 0, 2]), fanout, ids, crcs, offs, packSum]);
    const idx = Buffer.concat([idxBody, (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(idxBody).digest()]);
    const packDir = path__WEBPACK_IMPORTED_MODULE_2__.join(objectsDir, 'pack');
    fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(packDir, { recursive: true });
    const base = path__WEBPACK_IMPORTED_MODULE_2__.join(packDir, `pack-${packSum.toString('hex')}`);
    // The pack first, the index last: git only looks at packs that have an index.
    for (const [file, bytes] of [
        [`${base}.pack`, Buffer.concat([packBody, packSum])],
        [`${base}.idx`, idx],
    ]) {
        const tmp = `${file}.tmp-${process.pid}`;
        // The only copy of these objects (git fsyncs its packs too): on disk before a ref can point at them.
        const fd = fs__WEBPACK_IMPORTED_MODULE_1__.openSync(tmp, 'w', 0o444);
        try {
            fs__WEBPACK_IMPORTED_MODULE_1__.writeSync(fd, bytes);
            fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync(fd);
        }
        finally {
            fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(fd);
        }
        fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, file);
    }
    return `${base}.pack`;
}
/**
 * Moves every ref in ONE `git update-ref --stdin` transaction, each checked against its old value
 * (compare-and-swap): all move or none does. Returns false when git refused (a ref moved meanwhile).
 */
async function moveRefsAtomically(cwd, moves) {
    if (moves.length === 0)
        return true;
    const zero = '0'.repeat(40);
    const input = moves.map((m) => `update ${m.ref} ${m.next} ${m.old ?? zero}\n`).join('');
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_4__.runGit)(['update-ref', '--stdin'], { cwd, input });
    return res.code === 0;
}


/***/ })

};
;