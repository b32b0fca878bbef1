"use strict";
exports.id = 648;
exports.ids = [648];
exports.modules = {

/***/ 7648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reviewCommand: () => (/* binding */ reviewCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./core/errors.ts
var errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/ledger/repo.ts
var repo = __webpack_require__(6790);
// EXTERNAL MODULE: ./core/ledger/refs.ts
var refs = __webpack_require__(9608);
// EXTERNAL MODULE: ./core/uri/remote.ts
var uri_remote = __webpack_require__(819);
// EXTERNAL MODULE: ./core/review/ids.ts
var ids = __webpack_require__(4031);
// EXTERNAL MODULE: ./core/review/markdown.ts
var markdown = __webpack_require__(764);
// EXTERNAL MODULE: ./core/review/range.ts
var range = __webpack_require__(7688);
// EXTERNAL MODULE: ./core/review/discover.ts
var discover = __webpack_require__(642);
// EXTERNAL MODULE: ./core/review/qa.ts
var qa = __webpack_require__(1819);
// EXTERNAL MODULE: ./core/review/render.ts
var render = __webpack_require__(2653);
// EXTERNAL MODULE: ./core/review/build.ts
var build = __webpack_require__(4349);
// EXTERNAL MODULE: ./core/review/git.ts
var review_git = __webpack_require__(1237);
;// CONCATENATED MODULE: ./core/review/index.ts
// Session review: discovery, digest and comment rendering (ci-automation.md §6–§9).









// EXTERNAL MODULE: ./core/review/ledger-read.ts
var ledger_read = __webpack_require__(3549);
;// CONCATENATED MODULE: ./core/review/local.ts
// `opensession review` without any API (git-native.md §14.2 steps 2–5): parse a PR/MR link, find the matching
// remote, fetch the head and ledgers, and resolve base/head; or take a plain commit range.






const FORMAT_HELP = 'invalid PR URL format: expected https://<host>/<owner>/<repo>/pull/<number> or https://<host>/<group>/<project>/-/merge_requests/<number>';
/** §14.2 step 2. */
function parseChangeLink(raw) {
    let u;
    try {
        u = new URL(raw.trim());
    }
    catch {
        throw new errors/* OpenSessionError */.RL(`invalid PR URL: \`${raw}\``);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new errors/* OpenSessionError */.RL(`invalid PR URL: \`${raw}\``);
    if (u.host === '')
        throw new errors/* OpenSessionError */.RL('PR URL must include a host');
    const segs = u.pathname
        .split('/')
        .filter((s) => s !== '')
        .map((s) => decodeURIComponent(s));
    let project;
    let kind;
    let num;
    const dash = segs.indexOf('-');
    if (dash >= 1 && segs[dash + 1] === 'merge_requests' && segs[dash + 2] !== undefined) {
        project = segs.slice(0, dash).join('/');
        kind = 'mr';
        num = segs[dash + 2];
    }
    else if (segs.length >= 4 && segs[2] === 'pull') {
        project = `${segs[0]}/${segs[1]}`;
        kind = 'pr';
        num = segs[3];
    }
    if (project === undefined || kind === undefined || num === undefined)
        throw new errors/* OpenSessionError */.RL(FORMAT_HELP);
    if (!/^[0-9]+$/.test(num) || Number(num) <= 0 || !Number.isSafeInteger(Number(num))) {
        throw new errors/* OpenSessionError */.RL(`invalid PR number \`${num}\``);
    }
    return {
        url: raw.trim(),
        host: u.host,
        project,
        kind,
        number: Number(num),
        repoUrl: `${u.protocol}//${u.host}/${project}`,
    };
}
/** §14.2 step 3: the remote whose URL has the link's host and project (case-insensitive); `origin` preferred. */
async function findMatchingRemote(git, link) {
    const names = (await git.run(['remote'])).stdout
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s !== '');
    const matches = [];
    const host = link.host.toLowerCase().replace(/:\d+$/, '');
    for (const name of names) {
        const url = (await git.run(['remote', 'get-url', name])).stdout.trim();
        const hp = (0,uri_remote/* remoteHostAndPath */.py)((0,uri_remote/* stripUrlCredentials */.um)(url));
        if (hp === undefined)
            continue;
        if (hp.host.toLowerCase() === host && (0,uri_remote/* cleanRemotePath */.P0)(hp.path).toLowerCase() === link.project.toLowerCase())
            matches.push(name);
    }
    if (matches.includes('origin'))
        return 'origin';
    if (matches.length > 0)
        return matches[0];
    throw new errors/* GuidedError */.FQ(`no git remote matches \`${link.host}/${link.project}\``, [
        `add one: \`git remote add upstream https://${link.host}/${link.project}.git\``,
    ]);
}
/** Where `fetchForReview` keeps the ledger refs of `remote`. */
function remoteLedgerPrefix(remote) {
    return `refs/remotes/${remote}/opensession/branches/`;
}
/** §14.2 step 4. Returns warnings to print. */
async function fetchForReview(git, remote, link) {
    const warnings = [];
    const src = (0,ids/* changeHeadSource */.g_)(link.kind, link.number);
    await git.run(['fetch', remote, `+${src}:${(0,ids/* reviewHeadRef */.gp)(link.kind, link.number)}`]);
    const r = await git.run(['fetch', remote, `+${refs/* LEDGER_REF_PREFIX */.LO}*:${remoteLedgerPrefix(remote)}*`]);
    if (r.code !== 0)
        warnings.push(`[opensession] Warning: could not fetch ledger refs from ${remote}: ${(0,review_git/* firstLine */.T)(r.stderr)}`);
    await git.run(['fetch', '--no-prune', remote]);
    return warnings;
}
/** §14.2 step 5: head, default branch, base = merge-base(default, head). */
async function resolveLinkRange(git, remote, link) {
    const ref = (0,ids/* reviewHeadRef */.gp)(link.kind, link.number);
    const head = await (0,ledger_read/* resolveCommit */.WL)(git, ref);
    if (head === undefined) {
        throw new errors/* OpenSessionError */.RL(`PR head ref \`${ref}\` is not available. Retry without --no-fetch or check permissions.`);
    }
    let defaultRef;
    const sym = await git.run(['symbolic-ref', '--quiet', `refs/remotes/${remote}/HEAD`]);
    if (sym.code === 0 && sym.stdout.trim() !== '')
        defaultRef = sym.stdout.trim();
    else if ((await (0,ledger_read/* resolveCommit */.WL)(git, `refs/remotes/${remote}/main`)) !== undefined)
        defaultRef = `refs/remotes/${remote}/main`;
    else if ((await (0,ledger_read/* resolveCommit */.WL)(git, `refs/remotes/${remote}/master`)) !== undefined)
        defaultRef = `refs/remotes/${remote}/master`;
    if (defaultRef === undefined) {
        throw new errors/* OpenSessionError */.RL(`unable to resolve default branch for remote \`${remote}\` (missing refs/remotes/${remote}/HEAD)`);
    }
    const mb = await git.run(['merge-base', defaultRef, head]);
    const base = mb.code === 0 && mb.stdout.trim() !== '' ? mb.stdout.trim() : undefined;
    // The head branch is not in the link; a remote branch whose tip is the head names the ledger to prefer.
    const pts = await git.run(['for-each-ref', '--format=%(refname)', '--points-at', head, `refs/remotes/${remote}/`]);
    const prefix = `refs/remotes/${remote}/`;
    const branch = pts.stdout
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s.startsWith(prefix) && s !== `${prefix}HEAD` && !s.startsWith(remoteLedgerPrefix(remote)))
        .map((s) => s.slice(prefix.length))[0];
    return { head, base, headBranch: branch };
}

// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
;// CONCATENATED MODULE: ./cli/commands/review.ts
// `opensession review <pr_or_mr_url> | --head <rev> [--base <rev>]`: renders the session review comment locally,
// exactly as CI would post it, without any API (git-native.md §14, ci-automation.md §9).










function isLoopbackHost(host) {
    const h = host.toLowerCase();
    return h === 'localhost' || h.startsWith('127.') || h === '[::1]' || h === '::1';
}
/** Target of a plain range: platform and links from the remote URL (none for local or loopback remotes). */
async function rangeTarget(git, remote, webBaseUrl) {
    const url = (await git.run(['remote', 'get-url', remote])).stdout.trim();
    const hp = url === '' ? undefined : (0,uri_remote/* remoteHostAndPath */.py)((0,uri_remote/* stripUrlCredentials */.um)(url));
    if (hp === undefined || isLoopbackHost(hp.host)) {
        return { platform: 'github', repo: external_node_path_.basename(git.cwd), webBaseUrl };
    }
    const project = (0,uri_remote/* cleanRemotePath */.P0)(hp.path);
    const platform = hp.host.toLowerCase().includes('gitlab') ? 'gitlab' : 'github';
    return { platform, repo: project, repoUrl: `https://${hp.host}/${project}`, webBaseUrl };
}
async function currentBranch(git) {
    const r = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : undefined;
}
function jsonShape(data, body, id) {
    return {
        base_sha: data.baseSha ?? null,
        body,
        comment_chars: body.length,
        commit_count: data.range.commits.length,
        head_sha: data.headSha,
        ledger_found: data.discovery.ledgerFound,
        ledger_ref: data.discovery.ledgerRef,
        qa: data.qa.map((p) => ({
            answer: p.answer ?? null,
            commit: p.commit ?? null,
            question: p.question,
            session_id: p.sessionId,
        })),
        review_id: id ?? null,
        session_count: data.discovery.sessions.length,
        sessions: data.discovery.sessions.map((s) => ({
            commits: s.commits,
            files_changed: s.filesChanged,
            hail_path: s.hailPath,
            ledger_ref: s.ledgerRef,
            meta_path: s.metaPath,
            session_id: s.sessionId,
            title: s.title,
            tool: s.tool,
        })),
    };
}
function reviewCommand(ctx) {
    return new esm/* Command */.uB('review')
        .description('Render the session review comment for a PR/MR link or a commit range, locally')
        .argument('[pr_or_mr_url]', 'https://<host>/<owner>/<repo>/pull/<n> or https://<host>/<project>/-/merge_requests/<n>')
        .option('--repo <path>', 'repository path (default: the working directory)')
        .option('--no-fetch', 'do not fetch the PR/MR head or ledger refs')
        .option('--no-open', 'do not open a browser (the comment is printed)')
        .option('--base <rev>', 'base of a local commit range')
        .option('--head <rev>', 'head of a local commit range (instead of a PR/MR link)')
        .option('--branch <name>', 'head branch whose ledger is preferred (default: --head when it names a branch, else the current branch)')
        .option('--remote <name>', 'remote for links of a local range', 'origin')
        .addOption(new esm/* Option */.c$('--format <format>', 'output format').choices(['markdown', 'json']))
        .option('--json', 'same as --format json')
        .option('--web-base-url <url>', 'base URL of web links (empty disables them)', 'https://opensession.io')
        .action(async (target, opts) => {
        const start = opts.repo !== undefined ? external_node_path_.resolve(ctx.cwd, opts.repo) : ctx.cwd;
        const root = (0,repo.findRepoRoot)(start);
        if (root === undefined) {
            throw new errors/* OpenSessionError */.RL(opts.repo !== undefined
                ? `\`${opts.repo}\` is not inside a git repository`
                : 'current directory is not inside a git repository');
        }
        if (target === undefined && opts.head === undefined) {
            throw new errors/* UsageError */.eb('pass a PR/MR URL or --head <rev> [--base <rev>]');
        }
        if (target !== undefined && (opts.head !== undefined || opts.base !== undefined)) {
            throw new errors/* UsageError */.eb('pass either a PR/MR URL or --base/--head, not both');
        }
        const git = (0,review_git/* createGitRunner */.h)(root, ctx.env);
        let data;
        let reviewTarget;
        let id;
        if (target !== undefined) {
            const link = parseChangeLink(target);
            const remote = await findMatchingRemote(git, link);
            if (opts.fetch)
                for (const w of await fetchForReview(git, remote, link))
                    ctx.stderr(w + '\n');
            const { head, base, headBranch } = await resolveLinkRange(git, remote, link);
            const platform = link.kind === 'pr' ? 'github' : 'gitlab';
            let H = (0,refs/* ledgerRef */.DH)(headBranch ?? 'detached');
            if ((await (0,ledger_read/* resolveCommit */.WL)(git, H)) === undefined && headBranch !== undefined) {
                H = `${remoteLedgerPrefix(remote)}${(0,refs/* ledgerToken */.h_)(headBranch)}`;
            }
            data = await (0,build/* buildReviewData */.l)(git, {
                base,
                head,
                headLedgerRef: H,
                ledgerPrefixes: [refs/* LEDGER_REF_PREFIX */.LO, remoteLedgerPrefix(remote)],
            });
            reviewTarget = {
                platform,
                repo: link.project,
                repoUrl: link.repoUrl,
                number: link.number,
                webBaseUrl: opts.webBaseUrl,
            };
            id = (0,ids/* reviewId */.AR)(platform, link.project, link.number, data.headSha);
        }
        else {
            const head = await (0,ledger_read/* resolveCommit */.WL)(git, opts.head);
            if (head === undefined)
                throw new errors/* OpenSessionError */.RL(`unknown revision \`${opts.head}\``);
            let base;
            if (opts.base !== undefined) {
                base = await (0,ledger_read/* resolveCommit */.WL)(git, opts.base);
                if (base === undefined)
                    throw new errors/* OpenSessionError */.RL(`unknown revision \`${opts.base}\``);
            }
            let branch = opts.branch;
            if (branch === undefined && (await (0,ledger_read/* resolveCommit */.WL)(git, `refs/heads/${opts.head}`)) !== undefined)
                branch = opts.head;
            if (branch === undefined)
                branch = await currentBranch(git);
            data = await (0,build/* buildReviewData */.l)(git, {
                base,
                head,
                headLedgerRef: (0,refs/* ledgerRef */.DH)(branch ?? 'detached'),
                ledgerPrefixes: [refs/* LEDGER_REF_PREFIX */.LO, remoteLedgerPrefix(opts.remote)],
            });
            reviewTarget = await rangeTarget(git, opts.remote, opts.webBaseUrl);
        }
        const body = (0,render/* renderComment */.wQ)({
            mode: 'update',
            target: reviewTarget,
            reviewId: id,
            updatedAt: ctx.now().toISOString(),
            baseSha: data.baseSha,
            headSha: data.headSha,
            range: data.range,
            discovery: data.discovery,
            qa: data.qa,
            artifact: { persistent: false, attempted: false, published: false },
        });
        const format = opts.json === true ? 'json' : (opts.format ?? 'markdown');
        if (format === 'json')
            (0,output/* writeJson */.GF)(ctx, jsonShape(data, body, id));
        else
            ctx.stdout(body);
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

/***/ 4344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* binding */ toHailJsonl),
/* harmony export */   S4: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_1__.S4),
/* harmony export */   _: () => (/* binding */ canonicalizeBytes),
/* harmony export */   dR: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_1__.dR),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   yO: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_1__.yO)
/* harmony export */ });
/* unused harmony exports canonicalize, toWholeSessionJson */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9437);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(393);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4632);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2524);
// HAIL JSONL writer, canonical bytes and hash (hail-and-store.md sections 4.3, 4.4).






/** Joins lines into one string, in 256 KiB chunks (fewer, larger joins than one per line). */
class StringLineSink {
    chunks = [];
    buf = [];
    size = 0;
    push(line) {
        this.buf.push(line);
        this.size += line.length;
        if (this.size >= 262144)
            this.flush();
    }
    flush() {
        if (this.buf.length === 0)
            return;
        this.buf.push('');
        this.chunks.push(this.buf.join('\n'));
        this.buf = [];
        this.size = 0;
    }
    finish() {
        this.flush();
        return this.chunks.length === 1 ? this.chunks[0] : this.chunks.join('');
    }
}
/** Encodes lines straight into UTF-8 buffers: one pass, no intermediate UTF-16 string of the whole file. */
class ByteLineSink {
    static CHUNK = 1 << 20;
    chunks = [];
    cur = Buffer.allocUnsafe(ByteLineSink.CHUNK);
    off = 0;
    push(line) {
        const max = line.length * 3 + 1; // UTF-8 needs at most 3 bytes per UTF-16 unit
        if (this.off + max > this.cur.length) {
            this.chunks.push(this.cur.subarray(0, this.off));
            this.cur = Buffer.allocUnsafe(Math.max(ByteLineSink.CHUNK, max));
            this.off = 0;
        }
        this.off += this.cur.write(line, this.off);
        this.cur[this.off++] = 0x0a;
    }
    finish() {
        this.chunks.push(this.cur.subarray(0, this.off));
        return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    }
}
/** Header line, event lines, stats line; compact JSON, LF after every line (section 4.3). */
function toHailJsonl(session) {
    const sink = new StringLineSink();
    sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeHeaderLine */ .S4)(session));
    for (const e of session.events)
        sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeEvent */ .r9)(e, true));
    sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeStats */ .Mm)(session.stats, true));
    return sink.finish();
}
/**
 * Canonical HAIL text of any HAIL input: toHailJsonl(withRecomputedStats(parseHail(text))), with
 * the same errors. Streams line by line (each event is encoded as soon as it is read) instead of
 * materialising the session: the output is identical, and short-lived event objects keep GC cheap.
 */
function canonicalize(text) {
    return canonicalizeInto(text, new StringLineSink());
}
/** The canonical bytes (UTF-8) of any HAIL input; what `register` hashes and stores. */
function canonicalizeBytes(text) {
    return canonicalizeInto(text, new ByteLineSink());
}
function canonicalizeInto(text, sink) {
    const acc = new _stats__WEBPACK_IMPORTED_MODULE_4__/* .StatsAccumulator */ .qX();
    let headerSeen = false;
    (0,_reader__WEBPACK_IMPORTED_MODULE_3__/* .forEachHailLine */ .Vs)(text, (line, lineNo) => {
        const parsed = (0,_reader__WEBPACK_IMPORTED_MODULE_3__/* .parseHailLine */ .e6)(line, lineNo);
        if (!headerSeen) {
            if (parsed.kind !== 'header') {
                throw new _reader__WEBPACK_IMPORTED_MODULE_3__/* .HailParseError */ .cJ(`Unexpected line type at line ${lineNo}: expected header`, lineNo);
            }
            sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeHeaderLine */ .S4)(parsed.header));
            headerSeen = true;
            return;
        }
        if (parsed.kind === 'event') {
            sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeReaderEventLine */ .SJ)(parsed.event));
            acc.add(parsed.event);
        }
        else if (parsed.kind === 'header') {
            throw new _reader__WEBPACK_IMPORTED_MODULE_3__/* .HailParseError */ .cJ(`Unexpected line type at line ${lineNo}: duplicate header`, lineNo);
        }
        // an input stats line is validated by parseHailLine and otherwise discarded: stats are recomputed
    });
    if (!headerSeen)
        throw new _reader__WEBPACK_IMPORTED_MODULE_3__/* .HailParseError */ .cJ('Missing header line', undefined);
    sink.push((0,_encode__WEBPACK_IMPORTED_MODULE_1__/* .encodeStats */ .Mm)(acc.result(), true));
    return sink.finish();
}
/** sha256 hex of a string's UTF-8 bytes (or of raw bytes). */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** Whole-session JSON text (2.9): compact, or pretty with `indent` spaces. */
function toWholeSessionJson(session, indent = 0) {
    return stringifyOrdered(toWholeSessionObject(session), indent);
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
/* unused harmony exports findRepoRoot, createFileAtomically */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
/* harmony import */ var _hail_writer__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4344);
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
/**
 * Stores canonical bytes under their sha256 (never overwrites) in the write root: the repo store inside
 * a repo, else the global store.
 */
async function storeLocalObject(bytes, settings) {
    const sha256 = (0,_hail_writer__WEBPACK_IMPORTED_MODULE_4__/* .sha256Hex */ .fg)(bytes);
    const { repoStore, globalStore } = rootsFor('objects', settings);
    const root = repoStore ?? globalStore;
    if (!root)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL('could not determine home directory');
    if (root === repoStore)
        await ensureRepoGitignore(root);
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


/***/ })

};
;