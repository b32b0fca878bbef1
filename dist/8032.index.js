"use strict";
exports.id = 8032;
exports.ids = [8032];
exports.modules = {

/***/ 5651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   STORED_BELOW: () => (/* binding */ STORED_BELOW),
/* harmony export */   adler32: () => (/* binding */ adler32),
/* harmony export */   moveRefsAtomically: () => (/* binding */ moveRefsAtomically),
/* harmony export */   packObjects: () => (/* binding */ packObjects),
/* harmony export */   packObjectsAsync: () => (/* binding */ packObjectsAsync),
/* harmony export */   storedZlib: () => (/* binding */ storedZlib)
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
/** Bodies below this size are packed as stored (uncompressed) zlib streams (see {@link packEntry}). */
const STORED_BELOW = 512;
/** Adler-32 of `buf` (RFC 1950): the checksum that ends a zlib stream. */
function adler32(buf) {
    let a = 1;
    let b = 0;
    for (let i = 0; i < buf.length;) {
        const end = Math.min(i + 4096, buf.length);
        for (; i < end; i++) {
            a += buf[i];
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    return ((b << 16) | a) >>> 0;
}
/** `body` as a zlib stream of stored deflate blocks (RFC 1950/1951): what any zlib reader, git's too, inflates. */
function storedZlib(body) {
    const blocks = Math.max(1, Math.ceil(body.length / 65535));
    const out = Buffer.allocUnsafe(2 + blocks * 5 + body.length + 4);
    out[0] = 0x78; // deflate, 32 KiB window
    out[1] = 0x01; // no dictionary, fastest level; (0x78 << 8 | 0x01) % 31 === 0
    let o = 2;
    let i = 0;
    do {
        const len = Math.min(65535, body.length - i);
        out[o] = i + len >= body.length ? 1 : 0; // BFINAL on the last block, BTYPE 00 (stored)
        out.writeUInt16LE(len, o + 1);
        out.writeUInt16LE(~len & 0xffff, o + 3);
        out.set(body.subarray(i, i + len), o + 5);
        o += 5 + len;
        i += len;
    } while (i < body.length);
    out.writeUInt32BE(adler32(body), o);
    return out;
}
/**
 * One undeltified pack entry. Small bodies (most of a ledger: trees, commits, meta blobs) are stored: deflating
 * them saves a few bytes at best (a tree is mostly binary ids) while each zlib call costs its set-up. Larger ones
 * are deflated at level 1 (as the loose objects are written) with the zlib window and hash table sized to the body.
 */
function packEntry(type, body) {
    if (body.length < STORED_BELOW)
        return Buffer.concat([entryHeader(type, body.length), storedZlib(body)]);
    const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(body.length + 262))));
    return Buffer.concat([
        entryHeader(type, body.length),
        (0,zlib__WEBPACK_IMPORTED_MODULE_3__.deflateSync)(body, { level: 1, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 7)) }),
    ]);
}
function packInputs(objects) {
    const entries = [];
    for (const [oid, o] of objects) {
        if (!/^[0-9a-f]{40}$/.test(oid) || TYPE_CODE[o.type] === undefined)
            throw new Error(`cannot pack object ${oid}`);
        entries.push({ oid: Buffer.from(oid, 'hex'), data: packEntry(TYPE_CODE[o.type], o.body) });
    }
    return entries;
}
/**
 * Writes objects held in memory (id -> type and body) as one pack + index, fsynced, and returns the pack
 * path (undefined when there is nothing to write). The hook's batched writer stores nothing loose.
 */
function packObjects(commonDir, objects) {
    const files = packFiles(commonDir, packInputs(objects));
    if (files === undefined)
        return undefined;
    for (const [file, bytes] of files) {
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
    return files[0][0];
}
/**
 * {@link packObjects} with the pack and the index written and fsynced at the same time (one wait for the disk
 * instead of two in a row); both are on disk before either is renamed into place, the pack first.
 */
async function packObjectsAsync(commonDir, objects) {
    const files = packFiles(commonDir, packInputs(objects));
    if (files === undefined)
        return undefined;
    const tmps = files.map(([file]) => `${file}.tmp-${process.pid}`);
    await Promise.all(files.map(async ([, bytes], i) => {
        const fh = await fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(tmps[i], 'w', 0o444);
        try {
            await fh.writeFile(bytes);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
    }));
    for (let i = 0; i < files.length; i++)
        fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmps[i], files[i][0]);
    return files[0][0];
}
/** The pack and its index as [path, bytes], pack first (git only looks at packs that have an index). */
function packFiles(commonDir, entries) {
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
    return [
        [`${base}.pack`, Buffer.concat([packBody, packSum])],
        [`${base}.idx`, idx],
    ];
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