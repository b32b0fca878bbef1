"use strict";
exports.id = 8241;
exports.ids = [8241];
exports.modules = {

/***/ 8241:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   viewCommand: () => (/* binding */ viewCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(265);
/* harmony import */ var _core_hail__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(251);
/* harmony import */ var _core_ledger_repo__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6790);
/* harmony import */ var _core_review_bundle__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8093);
/* harmony import */ var _core_review__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(649);
/* harmony import */ var _core_store__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(502);
/* harmony import */ var _core_uri__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7849);
/* harmony import */ var _core_uri_remote__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(819);
/* harmony import */ var _output__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5338);
/* harmony import */ var _review_server__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3051);
// `opensession view <target>` (git-native.md §13): a PR/MR link, source URI, local HAIL file, commit or `a..b`
// range → the page that shows its sessions: a local review bundle served by `opensession serve`, or a source page.














/** V1 (§13.4). */
function unresolved(target, cause) {
    return new _core_errors__WEBPACK_IMPORTED_MODULE_4__/* .GuidedError */ .FQ(`unable to resolve view target \`${target}\`: ${cause}`, [
        'for source URIs: `opensession view os://src/... --no-open`',
        'for local files: `opensession view ./session.hail.jsonl --no-open`',
        'for commits/ranges: `opensession view HEAD` or `opensession view main..feature`',
    ]);
}
/** Cause text of an error, without guided steps. */
function causeOf(err) {
    if (err instanceof _core_errors__WEBPACK_IMPORTED_MODULE_4__/* .GuidedError */ .FQ)
        return err.reason;
    return err instanceof Error ? err.message : String(err);
}
/** §13.2 step 1: a PR or MR web link. */
function isChangeLink(target) {
    if (!/^https?:\/\//i.test(target))
        return false;
    try {
        const p = new URL(target).pathname;
        return /\/[^/]+\/[^/]+\/pull\/[^/]+/.test(p) || /\/-\/merge_requests\/[^/]+/.test(p);
    }
    catch {
        return false;
    }
}
/** A session from HAIL JSONL, else the whole-session JSON form. */
function decodeSession(bytes) {
    const text = bytes.toString('utf8');
    try {
        return (0,_core_hail__WEBPACK_IMPORTED_MODULE_5__/* .parseHail */ .iL)(text);
    }
    catch (first) {
        try {
            return (0,_core_hail__WEBPACK_IMPORTED_MODULE_5__/* .fromWholeSessionJson */ .MW)(text);
        }
        catch {
            throw first;
        }
    }
}
function sha256Hex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(bytes).digest('hex');
}
async function originProject(git) {
    const r = await git.run(['remote', 'get-url', 'origin']);
    const url = r.code === 0 ? r.stdout.trim() : '';
    const hp = url === '' ? undefined : (0,_core_uri_remote__WEBPACK_IMPORTED_MODULE_11__/* .remoteHostAndPath */ .py)((0,_core_uri_remote__WEBPACK_IMPORTED_MODULE_11__/* .stripUrlCredentials */ .um)(url));
    if (hp === undefined)
        return { owner: 'local', repo: 'repo', remote: r.code === 0 ? 'origin' : 'local' };
    const project = (0,_core_uri_remote__WEBPACK_IMPORTED_MODULE_11__/* .cleanRemotePath */ .P0)(hp.path);
    const cut = project.lastIndexOf('/');
    return cut > 0
        ? { owner: project.slice(0, cut), repo: project.slice(cut + 1), remote: 'origin' }
        : { owner: 'local', repo: project || 'repo', remote: 'origin' };
}
async function revParse(git, rev) {
    if (rev.startsWith('-'))
        return undefined;
    const r = await git.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
    return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : undefined;
}
/** §13.2 steps 4–5: a commit or `A..B` range → a commit bundle. */
async function resolveCommits(ctx, target, rev, start) {
    const root = (0,_core_ledger_repo__WEBPACK_IMPORTED_MODULE_6__.findRepoRoot)(start);
    if (root === undefined)
        throw unresolved(target, 'current directory is not inside a git repository');
    const git = (0,_core_review__WEBPACK_IMPORTED_MODULE_8__/* .createGitRunner */ .ho)(root, ctx.env);
    const none = unresolved(target, `no commits resolved from target \`${target}\``);
    let commits;
    let baseSha;
    const dots = rev.indexOf('..');
    if (dots >= 0) {
        const a = rev.slice(0, dots);
        const b = rev.slice(dots + 2);
        if (a === '' || b === '' || b.startsWith('.'))
            throw unresolved(target, 'invalid commit range');
        const A = await revParse(git, a);
        const B = await revParse(git, b);
        if (A === undefined || B === undefined)
            throw none;
        const list = await git.run(['rev-list', '--reverse', `${A}..${B}`]);
        commits = list.stdout.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l.trim()));
        baseSha = A;
    }
    else {
        const c = await revParse(git, rev);
        if (c === undefined)
            throw none;
        commits = [c];
        baseSha = (await revParse(git, `${c}^1`)) ?? '';
    }
    if (commits.length === 0)
        throw none;
    const head = commits[commits.length - 1];
    const reviewId = `commit-${head.slice(0, 12)}`;
    const origin = await originProject(git);
    const ordered = {
        url: target,
        owner: origin.owner,
        repo: origin.repo,
        number: 0,
        remote: origin.remote,
        base_sha: baseSha,
        head_sha: head,
    };
    return {
        mode: 'commit',
        url: (0,_review_server__WEBPACK_IMPORTED_MODULE_13__/* .localReviewUrl */ .nd)(ctx.env, reviewId),
        reviewId,
        root,
        write: async () => {
            const bundle = await (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_7__/* .buildCommitBundle */ .MG)(git, {
                reviewId,
                pr: ordered,
                commits,
                refs: await (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_7__/* .reviewLedgerRefs */ .C7)(git),
                now: ctx.now(),
                warn: (l) => ctx.stderr(l + '\n'),
            });
            await (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_7__/* .writeBundle */ .Mf)(root, bundle);
        },
    };
}
async function resolveTarget(ctx, target, start) {
    const bundleRoot = (0,_core_ledger_repo__WEBPACK_IMPORTED_MODULE_6__.findRepoRoot)(start) ?? start;
    if (target.startsWith('os://')) {
        let uri;
        try {
            uri = (0,_core_uri__WEBPACK_IMPORTED_MODULE_10__/* .parseSourceUri */ .Lf)(target);
        }
        catch (err) {
            throw unresolved(target, causeOf(err));
        }
        if (uri.kind === 'artifact')
            throw unresolved(target, 'unsupported target URI');
        if (uri.kind === 'local') {
            let session;
            try {
                const obj = await (0,_core_store__WEBPACK_IMPORTED_MODULE_9__/* .readLocalObject */ .F9)(uri.sha256, { ...(0,_output__WEBPACK_IMPORTED_MODULE_12__/* .storeSettings */ .lj)(ctx), cwd: start });
                session = decodeSession(obj.bytes);
            }
            catch (err) {
                throw unresolved(target, causeOf(err));
            }
            const reviewId = `local-${uri.sha256.toLowerCase().slice(0, 12)}`;
            return {
                mode: 'local',
                url: (0,_review_server__WEBPACK_IMPORTED_MODULE_13__/* .localReviewUrl */ .nd)(ctx.env, reviewId),
                reviewId,
                root: bundleRoot,
                write: async () => {
                    await (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_7__/* .writeBundle */ .Mf)(bundleRoot, (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_7__/* .buildLocalBundle */ .iP)({ reviewId, target, session, now: ctx.now() }));
                },
            };
        }
        const route = (0,_core_uri__WEBPACK_IMPORTED_MODULE_10__/* .webRoute */ .kc)(uri) ?? '/';
        try {
            const { loadShareBaseUrl, shareConfigPath } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 408));
            const base = loadShareBaseUrl(shareConfigPath(bundleRoot)).replace(/\/+$/, '');
            return { mode: 'source', url: base + route, reviewId: null };
        }
        catch {
            return {
                mode: 'source',
                url: (0,_review_server__WEBPACK_IMPORTED_MODULE_13__/* .localReviewBase */ .HV)(ctx.env) + route,
                reviewId: null,
                root: bundleRoot,
                ensureServer: true,
            };
        }
    }
    const file = node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(start, target);
    let isFile = false;
    try {
        isFile = node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync(file).isFile();
    }
    catch {
        isFile = false;
    }
    if (isFile) {
        let bytes;
        let session;
        try {
            bytes = node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync(file);
            session = decodeSession(bytes);
        }
        catch (err) {
            throw unresolved(target, causeOf(err));
        }
        const reviewId = `local-${sha256Hex(bytes).slice(0, 12)}`;
        return {
            mode: 'jsonl',
            url: (0,_review_server__WEBPACK_IMPORTED_MODULE_13__/* .localReviewUrl */ .nd)(ctx.env, reviewId),
            reviewId,
            root: bundleRoot,
            write: async () => {
                await (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_7__/* .writeBundle */ .Mf)(bundleRoot, (0,_core_review_bundle__WEBPACK_IMPORTED_MODULE_7__/* .buildLocalBundle */ .iP)({ reviewId, target, session, now: ctx.now() }));
            },
        };
    }
    const commitUrl = /\/commit\/([0-9a-fA-F]{7,64})(?:[/?#]|$)/.exec(target);
    if (/^https?:\/\//i.test(target) && commitUrl !== null)
        return resolveCommits(ctx, target, commitUrl[1], start);
    return resolveCommits(ctx, target, target, start);
}
function viewCommand(ctx) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('view')
        .description('open the sessions of a PR/MR link, source URI, HAIL file, commit or range in the local viewer')
        .argument('<target>', 'PR/MR URL, os:// source URI, HAIL file, commit, or A..B range')
        .option('--no-open', 'print the URL instead of opening a browser')
        .option('--json', 'print {mode, opened, review_id, target, url} as JSON')
        .option('--repo <path>', 'repository path (default: the working directory)')
        .option('--no-fetch', 'for PR/MR links: do not fetch the head or ledger refs')
        .action(async (target, opts) => {
        const start = opts.repo !== undefined ? node_path__WEBPACK_IMPORTED_MODULE_3__.resolve(ctx.cwd, opts.repo) : ctx.cwd;
        if (isChangeLink(target)) {
            const { reviewCommand } = await __webpack_require__.e(/* import() */ 2954).then(__webpack_require__.bind(__webpack_require__, 573));
            const args = [target, '--web'];
            if (opts.repo !== undefined)
                args.push('--repo', opts.repo);
            if (!opts.fetch)
                args.push('--no-fetch');
            if (!opts.open)
                args.push('--no-open');
            if (opts.json === true)
                args.push('--json');
            await reviewCommand(ctx).exitOverride().parseAsync(args, { from: 'user' });
            return;
        }
        const r = await resolveTarget(ctx, target, start);
        if (r.write !== undefined)
            await r.write();
        let opened = false;
        if (opts.open && opts.json !== true) {
            if (r.root !== undefined && (r.reviewId !== null || r.ensureServer === true)) {
                if (r.reviewId !== null)
                    await (0,_review_server__WEBPACK_IMPORTED_MODULE_13__/* .ensureLocalReviewServer */ .H$)(ctx, r.root, r.reviewId);
                else
                    await (0,_review_server__WEBPACK_IMPORTED_MODULE_13__/* .ensureLocalServer */ .V2)(ctx, r.root);
            }
            opened = await (0,_review_server__WEBPACK_IMPORTED_MODULE_13__/* .openInBrowser */ .ce)(ctx, r.url);
        }
        if (opts.json === true) {
            (0,_output__WEBPACK_IMPORTED_MODULE_12__/* .writeJson */ .GF)(ctx, { mode: r.mode, opened, review_id: r.reviewId, target, url: r.url });
            return;
        }
        ctx.stdout(r.url + '\n' + (r.reviewId !== null ? `review_id: ${r.reviewId}\n` : ''));
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


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* reexport safe */ _ids__WEBPACK_IMPORTED_MODULE_0__.AR),
/* harmony export */   ho: () => (/* reexport safe */ _git__WEBPACK_IMPORTED_MODULE_9__.h),
/* harmony export */   l9: () => (/* reexport safe */ _build__WEBPACK_IMPORTED_MODULE_6__.l),
/* harmony export */   wQ: () => (/* reexport safe */ _render__WEBPACK_IMPORTED_MODULE_5__.wQ)
/* harmony export */ });
/* harmony import */ var _ids__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(764);
/* harmony import */ var _range__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7688);
/* harmony import */ var _discover__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(642);
/* harmony import */ var _qa__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1819);
/* harmony import */ var _render__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2653);
/* harmony import */ var _build__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4349);
/* harmony import */ var _session_detail__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9399);
/* harmony import */ var _share__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3870);
/* harmony import */ var _git__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1237);
// Session review: discovery, digest and comment rendering (ci-automation.md §6–§9).












/***/ }),

/***/ 502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ storeLocalObject),
/* harmony export */   F9: () => (/* binding */ readLocalObject),
/* harmony export */   Fh: () => (/* binding */ ensureRepoGitignore),
/* harmony export */   Gn: () => (/* binding */ findRepoRoot),
/* harmony export */   IZ: () => (/* binding */ createFileAtomically),
/* harmony export */   V0: () => (/* binding */ homeFromEnv),
/* harmony export */   _M: () => (/* binding */ readLocalObjectSync),
/* harmony export */   cc: () => (/* binding */ defaultRoot),
/* harmony export */   du: () => (/* binding */ objectPath),
/* harmony export */   eJ: () => (/* binding */ storeLocalObjectStream),
/* harmony export */   zA: () => (/* binding */ candidateRoots)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
// The local content-addressed object store (hail-and-store.md section 8).




const HEX64 = /^[0-9a-fA-F]{64}$/;
/** Section 8: no HOME/USERPROFILE where the global store is needed. */
function noHomeError() {
    return new _errors__WEBPACK_IMPORTED_MODULE_3__/* .GuidedError */ .FQ('could not determine home directory', [
        'set HOME to your home directory, or run the command inside a git repository',
    ]);
}
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
/** Roots to read from, in order: repo store (inside a repo), then the global store. */
function candidateRoots(kind, settings) {
    const roots = rootsFor(kind, settings);
    const out = [];
    if (roots.repoStore)
        out.push(roots.repoStore);
    if (roots.globalStore)
        out.push(roots.globalStore);
    else if (!roots.repoStore)
        throw noHomeError();
    return out;
}
function objectPath(root, sha256, ext = '.jsonl') {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), `${sha256}${ext}`);
}
/** The write root of `kind`: the repo store inside a repo, else the global store (section 8, 11.1). */
function defaultRoot(kind, settings) {
    const { repoStore, globalStore } = rootsFor(kind, settings);
    const root = repoStore ?? globalStore;
    if (!root)
        throw noHomeError();
    return { root, inRepo: root === repoStore };
}
/** Writes `<dir>/.gitignore` = `*\n` (for a store inside a repo) when none exists yet. */
async function ensureRepoGitignore(storeDir) {
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
        return await linkIntoPlace(tmp, target);
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
    }
}
/**
 * Hard-links the finished temp file `tmp` to `target` (same filesystem); false when `target` already
 * existed. The caller removes `tmp`.
 */
async function linkIntoPlace(tmp, target) {
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
}
/**
 * Stores canonical bytes under their sha256 (never overwrites) in the write root: the repo store inside
 * a repo, else the global store.
 */
function storeLocalObject(bytes, settings) {
    return storeLocalObjectStream((consume) => consume(bytes), settings);
}
function writeAll(fd, chunk) {
    for (let off = 0; off < chunk.length;)
        off += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, chunk, off, chunk.length - off);
}
/**
 * storeLocalObject for bytes made as a stream (`register`): each chunk is hashed and appended to a
 * temp file in the write root as it comes, so the object is never whole in memory; the file is then
 * linked into place under its sha256. Errors come in the order they would if the bytes were made
 * first: an error thrown by `produce` (bad input) wins over any store error, including a missing
 * home. When anything fails, the temp file and the directories this call created are removed.
 */
async function storeLocalObjectStream(produce, settings) {
    const { repoStore, globalStore } = rootsFor('objects', settings);
    const root = repoStore ?? globalStore;
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    let made; // the topmost directory this call created
    let tmp;
    let fd;
    let storeError;
    let ok = false;
    if (root) {
        try {
            made = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(root, { recursive: true });
            const name = node_path__WEBPACK_IMPORTED_MODULE_2__.join(root, `.tmp-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(name, 'wx', 0o644);
            tmp = name;
        }
        catch (err) {
            storeError = err;
        }
    }
    const consume = (chunk) => {
        hash.update(chunk);
        bytes += chunk.length;
        if (fd === undefined || storeError !== undefined)
            return;
        try {
            writeAll(fd, chunk);
        }
        catch (err) {
            storeError = err; // reported once `produce` is done: an input error comes first
        }
    };
    try {
        produce(consume);
        if (!root)
            throw noHomeError();
        if (storeError !== undefined)
            throw storeError;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        fd = undefined;
        if (root === repoStore)
            await ensureRepoGitignore(root);
        const sha256 = hash.digest('hex');
        const target = objectPath(root, sha256);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(target), { recursive: true });
        const created = await linkIntoPlace(tmp, target);
        ok = true;
        return { uri: `os://src/local/${sha256}`, sha256, path: target, bytes, created };
    }
    finally {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        if (tmp !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        if (!ok && made !== undefined && root)
            removeEmptyDirs(root, made);
    }
}
/** Removes `dir` and its parents up to and including `top` while they are empty. */
function removeEmptyDirs(dir, top) {
    for (let d = dir;; d = node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d)) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(d);
        }
        catch {
            return; // not empty (someone else wrote there) or already gone
        }
        if (d === top || node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(d) === d)
            return;
    }
}
/** The files that may hold object `hash`, in lookup order (repo store, then the user-wide one). */
function objectCandidates(hash, settings) {
    if (!HEX64.test(hash))
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`invalid hash: ${hash}`);
    const sha256 = hash.toLowerCase();
    return { sha256, files: candidateRoots('objects', settings).map((root) => objectPath(root, sha256)) };
}
function isMissing(err) {
    const code = err.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/** Reads a stored object from the first candidate root that has it. */
async function readLocalObject(hash, settings) {
    const { sha256, files } = objectCandidates(hash, settings);
    for (const file of files) {
        try {
            return { sha256, path: file, bytes: await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(file) };
        }
        catch (err) {
            if (!isMissing(err))
                throw err;
        }
    }
    throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`object not found: ${sha256}`);
}
/**
 * `readLocalObject` with synchronous reads, for a one-shot command that reads one object and has nothing to
 * overlap with it (`share`): no thread-pool start-up and round trips.
 */
function readLocalObjectSync(hash, settings) {
    const { sha256, files } = objectCandidates(hash, settings);
    for (const file of files) {
        try {
            return { sha256, path: file, bytes: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file) };
        }
        catch (err) {
            if (!isMissing(err))
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
/* harmony export */   kc: () => (/* reexport safe */ _parse__WEBPACK_IMPORTED_MODULE_2__.kc),
/* harmony export */   um: () => (/* reexport safe */ _remote__WEBPACK_IMPORTED_MODULE_3__.um)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2524);
/* harmony import */ var _encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _parse__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7778);
/* harmony import */ var _remote__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(819);
// Source URIs (hail-and-store.md section 7).






/***/ })

};
;