"use strict";
exports.id = 2221;
exports.ids = [2221,2636,6790,4602,8843,4409,9608,255];
exports.modules = {

/***/ 8843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGit: () => (/* binding */ runGit),
/* harmony export */   runGitRaw: () => (/* binding */ runGitRaw)
/* harmony export */ });
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
// The system `git` CLI, for network operations and the few reads the spec routes through it (§1, §17).

/** Runs `git <args>` without a shell and returns stdout as bytes; rejects only when git cannot start. */
function runGitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const env = {};
        for (const [k, v] of Object.entries({ ...(options.baseEnv ?? process.env), ...(options.env ?? {}) })) {
            if (v !== undefined)
                env[k] = v;
        }
        env.LC_ALL = 'C';
        const child = (0,child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', reject);
        child.on('close', (code) => {
            resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/** Runs `git <args>` without a shell; never throws for a non-zero exit (only when git cannot start). */
async function runGit(args, options) {
    const r = await runGitRaw(args, options);
    return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
}


/***/ }),

/***/ 4602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_MERGE_ROUNDS: () => (/* binding */ MAX_MERGE_ROUNDS),
/* harmony export */   isConfiguredRemote: () => (/* reexport safe */ _remotes__WEBPACK_IMPORTED_MODULE_5__.Hi),
/* harmony export */   mergeRemoteTip: () => (/* binding */ mergeRemoteTip),
/* harmony export */   pushRef: () => (/* binding */ pushRef),
/* harmony export */   pushRefs: () => (/* binding */ pushRefs),
/* harmony export */   trackingRefOf: () => (/* reexport safe */ _remotes__WEBPACK_IMPORTED_MODULE_5__.qc)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9036);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6790);
/* harmony import */ var _update__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(255);
/* harmony import */ var _remotes__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7307);
// Pushing a ledger (or notes) ref; on a rejected push: fetch, union merge, push again (§6).







const MAX_MERGE_ROUNDS = 3;
function pushEnv(options) {
    return { ...(options.env ?? {}), OPENSESSION_INTERNAL_PUSH: '1', LC_ALL: 'C' };
}
async function pushOnce(repo, target, ref, options) {
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['push', '--porcelain', '--no-verify', target, `${ref}:${ref}`], {
        cwd: repo.root,
        env: pushEnv(options),
    });
    for (const line of res.stdout.split('\n')) {
        const cols = line.split('\t');
        if (cols.length < 3 || cols[0] !== '!' || cols[1] !== `${ref}:${ref}`)
            continue;
        const summary = cols[2].trim();
        if (summary.startsWith('[rejected] (non-fast-forward)') || summary.startsWith('[rejected] (fetch first)'))
            return { kind: 'moved' };
    }
    if (res.code === 0)
        return { kind: 'ok' };
    return { kind: 'failed', stderr: res.stderr.trim() || res.stdout.trim() };
}
let scratchCounter = 0;
/** §6.2: fetches the remote tip of `ref` into the tracking ref (named remotes) or a scratch ref. */
async function fetchRemoteTip(repo, target, ref, named, options) {
    const scratch = !(named && (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .tracksRef */ .CB)(ref));
    const dest = scratch
        ? `refs/opensession/scratch/merge-${process.pid}-${++scratchCounter}`
        : (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .trackingRefOf */ .qc)(target, ref);
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['fetch', '--no-tags', target, `+${ref}:${dest}`], {
        cwd: repo.root,
        env: pushEnv(options),
    });
    if (res.code !== 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: could not fetch ${ref} from ${target} to merge: ${res.stderr.trim()}`);
    }
    return { dest, tip: (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, dest), scratch };
}
/**
 * §6.3: merges the remote tip `remote` into the local `ref`. Returns 'fast-forward' when the local ref
 * moved to the remote tip, 'merged' when a merge commit was written, 'none' when the remote is already contained.
 */
async function mergeRemoteTip(repo, ref, remote, kind = 'ledger') {
    const store = (0,_update__WEBPACK_IMPORTED_MODULE_4__.storeFor)(repo);
    for (let round = 0; round < 10; round++) {
        const local = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, ref);
        if (local === remote)
            return 'none';
        if (local !== undefined && (await store.isDescendent(local, remote)))
            return 'none';
        if (local === undefined || (await store.isDescendent(remote, local))) {
            if (await (0,_update__WEBPACK_IMPORTED_MODULE_4__.setRef)(repo, ref, local, remote, `ledger-merge: fast-forward to ${remote}`))
                return 'fast-forward';
            continue;
        }
        let outcome = 'none';
        // Loaded only when a push was rejected and the histories diverged (the hook's push does not need it).
        const { applyFlat, flattenTree, mergeLedgerFlat, mergeNotesFlat } = await __webpack_require__.e(/* import() */ 4676).then(__webpack_require__.bind(__webpack_require__, 4676));
        const result = await (0,_update__WEBPACK_IMPORTED_MODULE_4__.updateRef)(repo, ref, async (tree, tip) => {
            if (tip === undefined)
                return false;
            if (tip === remote || (await store.isDescendent(tip, remote)))
                return false;
            const baseCommit = await store.findMergeBase(tip, remote);
            const baseTree = baseCommit === undefined ? _objects__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_TREE */ .pL : (await store.readCommit(baseCommit)).tree;
            const localFlat = await flattenTree(store, tree.baseOid);
            const remoteFlat = await flattenTree(store, (await store.readCommit(remote)).tree);
            const merged = kind === 'ledger'
                ? await mergeLedgerFlat(store, await flattenTree(store, baseTree), localFlat, remoteFlat)
                : await mergeNotesFlat(store, localFlat, remoteFlat);
            await applyFlat(tree, localFlat, merged);
            outcome = 'merged';
            return true; // a merge commit is written even when the union equals the local tree
        }, `${kind === 'ledger' ? 'ledger-merge' : 'notes-merge'}: remote=${remote}\n`, { extraParents: () => [remote] });
        if (result.committed)
            return 'merged';
        if (outcome === 'none')
            continue; // the tip changed under us and already contains the remote
    }
    return 'none';
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** `pushRef(repoRoot, target, ref)` (§6.1) for ledger refs; `kind: 'notes'` for `refs/notes/opensession`. */
async function pushRef(repo, target, ref, options = {}) {
    const named = await (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .isConfiguredRemote */ .Hi)(repo, target);
    let merges = 0;
    let retried = false;
    for (;;) {
        const attempt = await pushOnce(repo, target, ref, options);
        if (attempt.kind === 'ok') {
            const tip = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, ref);
            if (named && (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .tracksRef */ .CB)(ref) && tip !== undefined) {
                const tracking = (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .trackingRefOf */ .qc)(target, ref);
                await (0,_update__WEBPACK_IMPORTED_MODULE_4__.setRef)(repo, tracking, (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, tracking), tip, `update by push`).catch(() => false);
            }
            return { pushed: true, merges, oid: tip, fastForwarded: false };
        }
        if (attempt.kind === 'moved') {
            if (merges >= MAX_MERGE_ROUNDS) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: remote ref ${ref} kept changing during ${MAX_MERGE_ROUNDS} merge attempts`);
            }
            const fetched = await fetchRemoteTip(repo, target, ref, named, options);
            try {
                if (fetched.tip === undefined)
                    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: could not fetch ${ref} from ${target} to merge: remote ref is missing`);
                const outcome = await mergeRemoteTip(repo, ref, fetched.tip, options.kind ?? (ref.startsWith('refs/notes/') ? 'notes' : 'ledger'));
                if (outcome === 'fast-forward')
                    return { pushed: true, merges, oid: fetched.tip, fastForwarded: true };
                merges++;
            }
            finally {
                if (fetched.scratch)
                    await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['update-ref', '-d', fetched.dest], { cwd: repo.root });
            }
            continue;
        }
        if (retried)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: ${attempt.stderr}`);
        retried = true;
        await sleep(options.retryDelayMs ?? 1000);
    }
}
/**
 * A8: pushes every ref in ONE `git push` (ledger refs and, in notes mode, the notes ref). Refs rejected because
 * the remote moved are fetched, union-merged (§6.3) and pushed again together; other failures get one retry.
 */
async function pushRefs(repo, target, refs, options = {}) {
    const out = { pushed: [], failed: [], pushes: 0 };
    if (refs.length === 0)
        return out;
    const named = await (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .isConfiguredRemote */ .Hi)(repo, target, options.env);
    const merges = new Map();
    let retried = false;
    let pending = [...new Set(refs)];
    while (pending.length > 0) {
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['push', '--porcelain', '--no-verify', target, ...pending.map((r) => `${r}:${r}`)], {
            cwd: repo.root,
            env: pushEnv(options),
        });
        out.pushes++;
        const status = new Map();
        for (const line of res.stdout.split('\n')) {
            const cols = line.split('\t');
            if (cols.length < 3)
                continue;
            const ref = cols[1].slice(0, cols[1].indexOf(':'));
            if (cols[0] !== '!')
                status.set(ref, { kind: 'ok' });
            else if (cols[2].startsWith('[rejected] (non-fast-forward)') || cols[2].startsWith('[rejected] (fetch first)'))
                status.set(ref, { kind: 'moved' });
            else
                status.set(ref, { kind: 'failed', stderr: cols[2].trim() });
        }
        const moved = [];
        const failed = [];
        const tracking = [];
        for (const ref of pending) {
            const st = status.get(ref) ?? (res.code === 0 ? { kind: 'ok' } : { kind: 'failed', stderr: res.stderr.trim() });
            if (st.kind === 'ok') {
                out.pushed.push(ref);
                const tip = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, ref);
                if (named && (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .tracksRef */ .CB)(ref) && tip !== undefined) {
                    const tr = (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .trackingRefOf */ .qc)(target, ref);
                    tracking.push((0,_update__WEBPACK_IMPORTED_MODULE_4__.setRef)(repo, tr, (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, tr), tip, 'update by push').catch(() => false));
                }
            }
            else if (st.kind === 'moved')
                moved.push(ref);
            else
                failed.push({ ref, message: st.stderr || res.stdout.trim() });
        }
        await Promise.all(tracking); // different refs: their updates do not contend
        const next = [];
        for (const ref of moved) {
            const n = merges.get(ref) ?? 0;
            if (n >= MAX_MERGE_ROUNDS) {
                out.failed.push({ ref, message: `remote ref ${ref} kept changing during ${MAX_MERGE_ROUNDS} merge attempts` });
                continue;
            }
            try {
                const fetched = await fetchRemoteTip(repo, target, ref, named, options);
                try {
                    if (fetched.tip === undefined)
                        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`could not fetch ${ref} from ${target} to merge`);
                    const outcome = await mergeRemoteTip(repo, ref, fetched.tip, ref.startsWith('refs/notes/') ? 'notes' : 'ledger');
                    if (outcome === 'fast-forward') {
                        out.pushed.push(ref);
                        continue;
                    }
                    merges.set(ref, n + 1);
                    next.push(ref);
                }
                finally {
                    if (fetched.scratch)
                        await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['update-ref', '-d', fetched.dest], { cwd: repo.root });
                }
            }
            catch (err) {
                out.failed.push({ ref, message: err.message });
            }
        }
        if (failed.length > 0) {
            if (retried)
                out.failed.push(...failed);
            else {
                retried = true;
                await sleep(options.retryDelayMs ?? 1000);
                next.push(...failed.map((f) => f.ref));
            }
        }
        pending = next;
    }
    return out;
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
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch {
        // absent (or a directory): fall through to readRef, which reports I/O errors
    }
    if (text !== undefined) {
        const value = text.trim();
        if (value === '')
            throw brokenRefError(repo, ref, `${file} is empty`, false);
        if (OID.test(value))
            return value; // the common case: a loose ref holding an id
        if (!value.startsWith('ref:'))
            throw brokenRefError(repo, ref, `${file} does not hold an object id`, false);
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

/***/ 9608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LEDGER_REF_PREFIX: () => (/* binding */ LEDGER_REF_PREFIX),
/* harmony export */   NOTES_REF: () => (/* binding */ NOTES_REF),
/* harmony export */   base64UrlDecode: () => (/* binding */ base64UrlDecode),
/* harmony export */   base64UrlEncode: () => (/* binding */ base64UrlEncode),
/* harmony export */   branchOfLedgerRef: () => (/* binding */ branchOfLedgerRef),
/* harmony export */   ledgerRef: () => (/* binding */ ledgerRef),
/* harmony export */   ledgerToken: () => (/* binding */ ledgerToken),
/* harmony export */   normalizeRepoName: () => (/* binding */ normalizeRepoName),
/* harmony export */   resolveLedgerBranch: () => (/* binding */ resolveLedgerBranch),
/* harmony export */   stripCredentials: () => (/* binding */ stripCredentials)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _uri_encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _uri_remote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(819);
// Ledger ref names, branch resolution and repository facts (git-native.md §2).



const LEDGER_REF_PREFIX = 'refs/opensession/branches/';
const NOTES_REF = 'refs/notes/opensession';
/** Unpadded base64url of the UTF-8 bytes (RFC 4648 §5). */
function base64UrlEncode(value) {
    return (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(value);
}
/** Strict decoder: rejects padding, `+`, `/`, non-zero trailing bits and non-UTF-8 results (§2.2). */
function base64UrlDecode(token) {
    const bytes = (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlDecodeBytesStrict */ .tS)(token);
    return bytes === undefined ? undefined : (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8Strict */ .h0)(bytes);
}
function ledgerToken(branch) {
    return base64UrlEncode(branch);
}
function ledgerRef(branch) {
    return LEDGER_REF_PREFIX + ledgerToken(branch);
}
/** The branch a ledger ref belongs to, or undefined when the ref is not a valid ledger ref. */
function branchOfLedgerRef(ref) {
    if (!ref.startsWith(LEDGER_REF_PREFIX))
        return undefined;
    return base64UrlDecode(ref.slice(LEDGER_REF_PREFIX.length));
}
/** §2.3: the branch name, else `detached@<8 hex of head>`, else `detached`. */
function resolveLedgerBranch(branch, head) {
    const b = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(branch ?? '');
    if (b !== '' && b.toUpperCase() !== 'HEAD')
        return b;
    const hex = (head ?? '').replace(/[^0-9a-fA-F]/g, '');
    if (hex.length >= 8)
        return `detached@${hex.slice(0, 8)}`;
    return 'detached';
}
const SCP_LIKE = /^[^\s/@:]+@([^\s/:]+):(.+)$/;
/** §10.5 credential stripping: http(s) loses the whole userinfo, other schemes only the password. */
function stripCredentials(url) {
    return (0,_uri_remote__WEBPACK_IMPORTED_MODULE_2__/* .stripUrlCredentials */ .um)(url);
}
/** §2.4 `normalizeRepoName(url)`: `owner/repo` style path of a remote URL, or undefined. */
function normalizeRepoName(url) {
    const u = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(url);
    let path;
    const scheme = /^(https?|ssh):\/\/(.*)$/is.exec(u);
    if (scheme !== null) {
        const slash = scheme[2].indexOf('/');
        path = slash === -1 ? undefined : scheme[2].slice(slash + 1);
    }
    else if (!u.includes('://')) {
        const scp = SCP_LIKE.exec(u);
        if (scp !== null)
            path = scp[2];
    }
    if (path === undefined)
        return undefined;
    if (path.endsWith('.git'))
        path = path.slice(0, -4);
    return path.includes('/') ? path : undefined;
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ tracksRef),
/* harmony export */   Hi: () => (/* binding */ isConfiguredRemote),
/* harmony export */   qc: () => (/* binding */ trackingRefOf)
/* harmony export */ });
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5879);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
// Remote names versus URLs and tracking refs (git-native.md §6.1-6.2). Light: no object-database imports.


/**
 * True when `target` names a configured remote (not a URL or path). With `env`, plain config files are read
 * directly instead of starting `git config` (git is asked whenever they are not plain).
 */
async function isConfiguredRemote(repo, target, env) {
    if (target.includes('://') || target.includes('/') || target.includes(':'))
        return false;
    const plain = env !== undefined ? (0,_git_config__WEBPACK_IMPORTED_MODULE_0__/* .plainConfigGet */ .l3)(repo.commonDir, repo.gitDir, 'remote', target, 'url', env) : undefined;
    if (plain !== undefined)
        return plain.value !== undefined;
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['config', '--get', `remote.${target}.url`], { cwd: repo.root });
    return res.code === 0;
}
function tracksRef(ref) {
    return ref.startsWith('refs/opensession/') || ref.startsWith('refs/notes/');
}
function trackingRefOf(remote, ref) {
    return `refs/remotes/${remote}/${ref.slice('refs/'.length)}`;
}


/***/ }),

/***/ 6790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZERO_OID: () => (/* binding */ ZERO_OID),
/* harmony export */   discoverRepo: () => (/* binding */ discoverRepo),
/* harmony export */   findRepoRoot: () => (/* binding */ findRepoRoot),
/* harmony export */   openRepo: () => (/* binding */ openRepo),
/* harmony export */   readHead: () => (/* binding */ readHead),
/* harmony export */   readRef: () => (/* binding */ readRef),
/* harmony export */   readRepoFacts: () => (/* binding */ readRepoFacts)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5879);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8843);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9608);
// Repository discovery and ref reads without git (§1, §4.2 step 1): repo root, git dir, common dir.






const ZERO_OID = '0000000000000000000000000000000000000000';
/** Walks up from `start` to the first directory with a `.git` entry (file or directory). */
function findRepoRoot(start) {
    let dir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(start);
    for (;;) {
        if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')))
            return dir;
        const parent = path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** Opens the repository whose root is `root` (it must contain `.git`). */
function openRepo(root) {
    const abs = path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const dotGit = path__WEBPACK_IMPORTED_MODULE_1__.join(abs, '.git');
    let st;
    try {
        st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dotGit);
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${abs}`);
    }
    let gitDir = dotGit;
    if (st.isFile()) {
        const text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(dotGit, 'utf8');
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(text);
        if (m === null)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${abs}`);
        gitDir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(abs, m[1]);
    }
    let commonDir = gitDir;
    try {
        const common = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'commondir'), 'utf8').trim();
        if (common !== '')
            commonDir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(gitDir, common);
    }
    catch {
        // no commondir file: the git dir is the common dir
    }
    return { root: abs, gitDir, commonDir };
}
/** Opens the repository containing `start` (walk-up), or throws `not a git repository`. */
function discoverRepo(start) {
    const root = findRepoRoot(start);
    if (root === undefined)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${path__WEBPACK_IMPORTED_MODULE_1__.resolve(start)}`);
    return openRepo(root);
}
function readPackedRef(dir, ref) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'packed-refs'), 'utf8');
    }
    catch {
        return undefined;
    }
    for (const line of text.split('\n')) {
        if (line === '' || line.startsWith('#') || line.startsWith('^'))
            continue;
        const sp = line.indexOf(' ');
        if (sp > 0 && line.slice(sp + 1).trimEnd() === ref)
            return line.slice(0, sp);
    }
    return undefined;
}
/** The value of `ref`: loose file, else `packed-refs`, else undefined. Follows symbolic refs. */
function readRef(dir, ref, depth = 0) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, ref), 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`io error: ${err.message}`);
        }
    }
    if (text !== undefined) {
        const value = text.trim();
        if (value.startsWith('ref:')) {
            if (depth > 5)
                return undefined;
            return readRef(dir, value.slice(4).trim(), depth + 1);
        }
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value))
            return value;
        return undefined;
    }
    return readPackedRef(dir, ref);
}
/** Reads `HEAD` of the worktree git dir (§2.3 inputs). */
function readHead(repo) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.gitDir, 'HEAD'), 'utf8').trim();
    }
    catch (err) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`io error: ${err.message}`);
    }
    if (text.startsWith('ref:')) {
        const target = text.slice(4).trim();
        const branch = target.startsWith('refs/heads/') ? target.slice('refs/heads/'.length) : target;
        return { branch, head: readRef(repo.commonDir, target) };
    }
    return { branch: 'HEAD', head: /^[0-9a-f]{40}/.test(text) ? text : undefined };
}
/**
 * §2.4: credential-stripped URL of `origin` (else of `fallbackRemote`) and its repo name. With `env`, plain
 * config files are read directly instead of starting `git config` (git is asked whenever they are not plain).
 */
async function readRepoFacts(repo, fallbackRemote, env) {
    const urlOf = async (name) => {
        if (name.includes('://') || /^[^\s/@:]+@[^\s/:]+:/.test(name))
            return name;
        const plain = env !== undefined ? (0,_git_config__WEBPACK_IMPORTED_MODULE_3__/* .plainConfigGet */ .l3)(repo.commonDir, repo.gitDir, 'remote', name, 'url', env) : undefined;
        if (plain !== undefined)
            return plain.value !== undefined && plain.value !== '' ? plain.value : undefined;
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_4__.runGit)(['config', '--get', `remote.${name}.url`], { cwd: repo.root });
        const url = res.stdout.trim();
        return res.code === 0 && url !== '' ? url : undefined;
    };
    let url = await urlOf('origin');
    if (url === undefined && fallbackRemote !== undefined && fallbackRemote !== '')
        url = await urlOf(fallbackRemote);
    if (url === undefined)
        return {};
    const remote = (0,_refs__WEBPACK_IMPORTED_MODULE_5__.stripCredentials)(url);
    const facts = { remote };
    const name = (0,_refs__WEBPACK_IMPORTED_MODULE_5__.normalizeRepoName)(remote);
    if (name !== undefined)
        facts.repo_name = name;
    return facts;
}


/***/ }),

/***/ 255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LEDGER_AUTHOR: () => (/* binding */ LEDGER_AUTHOR),
/* harmony export */   MAX_ATTEMPTS: () => (/* binding */ MAX_ATTEMPTS),
/* harmony export */   STALE_LOCK_MS: () => (/* binding */ STALE_LOCK_MS),
/* harmony export */   buildRefCommit: () => (/* binding */ buildRefCommit),
/* harmony export */   busyError: () => (/* binding */ busyError),
/* harmony export */   setBackoffScale: () => (/* binding */ setBackoffScale),
/* harmony export */   setLockWarningSink: () => (/* binding */ setLockWarningSink),
/* harmony export */   setRef: () => (/* binding */ setRef),
/* harmony export */   signatureAt: () => (/* binding */ signatureAt),
/* harmony export */   storeFor: () => (/* binding */ storeFor),
/* harmony export */   updateRef: () => (/* binding */ updateRef),
/* harmony export */   withRefMutex: () => (/* binding */ withRefMutex)
/* harmony export */ });
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
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_4__.runGit)(['config', '--get', 'core.logAllRefUpdates'], { cwd: repo.root });
    const always = res.code === 0 && res.stdout.trim().toLowerCase() === 'always';
    logAllCache.set(repo.commonDir, { mtime, always });
    return always;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
let backoffScale = 1;
/**
 * Test-only: multiplies the §4.2 backoff (0 = retry at once, still 10 attempts), so a test of the busy path
 * need not wait out ~4.6 s. Returns the previous factor. Never set outside tests.
 */
function setBackoffScale(scale) {
    const prev = backoffScale;
    backoffScale = scale;
    return prev;
}
/** §4.2 step 6: min(1000, 25·2^(attempt−1)) ms plus 0–25 ms jitter. */
function backoffMs(attempt) {
    return (Math.min(1000, 25 * 2 ** (attempt - 1)) + Math.random() * 25) * backoffScale;
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
function breakStaleLock(lockPath, ref) {
    let stat;
    let text;
    try {
        stat = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(lockPath);
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(lockPath, 'utf8');
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
        fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync(lockPath);
    }
    catch {
        return false;
    }
    const who = pid !== null ? `process ${pid[1]}, which is gone` : 'a writer that is gone';
    lockWarning(`removed a stale lock on ${ref} (${lockPath}, ${Math.round(age / 1000)} s old, left by ${who})`);
    return true;
}
/** Creates `<common dir>/<ref>.lock` exclusively; undefined when another writer holds it. */
function acquireLock(repo, ref) {
    const refPath = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, ref);
    const lockPath = `${refPath}.lock`;
    for (let tries = 0;; tries++) {
        let fd;
        try {
            try {
                fd = fs__WEBPACK_IMPORTED_MODULE_0__.openSync(lockPath, 'wx');
            }
            catch (err) {
                if (err.code !== 'ENOENT')
                    throw err;
                fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_1__.dirname(refPath), { recursive: true }); // first ref in this directory
                fd = fs__WEBPACK_IMPORTED_MODULE_0__.openSync(lockPath, 'wx');
            }
            fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(fd, `pid ${process.pid}\n`, 0);
            return { refPath, lockPath, fd };
        }
        catch (err) {
            if (fd !== undefined)
                releaseLock({ refPath, lockPath, fd });
            if (err.code !== 'EEXIST')
                throw ioError(err);
            if (tries > 0 || !breakStaleLock(lockPath, ref))
                return undefined;
        }
    }
}
/** Tries to take the lock, polling every few milliseconds for up to `waitMs`. */
async function acquireLockWithin(repo, ref, waitMs) {
    const deadline = Date.now() + waitMs;
    for (;;) {
        const lock = acquireLock(repo, ref);
        if (lock !== undefined || Date.now() >= deadline)
            return lock;
        await sleep(2 + Math.random() * 4);
    }
}
function releaseLock(lock) {
    try {
        if (lock.fd >= 0)
            fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(lock.fd);
    }
    catch {
        // already closed
    }
    try {
        fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync(lock.lockPath);
    }
    catch {
        // already gone
    }
}
/** §4.2 step 4-5 with the lock held: re-check, write, fsync, rename, reflog. Always consumes the lock. */
async function commitLocked(repo, ref, lock, old, next, reflogMessage, now) {
    let renamed = false;
    try {
        const current = (0,_ref_health__WEBPACK_IMPORTED_MODULE_6__/* .readLedgerTip */ .Nw)(repo, ref);
        if (current !== old)
            return 'busy';
        fs__WEBPACK_IMPORTED_MODULE_0__.ftruncateSync(lock.fd, 0);
        fs__WEBPACK_IMPORTED_MODULE_0__.writeSync(lock.fd, `${next}\n`, 0);
        fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync(lock.fd);
        fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(lock.fd);
        lock.fd = -1;
        fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(lock.lockPath, lock.refPath);
        renamed = true;
    }
    catch (err) {
        throw err instanceof _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL ? err : ioError(err);
    }
    finally {
        if (!renamed)
            releaseLock(lock);
    }
    const logPath = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'logs', ref);
    if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(logPath) || (await logAllRefUpdatesAlways(repo))) {
        const who = signatureAt(now);
        const line = `${old ?? _repo__WEBPACK_IMPORTED_MODULE_7__.ZERO_OID} ${next} ${LEDGER_AUTHOR.name} <${LEDGER_AUTHOR.email}> ${who.timestamp} ${formatOffset(who.timezoneOffset)}\t${firstLine(reflogMessage)}\n`;
        try {
            fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_1__.dirname(logPath), { recursive: true });
            fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync(logPath, line);
        }
        catch {
            // a reflog line is best effort, like git's own
        }
    }
    return 'swapped';
}
async function swapRef(repo, ref, old, next, reflogMessage, now) {
    const lock = acquireLock(repo, ref);
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
                    releaseLock(lock);
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
/**
 * The commit `updateRef` would swap in, built on `base` without touching the ref: the batched writer of the
 * pre-push hook (sync.ts) stacks several writes per ref this way and moves every ref in one transaction.
 * Undefined when the mutation changes nothing.
 */
async function buildRefCommit(repo, base, mutate, message, options = {}) {
    const store = storeFor(repo);
    const baseTree = base === undefined ? _objects__WEBPACK_IMPORTED_MODULE_5__/* .EMPTY_TREE */ .pL : (await store.readCommit(base)).tree;
    const tree = new _objects__WEBPACK_IMPORTED_MODULE_5__/* .EditableTree */ .Pl(store, baseTree);
    const changed = await mutate(tree, base);
    const treeOid = changed ? await tree.write() : baseTree;
    const extra = changed ? (options.extraParents?.(base) ?? []) : [];
    if (!changed || (treeOid === baseTree && base !== undefined && extra.length === 0))
        return undefined;
    const text = typeof message === 'function' ? message(base) : message;
    const full = text.endsWith('\n') ? text : `${text}\n`;
    const now = (options.now ?? (() => new Date()))();
    return store.writeCommit(treeOid, base === undefined ? extra : [base, ...extra], full, signatureAt(now));
}


/***/ })

};
;