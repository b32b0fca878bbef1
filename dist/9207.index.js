"use strict";
exports.id = 9207;
exports.ids = [9207,6790,8843,4409,9608];
exports.modules = {

/***/ 905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ MAX_BRANCH_COMMITS),
/* harmony export */   v: () => (/* binding */ branchCommitSets)
/* harmony export */ });
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8843);
// "Branch commits" of pushed tips (git-native.md §5.4), kept in a light module: the pre-push hook starts its
// `git log` with the secret scan's, before the sync modules load.

const MAX_BRANCH_COMMITS = 4096;
/**
 * "Branch commits" (§5.4) of every pushed tip from ONE `git log` over all tips: per tip, the first
 * `MAX_BRANCH_COMMITS` commits in `git rev-list` order (newest committer time first), walked in-process.
 */
async function branchCommitSets(repo, tips) {
    const unique = [...new Set(tips.filter((t) => /^[0-9a-f]{7,}$/i.test(t)))];
    const graph = new Map();
    if (unique.length > 0) {
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_0__.runGit)([
            'log',
            '--format=%H %ct %P',
            `--max-count=${Math.min(MAX_BRANCH_COMMITS * unique.length, 1_000_000)}`,
            ...unique,
        ], { cwd: repo.root });
        if (res.code === 0)
            for (const line of res.stdout.split('\n')) {
                const [sha, time, ...parents] = line.split(' ');
                if (sha !== undefined && sha !== '')
                    graph.set(sha, { time: Number(time), parents });
            }
    }
    return (tip) => {
        const out = new Set();
        const frontier = graph.has(tip) ? [tip] : [];
        const queued = new Set(frontier);
        while (frontier.length > 0 && out.size < MAX_BRANCH_COMMITS) {
            // Newest committer time first, like rev-list's default order (ties: first queued).
            let best = 0;
            for (let k = 1; k < frontier.length; k++)
                if (graph.get(frontier[k]).time > graph.get(frontier[best]).time)
                    best = k;
            const sha = frontier.splice(best, 1)[0];
            out.add(sha);
            for (const p of graph.get(sha).parents)
                if (p !== '' && graph.has(p) && !queued.has(p)) {
                    queued.add(p);
                    frontier.push(p);
                }
        }
        return out;
    };
}


/***/ }),

/***/ 8669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readFanoutMode),
/* harmony export */   s: () => (/* binding */ parseFanoutMode)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5879);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8843);
// `opensession.fanout-mode` (git-native.md §8.1). Kept free of object-database imports for the hook's fast path.



/** §8.1 value parsing. */
function parseFanoutMode(value) {
    if (value === undefined || (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(value) === '')
        return { mode: 'hidden_ref', valid: true };
    const v = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(value));
    if (['hidden_ref', 'hidden-ref', 'hidden', '1'].includes(v))
        return { mode: 'hidden_ref', raw: value, valid: true };
    if (['git_notes', 'git-notes', 'notes', 'note', '2'].includes(v))
        return { mode: 'git_notes', raw: value, valid: true };
    return { mode: 'hidden_ref', raw: value, valid: false };
}
/**
 * Reads local `opensession.fanout-mode`. With `env` (the hook's), a plain repository config file is read
 * directly instead of starting `git config` (same answer; git is asked whenever the file is not plain).
 */
async function readFanoutMode(repo, env) {
    const plain = env !== undefined ? (0,_git_config__WEBPACK_IMPORTED_MODULE_1__/* .plainLocalConfigGet */ .MT)(repo.commonDir, 'opensession', 'fanout-mode', env) : undefined;
    if (plain !== undefined)
        return parseFanoutMode(plain.value);
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_2__.runGit)(['config', '--local', '--get', 'opensession.fanout-mode'], { cwd: repo.root });
    return parseFanoutMode(res.code === 0 ? res.stdout.replace(/\n$/, '') : undefined);
}


/***/ }),

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

/***/ 9207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  phaseTimer: () => (/* binding */ phaseTimer),
  recordedLine: () => (/* binding */ recordedLine),
  runPrePush: () => (/* binding */ runPrePush)
});

// EXTERNAL MODULE: ./core/errors.ts
var errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/ledger/branch-commits.ts
var branch_commits = __webpack_require__(905);
// EXTERNAL MODULE: ./core/ledger/fanout-mode.ts
var fanout_mode = __webpack_require__(8669);
// EXTERNAL MODULE: ./core/ledger/refs.ts
var refs = __webpack_require__(9608);
// EXTERNAL MODULE: ./core/ledger/remotes.ts
var remotes = __webpack_require__(7307);
// EXTERNAL MODULE: ./core/ledger/repo.ts
var ledger_repo = __webpack_require__(6790);
// EXTERNAL MODULE: ./core/ledger/secret-scan.ts
var secret_scan = __webpack_require__(5962);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./core/ledger/git-cli.ts
var git_cli = __webpack_require__(8843);
;// CONCATENATED MODULE: ./core/ledger/stamp.ts
// The per-repository fanout stamp (amendments A8): written after a successful hook run so that the managed hook's
// POSIX sh part can exit without starting Node when nothing changed since (see PRE_PUSH_TEMPLATE in hooks.ts).



/** The refs whose `%(objectname) %(refname)` listing the stamp holds; the hook script lists the same. */
const STAMP_REF_PATTERNS = ['refs/opensession/branches/', 'refs/notes/opensession'];
function fanoutStampPath(repo) {
    return external_path_.join(repo.commonDir, 'opensession', 'hook-stamp');
}
/**
 * Content = the ledger ref listing after the fanout; mtime = when the hook run started, so an agent log written
 * during the run still counts as new next time. Best effort: a missing stamp only means Node runs.
 */
async function writeFanoutStamp(repo, startedAt) {
    const file = fanoutStampPath(repo);
    try {
        let listing = stampListingFromFiles(repo.commonDir);
        if (listing === undefined) {
            const res = await (0,git_cli.runGit)(['for-each-ref', '--format=%(objectname) %(refname)', ...STAMP_REF_PATTERNS], {
                cwd: repo.root,
            });
            if (res.code !== 0)
                return;
            listing = res.stdout;
        }
        external_fs_.mkdirSync(external_path_.dirname(file), { recursive: true });
        const tmp = `${file}.tmp-${process.pid}`;
        external_fs_.writeFileSync(tmp, listing);
        external_fs_.utimesSync(tmp, startedAt, startedAt);
        external_fs_.renameSync(tmp, file);
    }
    catch {
        external_fs_.rmSync(file, { force: true });
    }
}
const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const SAFE_REF = /^[\x21-\x7e]+$/; // printable ASCII: JS and git (strcmp) sort it alike
/**
 * What `git for-each-ref --format='%(objectname) %(refname)' <STAMP_REF_PATTERNS>` prints, read from the ref files
 * without starting git (loose refs over `packed-refs`, sorted by name); undefined whenever git must be asked
 * instead: a reftable repository, a symbolic or unreadable ref, a name or value this reader does not expect. A
 * listing that differs from git's only makes the next push start Node, never skip it: the hook script compares
 * git's own listing with the stamp.
 */
function stampListingFromFiles(commonDir) {
    if (external_fs_.existsSync(external_path_.join(commonDir, 'reftable')))
        return undefined;
    const refs = new Map();
    const wanted = (ref) => ref.startsWith('refs/opensession/branches/') ||
        ref === 'refs/notes/opensession' ||
        ref.startsWith('refs/notes/opensession/');
    let packed;
    try {
        packed = external_fs_.readFileSync(external_path_.join(commonDir, 'packed-refs'), 'utf8');
    }
    catch (err) {
        if (err.code !== 'ENOENT')
            return undefined;
    }
    if (packed !== undefined) {
        for (const line of packed.split('\n')) {
            if (line === '' || line.startsWith('#') || line.startsWith('^'))
                continue;
            const sp = line.indexOf(' ');
            if (sp === -1)
                return undefined;
            const ref = line.slice(sp + 1);
            if (!wanted(ref))
                continue;
            const oid = line.slice(0, sp);
            if (!OID.test(oid) || !SAFE_REF.test(ref))
                return undefined;
            refs.set(ref, oid);
        }
    }
    /** Loose refs under `rel` (a file or a directory tree); false when something is not a plain ref. */
    const walk = (rel) => {
        let st;
        try {
            st = external_fs_.lstatSync(external_path_.join(commonDir, rel), { throwIfNoEntry: false });
        }
        catch {
            return false;
        }
        if (st === undefined)
            return true;
        if (st.isDirectory()) {
            for (const name of external_fs_.readdirSync(external_path_.join(commonDir, rel)))
                if (!walk(`${rel}/${name}`))
                    return false;
            return true;
        }
        if (!st.isFile() || !SAFE_REF.test(rel) || rel.endsWith('.lock'))
            return false; // a lock: an update in flight
        const text = external_fs_.readFileSync(external_path_.join(commonDir, rel), 'utf8');
        const oid = text.endsWith('\n') ? text.slice(0, -1) : text;
        if (!OID.test(oid))
            return false;
        refs.set(rel, oid);
        return true;
    };
    try {
        if (!walk('refs/opensession/branches') || !walk('refs/notes/opensession'))
            return undefined;
    }
    catch {
        return undefined;
    }
    return [...refs.keys()]
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((ref) => `${refs.get(ref)} ${ref}\n`)
        .join('');
}

;// CONCATENATED MODULE: ./core/ledger/pre-push.ts
// `opensession hook pre-push <remote> [<url>]` (git-native.md §9.4-9.7): secret scan, branch sync,
// notes, ledger and notes fanout to the remote the user is pushing to.


// Static imports stay light (no isomorphic-git, parsers or HAIL writer): the no-op path must start fast (§9.9, §17).






function truthy(v) {
    return (0,errors/* isDebugValue */.jt)(v); // same truthy set: trimmed, case-insensitive 1/true/yes/on
}
const isZero = (sha) => /^0+$/.test(sha);
/** Runs the hook; returns the exit code (0 or 1). */
async function runPrePush(o) {
    const colour = o.stderrIsTTY && o.env.NO_COLOR === undefined;
    const warn = (msg) => o.stderr(`${colour ? '\x1b[1;33m[opensession] Warning:\x1b[0m' : '[opensession] Warning:'} ${msg}\n`);
    const fail = (msg) => o.stderr(`${colour ? '\x1b[1;31m[opensession] Error:\x1b[0m' : '[opensession] Error:'} ${msg}\n`);
    const strict = truthy(o.env.OPENSESSION_STRICT);
    const debug = (0,errors/* isDebugValue */.jt)(o.env.OPENSESSION_DEBUG);
    const repo = o.repo;
    const mark = phaseTimer(o.env, o.stderr);
    const updates = (0,secret_scan/* parsePushUpdates */.Ay)(o.stdin);
    if (updates.length === 0)
        return 0;
    // The fanout mode does not depend on the scan: its `git config` runs meanwhile.
    const modeP = (0,fanout_mode/* readFanoutMode */.T)(repo, o.env);
    modeP.catch(() => undefined); // awaited after the scan; unobserved when the scan refuses the push
    const named = await (0,remotes/* isConfiguredRemote */.Hi)(repo, o.remote, o.env);
    // 2. Secret scan before anything else: its `git log` starts first, so git works while the modules below load.
    const scanP = (0,secret_scan/* scanPushedSecrets */.qh)(repo, o.remote, updates, named);
    // The branch commits of the pushed tips (what the sync links sessions with): their `git log` starts now too, while
    // this process is small (a fork copies its memory map) and git has time to answer before the parses are done.
    const byBranch = new Map();
    for (const u of updates)
        if (u.remoteRef.startsWith('refs/heads/'))
            byBranch.set(u.remoteRef.slice('refs/heads/'.length), u);
    let branchCommits;
    if (byBranch.size > 0 && o.sync?.branchCommits === undefined) {
        branchCommits = (0,branch_commits/* branchCommitSets */.v)(repo, [...byBranch.values()].map((u) => u.localSha));
        branchCommits.catch(() => undefined); // awaited by the sync; unobserved when the scan refuses the push
    }
    // While the scan waits for git: the agent logs are listed and the new ones parsed, the sync modules compile
    // (all read only: nothing is written before the scan has let the push through).
    let discovered;
    const earlyStop = { stopped: false };
    if (updates.some((u) => u.remoteRef.startsWith('refs/heads/')) && o.sync?.discover === undefined) {
        discovered = Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9202), __webpack_require__.e(3073)]).then(__webpack_require__.bind(__webpack_require__, 3073)).then(async (m) => {
            const files = await m.discoverSessionFiles(o.env);
            return { files, early: await m.startEarlyParses(o.env, files, earlyStop) };
        });
        discovered.catch(() => undefined); // awaited by the sync; unobserved when the scan refuses the push
    }
    const scan = await scanP;
    mark('secret scan');
    if (scan.limit !== undefined)
        warn(`secret scan stopped at ${scan.limit}; older changes were not scanned.`);
    if (scan.findings.length > 0) {
        o.stderr(`[opensession] Potential secrets detected in push to ${o.remote}:\n`);
        for (const f of scan.findings)
            o.stderr(`  ${f.sha.slice(0, 7)} ${f.path}:${f.line} [${f.rule}]\n`);
        if (strict) {
            earlyStop.stopped = true; // the push is refused: no more agent logs are parsed for it
            fail('OPENSESSION_STRICT=1 and potential secrets were detected.');
            o.stderr('  To push anyway: git push --no-verify\n');
            return 1;
        }
        warn('potential secrets detected; the push continues. Set OPENSESSION_STRICT=1 to block such pushes.');
    }
    // 3. Fanout mode.
    const mode = (await modeP).mode;
    // 4. Sync, all pushed branches at once (remote branch name; last update wins).
    const startedAt = new Date();
    let syncFailed = false;
    const recorded = [];
    if (byBranch.size > 0) {
        try {
            const { syncBranches } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(9202), __webpack_require__.e(3073)]).then(__webpack_require__.bind(__webpack_require__, 3073));
            const targets = [...byBranch].map(([branch, u]) => ({
                branch,
                tip: u.localSha,
                localBranch: u.localRef.startsWith('refs/heads/') ? u.localRef.slice('refs/heads/'.length) : undefined,
            }));
            const results = await syncBranches(repo, o.remote, targets, {
                env: o.env,
                now: o.now,
                mark,
                ...(discovered !== undefined
                    ? { discover: async () => (await discovered).files, earlyParses: async () => (await discovered).early }
                    : {}),
                ...(branchCommits !== undefined ? { branchCommits } : {}),
                ...o.sync,
            });
            results.forEach((r, i) => {
                if (r.stored > 0)
                    recorded.push({ branch: targets[i].branch, stored: r.stored });
                if (r.error !== undefined) {
                    syncFailed = true;
                    warn(`failed to record sessions for ${targets[i].branch}: ${(0,errors/* formatErrorChain */.jf)(r.error, debug)}`);
                }
            });
        }
        catch (err) {
            syncFailed = true;
            for (const branch of byBranch.keys())
                warn(`failed to record sessions for ${branch}: ${(0,errors/* formatErrorChain */.jf)(err, debug)}`);
        }
    }
    let pushFailed = false;
    // 5. Notes.
    if (mode === 'git_notes') {
        const tips = new Map();
        for (const u of updates)
            if (u.remoteRef.startsWith('refs/heads/'))
                tips.set(u.localSha, u);
        for (const sha of [...tips.keys()].sort()) {
            const u = tips.get(sha);
            const branch = u.remoteRef.slice('refs/heads/'.length);
            try {
                const { noteTip } = await Promise.all(/* import() */[__webpack_require__.e(9036), __webpack_require__.e(5101)]).then(__webpack_require__.bind(__webpack_require__, 5101));
                await noteTip(repo, { branch, localRef: u.localRef, tip: sha, ledgerRef: (0,refs.ledgerRef)(branch) }, o.now);
            }
            catch {
                pushFailed = true;
                warn(`failed to write git note for ${sha}`);
            }
        }
    }
    mark('sync');
    // 6-7. Ledger and notes fanout: every changed ref in ONE push (A8).
    const creates = new Set();
    for (const u of updates)
        if (u.remoteRef.startsWith('refs/heads/') && isZero(u.remoteSha))
            creates.add(u.remoteRef.slice('refs/heads/'.length));
    const toPush = [];
    for (const branch of byBranch.keys()) {
        const ref = (0,refs.ledgerRef)(branch);
        const local = (0,ledger_repo.readRef)(repo.commonDir, ref);
        if (local === undefined)
            continue;
        if (named && !creates.has(branch) && (0,ledger_repo.readRef)(repo.commonDir, (0,remotes/* trackingRefOf */.qc)(o.remote, ref)) === local)
            continue;
        if (!toPush.includes(ref))
            toPush.push(ref);
    }
    if (mode === 'git_notes') {
        const local = (0,ledger_repo.readRef)(repo.commonDir, refs.NOTES_REF);
        if (local !== undefined && (!named || (0,ledger_repo.readRef)(repo.commonDir, (0,remotes/* trackingRefOf */.qc)(o.remote, refs.NOTES_REF)) !== local))
            toPush.push(refs.NOTES_REF);
    }
    if (toPush.length > 0) {
        try {
            const { pushRefs } = await Promise.all(/* import() */[__webpack_require__.e(9036), __webpack_require__.e(4602)]).then(__webpack_require__.bind(__webpack_require__, 4602));
            const res = await pushRefs(repo, o.remote, toPush, { env: o.env });
            for (const f of res.failed) {
                pushFailed = true;
                warn(`failed to push ${f.ref === refs.NOTES_REF ? 'notes' : 'ledger'} ref ${f.ref}`);
            }
        }
        catch {
            pushFailed = true;
            for (const ref of toPush)
                warn(`failed to push ${ref === refs.NOTES_REF ? 'notes' : 'ledger'} ref ${ref}`);
        }
    }
    mark(`push (${toPush.length} refs)`);
    // A8: one line when something was recorded; a stamp so the next push with nothing new skips Node.
    const total = recorded.reduce((n, r) => n + r.stored, 0);
    if (total > 0 && !truthy(o.env.OPENSESSION_QUIET))
        o.stderr(recordedLine(total, recorded.map((r) => r.branch)));
    if (!pushFailed && !syncFailed)
        await writeFanoutStamp(repo, startedAt);
    mark('stamp');
    // 8. Failures.
    if (pushFailed) {
        warn('one or more ledger fanout pushes failed.');
        if (strict) {
            fail('OPENSESSION_STRICT=1 and fanout push failed.');
            return 1;
        }
    }
    if (syncFailed && strict) {
        fail('OPENSESSION_STRICT=1 and session sync failed.');
        return 1;
    }
    return 0;
}
/**
 * `OPENSESSION_TIMING=1`: one `[opensession] timing <phase> <ms> cpu <ms>` stderr line per hook phase (profiling
 * aid; wall and CPU milliseconds of this process since the previous mark, the first since process start).
 */
function phaseTimer(env, stderr) {
    if (!(0,errors/* isDebugValue */.jt)(env.OPENSESSION_TIMING))
        return () => undefined;
    const cpuMs = () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
    };
    let last = performance.now();
    let lastCpu = cpuMs();
    stderr(`[opensession] timing start ${Math.round(last)} cpu ${Math.round(lastCpu)}\n`);
    return (phase) => {
        const now = performance.now();
        const cpu = cpuMs();
        stderr(`[opensession] timing ${phase} ${Math.round(now - last)} cpu ${Math.round(cpu - lastCpu)}\n`);
        last = now;
        lastCpu = cpu;
    };
}
/** `opensession: recorded N session(s) on <branch>` (A8); several branches are listed, the rest counted. */
function recordedLine(total, branches) {
    const shown = branches.slice(0, 3).join(', ');
    const more = branches.length > 3 ? ` and ${branches.length - 3} more branches` : '';
    return `opensession: recorded ${total} session(s) on ${shown}${more}\n`;
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

/***/ 5962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ parsePushUpdates),
/* harmony export */   qh: () => (/* binding */ scanPushedSecrets)
/* harmony export */ });
/* unused harmony exports SCAN_MAX_COMMITS, SCAN_MAX_BYTES, lineFindings */
/* harmony import */ var _redact_engine__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7472);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
// Pre-push secret scan over the added lines of the pushed commits (git-native.md §9.5).


const SCAN_MAX_COMMITS = 1000;
const SCAN_MAX_BYTES = 10 * 1024 * 1024;
const isZero = (sha) => /^0+$/.test(sha);
/** Parses git's pre-push stdin; deletions (local sha all zeros) are dropped. */
function parsePushUpdates(stdin) {
    const out = [];
    for (const line of stdin.split('\n')) {
        const parts = line.trim().split(/\s+/);
        if (parts.length < 4)
            continue;
        const [localRef, localSha, remoteRef, remoteSha] = parts;
        if (isZero(localSha) && (localSha.length === 40 || localSha.length === 64))
            continue;
        out.push({ localRef, localSha, remoteRef, remoteSha });
    }
    return out;
}
/** Rules that fire on one added line (each rule once per line). */
function lineFindings(text) {
    const counts = {};
    (0,_redact_engine__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text, counts);
    return Object.keys(counts);
}
/** Scans every update's range; the secret text itself is never returned. */
async function scanPushedSecrets(repo, remote, updates, namedRemote) {
    const findings = [];
    const seen = new Set();
    let commits = 0;
    let bytes = 0;
    // Updates whose remote sha is unknown share one range (`<shas> --not --remotes`): one `git log` for all of them,
    // so a push of many new branches starts one process, not one per branch.
    const ranges = [];
    const unknown = [];
    for (const u of updates) {
        const known = !isZero(u.remoteSha) &&
            (await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['cat-file', '-e', `${u.remoteSha}^{commit}`], { cwd: repo.root })).code === 0;
        if (known)
            ranges.push([`${u.remoteSha}..${u.localSha}`]);
        else if (!unknown.includes(u.localSha))
            unknown.push(u.localSha);
    }
    if (unknown.length > 0)
        ranges.push([...unknown, '--not', namedRemote ? `--remotes=${remote}` : '--remotes']);
    for (const range of ranges) {
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['log', '-p', '--no-color', '--no-ext-diff', '--no-textconv', '-U0', '--format=%x00%H', ...range, '--'], {
            cwd: repo.root,
        });
        if (res.code !== 0)
            continue;
        let sha = '';
        let file;
        let lineNo = 0;
        for (const raw of res.stdout.split('\n')) {
            if (raw.startsWith('\u0000')) {
                sha = raw.slice(1).trim();
                file = undefined;
                if (seen.has(sha)) {
                    sha = '';
                    continue;
                }
                seen.add(sha);
                if (++commits > SCAN_MAX_COMMITS)
                    return { findings, limit: '1000 commits' };
                continue;
            }
            if (sha === '')
                continue;
            bytes += raw.length + 1;
            if (bytes > SCAN_MAX_BYTES)
                return { findings, limit: '10 MiB' };
            if (raw.startsWith('+++ ')) {
                file = raw.startsWith('+++ b/') ? raw.slice(6) : undefined;
                continue;
            }
            if (raw.startsWith('Binary files ')) {
                file = undefined;
                continue;
            }
            const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
            if (hunk !== null) {
                lineNo = Number(hunk[1]);
                continue;
            }
            if (raw.startsWith('+') && file !== undefined) {
                for (const rule of lineFindings(raw.slice(1)))
                    findings.push({ sha, path: file, line: lineNo, rule });
                lineNo++;
            }
        }
    }
    return { findings };
}


/***/ })

};
;