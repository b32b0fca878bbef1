exports.id = 8237;
exports.ids = [8237,573];
exports.modules = {

/***/ 2673:
/***/ ((module) => {

module.exports=n=>{if(!n)return[];if(typeof n!="string"||n.match(/^\s+$/))return[];const s=n.split(`
`);if(s.length===0)return[];const a=[];let o=null,d=null,u=0,m=0,l=null;const g=e=>{d?.changes.push({type:"normal",normal:!0,ln1:u++,ln2:m++,content:e}),l.oldLines--,l.newLines--},p=e=>{const[t,r]=parseFiles(e)??[];o={chunks:[],deletions:0,additions:0,from:t,to:r},a.push(o)},i=()=>{(!o||o.chunks.length)&&p()},$=(e,t)=>{i(),o.new=!0,o.newMode=t[1],o.from="/dev/null"},N=(e,t)=>{i(),o.deleted=!0,o.oldMode=t[1],o.to="/dev/null"},x=(e,t)=>{i(),o.oldMode=t[1]},F=(e,t)=>{i(),o.newMode=t[1]},S=(e,t)=>{i(),o.index=e.split(" ").slice(1),t[1]&&(o.oldMode=o.newMode=t[1].trim())},k=e=>{i(),o.from=parseOldOrNewFile(e)},y=e=>{i(),o.to=parseOldOrNewFile(e)},f=e=>+(e||1),M=(e,t)=>{o||p(e);const[r,c,w,L]=t.slice(1);u=+r,m=+w,d={content:e,changes:[],oldStart:+r,oldLines:f(c),newStart:+w,newLines:f(L)},l={oldLines:f(c),newLines:f(L)},o.chunks.push(d)},R=e=>{d&&(d.changes.push({type:"del",del:!0,ln:u++,content:e}),o.deletions++,l.oldLines--)},b=e=>{d&&(d.changes.push({type:"add",add:!0,ln:m++,content:e}),o.additions++,l.newLines--)},h=e=>{if(!d)return;const[t]=d.changes.slice(-1);d.changes.push({type:t.type,[t.type]:!0,ln1:t.ln1,ln2:t.ln2,ln:t.ln,content:e})},_=[[/^diff\s/,p],[/^new file mode (\d+)$/,$],[/^deleted file mode (\d+)$/,N],[/^old mode (\d+)$/,x],[/^new mode (\d+)$/,F],[/^index\s[\da-zA-Z]+\.\.[\da-zA-Z]+(\s(\d+))?$/,S],[/^---\s/,k],[/^\+\+\+\s/,y],[/^@@\s+-(\d+),?(\d+)?\s+\+(\d+),?(\d+)?\s@@/,M],[/^\\ No newline at end of file$/,h]],v=[[/^\\ No newline at end of file$/,h],[/^-/,R],[/^\+/,b],[/^\s*/,g]],C=e=>{for(const[t,r]of v){const c=e.match(t);if(c){r(e,c);break}}l.oldLines===0&&l.newLines===0&&(l=null)},H=e=>{for(const[t,r]of _){const c=e.match(t);if(c){r(e,c);break}}},O=e=>{l?C(e):H(e)};for(const e of s)O(e);return a};const fileNameDiffRegex=/(a|i|w|c|o|1|2)\/.*(?=["']? ["']?(b|i|w|c|o|1|2)\/)|(b|i|w|c|o|1|2)\/.*$/g,gitFileHeaderRegex=/^(a|b|i|w|c|o|1|2)\//,parseFiles=n=>n?.match(fileNameDiffRegex)?.map(a=>a.replace(gitFileHeaderRegex,"").replace(/("|')$/,"")),qoutedFileNameRegex=/^\\?['"]|\\?['"]$/g,parseOldOrNewFile=n=>{let s=leftTrimChars(n,"-+").trim();return s=removeTimeStamp(s),s.replace(qoutedFileNameRegex,"").replace(gitFileHeaderRegex,"")},leftTrimChars=(n,s)=>{if(n=makeString(n),!s&&String.prototype.trimLeft)return n.trimLeft();const a=formTrimmingString(s);return n.replace(new RegExp(`^${a}+`),"")},timeStampRegex=/\t.*|\d{4}-\d\d-\d\d\s\d\d:\d\d:\d\d(.\d+)?\s(\+|-)\d\d\d\d/,removeTimeStamp=n=>{const s=timeStampRegex.exec(n);return s&&(n=n.substring(0,s.index).trim()),n},formTrimmingString=n=>n==null?"\\s":n instanceof RegExp?n.source:`[${makeString(n).replace(/([.*+?^=!:${}()|[\]/\\])/g,"\\$1")}]`,makeString=n=>`${n??""}`;


/***/ }),

/***/ 573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
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
// EXTERNAL MODULE: ./core/review/index.ts
var review = __webpack_require__(649);
// EXTERNAL MODULE: ./core/review/git-batch.ts
var git_batch = __webpack_require__(4804);
// EXTERNAL MODULE: ./core/review/ledger-read.ts
var ledger_read = __webpack_require__(3549);
// EXTERNAL MODULE: ./core/review/git.ts
var review_git = __webpack_require__(1237);
// EXTERNAL MODULE: ./core/review/ids.ts
var ids = __webpack_require__(4031);
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
    const r = await git.run(['fetch', remote, `+${refs.LEDGER_REF_PREFIX}*:${remoteLedgerPrefix(remote)}*`]);
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











function unknownRevision(rev) {
    return new errors/* GuidedError */.FQ(`unknown revision \`${rev}\``, [
        `check the name: \`git rev-parse --verify ${rev}\``,
        'fetch it first if it lives on a remote: `git fetch <remote> <branch>`',
    ]);
}
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
/** The commits `revs` name, in one read; undefined for unknown revisions and for undefined entries. */
async function resolveCommits(reader, revs) {
    const spec = (rev) => `${rev}^{commit}`;
    const objects = await reader.read(revs.filter((r) => r !== undefined).map(spec));
    return revs.map((r) => {
        const o = r === undefined ? undefined : objects.get(spec(r));
        return o?.type === 'commit' ? o.oid : undefined;
    });
}
async function currentBranch(git) {
    const r = await git.run(['symbolic-ref', '--quiet', '--short', 'HEAD']);
    return r.code === 0 && r.stdout.trim() !== '' ? r.stdout.trim() : undefined;
}
function sessionDetailJson(data, id) {
    const d = data.details.get(id);
    if (d === undefined)
        return null;
    const share = data.agentShare.sessions.get(id);
    const cmd = (c) => ({
        command: c.command,
        exit_code: c.exitCode ?? null,
        failed: c.failed,
    });
    return {
        agent: d.tool,
        duration_seconds: d.durationSeconds,
        failed_commands: d.failedCommands.map(cmd),
        first_prompt: d.firstPrompt,
        later_prompts: d.laterPrompts,
        model: d.model,
        pr_files: (share?.files ?? []).map((f) => ({ path: f.path, traced_lines: f.tracedLines })),
        started_at: d.startedAt,
        test_commands: d.testCommands.map(cmd),
        tokens_in: d.tokensIn,
        tokens_out: d.tokensOut,
        traced_lines: share?.tracedLines ?? 0,
    };
}
function jsonShape(data, body, id) {
    return {
        agent_share: {
            added_lines: data.agentShare.added,
            percent: data.agentShare.percent,
            traced_lines: data.agentShare.traced,
        },
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
            detail: sessionDetailJson(data, s.sessionId),
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
/** The review of a PR/MR link or a local range, printed (or written as a web bundle with `--web`). */
async function runReview(ctx, git, reader, root, target, opts) {
    let data;
    let reviewTarget;
    let id;
    let webPr; // --web: the bundle's `pr` (git-native.md §14.4)
    let webBase;
    if (target !== undefined) {
        const link = parseChangeLink(target);
        const remote = await findMatchingRemote(git, link);
        if (opts.fetch)
            for (const w of await fetchForReview(git, remote, link))
                ctx.stderr(w + '\n');
        const { head, base, headBranch } = await resolveLinkRange(git, remote, link);
        const platform = link.kind === 'pr' ? 'github' : 'gitlab';
        let H = (0,refs.ledgerRef)(headBranch ?? 'detached');
        if ((await (0,ledger_read/* resolveCommit */.WL)(git, H)) === undefined && headBranch !== undefined) {
            H = `${remoteLedgerPrefix(remote)}${(0,refs.ledgerToken)(headBranch)}`;
        }
        data = await (0,review/* buildReviewData */.l9)(git, {
            base,
            head,
            headLedgerRef: H,
            ledgerPrefixes: [refs.LEDGER_REF_PREFIX, remoteLedgerPrefix(remote)],
            reader,
        });
        reviewTarget = {
            platform,
            repo: link.project,
            repoUrl: link.repoUrl,
            number: link.number,
            webBaseUrl: opts.webBaseUrl,
        };
        id = (0,review/* reviewId */.AR)(platform, link.project, link.number, data.headSha);
        if (opts.web === true)
            [webPr, webBase] = [(await __webpack_require__.e(/* import() */ 6411).then(__webpack_require__.bind(__webpack_require__, 8792))).linkPr(link, remote, base, data.headSha), base];
    }
    else {
        // The remote's URL is independent of the rest: ask for it now, side by side with the reads below.
        const targetP = rangeTarget(git, opts.remote, opts.webBaseUrl);
        targetP.catch(() => undefined); // awaited below; an early error must not leave it unhandled
        const [head, base, branchHead] = await resolveCommits(reader, [
            opts.head,
            opts.base,
            opts.branch === undefined ? `refs/heads/${opts.head}` : undefined,
        ]);
        if (head === undefined)
            throw unknownRevision(opts.head);
        if (opts.base !== undefined && base === undefined)
            throw unknownRevision(opts.base);
        let branch = opts.branch;
        if (branch === undefined && branchHead !== undefined)
            branch = opts.head;
        if (branch === undefined)
            branch = await currentBranch(git);
        data = await (0,review/* buildReviewData */.l9)(git, {
            base,
            head,
            headLedgerRef: (0,refs.ledgerRef)(branch ?? 'detached'),
            ledgerPrefixes: [refs.LEDGER_REF_PREFIX, remoteLedgerPrefix(opts.remote)],
            reader,
        });
        reviewTarget = await targetP;
        if (opts.web === true) {
            const { rangePr } = await __webpack_require__.e(/* import() */ 6411).then(__webpack_require__.bind(__webpack_require__, 8792));
            [webPr, webBase] = [await rangePr(git, opts.remote, opts.head, base, head), base];
        }
    }
    if (webPr !== undefined) {
        const reviewId = id ?? `commit-${webPr.head_sha.slice(0, 12)}`;
        const ledgerPrefixes = [refs.LEDGER_REF_PREFIX, remoteLedgerPrefix(webPr.remote)];
        const [open, json] = [opts.open, opts.json === true || opts.format === 'json'];
        // The bundle writer and the local server load only with --web: a printed review does not pay for them.
        const { writeReviewBundleAndOpen } = await __webpack_require__.e(/* import() */ 6411).then(__webpack_require__.bind(__webpack_require__, 8792));
        await writeReviewBundleAndOpen(ctx, git, {
            root,
            reviewId,
            pr: webPr,
            base: webBase,
            head: webPr.head_sha,
            ledgerPrefixes,
            open,
            json,
        });
        return;
    }
    const body = (0,review/* renderComment */.wQ)({
        mode: 'update',
        target: reviewTarget,
        reviewId: id,
        updatedAt: ctx.now().toISOString(),
        baseSha: data.baseSha,
        headSha: data.headSha,
        range: data.range,
        discovery: data.discovery,
        qa: data.qa,
        details: data.details,
        agentShare: data.agentShare,
        artifact: { persistent: false, attempted: false, published: false },
    });
    const format = opts.json === true ? 'json' : (opts.format ?? 'markdown');
    if (format === 'json')
        (0,output/* writeJson */.GF)(ctx, jsonShape(data, body, id));
    else
        ctx.stdout(body);
}
function reviewCommand(ctx) {
    return new esm/* Command */.uB('review')
        .description('render the session review comment for a PR/MR link or a commit range, locally')
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
        .option('--web', 'write the local review bundle and open it through `opensession serve` (--no-open prints the URL)')
        .action(async (target, opts) => {
        const start = opts.repo !== undefined ? external_node_path_.resolve(ctx.cwd, opts.repo) : ctx.cwd;
        const root = (0,repo.findRepoRoot)(start);
        if (root === undefined) {
            throw new errors/* GuidedError */.FQ(opts.repo !== undefined
                ? `\`${opts.repo}\` is not inside a git repository`
                : 'current directory is not inside a git repository', ['run it inside the repository of the pull/merge request, or point at it with `--repo <path>`']);
        }
        if (target === undefined && opts.head === undefined) {
            throw new errors/* UsageError */.eb('pass a PR/MR URL or --head <rev> [--base <rev>]');
        }
        if (target !== undefined && (opts.head !== undefined || opts.base !== undefined)) {
            throw new errors/* UsageError */.eb('pass either a PR/MR URL or --base/--head, not both');
        }
        const git = (0,review/* createGitRunner */.ho)(root, ctx.env);
        const reader = (0,git_batch/* openObjectReader */.TL)(git);
        try {
            await runReview(ctx, git, reader, root, target, opts);
        }
        finally {
            reader.close();
        }
    });
}


/***/ }),

/***/ 5338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
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

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
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

/***/ 1456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ percentEncodeSegment),
/* harmony export */   E9: () => (/* binding */ base64UrlDecodeStrict),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   Se: () => (/* binding */ base64UrlEncodeString),
/* harmony export */   YZ: () => (/* binding */ percentDecode),
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   tS: () => (/* binding */ base64UrlDecodeBytesStrict)
/* harmony export */ });
/* unused harmony export base64UrlEncode */
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2524);
// Encodings used by source URIs (hail-and-store.md 7.2) and ledger ref names (git-native.md 2.2).

const UTF8_ENCODER = new TextEncoder();
// ignoreBOM: keep a leading U+FEFF in the output (the default decoder silently drops it).
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const HEX = '0123456789ABCDEF';
function isUnreserved(b) {
    return ((b >= 0x30 && b <= 0x39) || // 0-9
        (b >= 0x41 && b <= 0x5a) || // A-Z
        (b >= 0x61 && b <= 0x7a) || // a-z
        b === 0x2d || // -
        b === 0x5f || // _
        b === 0x2e || // .
        b === 0x7e // ~
    );
}
/** Decodes UTF-8 bytes strictly; `undefined` when they are not valid UTF-8. A leading BOM is kept. */
function decodeUtf8Strict(bytes) {
    try {
        return UTF8_DECODER.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/**
 * Percent-encodes every UTF-8 byte of `s` except ASCII letters, digits and `-_.~` (uppercase hex).
 * Unlike `encodeURIComponent` this also escapes `! ' ( ) *`. A lone surrogate is encoded as U+FFFD
 * (it has no UTF-8 form).
 */
function percentEncodeSegment(s) {
    const bytes = UTF8_ENCODER.encode(s);
    let out = '';
    for (const b of bytes) {
        if (isUnreserved(b))
            out += String.fromCharCode(b);
        else
            out += '%' + HEX[b >> 4] + HEX[b & 0x0f];
    }
    return out;
}
/** Splits `path` on `/`, encodes each segment with `percentEncodeSegment`, joins with `/`. */
function encodePath(path) {
    return path.split('/').map(percentEncodeSegment).join('/');
}
function hexValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x41 && c <= 0x46)
        return c - 0x41 + 10;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x61 + 10;
    return -1;
}
/**
 * Percent-decodes `s`: `%XX` (hex digits of either case) becomes byte XX; a malformed escape (`%zz`, a lone
 * or truncated `%`) stays literal; `+` stays `+`; every other character contributes its UTF-8 bytes.
 * Returns `undefined` when the resulting bytes are not valid UTF-8 (or `s` itself holds a lone surrogate).
 */
function percentDecode(s) {
    if (!s.isWellFormed())
        return undefined;
    if (s.indexOf('%') < 0)
        return s;
    const out = [];
    let i = 0;
    while (i < s.length) {
        const c = s.charCodeAt(i);
        if (c === 0x25 && i + 2 < s.length) {
            const hi = hexValue(s.charCodeAt(i + 1));
            const lo = hexValue(s.charCodeAt(i + 2));
            if (hi >= 0 && lo >= 0) {
                out.push((hi << 4) | lo);
                i += 3;
                continue;
            }
        }
        // Copy one code point (1 or 2 UTF-16 units) as UTF-8.
        const cp = s.codePointAt(i);
        const len = cp > 0xffff ? 2 : 1;
        for (const b of UTF8_ENCODER.encode(s.slice(i, i + len)))
            out.push(b);
        i += len;
    }
    return decodeUtf8Strict(Uint8Array.from(out));
}
/** base64url (RFC 4648 section 5 alphabet) without padding. */
function base64UrlEncode(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}
/** base64url without padding over the UTF-8 bytes of `s` (ledger ref tokens, `project_b64`, `remote_b64`). */
function base64UrlEncodeString(s) {
    return Buffer.from(s, 'utf8').toString('base64url');
}
const B64URL_CHARS = /^[A-Za-z0-9_-]*$/;
const B64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/**
 * Strict base64url decoding to bytes, or `undefined`: padding `=`, `+`, `/` and any other character outside
 * `A-Z a-z 0-9 - _` are rejected, as are a length ≡ 1 (mod 4) and non-zero trailing bits.
 */
function base64UrlDecodeBytesStrict(s) {
    if (!B64URL_CHARS.test(s))
        return undefined;
    const rem = s.length % 4;
    if (rem === 1)
        return undefined;
    if (rem !== 0) {
        const last = B64URL_ALPHABET.indexOf(s[s.length - 1]);
        // rem 2: 12 bits carry 8 → low 4 bits unused; rem 3: 18 bits carry 16 → low 2 bits unused.
        const unusedMask = rem === 2 ? 0x0f : 0x03;
        if ((last & unusedMask) !== 0)
            return undefined;
    }
    return new Uint8Array(Buffer.from(s, 'base64url'));
}
/**
 * Strict base64url decoding to a UTF-8 string (hail-and-store.md 7.2; git-native.md 2.2). Throws
 * `UriError` (`InvalidBase64`, `invalid base64url segment: {s}`) on any rejection, including invalid UTF-8.
 */
function base64UrlDecodeStrict(s) {
    const bytes = base64UrlDecodeBytesStrict(s);
    const text = bytes === undefined ? undefined : decodeUtf8Strict(bytes);
    if (text === undefined)
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .UriError */ .h('InvalidBase64', `invalid base64url segment: ${s}`);
    return text;
}


/***/ }),

/***/ 7778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ formatSourceUri),
/* harmony export */   Lf: () => (/* binding */ parseSourceUri),
/* harmony export */   kc: () => (/* binding */ webRoute),
/* harmony export */   x4: () => (/* binding */ isValidOwnerRepoSegment),
/* harmony export */   z3: () => (/* binding */ normalizeSourceUri)
/* harmony export */ });
/* unused harmony exports isRemoteSource, localHash, artifactHash, parseWebRoute */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2524);
// Parsing, formatting and web routes of source URIs (hail-and-store.md 7.3–7.5).



const SCHEME = 'os://';
const HEX64 = /^[0-9A-Fa-f]{64}$/;
const OWNER_REPO = /^[A-Za-z0-9._-]{1,200}$/;
const GH_SHAPE = 'os://src/gh/<owner>/<repo>/ref/<ref>/path/<path...>';
const GL_SHAPE = 'os://src/gl/<project_b64>/ref/<ref>/path/<path...>';
const GIT_SHAPE = 'os://src/git/<remote_b64>/ref/<ref>/path/<path...>';
const REF_PATH_SHAPE = '/ref/<ref>/path/<path...>';
function structure(detail) {
    return new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidStructure', `invalid uri structure: ${detail}`);
}
/** The gh owner/repo rule of 7.3 (also used by 7.6): `^[A-Za-z0-9._-]{1,200}$` and not `.` or `..`. */
function isValidOwnerRepoSegment(value) {
    return OWNER_REPO.test(value) && value !== '.' && value !== '..';
}
function parseHash(value) {
    if (!HEX64.test(value))
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidHash', `invalid sha256: ${value}`);
    return (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(value);
}
function decodeRef(enc) {
    const decoded = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentDecode */ .YZ)(enc);
    const ref = decoded === undefined ? '' : (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(decoded);
    if (ref.length === 0)
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidRefEncoding', `invalid ref encoding: ${enc}`);
    return ref;
}
/**
 * 7.3 step 5. Each segment is percent-decoded and split on `/`; every piece is trimmed and must then be
 * non-empty, not `.`/`..` and free of `\`. Trimming each piece (not only the whole segment) keeps
 * `parse(format(u)) = u`: `a%2F%20b` reads as `a/b`, and `a%2F%20..` is rejected like `a/..`.
 */
function decodePath(segs) {
    if (segs.length === 0)
        throw structure('path segment is required');
    const pieces = [];
    for (const enc of segs) {
        const decoded = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentDecode */ .YZ)(enc);
        if (decoded === undefined)
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidPathEncoding', `invalid path encoding: ${enc}`);
        for (const raw of decoded.split('/')) {
            const piece = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(raw);
            if (piece.length === 0 || piece === '.' || piece === '..' || piece.includes('\\')) {
                throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidPathEncoding', `invalid path encoding: ${enc}`);
            }
            pieces.push(piece);
        }
    }
    return pieces.join('/');
}
/** Parses an `os://` URI (hail-and-store.md 7.3). Throws `UriError` with the spec's message. */
function parseSourceUri(s) {
    if (!s.startsWith(SCHEME))
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidScheme', 'uri must start with os://');
    const rest = s.slice(SCHEME.length);
    if (rest.startsWith('artifact/')) {
        return { kind: 'artifact', sha256: parseHash(rest.slice('artifact/'.length)) };
    }
    const segs = rest.split('/').filter((p) => p.length > 0);
    if (segs.length < 2)
        throw structure('expected os://src/<provider>/...');
    if (segs[0] !== 'src')
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('UnsupportedKind', `unsupported uri kind: ${segs[0]}`);
    const provider = segs[1];
    const r = segs.slice(2);
    switch (provider) {
        case 'local':
            if (r.length !== 1)
                throw structure('local uri must be os://src/local/<sha256>');
            return { kind: 'local', sha256: parseHash(r[0]) };
        case 'gh': {
            if (r.length < 6)
                throw structure(`gh uri must be ${GH_SHAPE}`);
            if (r[2] !== 'ref' || r[4] !== 'path')
                throw structure(`gh uri must contain ${REF_PATH_SHAPE}`);
            for (const v of [r[0], r[1]]) {
                if (!isValidOwnerRepoSegment(v))
                    throw structure(`invalid owner/repo segment: ${v}`);
            }
            return { kind: 'gh', owner: r[0], repo: r[1], ref: decodeRef(r[3]), path: decodePath(r.slice(5)) };
        }
        case 'gl':
        case 'git': {
            if (r.length < 5)
                throw structure(`${provider} uri must be ${provider === 'gl' ? GL_SHAPE : GIT_SHAPE}`);
            if (r[1] !== 'ref' || r[3] !== 'path')
                throw structure(`${provider} uri must contain ${REF_PATH_SHAPE}`);
            const name = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlDecodeStrict */ .E9)(r[0]); // `invalid base64url segment: {seg}` (7.3 step 6)
            const ref = decodeRef(r[2]);
            const path = decodePath(r.slice(4));
            return provider === 'gl' ? { kind: 'gl', project: name, ref, path } : { kind: 'git', remote: name, ref, path };
        }
        default:
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('UnsupportedKind', `unsupported uri kind: ${provider}`);
    }
}
/**
 * Formats a source URI (hail-and-store.md 7.4). No validation: `parse(format(u)) = u` holds for every valid
 * value (see `normalizeSourceUri` to validate and canonicalise an arbitrary value).
 */
function formatSourceUri(u) {
    switch (u.kind) {
        case 'artifact':
            return `${SCHEME}artifact/${(0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(u.sha256)}`;
        case 'local':
            return `${SCHEME}src/local/${(0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(u.sha256)}`;
        case 'gh':
            return `${SCHEME}src/gh/${u.owner}/${u.repo}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
        case 'gl':
            return `${SCHEME}src/gl/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(u.project)}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
        case 'git':
            return `${SCHEME}src/git/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(u.remote)}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
    }
}
/**
 * `parseSourceUri(formatSourceUri(u))`: validates a value and returns its canonical form, or throws `UriError`.
 * Empty fields (which would format to an empty, dropped segment) are reported as the field's own error, in the
 * parser's order: owner/repo `invalid uri structure: invalid owner/repo segment: `, project/remote
 * `invalid base64url segment: `, ref `invalid ref encoding: `, path `invalid uri structure: path segment is required`.
 */
function normalizeSourceUri(u) {
    if (isRemoteSource(u)) {
        if (u.kind === 'gh') {
            for (const v of [u.owner, u.repo]) {
                if (!isValidOwnerRepoSegment(v))
                    throw structure(`invalid owner/repo segment: ${v}`);
            }
        }
        else if ((u.kind === 'gl' ? u.project : u.remote) === '') {
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidBase64', 'invalid base64url segment: ');
        }
        if (u.ref === '')
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidRefEncoding', 'invalid ref encoding: ');
        if (u.path.split('/').every((p) => p === ''))
            throw structure('path segment is required');
    }
    return parseSourceUri(formatSourceUri(u));
}
function isRemoteSource(u) {
    return u.kind === 'gh' || u.kind === 'gl' || u.kind === 'git';
}
/** The sha256 of an `os://src/local/…` URI, else `undefined`. */
function localHash(u) {
    return u.kind === 'local' ? asciiLower(u.sha256) : undefined;
}
/** The sha256 of an `os://artifact/…` URI, else `undefined`. */
function artifactHash(u) {
    return u.kind === 'artifact' ? asciiLower(u.sha256) : undefined;
}
/** The web route of a remote source (the formatted URI with `os://` replaced by `/`); `undefined` for local/artifact. */
function webRoute(u) {
    if (!isRemoteSource(u))
        return undefined;
    return '/' + formatSourceUri(u).slice(SCHEME.length);
}
/**
 * Reads a web route (hail-and-store.md 7.5) back to a source URI.
 *
 * - Anything from the first `?` or `#` on (query, fragment) is ignored; the route must start with `/`
 *   (else `InvalidScheme`, `web route must start with /`).
 * - The route is split on `/` and empty pieces are dropped, as in 7.3. Only `/src/gh|gl|git/...` are routes:
 *   another first piece or provider (including `local` and `artifact`) ⇒ `unsupported uri kind: {piece}`.
 * - Hand-written refs with an unencoded `/`: when the piece after the owner/repo (gh) or `*_b64` (gl/git) is
 *   `ref`, the ref is every piece between it and the first later piece equal to `path`, searched only after at
 *   least one ref piece (so a ref named `path` works); those pieces are joined with `%2F`. A `path` inside a
 *   ref can be written `%70ath`. Formatted routes have a single ref piece, so nothing changes for them.
 * - The result is then parsed exactly as `os://` + the pieces, with the errors and messages of 7.3 (which name
 *   the `os://` form).
 */
function parseWebRoute(route) {
    const cut = route.search(/[?#]/);
    const p = cut >= 0 ? route.slice(0, cut) : route;
    if (!p.startsWith('/'))
        throw new UriError('InvalidScheme', 'web route must start with /');
    let pieces = p.split('/').filter((x) => x.length > 0);
    if (pieces.length >= 2) {
        if (pieces[0] !== 'src')
            throw new UriError('UnsupportedKind', `unsupported uri kind: ${pieces[0]}`);
        const provider = pieces[1];
        if (provider !== 'gh' && provider !== 'gl' && provider !== 'git') {
            throw new UriError('UnsupportedKind', `unsupported uri kind: ${provider}`);
        }
        const refAt = provider === 'gh' ? 4 : 3;
        if (pieces[refAt] === 'ref') {
            const pathAt = pieces.indexOf('path', refAt + 2);
            if (pathAt > refAt + 2) {
                const refEnc = pieces.slice(refAt + 1, pathAt).join('%2F');
                pieces = [...pieces.slice(0, refAt + 1), refEnc, ...pieces.slice(pathAt)];
            }
        }
    }
    return parseSourceUri(SCHEME + pieces.join('/'));
}


/***/ }),

/***/ 819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ remoteUrlToSourceUri),
/* harmony export */   P0: () => (/* binding */ cleanRemotePath),
/* harmony export */   py: () => (/* binding */ remoteHostAndPath),
/* harmony export */   um: () => (/* binding */ stripUrlCredentials)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7778);
// Remote URL → source URI (hail-and-store.md 7.6; git-native.md 10.5).


/**
 * Removes credentials from a remote URL. `http://`/`https://` (scheme compared ASCII case-insensitively): the
 * whole userinfo (`user[:password]@`) is removed. Other `scheme://` URLs: only `:password` is removed. The
 * userinfo is everything up to the last `@` before the first `/` after `://`. Text without `://` (scp form
 * `user@host:path`, local paths) is returned unchanged.
 */
function stripUrlCredentials(url) {
    const sep = url.indexOf('://');
    if (sep < 0)
        return url;
    const scheme = url.slice(0, sep);
    const rest = url.slice(sep + 3);
    const slash = rest.indexOf('/');
    const authority = slash < 0 ? rest : rest.slice(0, slash);
    const tail = rest.slice(authority.length);
    const at = authority.lastIndexOf('@');
    if (at < 0)
        return url;
    const userinfo = authority.slice(0, at);
    const hostPort = authority.slice(at + 1);
    const lower = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(scheme);
    if (lower === 'http' || lower === 'https')
        return `${scheme}://${hostPort}${tail}`;
    const colon = userinfo.indexOf(':');
    if (colon < 0)
        return url;
    const user = userinfo.slice(0, colon);
    // `ssh://:secret@host` has no user left: drop the now-empty userinfo with its `@`.
    return user.length > 0 ? `${scheme}://${user}@${hostPort}${tail}` : `${scheme}://${hostPort}${tail}`;
}
/**
 * 7.6 step 1: (host, path) of a remote URL, or `undefined` when it has no host (local paths).
 * scp form: no `://`, `user@host:path` with `user`, `host` and `path` non-empty and no `/` before the `:`.
 * `scheme://` form: drop up to the last `@` before the first `/`, split at the first `/`, drop `:port`
 * (for a bracketed IPv6 host, everything after `]`).
 */
function remoteHostAndPath(url) {
    const sep = url.indexOf('://');
    if (sep < 0) {
        const colon = url.indexOf(':');
        if (colon < 0)
            return undefined;
        const before = url.slice(0, colon);
        const path = url.slice(colon + 1);
        const at = before.lastIndexOf('@');
        if (at <= 0 || before.includes('/'))
            return undefined;
        const host = before.slice(at + 1);
        if (host.length === 0 || path.length === 0)
            return undefined;
        return { host, path };
    }
    const rest = url.slice(sep + 3);
    const slash = rest.indexOf('/');
    let authority = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? '' : rest.slice(slash);
    const at = authority.lastIndexOf('@');
    if (at >= 0)
        authority = authority.slice(at + 1);
    let host;
    if (authority.startsWith('[')) {
        const close = authority.indexOf(']');
        host = close < 0 ? authority : authority.slice(0, close + 1);
    }
    else {
        const colon = authority.indexOf(':');
        host = colon < 0 ? authority : authority.slice(0, colon);
    }
    return { host, path };
}
/**
 * 7.6 step 2: the path without leading `/`s and with trailing `.git` removed repeatedly. Trailing `/`s are
 * removed too (interleaved with `.git`), so `group/repo.git/` and `group/repo/` clean to `group/repo`.
 */
function cleanRemotePath(path) {
    let p = path.replace(/^\/+/, '');
    for (;;) {
        const before = p;
        p = p.replace(/\/+$/, '');
        if (p.endsWith('.git'))
            p = p.slice(0, -4);
        if (p === before)
            return p;
    }
}
/**
 * Names a file at (remote URL, ref, path) as a source URI (hail-and-store.md 7.6). The URL is trimmed first.
 * github.com (≥ 2 segments passing the gh owner/repo rule) → gh; gitlab.com (≥ 1 segment) → gl with the
 * cleaned path as project; anything else → git with the credential-stripped URL as remote. The result is
 * validated and canonicalised through `parse(format(·))`, so an empty ref or a `..` path throws the `UriError`
 * of 7.3 and every returned value formats to a parseable URI.
 */
function remoteUrlToSourceUri(remoteUrl, ref, path) {
    const url = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(remoteUrl);
    const hp = remoteHostAndPath(url);
    if (hp !== undefined) {
        const host = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(hp.host);
        const cleaned = cleanRemotePath(hp.path);
        const segments = cleaned.split('/').filter((s) => s.length > 0);
        if (host === 'github.com' &&
            segments.length >= 2 &&
            (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwnerRepoSegment */ .x4)(segments[0]) &&
            (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwnerRepoSegment */ .x4)(segments[1])) {
            return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'gh', owner: segments[0], repo: segments[1], ref, path });
        }
        if (host === 'gitlab.com' && segments.length >= 1) {
            return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'gl', project: cleaned, ref, path });
        }
    }
    return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'git', remote: stripUrlCredentials(url), ref, path });
}


/***/ }),

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ UriError)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
// Source URI model (hail-and-store.md 7.1). `ref`, `path`, `project` and `remote` are stored decoded;
// hashes are stored lowercase.

/** A source-URI error (hail-and-store.md 7.3). `message` is the spec text; `kind` classifies it. */
class UriError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = 'UriError';
        this.kind = kind;
    }
}


/***/ })

};
;