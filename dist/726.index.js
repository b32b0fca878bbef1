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


/***/ }),

/***/ 5338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GF: () => (/* binding */ writeJson),
/* harmony export */   lj: () => (/* binding */ storeSettings)
/* harmony export */ });
/* unused harmony export prettySortedJson */
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _core_store__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(502);
// Output helpers shared by commands: pretty JSON with byte-wise sorted keys (hail-and-store.md section 9).


/**
 * Pretty JSON (2-space, `"key": value`, empty containers as `[]`/`{}`), keys sorted byte-wise at every
 * level. Written by hand because JS objects always list integer-like keys first.
 */
function prettySortedJson(value, indent = '') {
    if (Array.isArray(value)) {
        if (value.length === 0)
            return '[]';
        const inner = indent + '  ';
        return `[\n${value.map((v) => inner + prettySortedJson(v ?? null, inner)).join(',\n')}\n${indent}]`;
    }
    if (value !== null && typeof value === 'object') {
        const keys = Object.keys(value)
            .filter((k) => value[k] !== undefined)
            .sort(_core_text__WEBPACK_IMPORTED_MODULE_0__/* .compareBytewise */ .GV);
        if (keys.length === 0)
            return '{}';
        const inner = indent + '  ';
        const rows = keys.map((k) => `${inner}${JSON.stringify(k)}: ${prettySortedJson(value[k], inner)}`);
        return `{\n${rows.join(',\n')}\n${indent}}`;
    }
    if (typeof value === 'bigint')
        return value.toString();
    return JSON.stringify(value) ?? 'null';
}
function writeJson(ctx, value) {
    ctx.stdout(prettySortedJson(value) + '\n');
}
function storeSettings(ctx) {
    return { cwd: ctx.cwd, home: (0,_core_store__WEBPACK_IMPORTED_MODULE_1__/* .homeFromEnv */ .V0)(ctx.env) };
}


/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ storeLocalObject),
/* harmony export */   F9: () => (/* binding */ readLocalObject),
/* harmony export */   V0: () => (/* binding */ homeFromEnv),
/* harmony export */   du: () => (/* binding */ objectPath),
/* harmony export */   zA: () => (/* binding */ candidateRoots)
/* harmony export */ });
/* unused harmony exports findRepoRoot, defaultRoot, sha256Hex, createFileAtomically, replaceFileAtomically */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
// The local content-addressed object store (hail-and-store.md section 8).




const HEX64 = /^[0-9a-fA-F]{64}$/;
/** Home from an environment map: HOME, else USERPROFILE (empty counts as unset). */
function homeFromEnv(env) {
    return env.HOME || env.USERPROFILE || undefined;
}
/** The first directory at or above `cwd` (its parent if it names a file) holding an entry `.git`. */
function findRepoRoot(cwd) {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(cwd);
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(dir).isDirectory())
            dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir);
    }
    catch {
        // a missing cwd is walked up like a directory
    }
    for (;;) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, '.git'));
            return dir;
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(dir);
            if (parent === dir)
                return undefined;
            dir = parent;
        }
    }
}
function rootsFor(kind, settings) {
    const repoRoot = findRepoRoot(settings.cwd);
    return {
        repoRoot,
        repoStore: repoRoot ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(repoRoot, '.opensession', kind) : undefined,
        globalStore: settings.home ? node_path__WEBPACK_IMPORTED_MODULE_2__.join(settings.home, '.local', 'share', 'opensession', kind) : undefined,
    };
}
/** The root that writes go to: the repo store inside a repo, else the global store. */
function defaultRoot(kind, settings) {
    const roots = rootsFor(kind, settings);
    if (roots.repoStore)
        return roots.repoStore;
    if (roots.globalStore)
        return roots.globalStore;
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL('could not determine home directory');
}
/** Roots to read from, in order: repo store (inside a repo), then the global store. */
function candidateRoots(kind, settings) {
    const roots = rootsFor(kind, settings);
    const out = [];
    if (roots.repoStore)
        out.push(roots.repoStore);
    if (roots.globalStore)
        out.push(roots.globalStore);
    else if (!roots.repoStore)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL('could not determine home directory');
    return out;
}
function objectPath(root, sha256, ext = '.jsonl') {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}${ext}`);
}
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Writes `<dir>/.gitignore` = `*\n` when the store lives inside a repo and none exists yet. */
async function ensureRepoGitignore(storeDir, settings, kind) {
    const roots = rootsFor(kind, settings);
    if (roots.repoStore !== storeDir)
        return;
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(storeDir, { recursive: true });
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(node_path__WEBPACK_IMPORTED_MODULE_2__.join(storeDir, '.gitignore'), '*\n', { flag: 'wx' });
    }
    catch (err) {
        if (err.code !== 'EEXIST')
            throw err;
    }
}
/**
 * Creates `target` with `bytes` atomically and only if it does not exist: write a temp file in the
 * same directory, then hard-link it into place (link fails with EEXIST rather than replacing).
 * Returns false when the target already existed.
 */
async function createFileAtomically(target, bytes) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2__.join(dir, `.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(tmp, bytes, { flag: 'wx', mode: 0o644 });
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.link(tmp, target);
        return true;
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return false;
        // Filesystems without hard links: fall back to rename when the target is still absent.
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP') {
            try {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(target);
                return false;
            }
            catch {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, target);
                return true;
            }
        }
        throw err;
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
    }
}
/** Replaces `target` atomically (temp file + rename); for files that may be overwritten, such as pins. */
async function replaceFileAtomically(target, bytes) {
    const dir = path.dirname(target);
    await fs.mkdir(dir, { recursive: true });
    const tmp = path.join(dir, `.tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
        await fs.writeFile(tmp, bytes, { flag: 'wx', mode: 0o644 });
        await fs.rename(tmp, target);
    }
    finally {
        await fs.rm(tmp, { force: true });
    }
}
/** Stores canonical bytes under their sha256 in the default root (never overwrites). */
async function storeLocalObject(bytes, settings) {
    const sha256 = sha256Hex(bytes);
    const root = defaultRoot('objects', settings);
    await ensureRepoGitignore(root, settings, 'objects');
    const target = objectPath(root, sha256);
    const created = await createFileAtomically(target, bytes);
    return { uri: `os://src/local/${sha256}`, sha256, path: target, bytes: bytes.length, created };
}
/** Reads a stored object from the first candidate root that has it. */
async function readLocalObject(hash, settings) {
    if (!HEX64.test(hash))
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`invalid hash: ${hash}`);
    const sha256 = hash.toLowerCase();
    for (const root of candidateRoots('objects', settings)) {
        const file = objectPath(root, sha256);
        try {
            return { sha256, path: file, bytes: await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file) };
        }
        catch (err) {
            const code = err.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw err;
        }
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`object not found: ${sha256}`);
}


/***/ }),

/***/ 7849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* reexport safe */ _parse__WEBPACK_IMPORTED_MODULE_2__.Du),
/* harmony export */   Lf: () => (/* reexport safe */ _parse__WEBPACK_IMPORTED_MODULE_2__.Lf),
/* harmony export */   Me: () => (/* reexport safe */ _remote__WEBPACK_IMPORTED_MODULE_3__.Me),
/* harmony export */   um: () => (/* reexport safe */ _remote__WEBPACK_IMPORTED_MODULE_3__.um)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(143);
/* harmony import */ var _encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _parse__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7778);
/* harmony import */ var _remote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(819);
// Source URIs (hail-and-store.md section 7).






/***/ })

};
;