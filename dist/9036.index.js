"use strict";
exports.id = 9036;
exports.ids = [9036];
exports.modules = {

/***/ 9036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ ObjectStore),
/* harmony export */   Pl: () => (/* binding */ EditableTree),
/* harmony export */   pL: () => (/* binding */ EMPTY_TREE),
/* harmony export */   tk: () => (/* binding */ TREE_MODE)
/* harmony export */ });
/* unused harmony exports BLOB_MODE, gitError, resetObjectCaches, renderTree, renderCommit, splitPath */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3106);
/* harmony import */ var zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(265);
// Object reads and writes (§4.1, §17): loose objects are read and written here directly (native zlib and
// SHA-1, synchronous small-file I/O: a cold append touches a handful of objects); packed objects and history
// walks go through isomorphic-git, loaded only when needed. Plus an editable tree that loads subtrees lazily
// and rewrites only the directories that changed.





let isoGit;
/** isomorphic-git, for packed objects and graph walks only (loading it costs more than a whole loose write). */
async function iso() {
    isoGit ??= (await __webpack_require__.e(/* import() */ 3667).then(__webpack_require__.bind(__webpack_require__, 3667))).default;
    return isoGit;
}
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const BLOB_MODE = '100644';
const TREE_MODE = '040000';
let tmpCounter = 0;
/**
 * The fs client handed to isomorphic-git (reads only: every object write goes through `writeLoose`). A getter:
 * reading `fs.promises` loads node's promise-based fs modules, which a loose-only write never needs.
 */
const objectFs = {
    get promises() {
        return fs__WEBPACK_IMPORTED_MODULE_1__.promises;
    },
};
function gitError(err) {
    if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    return new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: ${message}`);
}
// Trees and commits are immutable, so entries read once can be reused by every later write in this process.
const TREE_CACHE_LIMIT = 4096;
const treeCache = new Map();
const commitCache = new Map();
// Raw tree bodies (what EditableTree edits), bounded by bytes: a long-lived writer keeps the hot directories.
const RAW_TREE_CACHE_BYTES = 32 * 1024 * 1024;
const rawTreeCache = new Map();
let rawTreeCacheBytes = 0;
/** Drops the in-process tree and commit caches (tests; callers that rewrite history by other means). */
function resetObjectCaches() {
    treeCache.clear();
    commitCache.clear();
    rawTreeCache.clear();
    rawTreeCacheBytes = 0;
}
function rememberRawTree(oid, body) {
    if (rawTreeCache.has(oid) || body.length > RAW_TREE_CACHE_BYTES / 4)
        return;
    while (rawTreeCacheBytes + body.length > RAW_TREE_CACHE_BYTES) {
        const first = rawTreeCache.entries().next();
        if (first.done === true)
            break;
        rawTreeCache.delete(first.value[0]);
        rawTreeCacheBytes -= first.value[1].length;
    }
    rawTreeCache.set(oid, body);
    rawTreeCacheBytes += body.length;
}
function remember(map, key, value, limit) {
    if (map.size >= limit) {
        const first = map.keys().next();
        if (first.done !== true)
            map.delete(first.value);
    }
    map.set(key, value);
}
/** The raw tree object body. */
function renderTree(entries) {
    // Git's tree order: names compared byte-wise, a tree's name as if followed by `/`. Sort keys are built
    // once per entry (a 1,000-entry index directory is rewritten on every append).
    const keyed = [];
    let size = 0;
    for (const [name, e] of entries) {
        if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: invalid tree entry name: ${name}`);
        }
        const key = Buffer.from(e.mode === TREE_MODE ? `${name}/` : name, 'utf8');
        keyed.push({ key, name, e });
        size += (e.mode === TREE_MODE ? 5 : e.mode.length) + key.length + 22;
    }
    keyed.sort((a, b) => Buffer.compare(a.key, b.key));
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    for (const { key, e } of keyed) {
        at += out.write(e.mode === TREE_MODE ? '40000 ' : `${e.mode} `, at, 'latin1');
        at += key.copy(out, at, 0, e.mode === TREE_MODE ? key.length - 1 : key.length);
        out[at++] = 0;
        at += out.write(e.oid, at, 'hex');
    }
    return out.subarray(0, at);
}
/**
 * zlib settings for `size` bytes: git's loose-object level (1) with a window no larger than the object and a
 * hash table to match, so a small object does not pay for allocating and clearing zlib's 256 KiB default state
 * (any zlib reader accepts a smaller window; the object id does not depend on the compression).
 */
function deflateOptions(size) {
    let windowBits = 9;
    while (windowBits < 15 && 1 << windowBits < size + 262)
        windowBits++;
    return { level: 1, windowBits, memLevel: Math.max(1, Math.min(8, windowBits - 7)) };
}
/** The loose-object bytes of an object: header + body, SHA-1 named, zlib-deflated. */
function looseObject(type, body) {
    const wrapped = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
    return {
        oid: (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(wrapped).digest('hex'),
        object: (0,zlib__WEBPACK_IMPORTED_MODULE_3__.deflateSync)(wrapped, deflateOptions(wrapped.length)),
    };
}
/** `<n> <email> <ts> <+hhmm>` as git writes it (`timezoneOffset` is minutes west of UTC, like Date's). */
function formatPerson(who) {
    const east = -who.timezoneOffset;
    const abs = Math.abs(east);
    const tz = `${east < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
    return `${who.name} <${who.email}> ${who.timestamp} ${tz}`;
}
/** The raw commit object body. */
function renderCommit(tree, parents, message, who) {
    let head = `tree ${tree}\n`;
    for (const p of parents)
        head += `parent ${p}\n`;
    const person = formatPerson(who);
    // Git's message normalisation (as isomorphic-git and `git commit-tree` store it): no CR, no leading blank
    // lines, exactly one trailing newline.
    const body = `${message.replace(/\r/g, '').replace(/^\n+/, '').replace(/\n+$/, '')}\n`;
    return Buffer.from(`${head}author ${person}\ncommitter ${person}\n\n${body}`, 'utf8');
}
function parseTree(body) {
    const entries = new Map();
    let i = 0;
    while (i < body.length) {
        const sp = body.indexOf(0x20, i);
        const nul = body.indexOf(0, sp);
        if (sp < 0 || nul < 0 || nul + 21 > body.length)
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL('git error: corrupt tree object');
        const rawMode = body.toString('latin1', i, sp);
        const mode = rawMode === '40000' ? TREE_MODE : rawMode.padStart(6, '0');
        entries.set(body.toString('utf8', sp + 1, nul), { mode, oid: body.toString('hex', nul + 1, nul + 21) });
        i = nul + 21;
    }
    return entries;
}
function parseCommit(oid, body) {
    const text = body.toString('utf8');
    const end = text.indexOf('\n\n');
    const headers = (end < 0 ? text : text.slice(0, end)).split('\n');
    let tree = '';
    const parents = [];
    let committerTime = 0;
    for (const h of headers) {
        if (h.startsWith('tree '))
            tree = h.slice(5);
        else if (h.startsWith('parent '))
            parents.push(h.slice(7));
        else if (h.startsWith('committer '))
            committerTime = Number(/ (-?\d+) [+-]\d{4}$/.exec(h)?.[1] ?? 0);
    }
    if (!/^[0-9a-f]{40}$/.test(tree))
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: corrupt commit object ${oid}`);
    return { oid, tree, parents, committerTime, message: end < 0 ? '' : text.slice(end + 2) };
}
/** One repository's object database (the common dir). */
class ObjectStore {
    gitdir;
    cache = {};
    /**
     * While set, writes land here (id -> type and body) instead of in loose files, and reads see them; the
     * owner packs them and clears it (the pre-push hook's batch, batch.ts).
     */
    pending;
    constructor(commonDir) {
        this.gitdir = commonDir;
    }
    loosePath(oid) {
        return path__WEBPACK_IMPORTED_MODULE_2__.join(this.gitdir, 'objects', oid.slice(0, 2), oid.slice(2));
    }
    /** Writes a loose object unless it exists: temp file + rename, so concurrent readers never see half of it. */
    writeLoose(type, body) {
        if (this.pending !== undefined) {
            const b = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
            const oid = (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(`${type} ${b.length}\0`).update(b).digest('hex');
            if (!this.pending.has(oid))
                this.pending.set(oid, { type, body: b });
            return oid;
        }
        const { oid, object } = looseObject(type, body);
        const file = this.loosePath(oid);
        if (fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file))
            return oid;
        const dir = path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
        const tmp = path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `tmp_obj_${process.pid}_${++tmpCounter}`);
        try {
            try {
                fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmp, object, { mode: 0o444 });
            }
            catch (err) {
                // A fan-out directory not made yet (or removed by `git gc` once emptied): make it and retry once.
                if (err.code !== 'ENOENT')
                    throw err;
                fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(dir, { recursive: true });
                fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmp, object, { mode: 0o444 });
            }
            try {
                fs__WEBPACK_IMPORTED_MODULE_1__.renameSync(tmp, file);
            }
            catch (err) {
                fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { force: true });
                throw err;
            }
        }
        catch (err) {
            throw gitError(err);
        }
        return oid;
    }
    /** Ends the pending mode: what it holds is written as loose objects (a batch too small for a pack). */
    writePendingLoose() {
        const held = this.pending;
        this.pending = undefined;
        for (const o of held?.values() ?? [])
            this.writeLoose(o.type, o.body);
    }
    /** An object's type and body: loose objects here, packed ones through isomorphic-git. */
    async readObject(oid) {
        const held = this.pending?.get(oid);
        if (held !== undefined)
            return held;
        let raw;
        try {
            raw = (0,zlib__WEBPACK_IMPORTED_MODULE_3__.inflateSync)(fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(this.loosePath(oid)));
        }
        catch (err) {
            if (err.code !== 'ENOENT')
                throw gitError(err);
        }
        if (raw !== undefined) {
            const nul = raw.indexOf(0);
            const sp = raw.indexOf(0x20);
            if (nul < 0 || sp < 0 || sp > nul)
                throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: corrupt object ${oid}`);
            return { type: raw.toString('latin1', 0, sp), body: raw.subarray(nul + 1) };
        }
        try {
            const git = await iso();
            const r = await git.readObject({ fs: objectFs, gitdir: this.gitdir, oid, format: 'content', cache: this.cache });
            return { type: r.type, body: Buffer.from(r.object) };
        }
        catch (err) {
            throw gitError(err);
        }
    }
    async readTyped(oid, type) {
        const obj = await this.readObject(oid);
        if (obj.type !== type)
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: object ${oid} is a ${obj.type}, not a ${type}`);
        return obj.body;
    }
    async writeBlob(bytes) {
        return this.writeLoose('blob', bytes);
    }
    async readBlob(oid) {
        return this.readTyped(oid, 'blob');
    }
    async readTree(oid) {
        if (oid === EMPTY_TREE)
            return new Map();
        const hit = treeCache.get(oid);
        if (hit !== undefined)
            return hit;
        const entries = parseTree(await this.readTreeBody(oid));
        remember(treeCache, oid, entries, TREE_CACHE_LIMIT);
        return entries;
    }
    /** The raw body of a tree object (entries in git's binary form), cached. */
    async readTreeBody(oid) {
        if (oid === EMPTY_TREE)
            return Buffer.alloc(0);
        const hit = rawTreeCache.get(oid);
        if (hit !== undefined)
            return hit;
        const body = await this.readTyped(oid, 'tree');
        rememberRawTree(oid, body);
        return body;
    }
    async writeTree(entries) {
        if (entries.size === 0)
            return EMPTY_TREE;
        const oid = this.writeTreeBody(renderTree(entries));
        remember(treeCache, oid, new Map(entries), TREE_CACHE_LIMIT);
        return oid;
    }
    /** Writes a raw tree body (entries already in git's order) and returns its oid. */
    writeTreeBody(body) {
        if (body.length === 0)
            return EMPTY_TREE;
        const oid = this.writeLoose('tree', body);
        rememberRawTree(oid, body);
        return oid;
    }
    async writeCommit(tree, parents, message, who) {
        return this.writeLoose('commit', renderCommit(tree, parents, message, who));
    }
    async readCommit(oid) {
        const hit = commitCache.get(oid);
        if (hit !== undefined)
            return hit;
        const info = parseCommit(oid, await this.readTyped(oid, 'commit'));
        remember(commitCache, oid, info, TREE_CACHE_LIMIT);
        return info;
    }
    /** `commit`, `tree`, `blob` or `tag`; undefined when the object is not in the database. */
    async objectType(oid) {
        if (commitCache.has(oid))
            return 'commit';
        const held = this.pending?.get(oid);
        if (held !== undefined)
            return held.type;
        if (fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(this.loosePath(oid))) {
            const obj = await this.readObject(oid);
            // The usual question is "is the ledger tip a commit?", asked right before reading that commit.
            if (obj.type === 'commit') {
                try {
                    remember(commitCache, oid, parseCommit(oid, obj.body), TREE_CACHE_LIMIT);
                }
                catch {
                    // a corrupt commit is reported by the read that needs it
                }
            }
            return obj.type;
        }
        try {
            const git = await iso();
            const r = await git.readObject({ fs: objectFs, gitdir: this.gitdir, oid, format: 'content', cache: this.cache });
            return r.type;
        }
        catch (err) {
            if (err.code === 'NotFoundError')
                return undefined;
            throw gitError(err);
        }
    }
    async hasObject(oid) {
        if (this.pending?.has(oid) === true)
            return true;
        if (fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(this.loosePath(oid)))
            return true;
        try {
            const git = await iso();
            await git.readObject({ fs: objectFs, gitdir: this.gitdir, oid, format: 'deflated', cache: this.cache });
            return true;
        }
        catch {
            return false;
        }
    }
    async isDescendent(oid, ancestor) {
        if (oid === ancestor)
            return true;
        try {
            const git = await iso();
            return await git.isDescendent({
                fs: objectFs,
                gitdir: this.gitdir,
                oid,
                ancestor,
                depth: -1,
                cache: this.cache,
            });
        }
        catch (err) {
            throw gitError(err);
        }
    }
    async findMergeBase(a, b) {
        try {
            const git = await iso();
            const bases = (await git.findMergeBase({
                fs: objectFs,
                gitdir: this.gitdir,
                oids: [a, b],
                cache: this.cache,
            }));
            return bases.length > 0 ? bases[0] : undefined;
        }
        catch (err) {
            throw gitError(err);
        }
    }
}
function indexTreeBody(body) {
    // 67 bytes is the size of an index entry (`40000 <40 hex>\0<20 bytes>`); grow when the guess is short.
    let cap = Math.max(8, Math.ceil(body.length / 60));
    let start = new Int32Array(cap);
    let sp = new Int32Array(cap);
    let nul = new Int32Array(cap);
    let count = 0;
    let i = 0;
    while (i < body.length) {
        const s = body.indexOf(0x20, i);
        const n = s < 0 ? -1 : body.indexOf(0, s);
        if (s < 0 || n < 0 || n + 21 > body.length)
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL('git error: corrupt tree object');
        if (count === cap) {
            cap *= 2;
            const grow = (a) => {
                const b = new Int32Array(cap);
                b.set(a);
                return b;
            };
            start = grow(start);
            sp = grow(sp);
            nul = grow(nul);
        }
        start[count] = i;
        sp[count] = s;
        nul[count] = n;
        count++;
        i = n + 21;
    }
    return { start, sp, nul, count };
}
/** A raw entry's mode in the form `parseTree` gives (`040000` for trees, six digits otherwise). */
function rawMode(body, idx, i) {
    const m = body.toString('latin1', idx.start[i], idx.sp[i]);
    return m === '40000' ? TREE_MODE : m.padStart(6, '0');
}
const TREE_MODE_RAW = Buffer.from('40000', 'latin1');
/** `40000`, or a zero-padded `040000` (which `parseTree` also reads as a tree). */
function isTreeMode(body, idx, i) {
    const at = idx.start[i];
    const len = idx.sp[i] - at;
    if (len === 5)
        return TREE_MODE_RAW.compare(body, at, at + 5) === 0;
    return len === 6 && body[at] === 0x30 && TREE_MODE_RAW.compare(body, at + 1, at + 6) === 0;
}
/**
 * Git's tree order (base_name_compare) between raw entry `i` and `key` (`keyIsTree`: the name sorts as if
 * followed by `/`): negative when the entry comes first, 0 for the same name and kind.
 */
function compareEntryTo(body, idx, i, key, keyIsTree) {
    const from = idx.sp[i] + 1;
    const nameLen = idx.nul[i] - from;
    const common = Math.min(nameLen, key.length);
    const c = body.compare(key, 0, common, from, from + common);
    if (c !== 0)
        return c;
    const a = nameLen > common ? body[from + common] : isTreeMode(body, idx, i) ? 0x2f : 0;
    const b = key.length > common ? key[common] : keyIsTree ? 0x2f : 0;
    return a - b;
}
/** First raw entry not before `key` in git's order. */
function lowerBound(body, idx, key, keyIsTree) {
    let lo = 0;
    let hi = idx.count;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareEntryTo(body, idx, mid, key, keyIsTree) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
function nameEquals(body, idx, i, key) {
    const from = idx.sp[i] + 1;
    return idx.nul[i] - from === key.length && key.compare(body, from, idx.nul[i]) === 0;
}
/** The raw entry named `name` (as a blob or as a tree), or -1. Entries are in git's order, so two searches. */
function findRawEntry(body, idx, name) {
    for (const asTree of [false, true]) {
        const i = lowerBound(body, idx, name, asTree);
        if (i < idx.count && nameEquals(body, idx, i, name) && isTreeMode(body, idx, i) === asTree)
            return i;
    }
    return -1; // git keeps tree entries sorted (fsck rejects a tree that is not), so the searches are exhaustive
}
function validEntryName(name) {
    if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: invalid tree entry name: ${name}`);
    }
}
/** Splits a `/`-separated tree path into segments; rejects empty, `.` and `..` segments. */
function splitPath(p) {
    const parts = p.split('/');
    for (const part of parts) {
        if (part === '' || part === '.' || part === '..')
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: invalid tree path: ${p}`);
    }
    return parts;
}
/**
 * One directory of an EditableTree: the raw body of its base tree, never decoded as a whole, plus the
 * entries changed since (`null` = removed) and the subtrees loaded below it.
 */
class TreeNode {
    oid;
    body;
    dirty = false;
    idx;
    edits = new Map();
    children = new Map();
    constructor(oid, body) {
        this.oid = oid;
        this.body = body;
    }
    index() {
        this.idx ??= indexTreeBody(this.body);
        return this.idx;
    }
    /** The current entry `name` (a loaded dirty subtree keeps its last written oid, `''` when new). */
    entry(name) {
        const edit = this.edits.get(name);
        if (edit !== undefined)
            return edit ?? undefined;
        if (this.body.length === 0)
            return undefined;
        const idx = this.index();
        const i = findRawEntry(this.body, idx, Buffer.from(name, 'utf8'));
        if (i < 0)
            return undefined;
        return { mode: rawMode(this.body, idx, i), oid: this.body.toString('hex', idx.nul[i] + 1, idx.nul[i] + 21) };
    }
    /** Every current entry (decodes the whole body: listings only). */
    entries() {
        const out = new Map();
        if (this.body.length > 0) {
            const idx = this.index();
            for (let i = 0; i < idx.count; i++) {
                out.set(this.body.toString('utf8', idx.sp[i] + 1, idx.nul[i]), {
                    mode: rawMode(this.body, idx, i),
                    oid: this.body.toString('hex', idx.nul[i] + 1, idx.nul[i] + 21),
                });
            }
        }
        for (const [name, e] of this.edits) {
            if (e === null)
                out.delete(name);
            else
                out.set(name, e);
        }
        return out;
    }
    /** True when the directory holds at least one entry. */
    hasEntries() {
        let anyRemoved = false;
        for (const e of this.edits.values()) {
            if (e !== null)
                return true;
            anyRemoved = true;
        }
        if (this.body.length === 0)
            return false;
        return anyRemoved ? this.entries().size > 0 : true;
    }
    /** The new body: the base body with the edits spliced in, in git's order, without decoding other entries. */
    render() {
        if (this.edits.size === 0)
            return this.body;
        const body = this.body;
        const idx = body.length > 0 ? this.index() : EMPTY_INDEX;
        const removed = new Set();
        const inserts = [];
        for (const [name, e] of this.edits) {
            validEntryName(name);
            const key = Buffer.from(name, 'utf8');
            if (idx.count > 0) {
                const old = findRawEntry(body, idx, key);
                if (old >= 0)
                    removed.add(old);
            }
            if (e === null)
                continue;
            const isTree = e.mode === TREE_MODE;
            const head = Buffer.from(isTree ? '40000 ' : `${e.mode} `, 'latin1');
            const bytes = Buffer.allocUnsafe(head.length + key.length + 21);
            head.copy(bytes, 0);
            key.copy(bytes, head.length);
            bytes[head.length + key.length] = 0;
            if (bytes.write(e.oid, head.length + key.length + 1, 'hex') !== 20) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: invalid object id in tree entry ${name}: ${e.oid}`);
            }
            inserts.push({ at: lowerBound(body, idx, key, isTree), key: isTree ? Buffer.concat([key, SLASH]) : key, bytes });
        }
        inserts.sort((a, b) => a.at - b.at || Buffer.compare(a.key, b.key));
        const pieces = [];
        let from = 0; // next body byte not yet copied
        const copyUpTo = (entry) => {
            // copy whole entries [.., entry) that are not removed
            const end = entry < idx.count ? idx.start[entry] : body.length;
            if (end > from)
                pieces.push(body.subarray(from, end));
            from = Math.max(from, end);
        };
        const cuts = [...removed].sort((a, b) => a - b);
        let c = 0;
        for (const ins of inserts) {
            while (c < cuts.length && cuts[c] < ins.at) {
                copyUpTo(cuts[c]);
                from = cuts[c] + 1 < idx.count ? idx.start[cuts[c] + 1] : body.length;
                c++;
            }
            copyUpTo(ins.at);
            pieces.push(ins.bytes);
        }
        for (; c < cuts.length; c++) {
            copyUpTo(cuts[c]);
            from = cuts[c] + 1 < idx.count ? idx.start[cuts[c] + 1] : body.length;
        }
        if (from < body.length)
            pieces.push(body.subarray(from));
        return Buffer.concat(pieces);
    }
    /** Adopts a written body: the edits are now part of it. */
    settle(oid, body) {
        this.oid = oid;
        this.body = body;
        this.idx = undefined;
        this.edits.clear();
        this.dirty = false;
    }
}
const SLASH = Buffer.from('/');
const EMPTY_INDEX = { start: new Int32Array(0), sp: new Int32Array(0), nul: new Int32Array(0), count: 0 };
/**
 * An editable view of a tree. Subtrees are read on first access and kept as raw bodies: a lookup is a
 * binary search over entry boundaries and a write splices the changed entries in, so a 1,000-entry
 * directory is never decoded. `write()` writes only the directories on changed paths and reuses every
 * other subtree by oid.
 */
class EditableTree {
    store;
    baseOid;
    rootNode;
    constructor(store, baseOid) {
        this.store = store;
        this.baseOid = baseOid;
    }
    async root() {
        if (this.rootNode === undefined)
            this.rootNode = await this.load(this.baseOid);
        return this.rootNode;
    }
    async load(oid) {
        return new TreeNode(oid, await this.store.readTreeBody(oid));
    }
    async childNode(node, name) {
        const loaded = node.children.get(name);
        if (loaded !== undefined)
            return loaded;
        const entry = node.entry(name);
        if (entry === undefined || entry.mode !== TREE_MODE)
            return undefined;
        const child = await this.load(entry.oid);
        node.children.set(name, child);
        return child;
    }
    /** The directory node at `segments`, optionally creating missing directories (which marks the path dirty). */
    async dir(segments, create) {
        const chain = [await this.root()];
        for (const name of segments) {
            const parent = chain[chain.length - 1];
            let child = await this.childNode(parent, name);
            if (child === undefined) {
                if (!create)
                    return undefined;
                child = new TreeNode(undefined, EMPTY_BODY);
                child.dirty = true;
                parent.children.set(name, child);
                parent.edits.set(name, { mode: TREE_MODE, oid: '' });
            }
            chain.push(child);
        }
        return chain;
    }
    /** The entry at `p` (blob or tree), if any. */
    async get(p) {
        const segs = splitPath(p);
        const chain = await this.dir(segs.slice(0, -1), false);
        if (chain === undefined)
            return undefined;
        return chain[chain.length - 1].entry(segs[segs.length - 1]);
    }
    async readBlob(p) {
        const e = await this.get(p);
        if (e === undefined || e.mode === TREE_MODE)
            return undefined;
        return this.store.readBlob(e.oid);
    }
    /** Entries of the directory `p` (`''` = root), in no particular order; empty when missing. */
    async list(p) {
        const chain = await this.dir(p === '' ? [] : splitPath(p), false);
        if (chain === undefined)
            return [];
        const node = chain[chain.length - 1];
        return [...node.entries()].filter(([name]) => {
            const child = node.children.get(name);
            return !(child !== undefined && child.dirty && !child.hasEntries());
        });
    }
    /** Upserts a blob entry; returns false when the same blob was already there. */
    async setBlob(p, oid, mode = BLOB_MODE) {
        const segs = splitPath(p);
        const chain = await this.dir(segs.slice(0, -1), true);
        const node = chain[chain.length - 1];
        const name = segs[segs.length - 1];
        const cur = node.entry(name);
        if (cur !== undefined && cur.mode === mode && cur.oid === oid)
            return false;
        node.edits.set(name, { mode, oid });
        node.children.delete(name);
        for (const n of chain)
            n.dirty = true;
        return true;
    }
    /** Removes the entry at `p` (blob or whole subtree); returns false when nothing was there. */
    async remove(p) {
        const segs = splitPath(p);
        const chain = await this.dir(segs.slice(0, -1), false);
        if (chain === undefined)
            return false;
        const node = chain[chain.length - 1];
        const name = segs[segs.length - 1];
        if (node.entry(name) === undefined)
            return false;
        node.edits.set(name, null);
        node.children.delete(name);
        for (const n of chain)
            n.dirty = true;
        return true;
    }
    /** Writes the changed directories bottom-up and returns the root tree oid (empty directories vanish). */
    async write() {
        const root = await this.root();
        return this.writeNode(root) ?? EMPTY_TREE;
    }
    writeNode(node) {
        if (!node.dirty && node.oid !== undefined)
            return node.body.length === 0 ? undefined : node.oid;
        for (const [name, child] of node.children) {
            if (!child.dirty && child.oid !== undefined && child.body.length > 0)
                continue;
            const oid = this.writeNode(child);
            if (oid === undefined) {
                node.edits.set(name, null);
                node.children.delete(name);
            }
            else {
                node.edits.set(name, { mode: TREE_MODE, oid });
            }
        }
        const body = node.render();
        if (body.length === 0) {
            node.settle(undefined, body);
            return undefined;
        }
        const oid = this.store.writeTreeBody(body);
        node.settle(oid, body);
        return oid;
    }
}
const EMPTY_BODY = Buffer.alloc(0);


/***/ })

};
;