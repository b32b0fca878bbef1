"use strict";
exports.id = 6411;
exports.ids = [6411];
exports.modules = {

/***/ 3051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H$: () => (/* binding */ ensureLocalReviewServer),
/* harmony export */   HV: () => (/* binding */ localReviewBase),
/* harmony export */   V2: () => (/* binding */ ensureLocalServer),
/* harmony export */   ce: () => (/* binding */ openInBrowser),
/* harmony export */   nd: () => (/* binding */ localReviewUrl)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(265);
/* harmony import */ var _core_review_bundle__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8093);
// The local review server (git-native.md §14.6): `opensession serve --review-root <root>/.opensession/review` on
// 127.0.0.1:8788, reused when it already serves the bundle, started detached otherwise; and the browser opener.






/** `http://127.0.0.1:8788`; `OPENSESSION_REVIEW_PORT` moves it (tests, or a machine where 8788 is taken). */
function localReviewBase(env) {
    const p = (env.OPENSESSION_REVIEW_PORT ?? '').trim();
    const port = /^[0-9]{1,5}$/.test(p) && Number(p) > 0 && Number(p) < 65536 ? Number(p) : 8788;
    return `http://127.0.0.1:${port}`;
}
function localReviewUrl(env, reviewId) {
    return `${localReviewBase(env)}/review/local/${reviewId}`;
}
/** GET with a 1 s timeout; resolves the status (0 when nothing answered). */
function probe(url) {
    return new Promise((resolve) => {
        const req = node_http__WEBPACK_IMPORTED_MODULE_2__.get(url, { timeout: 1000, agent: false }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
            res.on('error', () => resolve(0));
        });
        req.on('timeout', () => {
            req.destroy();
            resolve(0);
        });
        req.on('error', () => resolve(0));
    });
}
async function readiness(base, reviewId) {
    const [api, page] = await Promise.all([
        probe(`${base}/api/review/local/${reviewId}`),
        probe(`${base}/review/local/${reviewId}`),
    ]);
    return { api: api === 200, page: page === 200 };
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** §14.6: ready → reuse; another directory's server → guided error; nothing → spawn and poll 40 × 250 ms. */
async function ensureLocalReviewServer(ctx, root, reviewId) {
    const base = localReviewBase(ctx.env);
    const first = await readiness(base, reviewId);
    if (first.api && first.page)
        return;
    if ((await probe(`${base}/api/health`)) === 200) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_4__/* .GuidedError */ .FQ(`a local review server for another directory is already running at ${base}`, [
            'stop that server, then retry',
            'or open the bundle through it by running the command from that directory',
        ]);
    }
    spawnServer(ctx, root, base);
    let last = { api: false, page: false };
    for (let i = 0; i < 40; i++) {
        await sleep(250);
        last = await readiness(base, reviewId);
        if (last.api && last.page)
            return;
    }
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`local review server is unavailable at ${base} (api_ok=${last.api}, page_ok=${last.page}); see .opensession/server-data/logs/review-server.log`);
}
function spawnServer(ctx, root, base) {
    const dataDir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(root, '.opensession', 'server-data');
    const logDir = node_path__WEBPACK_IMPORTED_MODULE_3__.join(dataDir, 'logs');
    node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync(logDir, { recursive: true });
    const log = node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(logDir, 'review-server.log'), 'a');
    const entry = process.argv[1];
    if (entry === undefined)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL('cannot start the local review server: unknown CLI entry script');
    const port = new URL(base).port;
    try {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(process.execPath, [entry, 'serve', '--port', port, '--review-root', (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_5__/* .reviewRootDir */ .a0)(root), '--data-dir', dataDir], { cwd: root, detached: true, stdio: ['ignore', log, log], env: ctx.env });
        child.on('error', () => undefined);
        child.unref();
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync(log);
    }
}
/** For source pages (§13.2 step 2): any local server that answers `/api/health` will do; else start one. */
async function ensureLocalServer(ctx, root) {
    const base = localReviewBase(ctx.env);
    if ((await probe(`${base}/api/health`)) === 200)
        return;
    spawnServer(ctx, root, base);
    for (let i = 0; i < 40; i++) {
        await sleep(250);
        if ((await probe(`${base}/api/health`)) === 200)
            return;
    }
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`local review server is unavailable at ${base}; see .opensession/server-data/logs/review-server.log`);
}
/** Opens `url` in the user's browser (§13.3); a failed launch only warns. Resolves whether it launched. */
async function openInBrowser(ctx, url) {
    const [cmd, args] = process.platform === 'darwin'
        ? ['open', [url]]
        : process.platform === 'win32'
            ? ['cmd', ['/c', 'start', '""', url]]
            : ['xdg-open', [url]];
    const cause = await new Promise((resolve) => {
        try {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { stdio: 'ignore', env: ctx.env });
            child.on('error', (e) => resolve(e.message));
            child.on('exit', (code) => resolve(code === 0 ? undefined : `${cmd} exited with status ${code}`));
        }
        catch (e) {
            resolve(e instanceof Error ? e.message : String(e));
        }
    });
    if (cause !== undefined) {
        ctx.stderr(`[opensession] Warning: could not open a browser: ${cause}\n`);
        return false;
    }
    return true;
}


/***/ }),

/***/ 8792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   linkPr: () => (/* binding */ linkPr),
/* harmony export */   rangePr: () => (/* binding */ rangePr),
/* harmony export */   writeReviewBundleAndOpen: () => (/* binding */ writeReviewBundleAndOpen)
/* harmony export */ });
/* harmony import */ var _core_review_bundle__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8093);
/* harmony import */ var _output__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5338);
/* harmony import */ var _review_server__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3051);
// `opensession review … --web` (git-native.md §14.2 steps 6–8): write the local review bundle, then open it
// through the local review server, or print where it is.



async function writeReviewBundleAndOpen(ctx, git, i) {
    const list = await git.run([
        'rev-list',
        '--reverse',
        i.base !== undefined ? `${i.base}..${i.head}` : `-1`,
        ...(i.base !== undefined ? [] : [i.head]),
    ]);
    const commits = list.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => /^[0-9a-f]{40,64}$/.test(l));
    const bundle = await (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_0__/* .buildCommitBundle */ .MG)(git, {
        reviewId: i.reviewId,
        pr: i.pr,
        commits,
        refs: await (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_0__/* .reviewLedgerRefs */ .C7)(git, i.ledgerPrefixes),
        now: ctx.now(),
        warn: (l) => ctx.stderr(l + '\n'),
    });
    const file = await (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_0__/* .writeBundle */ .Mf)(i.root, bundle);
    const url = (0,_review_server__WEBPACK_IMPORTED_MODULE_2__/* .localReviewUrl */ .nd)(ctx.env, i.reviewId);
    const mapped = bundle.commits.filter((c) => c.session_ids.length > 0).length;
    if (i.open && !i.json) {
        await (0,_review_server__WEBPACK_IMPORTED_MODULE_2__/* .ensureLocalReviewServer */ .H$)(ctx, i.root, i.reviewId);
        await (0,_review_server__WEBPACK_IMPORTED_MODULE_2__/* .openInBrowser */ .ce)(ctx, url);
    }
    if (i.json) {
        (0,_output__WEBPACK_IMPORTED_MODULE_1__/* .writeJson */ .GF)(ctx, {
            base_sha: i.pr.base_sha,
            bundle_path: file,
            commit_count: bundle.commits.length,
            head_sha: i.pr.head_sha,
            mapped_commit_count: mapped,
            remote: i.pr.remote,
            review_id: i.reviewId,
            session_count: bundle.sessions.length,
            url,
        });
        return;
    }
    ctx.stdout(`review url: ${url}\ncommits: ${bundle.commits.length} (with sessions: ${mapped})\nsessions: ${bundle.sessions.length}\nbundle: ${file}\n`);
}
/** §14.4 `pr` of a PR/MR link: project split at its last `/`. */
function linkPr(link, remote, base, head) {
    const cut = link.project.lastIndexOf('/');
    return {
        url: link.url,
        owner: link.project.slice(0, cut),
        repo: link.project.slice(cut + 1),
        number: link.number,
        remote,
        base_sha: base ?? '',
        head_sha: head,
    };
}
/** §14.4 `pr` of a commit range: owner/repo from the remote URL, else `local`/`repo`. */
async function rangePr(git, remote, url, base, head) {
    const r = await git.run(['remote', 'get-url', remote]);
    const m = r.code === 0 ? /([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(r.stdout.trim()) : null;
    return {
        url,
        owner: m !== null ? m[1] : 'local',
        repo: m !== null ? m[2] : 'repo',
        number: 0,
        remote: r.code === 0 ? remote : 'local',
        base_sha: base ?? '',
        head_sha: head,
    };
}


/***/ }),

/***/ 251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.Br),
/* harmony export */   CY: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.CY),
/* harmony export */   KH: () => (/* reexport safe */ _stats__WEBPACK_IMPORTED_MODULE_3__.KH),
/* harmony export */   KK: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.KK),
/* harmony export */   M2: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.M2),
/* harmony export */   MW: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.MW),
/* harmony export */   P9: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.P9),
/* harmony export */   Po: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.Po),
/* harmony export */   UZ: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.UZ),
/* harmony export */   Vd: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.Vd),
/* harmony export */   Xg: () => (/* reexport safe */ _types__WEBPACK_IMPORTED_MODULE_0__.Xg),
/* harmony export */   fg: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.fg),
/* harmony export */   gQ: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.gQ),
/* harmony export */   ge: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_6__.ge),
/* harmony export */   iL: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.iL),
/* harmony export */   ju: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.ju),
/* harmony export */   m1: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.m1),
/* harmony export */   qY: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.qY),
/* harmony export */   wH: () => (/* reexport safe */ _validate__WEBPACK_IMPORTED_MODULE_7__.dk),
/* harmony export */   z_: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.z_)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1022);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/* harmony import */ var _timestamp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9823);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4632);
/* harmony import */ var _writer__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2287);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9437);
/* harmony import */ var _validate__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4849);
// Public API of the HAIL core (hail-and-store.md sections 2-5).










/***/ }),

/***/ 8093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ reviewLedgerRefs),
/* harmony export */   MG: () => (/* binding */ buildCommitBundle),
/* harmony export */   Mf: () => (/* binding */ writeBundle),
/* harmony export */   a0: () => (/* binding */ reviewRootDir),
/* harmony export */   iP: () => (/* binding */ buildLocalBundle)
/* harmony export */ });
/* unused harmony exports bundlePath, bundleJson, redactForBundle, bundleTimestamp, commitInfos, sessionsForCommits */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hail__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(251);
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9823);
/* harmony import */ var _ledger_layout__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3972);
/* harmony import */ var _ledger_refs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9608);
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4794);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1509);
/* harmony import */ var _ledger_read__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3549);
// Local review bundles (git-native.md §14.3–§14.5): the PR's or range's commits with the sessions their ledgers
// link, redacted, written to `<root>/.opensession/review/<id>/bundle.json` for `opensession serve --review-root`.










/** `<root>/.opensession/review`: the directory `serve --review-root` reads. */
function reviewRootDir(root) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, '.opensession', 'review');
}
function bundlePath(root, reviewId) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(reviewRootDir(root), reviewId, 'bundle.json');
}
/** Pretty JSON (2-space indent), keys in the §14.4 order, trailing newline. */
function bundleJson(b) {
    const doc = {
        review_id: b.review_id,
        generated_at: b.generated_at,
        pr: { ...b.pr },
        commits: b.commits.map((c) => ({ ...c, session_ids: [...c.session_ids] })),
        sessions: b.sessions.map((s) => ({
            session_id: s.session_id,
            ledger_ref: s.ledger_ref,
            hail_path: s.hail_path,
            commit_shas: [...s.commit_shas],
            session: (0,_hail__WEBPACK_IMPORTED_MODULE_3__/* .toWholeSessionObject */ .M2)(s.session),
        })),
    };
    return (0,_hail__WEBPACK_IMPORTED_MODULE_3__/* .stringifyOrdered */ .Vd)(doc, 2) + '\n';
}
/** Writes the bundle atomically (temp file + rename; always rebuilt). Returns its path. */
async function writeBundle(root, b) {
    const file = bundlePath(root, b.review_id);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(tmp, bundleJson(b), { mode: 0o644 });
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, file);
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
    }
    return file;
}
/** Redaction before anything is written (idempotent on ledger sessions, which are already redacted). */
function redactForBundle(s) {
    return (0,_redact__WEBPACK_IMPORTED_MODULE_7__/* .redactSession */ .yU)(s, { stripHomePaths: false }).session;
}
/** HAIL timestamp of a `Date` (§3.5 form, milliseconds). */
function bundleTimestamp(d) {
    return d.toISOString();
}
/** Local ledger refs and every `refs/remotes/*\/opensession/branches/*` (§14.5), local first, then by name. */
async function reviewLedgerRefs(git, prefixes) {
    const r = await git.run(['for-each-ref', '--format=%(refname)', _ledger_refs__WEBPACK_IMPORTED_MODULE_6__.LEDGER_REF_PREFIX, 'refs/remotes/']);
    if (r.code !== 0)
        return [];
    const remote = /^refs\/remotes\/[^/]+\/opensession\/branches\//;
    const refs = r.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith(_ledger_refs__WEBPACK_IMPORTED_MODULE_6__.LEDGER_REF_PREFIX) || remote.test(l))
        .filter((l) => prefixes === undefined || prefixes.some((p) => l.startsWith(p)));
    const local = refs.filter((l) => l.startsWith(_ledger_refs__WEBPACK_IMPORTED_MODULE_6__.LEDGER_REF_PREFIX)).sort(_text__WEBPACK_IMPORTED_MODULE_8__/* .compareBytewise */ .GV);
    const remotes = refs.filter((l) => !l.startsWith(_ledger_refs__WEBPACK_IMPORTED_MODULE_6__.LEDGER_REF_PREFIX)).sort(_text__WEBPACK_IMPORTED_MODULE_8__/* .compareBytewise */ .GV);
    return [...local, ...remotes];
}
/** The commits' subject and author (`git show -s`), in the given order. */
async function commitInfos(git, shas) {
    const out = [];
    for (const sha of shas) {
        const r = await git.run(['show', '-s', '--format=%H%x00%s%x00%an%x00%ae%x00%aI', sha]);
        const [full, title, name, email, at] = r.stdout.replace(/\n$/, '').split('\0');
        out.push({
            sha: full || sha,
            title: title ?? '',
            author_name: name ?? '',
            author_email: email ?? '',
            authored_at: at ?? '',
        });
    }
    return out;
}
function asObject(bytes) {
    if (bytes === undefined)
        return undefined;
    try {
        const v = JSON.parse(bytes.toString('utf8'));
        return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * §14.5: for each ledger ref and commit, the sessions indexed under `v1/index/commits/<sha>/`; unreadable entries
 * are skipped with a warning. When several refs hold one id, the later `stored_at` wins (ties: ref order).
 */
async function sessionsForCommits(git, commits, refs, warn) {
    const wanted = new Map(commits.map((c) => [(0,_ledger_layout__WEBPACK_IMPORTED_MODULE_5__/* .safeSegment */ .LX)(c), c]));
    const chosen = new Map();
    const links = new Map();
    for (let refOrder = 0; refOrder < refs.length; refOrder++) {
        const ref = refs[refOrder];
        const entries = (await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_9__/* .listIndexEntries */ .n3)(git, ref)).filter((e) => wanted.has(e.commitDir));
        if (entries.length === 0)
            continue;
        const idx = await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_9__/* .readBlobs */ .b4)(git, entries.map((e) => e.oid));
        const hailCache = new Map();
        const pending = [];
        for (const e of entries) {
            const obj = asObject(idx.get(e.oid));
            const id = typeof obj?.session_id === 'string' ? obj.session_id : undefined;
            const hailPath = typeof obj?.hail_path === 'string' ? obj.hail_path : undefined;
            if (obj === undefined || id === undefined || hailPath === undefined) {
                warn(`[opensession] Warning: skipping session ${id ?? e.path} in ${ref}: unreadable index entry`);
                continue;
            }
            pending.push({
                sha: wanted.get(e.commitDir) ?? e.commitDir,
                id,
                hailPath,
                storedAt: typeof obj.stored_at === 'string' ? obj.stored_at : '',
            });
        }
        const blobs = await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_9__/* .readBlobs */ .b4)(git, [...new Set(pending.map((p) => `${ref}:${p.hailPath}`))]);
        for (const p of pending) {
            let parsed = hailCache.get(p.hailPath);
            if (parsed === undefined) {
                const bytes = blobs.get(`${ref}:${p.hailPath}`);
                try {
                    if (bytes === undefined)
                        throw new Error(`missing blob ${p.hailPath}`);
                    parsed = (0,_hail__WEBPACK_IMPORTED_MODULE_3__/* .parseHail */ .iL)(bytes.toString('utf8'));
                }
                catch (err) {
                    parsed = err instanceof Error ? err : new Error(String(err));
                }
                hailCache.set(p.hailPath, parsed);
            }
            if (parsed instanceof Error) {
                warn(`[opensession] Warning: skipping session ${p.id} in ${ref}: ${parsed.message}`);
                continue;
            }
            const set = links.get(p.id) ?? new Set();
            set.add(p.sha);
            links.set(p.id, set);
            const ns = (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_4__/* .tryParseTimestamp */ .z_)(p.storedAt) ?? -1n;
            const prev = chosen.get(p.id);
            if (prev === undefined || ns > prev.storedNs) {
                chosen.set(p.id, { sessionId: p.id, ref, refOrder, hailPath: p.hailPath, storedNs: ns, session: parsed });
            }
        }
    }
    const order = new Map(commits.map((c, i) => [c, i]));
    const sessions = [...chosen.values()]
        .sort((a, b) => (0,_text__WEBPACK_IMPORTED_MODULE_8__/* .compareBytewise */ .GV)(a.sessionId, b.sessionId))
        .map((c) => ({
        session_id: c.sessionId,
        ledger_ref: c.ref,
        hail_path: c.hailPath,
        commit_shas: [...(links.get(c.sessionId) ?? [])].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)),
        session: redactForBundle(c.session),
    }));
    const perCommit = new Map();
    for (const s of sessions)
        for (const sha of s.commit_shas)
            perCommit.set(sha, [...(perCommit.get(sha) ?? []), s.session_id]);
    for (const ids of perCommit.values())
        ids.sort(_text__WEBPACK_IMPORTED_MODULE_8__/* .compareBytewise */ .GV);
    return { sessions, perCommit };
}
/** A commit bundle (§14.4): commits in range order with their linked sessions. */
async function buildCommitBundle(git, o) {
    const { sessions, perCommit } = await sessionsForCommits(git, o.commits, o.refs, o.warn);
    const infos = await commitInfos(git, o.commits);
    return {
        review_id: o.reviewId,
        generated_at: bundleTimestamp(o.now),
        pr: o.pr,
        commits: infos.map((c, i) => ({ ...c, session_ids: perCommit.get(o.commits[i]) ?? [] })),
        sessions,
    };
}
/** A local/file bundle (§14.4): one synthetic commit holding the one session. */
function buildLocalBundle(o) {
    const s = redactForBundle(o.session);
    return {
        review_id: o.reviewId,
        generated_at: bundleTimestamp(o.now),
        pr: {
            url: o.target,
            owner: 'local',
            repo: 'review',
            number: 0,
            remote: 'local',
            base_sha: 'local',
            head_sha: 'local',
        },
        commits: [
            {
                sha: 'local',
                title: s.context.title !== undefined && s.context.title !== '' ? s.context.title : 'local session',
                author_name: '',
                author_email: '',
                authored_at: (0,_hail__WEBPACK_IMPORTED_MODULE_3__/* .formatTsZ */ .ju)(s.context.created_at),
                session_ids: [s.session_id],
            },
        ],
        sessions: [{ session_id: s.session_id, ledger_ref: '', hail_path: '', commit_shas: ['local'], session: s }],
    };
}


/***/ })

};
;