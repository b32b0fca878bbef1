"use strict";
exports.id = 255;
exports.ids = [255];
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
/** The fs client handed to isomorphic-git (reads only: every object write goes through `writeLoose`). */
const objectFs = { promises: fs__WEBPACK_IMPORTED_MODULE_1__.promises };
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
/** Drops the in-process tree and commit caches (tests; callers that rewrite history by other means). */
function resetObjectCaches() {
    treeCache.clear();
    commitCache.clear();
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
/** The loose-object bytes of an object: header + body, SHA-1 named, zlib-deflated. */
function looseObject(type, body) {
    const wrapped = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
    return { oid: (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(wrapped).digest('hex'), object: (0,zlib__WEBPACK_IMPORTED_MODULE_3__.deflateSync)(wrapped, { level: 1 }) };
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
    madeDirs = new Set();
    constructor(commonDir) {
        this.gitdir = commonDir;
    }
    loosePath(oid) {
        return path__WEBPACK_IMPORTED_MODULE_2__.join(this.gitdir, 'objects', oid.slice(0, 2), oid.slice(2));
    }
    /** Writes a loose object unless it exists: temp file + rename, so concurrent readers never see half of it. */
    writeLoose(type, body) {
        const { oid, object } = looseObject(type, body);
        const file = this.loosePath(oid);
        if (fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file))
            return oid;
        const dir = path__WEBPACK_IMPORTED_MODULE_2__.dirname(file);
        const tmp = path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `tmp_obj_${process.pid}_${++tmpCounter}`);
        try {
            if (!this.madeDirs.has(dir)) {
                fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(dir, { recursive: true });
                this.madeDirs.add(dir);
            }
            try {
                fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(tmp, object, { mode: 0o444 });
            }
            catch (err) {
                // `git gc` removes fan-out directories it emptied: make the directory again and retry once
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
    /** An object's type and body: loose objects here, packed ones through isomorphic-git. */
    async readObject(oid) {
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
        const entries = parseTree(await this.readTyped(oid, 'tree'));
        remember(treeCache, oid, entries, TREE_CACHE_LIMIT);
        return entries;
    }
    async writeTree(entries) {
        if (entries.size === 0)
            return EMPTY_TREE;
        const oid = this.writeLoose('tree', renderTree(entries));
        remember(treeCache, oid, new Map(entries), TREE_CACHE_LIMIT);
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
        if (fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(this.loosePath(oid)))
            return (await this.readObject(oid)).type;
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
class TreeNode {
    oid;
    entries;
    dirty = false;
    constructor(oid, entries) {
        this.oid = oid;
        this.entries = entries;
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
 * An editable view of a tree. Subtrees are read on first access; `write()` writes only the
 * directories on changed paths and reuses every other subtree by oid.
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
        const entries = await this.store.readTree(oid);
        // Copy the records: the cached map is shared and node entries are mutated on write.
        const own = new Map();
        for (const [name, e] of entries)
            own.set(name, { mode: e.mode, oid: e.oid });
        return new TreeNode(oid, own);
    }
    async childNode(node, name) {
        const entry = node.entries.get(name);
        if (entry === undefined || entry.mode !== TREE_MODE)
            return undefined;
        if (entry.child === undefined)
            entry.child = await this.load(entry.oid);
        return entry.child;
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
                child = new TreeNode(undefined, new Map());
                child.dirty = true;
                parent.entries.set(name, { mode: TREE_MODE, oid: '', child });
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
        const e = chain[chain.length - 1].entries.get(segs[segs.length - 1]);
        return e === undefined ? undefined : { mode: e.mode, oid: e.oid };
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
        return [...chain[chain.length - 1].entries]
            .filter(([, e]) => !(e.child !== undefined && e.child.entries.size === 0 && e.child.dirty))
            .map(([name, e]) => [name, { mode: e.mode, oid: e.oid }]);
    }
    /** Upserts a blob entry; returns false when the same blob was already there. */
    async setBlob(p, oid, mode = BLOB_MODE) {
        const segs = splitPath(p);
        const chain = await this.dir(segs.slice(0, -1), true);
        const node = chain[chain.length - 1];
        const name = segs[segs.length - 1];
        const cur = node.entries.get(name);
        if (cur !== undefined && cur.mode === mode && cur.oid === oid)
            return false;
        node.entries.set(name, { mode, oid });
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
        if (!node.entries.delete(segs[segs.length - 1]))
            return false;
        for (const n of chain)
            n.dirty = true;
        return true;
    }
    /** Writes the changed directories bottom-up and returns the root tree oid (empty directories vanish). */
    async write() {
        const root = await this.root();
        return (await this.writeNode(root)) ?? EMPTY_TREE;
    }
    async writeNode(node) {
        if (!node.dirty && node.oid !== undefined)
            return node.entries.size === 0 ? undefined : node.oid;
        // Changed sibling subtrees are written concurrently (independent files; overlaps fs latency).
        const written = new Map();
        await Promise.all([...node.entries]
            .filter(([, e]) => e.child !== undefined)
            .map(async ([name, e]) => written.set(name, await this.writeNode(e.child))));
        const out = new Map();
        for (const [name, e] of node.entries) {
            if (e.child !== undefined) {
                const oid = written.get(name);
                if (oid === undefined)
                    continue;
                e.oid = oid;
                out.set(name, { mode: TREE_MODE, oid });
            }
            else {
                out.set(name, { mode: e.mode, oid: e.oid });
            }
        }
        if (out.size === 0) {
            node.oid = undefined;
            return undefined;
        }
        const oid = await this.store.writeTree(out);
        node.oid = oid;
        node.dirty = false;
        return oid;
    }
}


/***/ }),

/***/ 2464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ readLedgerTip),
/* harmony export */   rx: () => (/* binding */ readLedgerCommit)
/* harmony export */ });
/* unused harmony export assertLedgerTipIsCommit */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6790);
// Ledger refs that exist but cannot be read (amendments-2 A9): an empty or unparsable ref file, or a ref that points
// at something other than a commit, is an error naming the ref with the steps to repair it, never "absent" (treating
// it as absent would start a new root commit and orphan every earlier session of that branch).




const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
/** The last new value recorded in the ref's reflog: the tip before it broke, when git kept a log. */
function lastReflogTip(repo, ref) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'logs', ref), 'utf8');
    }
    catch {
        return undefined;
    }
    const lines = text.split('\n').filter((l) => l !== '');
    for (let i = lines.length - 1; i >= 0; i--) {
        const next = lines[i].split(' ')[1];
        if (next !== undefined && OID.test(next) && !/^0+$/.test(next))
            return next;
    }
    return undefined;
}
function brokenRefError(repo, ref, problem, removable) {
    const file = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, ref);
    const last = lastReflogTip(repo, ref);
    const steps = [
        removable
            ? `remove the broken ref: \`git update-ref -d ${ref}\``
            : `remove the broken ref file (git cannot delete a ref it cannot read): \`rm ${file}\``,
        last !== undefined
            ? `put back the last tip its reflog recorded: \`git update-ref ${ref} ${last}\``
            : `find the earlier ledger commits: \`git fsck --lost-found\` (dangling commits by opensession), then \`git update-ref ${ref} <commit>\``,
        'retry the command',
    ];
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ(`ledger ref ${ref} is unreadable: ${problem}; nothing was written`, steps);
}
/**
 * The tip of a ledger ref, strictly: undefined only when the ref does not exist; a GuidedError when its file is
 * empty or not an object id (A9). Packed refs and symbolic refs read as `readRef` reads them.
 */
function readLedgerTip(repo, ref) {
    const file = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, ref);
    let text;
    try {
        if (fs__WEBPACK_IMPORTED_MODULE_0__.statSync(file).isFile())
            text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch {
        // absent (or unreadable directory entry): fall through to readRef, which reports I/O errors
    }
    if (text !== undefined) {
        const value = text.trim();
        if (value === '')
            throw brokenRefError(repo, ref, `${file} is empty`, false);
        if (!value.startsWith('ref:') && !OID.test(value)) {
            throw brokenRefError(repo, ref, `${file} does not hold an object id`, false);
        }
    }
    return (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, ref);
}
/** Fails with the A9 error unless `oid` (the tip of `ref`) is a commit in the object database. */
async function assertLedgerTipIsCommit(repo, store, ref, oid) {
    const type = await store.objectType(oid);
    if (type === 'commit')
        return;
    const problem = type === undefined
        ? `it points at ${oid}, which is not in the object database`
        : `it points at a ${type} (${oid}), not a commit`;
    throw brokenRefError(repo, ref, problem, type !== undefined);
}
/** `readLedgerTip` plus the commit check: the tip to build on, or undefined for a ledger that does not exist yet. */
async function readLedgerCommit(repo, store, ref) {
    const tip = readLedgerTip(repo, ref);
    if (tip !== undefined)
        await assertLedgerTipIsCommit(repo, store, ref, tip);
    return tip;
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ busyError),
/* harmony export */   GH: () => (/* binding */ LEDGER_AUTHOR),
/* harmony export */   cZ: () => (/* binding */ setRef),
/* harmony export */   du: () => (/* binding */ updateRef),
/* harmony export */   storeFor: () => (/* binding */ storeFor)
/* harmony export */ });
/* unused harmony exports MAX_ATTEMPTS, withRefMutex, signatureAt, STALE_LOCK_MS, setLockWarningSink */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5879);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8843);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9036);
/* harmony import */ var _ref_health__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2464);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6790);
// The single local write primitive: build a child commit and swap the ref with git's lock-file
// protocol, retrying on contention (§4.2).








const LEDGER_AUTHOR = { name: 'opensession', email: 'cli@opensession.io' };
const MAX_ATTEMPTS = 10;
const stores = new Map();
/** The object store of a repository, shared within this process so its tree cache is reused. */
function storeFor(repo) {
    let s = stores.get(repo.commonDir);
    if (s === undefined) {
        s = new _objects__WEBPACK_IMPORTED_MODULE_5__/* .ObjectStore */ .LI(repo.commonDir);
        stores.set(repo.commonDir, s);
    }
    return s;
}
const mutexes = new Map();
/** Serializes writes to one (common dir, ref) within this process. */
async function withRefMutex(repo, ref, fn) {
    const key = `${repo.commonDir}\n${ref}`;
    const prev = mutexes.get(key) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => undefined);
    mutexes.set(key, tail);
    try {
        return await run;
    }
    finally {
        if (mutexes.get(key) === tail)
            mutexes.delete(key);
    }
}
function signatureAt(date) {
    return {
        ...LEDGER_AUTHOR,
        timestamp: Math.floor(date.getTime() / 1000),
        timezoneOffset: date.getTimezoneOffset(),
    };
}
function formatOffset(minutesWest) {
    const east = -minutesWest;
    const sign = east < 0 ? '-' : '+';
    const abs = Math.abs(east);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
function firstLine(message) {
    const nl = message.indexOf('\n');
    return nl === -1 ? message : message.slice(0, nl);
}
const logAllCache = new Map();
async function logAllRefUpdatesAlways(repo, env = process.env) {
    let mtime = -1;
    try {
        mtime = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'config')).mtimeMs;
    }
    catch {
        // no config file
    }
    const hit = logAllCache.get(repo.commonDir);
    if (hit !== undefined && hit.mtime === mtime)
        return hit.always;
    // Starting git costs more than the whole write: ask it only when some config file could set the key.
    const mayBeAlways = (v) => v.toLowerCase() === 'always';
    if (!(0,_git_config__WEBPACK_IMPORTED_MODULE_3__/* .gitConfigMayHave */ .eS)(repo.commonDir, repo.gitDir, 'core.logAllRefUpdates', mayBeAlways, env)) {
        logAllCache.set(repo.commonDir, { mtime, always: false });
        return false;
    }
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_4__/* .runGit */ .E)(['config', '--get', 'core.logAllRefUpdates'], { cwd: repo.root });
    const always = res.code === 0 && res.stdout.trim().toLowerCase() === 'always';
    logAllCache.set(repo.commonDir, { mtime, always });
    return always;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** §4.2 step 6: min(1000, 25·2^(attempt−1)) ms plus 0–25 ms jitter. */
function backoffMs(attempt) {
    return Math.min(1000, 25 * 2 ** (attempt - 1)) + Math.random() * 25;
}
function backoff(attempt) {
    return sleep(backoffMs(attempt));
}
function ioError(err) {
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`io error: ${err instanceof Error ? err.message : String(err)}`);
}
/** A lock older than this whose writer is gone is broken (amendments-2 A9). */
const STALE_LOCK_MS = 60_000;
let lockWarning = (m) => process.stderr.write(`[opensession] Warning: ${m}\n`);
/** Where the "broke a stale lock" warning goes (stderr by default). Returns the previous sink. */
function setLockWarningSink(sink) {
    const prev = lockWarning;
    lockWarning = sink;
    return prev;
}
function processIsAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Removes `lockPath` when it is older than 60 s and the process that wrote it is gone (our locks hold
 * `pid <n>` until the new value is written; a lock without a pid is taken as abandoned once it is that old).
 */
async function breakStaleLock(lockPath, ref) {
    let stat;
    let text;
    try {
        stat = await fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(lockPath);
        text = await fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(lockPath, 'utf8');
    }
    catch {
        return false;
    }
    const age = Date.now() - stat.mtimeMs;
    if (age <= STALE_LOCK_MS)
        return false;
    const pid = /^pid (\d+)/.exec(text);
    if (pid !== null && processIsAlive(Number(pid[1])))
        return false;
    try {
        await fs__WEBPACK_IMPORTED_MODULE_0__.promises.unlink(lockPath);
    }
    catch {
        return false;
    }
    const who = pid !== null ? `process ${pid[1]}, which is gone` : 'a writer that is gone';
    lockWarning(`removed a stale lock on ${ref} (${lockPath}, ${Math.round(age / 1000)} s old, left by ${who})`);
    return true;
}
/** Creates `<common dir>/<ref>.lock` exclusively; undefined when another writer holds it. */
async function acquireLock(repo, ref) {
    const refPath = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, ref);
    const lockPath = `${refPath}.lock`;
    for (let tries = 0;; tries++) {
        try {
            await fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(path__WEBPACK_IMPORTED_MODULE_1__.dirname(refPath), { recursive: true });
            const handle = await fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(lockPath, 'wx');
            await handle.write(`pid ${process.pid}\n`, 0);
            return { refPath, lockPath, handle };
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw ioError(err);
            if (tries > 0 || !(await breakStaleLock(lockPath, ref)))
                return undefined;
        }
    }
}
/** Tries to take the lock, polling every few milliseconds for up to `waitMs`. */
async function acquireLockWithin(repo, ref, waitMs) {
    const deadline = Date.now() + waitMs;
    for (;;) {
        const lock = await acquireLock(repo, ref);
        if (lock !== undefined || Date.now() >= deadline)
            return lock;
        await sleep(2 + Math.random() * 4);
    }
}
async function releaseLock(lock) {
    await lock.handle.close().catch(() => undefined);
    await fs__WEBPACK_IMPORTED_MODULE_0__.promises.unlink(lock.lockPath).catch(() => undefined);
}
/** §4.2 step 4-5 with the lock held: re-check, write, fsync, rename, reflog. Always consumes the lock. */
async function commitLocked(repo, ref, lock, old, next, reflogMessage, now) {
    let renamed = false;
    try {
        const current = (0,_ref_health__WEBPACK_IMPORTED_MODULE_6__/* .readLedgerTip */ .Nw)(repo, ref);
        if (current !== old)
            return 'busy';
        await lock.handle.truncate(0);
        await lock.handle.write(`${next}\n`, 0);
        await lock.handle.sync();
        await lock.handle.close();
        await fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(lock.lockPath, lock.refPath);
        renamed = true;
    }
    catch (err) {
        throw err instanceof _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL ? err : ioError(err);
    }
    finally {
        if (!renamed)
            await releaseLock(lock);
    }
    const logPath = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'logs', ref);
    if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(logPath) || (await logAllRefUpdatesAlways(repo))) {
        const who = signatureAt(now);
        const line = `${old ?? _repo__WEBPACK_IMPORTED_MODULE_7__.ZERO_OID} ${next} ${LEDGER_AUTHOR.name} <${LEDGER_AUTHOR.email}> ${who.timestamp} ${formatOffset(who.timezoneOffset)}\t${firstLine(reflogMessage)}\n`;
        try {
            await fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(path__WEBPACK_IMPORTED_MODULE_1__.dirname(logPath), { recursive: true });
            await fs__WEBPACK_IMPORTED_MODULE_0__.promises.appendFile(logPath, line);
        }
        catch {
            // a reflog line is best effort, like git's own
        }
    }
    return 'swapped';
}
async function swapRef(repo, ref, old, next, reflogMessage, now) {
    const lock = await acquireLock(repo, ref);
    if (lock === undefined)
        return 'busy';
    return commitLocked(repo, ref, lock, old, next, reflogMessage, now);
}
/** From this attempt on, the lock is taken before reading the tip, so a writer that keeps losing the race still progresses. */
const LOCK_FIRST_ATTEMPT = 3;
function busyError(repo, ref) {
    const lockPath = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, `${ref}.lock`);
    return new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`ledger ref \`${ref}\` is busy: ${lockPath} exists or the ref keeps changing; if no other opensession or git process is running, remove the lock file and retry`);
}
/**
 * `updateRef(repo, ref, mutate, message)`: applies `mutate` to the tip tree and commits the result as a
 * child of the tip, with compare-and-swap and up to 10 attempts.
 */
async function updateRef(repo, ref, mutate, message, options = {}) {
    return withRefMutex(repo, ref, async () => {
        const store = storeFor(repo);
        const clock = options.now ?? (() => new Date());
        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            let lock;
            if (attempt >= LOCK_FIRST_ATTEMPT) {
                // Poll for the lock during this attempt's backoff window instead of sleeping through it.
                lock = await acquireLockWithin(repo, ref, attempt < MAX_ATTEMPTS ? backoffMs(attempt) : 0);
                if (lock === undefined)
                    continue;
            }
            let outcome;
            let commit;
            try {
                const old = await (0,_ref_health__WEBPACK_IMPORTED_MODULE_6__/* .readLedgerCommit */ .rx)(repo, store, ref);
                const baseTree = old === undefined ? _objects__WEBPACK_IMPORTED_MODULE_5__/* .EMPTY_TREE */ .pL : (await store.readCommit(old)).tree;
                const tree = new _objects__WEBPACK_IMPORTED_MODULE_5__/* .EditableTree */ .Pl(store, baseTree);
                const changed = await mutate(tree, old);
                const treeOid = changed ? await tree.write() : baseTree;
                const extra = changed ? (options.extraParents?.(old) ?? []) : [];
                if (!changed || (treeOid === baseTree && old !== undefined && extra.length === 0)) {
                    return { oid: old, committed: false, attempts: attempt }; // the finally block releases the lock
                }
                const now = clock();
                const text = typeof message === 'function' ? message(old) : message;
                const full = text.endsWith('\n') ? text : `${text}\n`;
                commit = await store.writeCommit(treeOid, old === undefined ? extra : [old, ...extra], full, signatureAt(now));
                if (lock !== undefined) {
                    const held = lock;
                    lock = undefined; // commitLocked always consumes the lock
                    outcome = await commitLocked(repo, ref, held, old, commit, full, now);
                }
                else {
                    outcome = await swapRef(repo, ref, old, commit, full, now);
                }
            }
            finally {
                if (lock !== undefined)
                    await releaseLock(lock);
            }
            if (outcome === 'swapped')
                return { oid: commit, committed: true, attempts: attempt };
            if (attempt < MAX_ATTEMPTS)
                await backoff(attempt);
        }
        throw busyError(repo, ref);
    });
}
/** Moves `ref` from `old` to `next` with the lock-file protocol and no retry (fast-forwards, tracking refs). */
async function setRef(repo, ref, old, next, reflogMessage) {
    return withRefMutex(repo, ref, async () => (await swapRef(repo, ref, old, next, reflogMessage, new Date())) === 'swapped');
}


/***/ })

};
;