"use strict";
exports.id = 498;
exports.ids = [498];
exports.modules = {

/***/ 8669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readFanoutMode),
/* harmony export */   s: () => (/* binding */ parseFanoutMode)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
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
/** Reads local `opensession.fanout-mode`. */
async function readFanoutMode(repo) {
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['config', '--local', '--get', 'opensession.fanout-mode'], { cwd: repo.root });
    return parseFanoutMode(res.code === 0 ? res.stdout.replace(/\n$/, '') : undefined);
}


/***/ }),

/***/ 9498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPrePush: () => (/* binding */ runPrePush)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _fanout_mode__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8669);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9608);
/* harmony import */ var _remotes__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7307);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6790);
/* harmony import */ var _secret_scan__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5962);
// `opensession hook pre-push <remote> [<url>]` (git-native.md §9.4-9.7): secret scan, branch sync,
// notes, ledger and notes fanout to the remote the user is pushing to.

// Static imports stay light (no isomorphic-git, parsers or HAIL writer): the no-op path must start fast (§9.9, §17).





function truthy(v) {
    return (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .isDebugValue */ .jt)(v); // same truthy set: trimmed, case-insensitive 1/true/yes/on
}
const isZero = (sha) => /^0+$/.test(sha);
/** Runs the hook; returns the exit code (0 or 1). */
async function runPrePush(o) {
    const colour = o.stderrIsTTY && o.env.NO_COLOR === undefined;
    const warn = (msg) => o.stderr(`${colour ? '\x1b[1;33m[opensession] Warning:\x1b[0m' : '[opensession] Warning:'} ${msg}\n`);
    const fail = (msg) => o.stderr(`${colour ? '\x1b[1;31m[opensession] Error:\x1b[0m' : '[opensession] Error:'} ${msg}\n`);
    const strict = truthy(o.env.OPENSESSION_STRICT);
    const debug = (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .isDebugValue */ .jt)(o.env.OPENSESSION_DEBUG);
    const repo = o.repo;
    const updates = (0,_secret_scan__WEBPACK_IMPORTED_MODULE_5__/* .parsePushUpdates */ .Ay)(o.stdin);
    if (updates.length === 0)
        return 0;
    const named = await (0,_remotes__WEBPACK_IMPORTED_MODULE_3__/* .isConfiguredRemote */ .Hi)(repo, o.remote);
    // 2. Secret scan before anything else.
    const scan = await (0,_secret_scan__WEBPACK_IMPORTED_MODULE_5__/* .scanPushedSecrets */ .qh)(repo, o.remote, updates, named);
    if (scan.limit !== undefined)
        warn(`secret scan stopped at ${scan.limit}; older changes were not scanned.`);
    if (scan.findings.length > 0) {
        o.stderr(`[opensession] Potential secrets detected in push to ${o.remote}:\n`);
        for (const f of scan.findings)
            o.stderr(`  ${f.sha.slice(0, 7)} ${f.path}:${f.line} [${f.rule}]\n`);
        if (strict) {
            fail('OPENSESSION_STRICT=1 and potential secrets were detected.');
            o.stderr('  To push anyway: git push --no-verify\n');
            return 1;
        }
        warn('potential secrets detected; the push continues. Set OPENSESSION_STRICT=1 to block such pushes.');
    }
    // 3. Fanout mode.
    const mode = (await (0,_fanout_mode__WEBPACK_IMPORTED_MODULE_1__/* .readFanoutMode */ .T)(repo)).mode;
    // 4. Sync, per remote branch (last update wins).
    const byBranch = new Map();
    for (const u of updates)
        if (u.remoteRef.startsWith('refs/heads/'))
            byBranch.set(u.remoteRef.slice('refs/heads/'.length), u);
    let syncFailed = false;
    for (const [branch, u] of byBranch) {
        try {
            const { syncBranch } = await __webpack_require__.e(/* import() */ 594).then(__webpack_require__.bind(__webpack_require__, 5594));
            await syncBranch(repo, o.remote, branch, u.localSha, { env: o.env, now: o.now, ...o.sync });
        }
        catch (err) {
            syncFailed = true;
            warn(`failed to record sessions for ${branch}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatErrorChain */ .jf)(err, debug)}`);
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
                const { noteTip } = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(255), __webpack_require__.e(101)]).then(__webpack_require__.bind(__webpack_require__, 5101));
                await noteTip(repo, { branch, localRef: u.localRef, tip: sha, ledgerRef: (0,_refs__WEBPACK_IMPORTED_MODULE_2__/* .ledgerRef */ .DH)(branch) }, o.now);
            }
            catch {
                pushFailed = true;
                warn(`failed to write git note for ${sha}`);
            }
        }
    }
    // 6. Ledger fanout.
    const creates = new Set();
    for (const u of updates)
        if (u.remoteRef.startsWith('refs/heads/') && isZero(u.remoteSha))
            creates.add(u.remoteRef.slice('refs/heads/'.length));
    const refs = new Map();
    for (const branch of byBranch.keys())
        refs.set((0,_refs__WEBPACK_IMPORTED_MODULE_2__/* .ledgerRef */ .DH)(branch), branch);
    for (const [ref, branch] of refs) {
        const local = (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, ref);
        if (local === undefined)
            continue;
        if (named && !creates.has(branch) && (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, (0,_remotes__WEBPACK_IMPORTED_MODULE_3__/* .trackingRefOf */ .qc)(o.remote, ref)) === local)
            continue;
        try {
            const { pushRef } = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(255), __webpack_require__.e(602)]).then(__webpack_require__.bind(__webpack_require__, 4602));
            await pushRef(repo, o.remote, ref, { env: o.env });
        }
        catch {
            pushFailed = true;
            warn(`failed to push ledger ref ${ref}`);
        }
    }
    // 7. Notes push.
    if (mode === 'git_notes') {
        const local = (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, _refs__WEBPACK_IMPORTED_MODULE_2__/* .NOTES_REF */ .sD);
        if (local !== undefined && (!named || (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, (0,_remotes__WEBPACK_IMPORTED_MODULE_3__/* .trackingRefOf */ .qc)(o.remote, _refs__WEBPACK_IMPORTED_MODULE_2__/* .NOTES_REF */ .sD)) !== local)) {
            try {
                const { pushRef } = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(255), __webpack_require__.e(602)]).then(__webpack_require__.bind(__webpack_require__, 4602));
                await pushRef(repo, o.remote, _refs__WEBPACK_IMPORTED_MODULE_2__/* .NOTES_REF */ .sD, { env: o.env, kind: 'notes' });
            }
            catch {
                pushFailed = true;
                warn(`failed to push notes ref ${_refs__WEBPACK_IMPORTED_MODULE_2__/* .NOTES_REF */ .sD}`);
            }
        }
    }
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


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ tracksRef),
/* harmony export */   Hi: () => (/* binding */ isConfiguredRemote),
/* harmony export */   qc: () => (/* binding */ trackingRefOf)
/* harmony export */ });
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8843);
// Remote names versus URLs and tracking refs (git-native.md §6.1-6.2). Light: no object-database imports.

/** True when `target` names a configured remote (not a URL or path). */
async function isConfiguredRemote(repo, target) {
    if (target.includes('://') || target.includes('/') || target.includes(':'))
        return false;
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(['config', '--get', `remote.${target}.url`], { cwd: repo.root });
    return res.code === 0;
}
function tracksRef(ref) {
    return ref.startsWith('refs/opensession/') || ref.startsWith('refs/notes/');
}
function trackingRefOf(remote, ref) {
    return `refs/remotes/${remote}/${ref.slice('refs/'.length)}`;
}


/***/ }),

/***/ 5962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ parsePushUpdates),
/* harmony export */   qh: () => (/* binding */ scanPushedSecrets)
/* harmony export */ });
/* unused harmony exports SCAN_MAX_COMMITS, SCAN_MAX_BYTES, lineFindings */
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6423);
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
    (0,_redact__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text, counts);
    return Object.keys(counts);
}
/** Scans every update's range; the secret text itself is never returned. */
async function scanPushedSecrets(repo, remote, updates, namedRemote) {
    const findings = [];
    const seen = new Set();
    let commits = 0;
    let bytes = 0;
    for (const u of updates) {
        let range;
        const known = !isZero(u.remoteSha) &&
            (await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['cat-file', '-e', `${u.remoteSha}^{commit}`], { cwd: repo.root })).code === 0;
        if (known)
            range = [`${u.remoteSha}..${u.localSha}`];
        else
            range = [u.localSha, '--not', namedRemote ? `--remotes=${remote}` : '--remotes'];
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['log', '-p', '--no-color', '--no-ext-diff', '--no-textconv', '-U0', '--format=%x00%H', ...range, '--'], {
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