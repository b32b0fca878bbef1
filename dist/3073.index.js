"use strict";
exports.id = 3073;
exports.ids = [3073];
exports.modules = {

/***/ 3073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_BRANCH_COMMITS: () => (/* reexport safe */ _branch_commits__WEBPACK_IMPORTED_MODULE_4__.r),
/* harmony export */   discoverSessionFiles: () => (/* binding */ discoverSessionFiles),
/* harmony export */   scanCachePath: () => (/* binding */ scanCachePath),
/* harmony export */   startEarlyParses: () => (/* binding */ startEarlyParses),
/* harmony export */   syncBranch: () => (/* binding */ syncBranch),
/* harmony export */   syncBranches: () => (/* binding */ syncBranches)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9823);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _branch_commits__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(905);
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5879);
/* harmony import */ var _ref_health__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2464);
/* harmony import */ var _links__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7577);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9608);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6790);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7230);
/* harmony import */ var _sanitize__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6193);
// Branch sync used by the pre-push hook (git-native.md §5.4-5.6): discovered agent sessions of this
// repository, linked to the pushed branch's commits, stored into `ledgerRef(<remote branch>)`.













const SYNC_CONCURRENCY = 8;
const PARSE_CONCURRENCY = 8;
/** Objects written by one run from which they are also packed before the push (git's receive.unpackLimit). */
const PACK_MIN_OBJECTS = 100;
/** `fn` over `items` with at most `limit` calls in flight; results in input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
function scanCachePath(env) {
    const xdg = env.XDG_CACHE_HOME;
    const base = xdg !== undefined && xdg.trim() !== '' ? xdg : path__WEBPACK_IMPORTED_MODULE_1__.join(env.HOME ?? env.USERPROFILE ?? '', '.cache');
    return path__WEBPACK_IMPORTED_MODULE_1__.join(base, 'opensession', 'session-scan.json');
}
function readCache(file) {
    try {
        const v = JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
        if (v.version === 1 && v.entries !== null && typeof v.entries === 'object')
            return v;
    }
    catch {
        // missing or invalid: replaced on write
    }
    return { entries: {}, version: 1 };
}
function writeCache(file, cache) {
    for (const p of Object.keys(cache.entries))
        if (!fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(p))
            delete cache.entries[p];
    const sorted = {};
    for (const k of Object.keys(cache.entries).sort())
        sorted[k] = cache.entries[k];
    fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(tmp, JSON.stringify({ entries: sorted, version: 1 }, null, 2) + '\n');
    fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, file);
}
function realCommonDir(start) {
    const root = (0,_repo__WEBPACK_IMPORTED_MODULE_9__.findRepoRoot)(start);
    if (root === undefined)
        return undefined;
    try {
        return fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync((0,_repo__WEBPACK_IMPORTED_MODULE_9__.openRepo)(root).commonDir);
    }
    catch {
        return undefined;
    }
}
function cwdOf(session) {
    const a = session.context.attributes ?? {};
    return (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .setString */ .gQ)(a.cwd) ?? (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .setString */ .gQ)(a.working_directory);
}
/** Parses one agent log with the default parsers (HAIL JSONL last), loaded on demand. */
async function parseSessionFile(file, hint) {
    const parsers = await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(393), __webpack_require__.e(3440), __webpack_require__.e(4025), __webpack_require__.e(2524)]).then(__webpack_require__.bind(__webpack_require__, 4025));
    return parsers.parseSessionInMemory(file, parsers.isProfileId(hint ?? '') ? { hint: hint } : {});
}
/** Agent logs on this machine (the parsers' discovery locations), the default `SyncOptions.discover`. */
async function discoverSessionFiles(env) {
    // Only the discovery module: the parsers load later, and only when a candidate must be parsed.
    const { discoverSessions } = await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(3440)]).then(__webpack_require__.bind(__webpack_require__, 3440));
    return (await discoverSessions({ env })).map((d) => ({ path: d.path, tool: d.tool }));
}
async function parseResultOf(file, tool) {
    try {
        return { ok: true, session: await parseSessionFile(file, tool) };
    }
    catch {
        return { ok: false };
    }
}
/**
 * Starts parsing every one of `files` the scan cache does not hold as it is now (what the sync will parse), with
 * the sync's concurrency, and returns the parses by path; the sync uses one only when the file has not changed
 * since. Reads only (nothing is written before the sync itself runs); never fails. Setting `stop.stopped` ends
 * the work early (the sync must then not be run with these parses).
 */
async function startEarlyParses(env, files, stop = { stopped: false }) {
    const out = new Map();
    try {
        const cache = readCache(scanCachePath(env));
        const stale = [];
        for (const f of files) {
            const st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(f.path, { throwIfNoEntry: false });
            if (st === undefined)
                continue;
            const e = cache.entries[f.path];
            const mtimeMs = Math.floor(st.mtimeMs);
            if (e === undefined || e.size !== st.size || e.mtime_ms !== mtimeMs)
                stale.push({ ...f, size: st.size, mtimeMs });
        }
        if (stale.length === 0)
            return out;
        // Newest first, as the sync orders them.
        stale.sort((a, b) => b.mtimeMs - a.mtimeMs);
        // The modules the sync will need: compiled while the first parses wait for their files.
        const modules = Promise.all([Promise.all(/* import() */[__webpack_require__.e(9036), __webpack_require__.e(255)]).then(__webpack_require__.bind(__webpack_require__, 255)), __webpack_require__.e(/* import() */ 8032).then(__webpack_require__.bind(__webpack_require__, 5651)), Promise.all(/* import() */[__webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(9036), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 3086))]);
        modules.catch(() => undefined);
        await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(393), __webpack_require__.e(3440), __webpack_require__.e(4025), __webpack_require__.e(2524)]).then(__webpack_require__.bind(__webpack_require__, 4025));
        // `stop.stopped` (the push was refused): the files not begun yet are left alone.
        const all = mapLimit(stale, PARSE_CONCURRENCY, async (c) => stop.stopped ? { ok: false } : parseResultOf(c.path, c.tool));
        stale.forEach((c, i) => out.set(c.path, { size: c.size, mtimeMs: c.mtimeMs, result: all.then((r) => r[i]) }));
    }
    catch {
        // only a head start: the sync parses what it needs itself
    }
    return out;
}
/** §5.5 for one pushed update (remote branch `branch`, pushed tip `tip`). */
async function syncBranch(repo, remote, branch, tip, options) {
    const [r] = await syncBranches(repo, remote, [{ branch, tip }], options);
    if (r.error !== undefined)
        throw r.error;
    return r;
}
/**
 * §5.5 as amended by A8, for every pushed update at once: discovery, stat and parse happen once (no newest-N
 * cap); a session with reflog links lands only on branches containing one of them; the pushed-tip hint applies
 * only to a session without any link whose worktree had the pushed branch checked out at the session's end.
 */
async function syncBranches(repo, remote, targets, options) {
    const discover = options.discover ?? (() => discoverSessionFiles(options.env));
    const results = targets.map((t) => ({ stored: 0, skipped: 0, ref: (0,_refs__WEBPACK_IMPORTED_MODULE_8__.ledgerRef)(t.branch) }));
    const mark = options.mark ?? (() => undefined);
    const found = await discover();
    mark(`sync: discover (${found.length} files)`);
    if (found.length === 0)
        return results;
    const withStat = [];
    for (const f of found) {
        try {
            const st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(f.path);
            withStat.push({ ...f, size: st.size, mtimeMs: Math.floor(st.mtimeMs) });
        }
        catch {
            // vanished
        }
    }
    withStat.sort((a, b) => b.mtimeMs - a.mtimeMs); // newest first: the newest file wins a duplicated id
    const privacy = options.privacy ?? (0,_sanitize__WEBPACK_IMPORTED_MODULE_11__/* .effectivePrivacy */ .Qg)(repo.root, options.env);
    const excluded = new Set(privacy.excludeTools.map((t) => (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .asciiLower */ .F)(t.trim())));
    const myCommon = fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(repo.commonDir);
    const cacheFile = scanCachePath(options.env);
    const cache = readCache(cacheFile);
    const taken = new Set();
    let cacheDirty = false;
    const commonOf = new Map();
    const worktreeOf = new Map();
    /** Each worktree's `logs/HEAD`, read and split once for every session that ran in it. */
    const reflogOf = new Map();
    const candidates = [];
    let skippedEarly = 0;
    // Git facts and the branch-commit walk do not depend on the scan: start them now, await them when needed.
    const factsP = (0,_repo__WEBPACK_IMPORTED_MODULE_9__.readRepoFacts)(repo, remote, options.env);
    const branchCommitsP = options.branchCommits ??
        (0,_branch_commits__WEBPACK_IMPORTED_MODULE_4__/* .branchCommitSets */ .v)(repo, targets.map((t) => t.tip));
    factsP.catch(() => undefined); // awaited below when a candidate exists; unobserved otherwise
    branchCommitsP.catch(() => undefined);
    // Every log whose cached scan is stale is parsed once, several at once (file reads overlap the parsing).
    const stale = withStat.filter((c) => {
        const e = cache.entries[c.path];
        return e === undefined || e.size !== c.size || e.mtime_ms !== c.mtimeMs;
    });
    const early = options.earlyParses !== undefined ? await options.earlyParses() : new Map();
    const parsedOf = await mapLimit(stale, PARSE_CONCURRENCY, async (c) => {
        const e = early.get(c.path);
        // Begun ahead for the file as it is now (same size and mtime): its result; else parsed now.
        if (e !== undefined && e.size === c.size && e.mtimeMs === c.mtimeMs)
            return e.result;
        return parseResultOf(c.path, c.tool);
    });
    const parseResult = new Map(stale.map((c, i) => [c.path, parsedOf[i]]));
    for (const c of withStat) {
        let entry = cache.entries[c.path];
        let parsed;
        const fresh = parseResult.get(c.path);
        if (fresh !== undefined) {
            if (!fresh.ok) {
                skippedEarly++;
                continue;
            }
            parsed = fresh.session;
            entry = {
                created_at: (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)(parsed.context.created_at),
                cwd: cwdOf(parsed) ?? null,
                mtime_ms: c.mtimeMs,
                recorded: {},
                session_id: parsed.session_id,
                size: c.size,
                tool: parsed.agent.tool,
                updated_at: (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)(parsed.context.updated_at),
            };
            cache.entries[c.path] = entry;
            cacheDirty = true;
        }
        if (entry.cwd === null) {
            skippedEarly++;
            continue;
        }
        if (!commonOf.has(entry.cwd))
            commonOf.set(entry.cwd, realCommonDir(entry.cwd));
        if (commonOf.get(entry.cwd) !== myCommon || excluded.has((0,_text__WEBPACK_IMPORTED_MODULE_3__/* .asciiLower */ .F)(entry.tool)) || taken.has(entry.session_id)) {
            skippedEarly++;
            continue;
        }
        taken.add(entry.session_id);
        const created = (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .tryParseTimestamp */ .z_)(entry.created_at);
        const updated = (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .tryParseTimestamp */ .z_)(entry.updated_at);
        if (created === undefined || updated === undefined) {
            skippedEarly++;
            continue;
        }
        const window = (0,_links__WEBPACK_IMPORTED_MODULE_7__/* .sessionWindow */ .Vj)({ context: { created_at: created, updated_at: updated } });
        let worktree = worktreeOf.get(entry.cwd);
        if (worktree === undefined) {
            const sessionRepoRoot = (0,_repo__WEBPACK_IMPORTED_MODULE_9__.findRepoRoot)(entry.cwd);
            worktree = sessionRepoRoot !== undefined ? (0,_repo__WEBPACK_IMPORTED_MODULE_9__.openRepo)(sessionRepoRoot) : repo;
            worktreeOf.set(entry.cwd, worktree);
        }
        if (!reflogOf.has(worktree.gitDir))
            reflogOf.set(worktree.gitDir, (0,_links__WEBPACK_IMPORTED_MODULE_7__/* .readHeadReflog */ .kq)(worktree.gitDir));
        const reflog = reflogOf.get(worktree.gitDir);
        let branchAtEnd = (0,_links__WEBPACK_IMPORTED_MODULE_7__/* .checkedOutBranchIn */ .lY)(reflog, window[1]);
        if (branchAtEnd === undefined) {
            try {
                branchAtEnd = (0,_repo__WEBPACK_IMPORTED_MODULE_9__.readHead)(worktree).branch ?? undefined;
            }
            catch {
                branchAtEnd = undefined;
            }
        }
        candidates.push({
            ...c,
            entry,
            parsed,
            window,
            reflog: (0,_links__WEBPACK_IMPORTED_MODULE_7__/* .reflogLinksIn */ .Em)(reflog, window),
            branchAtEnd,
        });
    }
    for (const r of results)
        r.skipped += skippedEarly;
    mark(`sync: scan (${candidates.length} candidates)`);
    if (candidates.length > 0) {
        const [facts, branchCommitsOf, update, batch, { storeSession, redactForLedger }] = await Promise.all([
            factsP,
            branchCommitsP,
            Promise.all(/* import() */[__webpack_require__.e(9036), __webpack_require__.e(255)]).then(__webpack_require__.bind(__webpack_require__, 255)),
            __webpack_require__.e(/* import() */ 8032).then(__webpack_require__.bind(__webpack_require__, 5651)),
            Promise.all(/* import() */[__webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(9036), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 3086)),
        ]);
        const store = update.storeFor(repo);
        /** Per ledger ref of the batch: the tip read once, and the tip after the commits built on it in memory. */
        const refState = new Map();
        /** The batch's ref update: the child commit is built on the ref's pending tip; no ref moves yet. */
        const deferredUpdate = async (r, ref, mutate, message, opts) => {
            let st = refState.get(ref);
            if (st === undefined) {
                const old = await (0,_ref_health__WEBPACK_IMPORTED_MODULE_6__/* .readLedgerCommit */ .rx)(r, store, ref);
                st = { old, tip: old };
                refState.set(ref, st);
            }
            const commit = await update.buildRefCommit(r, st.tip, mutate, message, opts);
            if (commit === undefined)
                return { oid: st.tip, committed: false, attempts: 1 };
            st.tip = commit;
            return { oid: commit, committed: true, attempts: 1 };
        };
        const redactedOf = new Map();
        let recordings = [];
        const syncTarget = async (i, batched) => {
            const t = targets[i];
            const res = results[i];
            try {
                const onBranch = branchCommitsOf(t.tip);
                const pushedBranch = t.localBranch ?? t.branch;
                for (const c of candidates) {
                    let links;
                    if (c.reflog.length > 0)
                        links = c.reflog.filter((sha) => onBranch.has(sha));
                    else if (c.branchAtEnd === pushedBranch)
                        links = await (0,_links__WEBPACK_IMPORTED_MODULE_7__/* .withHintLink */ .sd)(store, [], t.tip, c.window);
                    else
                        links = [];
                    if (links.length === 0) {
                        res.skipped++;
                        continue;
                    }
                    const rec = c.entry.recorded[res.ref];
                    if (rec !== undefined &&
                        rec.size === c.size &&
                        rec.mtime_ms === c.mtimeMs &&
                        links.every((l) => rec.commits.includes(l))) {
                        res.skipped++;
                        continue;
                    }
                    try {
                        // One parse per log, however many branches (and concurrent workers) need it.
                        c.parsing ??= c.parsed !== undefined ? Promise.resolve(c.parsed) : parseSessionFile(c.path, c.tool);
                        c.parsed = await c.parsing;
                    }
                    catch {
                        res.skipped++;
                        continue;
                    }
                    const session = (0,_sanitize__WEBPACK_IMPORTED_MODULE_11__/* .applyExcludePatterns */ .Qd)(c.parsed, privacy.excludePatterns);
                    // One redaction per log, however many branches it lands on.
                    let redacted = redactedOf.get(c);
                    if (redacted === undefined) {
                        redacted = redactForLedger(session, privacy.stripPaths);
                        redactedOf.set(c, redacted);
                    }
                    const stored = await storeSession(repo, res.ref, session, links, { branch: t.branch, remote: facts.remote, repo_name: facts.repo_name }, {
                        stripHomePaths: privacy.stripPaths,
                        headIsLastCommit: true,
                        now: options.now,
                        redacted,
                        update: batched ? deferredUpdate : undefined,
                    });
                    if (stored.committed)
                        res.stored++;
                    const record = () => {
                        c.entry.recorded[res.ref] = { commits: stored.commits, mtime_ms: c.mtimeMs, size: c.size };
                        cacheDirty = true;
                    };
                    if (batched)
                        recordings.push(record);
                    else
                        record();
                }
            }
            catch (err) {
                res.error = err;
            }
        };
        // Branches write to different ledger refs: several at once hide the file-system latency of the object writes.
        const runAll = async (batched) => {
            let next = 0;
            const worker = async () => {
                while (next < targets.length)
                    await syncTarget(next++, batched);
            };
            await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, targets.length) }, worker));
        };
        mark('sync: facts and branch commits');
        // Batched (A8 speed): every ledger commit of the run is built in memory, its objects written at once (one
        // pack when there are many, like git's receive.unpackLimit), then every ledger ref moves in ONE
        // compare-and-swap transaction. When that cannot be done, the per-ref path below runs instead.
        let done = false;
        store.pending = new Map();
        try {
            await runAll(true);
            mark(`sync: build (${store.pending.size} objects)`);
            const moves = [...refState]
                .filter(([, st]) => st.tip !== undefined && st.tip !== st.old)
                .map(([ref, st]) => ({ ref, old: st.old, next: st.tip }));
            if (moves.length > 0 && !reflogsWanted(repo, moves, options.env, _git_config__WEBPACK_IMPORTED_MODULE_5__/* .gitConfigMayHave */ .eS)) {
                if (store.pending.size >= PACK_MIN_OBJECTS) {
                    await batch.packObjectsAsync(repo.commonDir, store.pending);
                    store.pending = undefined;
                }
                else
                    store.writePendingLoose();
                mark('sync: objects');
                done = await batch.moveRefsAtomically(repo.root, moves);
                mark(`sync: refs (${moves.length} in one transaction)`);
            }
            else
                done = moves.length === 0;
        }
        catch {
            done = false; // the per-ref path below redoes the work
        }
        finally {
            try {
                // Still held after a failure: written loose, so nothing another writer of this process made is lost.
                if (store.pending !== undefined)
                    store.writePendingLoose();
            }
            catch {
                store.pending = undefined;
            }
        }
        if (done)
            for (const record of recordings)
                record();
        else {
            recordings = [];
            for (const r of results) {
                r.stored = 0;
                r.skipped = skippedEarly;
                delete r.error;
            }
            await runAll(false);
            mark('sync: store (per ref)');
        }
    }
    if (cacheDirty) {
        try {
            writeCache(cacheFile, cache);
        }
        catch {
            // the cache is an optimisation only
        }
    }
    if (results.some((r) => r.stored > 0))
        (0,_registry__WEBPACK_IMPORTED_MODULE_10__.addToRepoRegistry)(repo.root, options.env);
    return results;
}
/**
 * True when a moved ledger ref keeps a reflog (its log file exists, or `core.logAllRefUpdates` may be
 * `always`): the per-ref path writes one reflog line per commit, which one transaction cannot.
 */
function reflogsWanted(repo, moves, env, mayHave) {
    if (moves.some((m) => fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'logs', m.ref))))
        return true;
    return mayHave(repo.commonDir, repo.gitDir, 'core.logAllRefUpdates', (v) => v.toLowerCase() === 'always', env);
}


/***/ })

};
;