"use strict";
exports.id = 2954;
exports.ids = [2954];
exports.modules = {

/***/ 573:
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
            [webPr, webBase] = [(await Promise.all(/* import() */[__webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(6411)]).then(__webpack_require__.bind(__webpack_require__, 8792))).linkPr(link, remote, base, data.headSha), base];
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
            const { rangePr } = await Promise.all(/* import() */[__webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(6411)]).then(__webpack_require__.bind(__webpack_require__, 8792));
            [webPr, webBase] = [await rangePr(git, opts.remote, opts.head, base, head), base];
        }
    }
    if (webPr !== undefined) {
        const reviewId = id ?? `commit-${webPr.head_sha.slice(0, 12)}`;
        const ledgerPrefixes = [refs.LEDGER_REF_PREFIX, remoteLedgerPrefix(webPr.remote)];
        const [open, json] = [opts.open, opts.json === true || opts.format === 'json'];
        // The bundle writer and the local server load only with --web: a printed review does not pay for them.
        const { writeReviewBundleAndOpen } = await Promise.all(/* import() */[__webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(6411)]).then(__webpack_require__.bind(__webpack_require__, 8792));
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


/***/ })

};
;