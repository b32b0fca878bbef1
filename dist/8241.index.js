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
            const { reviewCommand } = await __webpack_require__.e(/* import() */ 5048).then(__webpack_require__.bind(__webpack_require__, 5048));
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


/***/ })

};
;