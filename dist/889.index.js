"use strict";
exports.id = 889;
exports.ids = [889,9290];
exports.modules = {

/***/ 3876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ciCommand: () => (/* binding */ ciCommand),
  flagsOf: () => (/* binding */ flagsOf),
  reported: () => (/* binding */ reported),
  runtime: () => (/* binding */ runtime)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./core/errors.ts
var errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/ledger/repo.ts
var repo = __webpack_require__(6790);
// EXTERNAL MODULE: ./core/ledger/refs.ts
var refs = __webpack_require__(9608);
;// CONCATENATED MODULE: ./core/providers/sticky.ts
function idOrder(a, b) {
    try {
        const x = BigInt(a);
        const y = BigInt(b);
        return x === y ? 0 : x > y ? -1 : 1;
    }
    catch {
        return a === b ? 0 : a > b ? -1 : 1;
    }
}
/** Newest first: `updated_at` (fallback `created_at`) descending, ties by larger id. */
function sortCandidates(list) {
    const time = (c) => {
        const t = Date.parse(c.updatedAt ?? c.createdAt ?? '');
        return Number.isFinite(t) ? t : 0;
    };
    return [...list].sort((a, b) => time(b) - time(a) || idOrder(a.id, b.id));
}
/**
 * §10.1 as amended by A10: when the token's identity cannot be read, no comment is edited or deleted — a new one
 * is created (another user's comment carrying our marker is never touched).
 */
async function upsertSticky(provider, marker, body, describeError, options = {}) {
    let identity;
    try {
        identity = await (options.identity ?? provider.identity());
    }
    catch {
        identity = undefined;
    }
    const all = await provider.listComments();
    const candidates = sortCandidates(all.filter((c) => c.body.includes(marker) && identity !== undefined && c.author === identity));
    const warnings = [];
    const deleted = [];
    let result;
    let comment;
    const anyMarked = sortCandidates(all.filter((c) => c.body.includes(marker)));
    if (identity === undefined && options.keepExisting === true && anyMarked.length > 0) {
        warnings.push("Could not read the token's own identity; left the existing review comments as they are.");
        comment = anyMarked[0];
        result = 'unchanged';
    }
    else if (identity === undefined) {
        warnings.push("Could not read the token's own identity; posted a new review comment instead of editing one.");
        comment = await provider.createComment(body);
        result = 'created';
    }
    else if (candidates.length === 0) {
        comment = await provider.createComment(body);
        result = 'created';
    }
    else if (options.keepExisting === true || normalizeBody(candidates[0].body) === normalizeBody(body)) {
        comment = candidates[0];
        result = 'unchanged';
    }
    else {
        comment = await provider.updateComment(candidates[0].id, body);
        result = 'updated';
    }
    if (identity !== undefined) {
        for (const dup of candidates.slice(1)) {
            try {
                await provider.deleteComment(dup.id);
                deleted.push(dup.id);
            }
            catch (err) {
                warnings.push(`Could not delete duplicate review comment ${dup.id}: ${describeError(err)}`);
            }
        }
    }
    return { result, comment, warnings, deleted };
}
/** Normalises a body for the unchanged check (§10.1 step 5): CRLF, trailing whitespace, the Updated-at line. */
function normalizeBody(body) {
    return body
        .replace(/\r\n/g, '\n')
        .split('\n')
        .filter((l) => !l.startsWith('- **Updated at (UTC):** '))
        .map((l) => l.replace(/[ \t]+$/, ''))
        .join('\n')
        .replace(/\s+$/, '');
}

// EXTERNAL MODULE: ./core/providers/types.ts
var types = __webpack_require__(7124);
// EXTERNAL MODULE: ./core/ledger/objects.ts
var objects = __webpack_require__(9036);
// EXTERNAL MODULE: ./core/review/git.ts
var review_git = __webpack_require__(1237);
// EXTERNAL MODULE: ./core/review/ledger-read.ts
var ledger_read = __webpack_require__(3549);
// EXTERNAL MODULE: ./core/review/safety.ts
var safety = __webpack_require__(8467);
;// CONCATENATED MODULE: ./core/review/artifact.ts
// The artifact branch (ci-automation.md §8): manifest, README and redacted copies of the linked sessions under
// reviews/<review-id>/, committed in-process (isomorphic-git object API) and pushed with the system git.




const ARTIFACT_TMP_REF = 'refs/opensession/tmp/artifact-base';
const ARTIFACT_AUTHOR = { name: 'opensession', email: 'cli@opensession.io' };
const MAX_PUBLISH_ATTEMPTS = 3;
/** §8.3: fixed key order, 2-space JSON plus newline. */
function renderManifest(req, generatedAt) {
    const root = `reviews/${req.reviewId}`;
    const manifest = {
        schema_version: 1,
        generated_at: generatedAt,
        provider: req.platform,
        repo: req.repo,
        pr_number: req.number,
        base_sha: req.baseSha,
        head_sha: req.headSha,
        ledger_ref: req.ledgerRef,
        review_id: req.reviewId,
        branch: req.branch,
        artifact_root: root,
        commit_count: req.commitCount,
        session_count: req.sessions.length,
        sessions: req.sessions.map((s) => ({
            session_id: s.sessionId,
            ledger_ref: s.ledgerRef,
            commits: s.commits,
            meta_path: s.metaPath,
            hail_path: s.hailPath,
            artifact_meta_path: `${root}/${s.metaPath}`,
            artifact_hail_path: `${root}/${s.hailPath}`,
        })),
    };
    return JSON.stringify(manifest, null, 2) + '\n';
}
/** §8.4. */
function renderArtifactReadme(req, generatedAt) {
    const gl = req.platform === 'gitlab';
    return [
        `# OpenSession ${gl ? 'MR' : 'PR'} Artifacts`,
        '',
        `- Repository: \`${req.repo}\``,
        gl ? `- Merge request: !${req.number}` : `- Pull request: #${req.number}`,
        `- Review ID: \`${req.reviewId}\``,
        `- Generated at (UTC): ${generatedAt}`,
        '',
        'This branch is generated by the OpenSession session review automation.',
        `It mirrors the session JSONL and meta files linked to this ${gl ? 'merge request' : 'pull request'} so they can be browsed on ${gl ? 'GitLab' : 'GitHub'}.`,
        '',
    ].join('\n');
}
async function commonDir(git) {
    const r = await git.run(['rev-parse', '--path-format=absolute', '--git-common-dir']);
    if (r.code !== 0)
        throw new Error((0,review_git/* firstLine */.T)(r.stderr) || 'not a git repository');
    return r.stdout.trim();
}
/** The files of reviews/<id>/ (path → bytes). Empty or unreadable source blobs are skipped. */
async function artifactFiles(git, req, generatedAt) {
    const root = `reviews/${req.reviewId}`;
    const files = new Map();
    files.set(`${root}/manifest.json`, Buffer.from(renderManifest(req, generatedAt), 'utf8'));
    files.set(`${root}/README.md`, Buffer.from(renderArtifactReadme(req, generatedAt), 'utf8'));
    const specs = [];
    for (const s of req.sessions)
        specs.push(`${s.ledgerRef}:${s.metaPath}`, `${s.ledgerRef}:${s.hailPath}`);
    const blobs = await (0,ledger_read/* readBlobs */.b4)(git, specs);
    for (const s of req.sessions) {
        const meta = blobs.get(`${s.ledgerRef}:${s.metaPath}`);
        if (meta !== undefined && meta.length > 0)
            files.set(`${root}/${s.metaPath}`, Buffer.from((0,safety/* redact */.E)(meta.toString('utf8')), 'utf8'));
        const hail = blobs.get(`${s.ledgerRef}:${s.hailPath}`);
        if (hail !== undefined && hail.length > 0) {
            let text = (0,safety/* redact */.E)(hail.toString('utf8'));
            if (!text.endsWith('\n'))
                text += '\n';
            files.set(`${root}/${s.hailPath}`, Buffer.from(text, 'utf8'));
        }
    }
    return files;
}
function isRaceRejection(text) {
    return /\[rejected\]/.test(text) && /non-fast-forward|fetch first/.test(text);
}
/** §8.5. Never throws: any failure becomes `error` (first line, redacted, at most 300 characters). */
async function publishArtifactBranch(git, req) {
    const push = req.push ?? { remote: req.remote };
    const generatedAt = req.now.toISOString();
    try {
        const store = new objects/* ObjectStore */.LI(await commonDir(git));
        const files = await artifactFiles(git, req, generatedAt);
        for (let attempt = 1; attempt <= MAX_PUBLISH_ATTEMPTS; attempt++) {
            let baseTree = objects/* EMPTY_TREE */.pL;
            let parents = [];
            if (req.persistent) {
                const ls = await git.run(['ls-remote', '--heads', req.remote, `refs/heads/${req.branch}`]);
                if (ls.code !== 0)
                    throw new Error((0,review_git/* firstLine */.T)(ls.stderr) || `git ls-remote failed (${ls.code})`);
                if (ls.stdout.trim() !== '') {
                    const f = await git.run([
                        'fetch',
                        '--no-tags',
                        '--depth=1',
                        req.remote,
                        `+refs/heads/${req.branch}:${ARTIFACT_TMP_REF}`,
                    ]);
                    if (f.code !== 0)
                        throw new Error((0,review_git/* firstLine */.T)(f.stderr) || `git fetch failed (${f.code})`);
                    const tip = (await git.run(['rev-parse', '--verify', `${ARTIFACT_TMP_REF}^{commit}`])).stdout.trim();
                    const tree = (await git.run(['rev-parse', '--verify', `${ARTIFACT_TMP_REF}^{tree}`])).stdout.trim();
                    baseTree = tree;
                    parents = [tip];
                }
            }
            const tree = new objects/* EditableTree */.Pl(store, baseTree);
            await tree.remove(`reviews/${req.reviewId}`);
            for (const [p, bytes] of files)
                await tree.setBlob(p, await store.writeBlob(bytes));
            const treeOid = await tree.write();
            const message = `opensession review artifacts ${req.platform === 'gitlab' ? 'mr!' : 'pr#'}${req.number} ${(req.headSha ?? '').slice(0, 7)}\n`;
            const who = { ...ARTIFACT_AUTHOR, timestamp: Math.floor(req.now.getTime() / 1000), timezoneOffset: 0 };
            const commit = await store.writeCommit(treeOid, parents, message, who);
            const refspec = `${req.persistent ? '' : '+'}${commit}:refs/heads/${req.branch}`;
            const r = await git.run(['push', '--no-verify', '--porcelain', push.remote, refspec], {
                env: { ...push.env, OPENSESSION_INTERNAL_PUSH: '1' },
            });
            if (r.code === 0)
                return { published: true, branch: req.branch, commit, error: null };
            const text = `${r.stdout}\n${r.stderr}`;
            if (req.persistent && attempt < MAX_PUBLISH_ATTEMPTS && isRaceRejection(text))
                continue;
            const rejected = r.stdout.split('\n').find((l) => l.startsWith('!'));
            throw new Error((0,review_git/* firstLine */.T)(r.stderr) || rejected?.trim() || `git push failed (${r.code})`);
        }
        throw new Error('archive branch moved during every publish attempt');
    }
    catch (err) {
        return { published: false, branch: req.branch, commit: null, error: (0,safety/* errorLine */.B)(err) };
    }
    finally {
        await git.run(['update-ref', '-d', ARTIFACT_TMP_REF]).catch(() => undefined);
    }
}
/** §10.3: `git push --no-verify <remote> :<ref>`, 2 attempts 2 s apart; an absent ref counts as success. */
async function deleteRemoteRef(git, push, ref, sleep) {
    let last = '';
    for (let attempt = 1; attempt <= 2; attempt++) {
        const r = await git.run(['push', '--no-verify', push.remote, `:${ref}`], {
            env: { ...push.env, OPENSESSION_INTERNAL_PUSH: '1' },
        });
        // Newer servers accept deleting a missing ref with a warning; older clients refuse it locally.
        const absent = /deleting a non-existent ref|remote ref does not exist/.test(r.stderr);
        if (r.code === 0 || absent)
            return { deleted: true, absent };
        last = (0,review_git/* firstLine */.T)(r.stderr) || `git push failed (${r.code})`;
        if (attempt < 2)
            await sleep(2000);
    }
    return { deleted: false, error: (0,safety/* errorLine */.B)(last) };
}
/** Artifact paths used by outputs. */
function artifactRoot(reviewId) {
    return `reviews/${reviewId}`;
}
function manifestPath(reviewId) {
    return `${artifactRoot(reviewId)}/manifest.json`;
}

// EXTERNAL MODULE: ./core/review/build.ts
var build = __webpack_require__(4349);
// EXTERNAL MODULE: ./core/review/ids.ts
var ids = __webpack_require__(4031);
// EXTERNAL MODULE: ./core/review/render.ts
var render = __webpack_require__(2653);
;// CONCATENATED MODULE: ./core/review/ci.ts
// The CI session review (ci-automation.md §6, §10, §15): event decision, update / merged / closed flows and the
// artifact-branch-only flow. Pure orchestration: git, comment provider, reporter, clock and sleep are injected.










const NO_GITLAB_TOKEN = 'No token for the GitLab API (set OPENSESSION_GITLAB_TOKEN; CI_JOB_TOKEN cannot post merge request notes); the merge request note was not posted.';
function subject(platform, n) {
    const num = n === undefined ? '?' : String(n);
    return platform === 'gitlab' ? `MR !${num}` : `PR #${num}`;
}
function emptyResult(kind, over = {}) {
    return {
        result: kind,
        review_id: '',
        ledger_ref: '',
        ledger_found: false,
        session_count: 0,
        commit_count: 0,
        artifact_branch: '',
        artifact_published: false,
        artifact_commit: '',
        comment: 'skipped',
        comment_id: '',
        comment_url: '',
        failures: [],
        ...over,
    };
}
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
function decideGitHubEvent(input) {
    const payload = isObj(input.payload) ? input.payload : {};
    const action = str(payload.action) ?? '';
    const pr = isObj(payload.pull_request) ? payload.pull_request : undefined;
    const nothing = {
        action: 'skip',
        result: 'noop',
        notice: `Nothing to do for event ${input.eventName}/${action}.`,
    };
    if (input.eventName !== 'pull_request' || pr === undefined)
        return nothing;
    let kind;
    if (['opened', 'reopened', 'synchronize', 'ready_for_review'].includes(action))
        kind = 'update';
    else if (action === 'closed')
        kind = pr.merged === true ? 'merged' : 'closed';
    else
        return nothing;
    const number = (0,ids/* parseChangeNumber */.ZU)(pr.number);
    const head = isObj(pr.head) ? pr.head : {};
    const base = isObj(pr.base) ? pr.base : {};
    const headRepo = isObj(head.repo) ? head.repo : undefined;
    const subj = subject('github', number);
    if (headRepo === undefined || str(headRepo.full_name) !== input.repository) {
        const name = headRepo !== undefined ? (str(headRepo.full_name) ?? 'unknown') : '(deleted repository)';
        return {
            action: 'skip',
            result: 'skipped',
            notice: `Skipped: ${subj} comes from fork ${name}; its ledger lives in the fork and the token is read-only.`,
        };
    }
    const user = isObj(pr.user) ? pr.user : {};
    if (input.skipBots && user.type === 'Bot') {
        return {
            action: 'skip',
            result: 'skipped',
            notice: `Skipped: ${subj} was opened by bot ${str(user.login) ?? 'unknown'}.`,
        };
    }
    const repository = isObj(payload.repository) ? payload.repository : {};
    const server = (input.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
    return {
        action: 'run',
        context: {
            kind,
            platform: 'github',
            repo: input.repository,
            repoUrl: `${server}/${input.repository}`,
            number,
            baseSha: str(base.sha),
            headSha: str(head.sha) ?? '',
            headBranch: str(head.ref) ?? '',
            baseBranch: str(base.ref),
            defaultBranch: str(repository.default_branch),
        },
    };
}
// ---------------------------------------------------------------- the flows (§6.4)
/** Step 2: make the head local and find a usable base (unshallowing once); undefined base → `[head]`. */
async function prepareRange(git, ctx, remote, reporter, failures) {
    const kind = ctx.platform === 'gitlab' ? 'mr' : 'pr';
    if (!(await (0,ledger_read/* refExists */.SJ)(git, ctx.headSha)) && ctx.number !== undefined) {
        const src = (0,ids/* changeHeadSource */.g_)(kind, ctx.number);
        await git.run(['fetch', '--no-tags', remote, `+${src}:${(0,ids/* reviewHeadRef */.gp)(kind, ctx.number)}`]);
    }
    if (ctx.baseSha === undefined)
        return undefined;
    const mergeBase = async () => (await git.run(['merge-base', ctx.baseSha, ctx.headSha])).code === 0;
    if (await mergeBase())
        return ctx.baseSha;
    const shallow = (await git.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    if (shallow) {
        await git.run(['fetch', '--no-tags', '--unshallow', remote]);
        if (await mergeBase())
            return ctx.baseSha;
    }
    const msg = `Could not compute the commit range ${ctx.baseSha.slice(0, 7)}..${ctx.headSha.slice(0, 7)}; using the head commit only.`;
    reporter.warning(msg);
    failures.push(msg);
    return undefined;
}
/**
 * Step 3: the mandatory ledger fetch. A remote without `refs/opensession/*` is "no ledger", not a failure (A10):
 * `ls-remote` tells first, and stale local ledger refs are pruned as the fetch's `--prune` would.
 */
async function fetchLedgers(git, remote, reporter, failures) {
    const fail = (r) => {
        const msg = `Could not fetch ledger refs from ${remote}: ${(0,safety/* errorLine */.B)((0,review_git/* firstLine */.T)(r.stderr) || `git fetch exited ${r.code}`)}`;
        reporter.warning(msg);
        failures.push(msg);
    };
    const ls = await git.run(['ls-remote', '--refs', remote, 'refs/opensession/*']);
    if (ls.code !== 0)
        return fail(ls);
    if (ls.stdout.trim() === '') {
        const local = await git.run(['for-each-ref', '--format=delete %(refname)', 'refs/opensession/branches/']);
        if (local.code === 0 && local.stdout.trim() !== '')
            await git.run(['update-ref', '--stdin'], { input: local.stdout });
        return;
    }
    const r = await git.run([
        'fetch',
        '--no-tags',
        '--prune',
        '--depth=1',
        remote,
        '+refs/opensession/*:refs/opensession/*',
    ]);
    if (r.code !== 0)
        fail(r);
}
/** §8.1 validation: the archive branch must not be a real code branch. */
function archiveBranchProblem(archive, ctx) {
    if (archive === undefined)
        return undefined;
    if ([ctx.defaultBranch, ctx.baseBranch, ctx.headBranch].includes(archive)) {
        return `archive branch \`${archive}\` must not be the default, base or head branch`;
    }
    return undefined;
}
function describeCommentError(err, platform) {
    const status = (0,types/* httpStatusOf */.s)(err);
    const base = `Could not update the session review comment: ${(0,safety/* errorLine */.B)(err)}`;
    if (status === 401 || status === 403) {
        return (base +
            (platform === 'gitlab'
                ? ' (GitLab: the token needs the api scope)'
                : ' (GitHub: the token needs issues: write and pull-requests: write)'));
    }
    return base;
}
async function cleanupAfterClose(deps, settings, ctx, branch, H, failures) {
    const push = deps.push ?? { remote: settings.remote };
    const remove = async (ref, what, What) => {
        const out = await deleteRemoteRef(deps.git, push, ref, deps.sleep);
        if (!out.deleted) {
            const msg = `Failed to delete ${what} after 2 attempts: ${out.error}`;
            deps.reporter.warning(msg);
            failures.push(msg);
        }
        else if (out.absent) {
            deps.reporter.notice(`${What} is already absent on ${settings.remote}.`);
        }
    };
    if (branch !== undefined && settings.archiveBranch === undefined) {
        await remove(`refs/heads/${branch}`, `artifact branch ${branch}`, `Artifact branch ${branch}`);
    }
    if (ctx.kind === 'merged' && settings.deleteLedgerOnMerge) {
        await remove(H, `ledger ref ${H}`, `Ledger ref ${H}`);
    }
}
/** Publishes the artifact branch of one PR/MR (§8), refusing an archive branch that is a code branch (§8.1). */
async function publishForChange(deps, settings, ctx, o) {
    const problem = archiveBranchProblem(settings.archiveBranch, ctx);
    if (problem !== undefined)
        return { published: false, branch: o.branch, commit: null, error: problem };
    return publishArtifactBranch(deps.git, {
        platform: ctx.platform,
        repo: ctx.repo,
        number: ctx.number,
        reviewId: o.id,
        branch: o.branch,
        persistent: o.persistent,
        baseSha: ctx.baseSha ?? null,
        headSha: ctx.headSha || null,
        ledgerRef: o.ledgerRef,
        commitCount: o.data.range.commits.length,
        sessions: o.data.discovery.sessions,
        remote: settings.remote,
        push: deps.push,
        now: deps.now(),
    });
}
/** Runs the update / merged / closed flow for one PR/MR. Non-fatal failures land in `failures`. */
async function runChangeReview(settings, ctx, deps) {
    const { git, reporter } = deps;
    const failures = [];
    const H = (0,refs.ledgerRef)(ctx.headBranch);
    const id = ctx.number !== undefined && ctx.headSha !== ''
        ? (0,ids/* reviewId */.AR)(ctx.platform, ctx.repo, ctx.number, ctx.headSha)
        : undefined;
    const branch = ctx.number !== undefined ? (0,ids/* artifactBranchName */.Sg)(ctx.platform, ctx.number, settings.archiveBranch) : undefined;
    const persistent = settings.archiveBranch !== undefined;
    if (ctx.kind === 'closed') {
        await cleanupAfterClose(deps, settings, ctx, branch, H, failures);
        return {
            result: emptyResult('closed', { review_id: id ?? '', ledger_ref: H, artifact_branch: branch ?? '', failures }),
        };
    }
    // The token's identity is looked up while git works: the job's first API request goes out at once (A10).
    const commentWanted = (ctx.kind === 'merged' ? settings.finalSnapshot : settings.comment) && ctx.number !== undefined;
    const identity = commentWanted && deps.comments !== undefined ? deps.comments.identity().catch(() => undefined) : undefined;
    const base = await prepareRange(git, ctx, settings.remote, reporter, failures);
    await fetchLedgers(git, settings.remote, reporter, failures);
    const data = await (0,build/* buildReviewData */.l)(git, { base, head: ctx.headSha, headLedgerRef: H });
    if (!data.discovery.ledgerFound)
        reporter.notice(`No ledger ref ${H} for branch ${ctx.headBranch} yet.`);
    // Step 6: artifacts (final mode only with an archive branch: ephemeral branches are deleted next).
    let publish;
    let attempted = false;
    const wantPublish = settings.publishArtifacts && (ctx.kind === 'update' || persistent);
    if (wantPublish && id !== undefined && branch !== undefined) {
        attempted = true;
        publish = await publishForChange(deps, settings, ctx, { id, branch, persistent, ledgerRef: H, data });
        if (!publish.published) {
            const msg = `Artifact publish to ${branch} failed: ${publish.error ?? 'unknown error'}`;
            reporter.warning(msg);
            failures.push(msg);
        }
    }
    const mode = ctx.kind === 'merged' ? 'final' : 'update';
    const body = (0,render/* renderComment */.wQ)({
        mode,
        target: {
            platform: ctx.platform,
            repo: ctx.repo,
            repoUrl: ctx.repoUrl,
            number: ctx.number,
            webBaseUrl: settings.webBaseUrl,
        },
        reviewId: id,
        updatedAt: deps.now().toISOString(),
        baseSha: ctx.baseSha,
        headSha: data.headSha,
        range: data.range,
        discovery: data.discovery,
        qa: data.qa,
        details: data.details,
        agentShare: data.agentShare,
        artifact: {
            branch,
            persistent,
            attempted,
            published: publish?.published === true,
            error: publish?.error ?? undefined,
        },
    });
    let comment = 'skipped';
    let commentId = '';
    let commentUrl = '';
    const wantComment = mode === 'final' ? settings.finalSnapshot : settings.comment;
    if (wantComment && ctx.number !== undefined) {
        if (deps.comments === undefined) {
            const msg = ctx.platform === 'gitlab'
                ? NO_GITLAB_TOKEN
                : 'No token for the GitHub API (set the token input); the review comment was not posted.';
            reporter.warning(msg);
            failures.push(msg);
            comment = 'failed';
        }
        else {
            try {
                // A rerun after merge whose ledger is already gone keeps the final snapshot it posted before (A10).
                const keepExisting = mode === 'final' && !data.discovery.ledgerFound && data.discovery.sessions.length === 0;
                const out = await upsertSticky(deps.comments, mode === 'final' ? render/* FINAL_MARKER */.YE : render/* STICKY_MARKER */.Ll, body, safety/* errorLine */.B, { keepExisting, identity });
                comment = out.result;
                commentId = out.comment.id;
                commentUrl = out.comment.url ?? '';
                for (const w of out.warnings) {
                    reporter.warning((0,safety/* redact */.E)(w));
                    failures.push((0,safety/* redact */.E)(w));
                }
            }
            catch (err) {
                const msg = describeCommentError(err, ctx.platform);
                reporter.warning(msg);
                failures.push(msg);
                comment = 'failed';
            }
        }
    }
    if (ctx.kind === 'merged')
        await cleanupAfterClose(deps, settings, ctx, branch, H, failures);
    return {
        body,
        result: {
            result: mode === 'final' ? 'final' : 'review',
            review_id: id ?? '',
            ledger_ref: H,
            ledger_found: data.discovery.ledgerFound,
            session_count: data.discovery.sessions.length,
            commit_count: data.range.commits.length,
            artifact_branch: branch ?? '',
            artifact_published: publish?.published === true,
            artifact_commit: publish?.commit ?? '',
            comment,
            comment_id: commentId,
            comment_url: commentUrl,
            failures,
        },
    };
}
async function runArtifactBranch(settings, ctx, deps) {
    const failures = [];
    const persistent = settings.archiveBranch !== undefined;
    const id = ctx.number !== undefined && ctx.headSha !== '' ? (0,ids/* reviewId */.AR)(ctx.platform, ctx.repo, ctx.number, ctx.headSha) : '';
    const branch = ctx.number !== undefined ? (0,ids/* artifactBranchName */.Sg)(ctx.platform, ctx.number, settings.archiveBranch) : '';
    const out = {
        result: 'noop',
        artifact_branch: branch,
        review_id: id,
        artifact_root: id === '' ? '' : artifactRoot(id),
        manifest_path: id === '' ? '' : manifestPath(id),
        published: false,
        deleted: false,
        artifact_commit: '',
        session_count: 0,
        failures,
    };
    let action;
    if (settings.mode === 'publish')
        action = 'publish';
    else if (settings.mode === 'delete')
        action = 'delete';
    else if (ctx.kind === 'update')
        action = 'publish';
    else if (ctx.kind === 'merged' && persistent)
        action = 'publish';
    else
        action = 'delete';
    if (branch === '' || id === '')
        return out;
    if (action === 'delete') {
        if (persistent) {
            deps.reporter.notice(`Artifact branch ${branch} is a persistent archive branch; it is never deleted.`);
            return out;
        }
        const del = await deleteRemoteRef(deps.git, deps.push ?? { remote: settings.remote }, `refs/heads/${branch}`, deps.sleep);
        if (del.deleted) {
            out.result = 'deleted';
            out.deleted = true;
            if (del.absent)
                deps.reporter.notice(`Artifact branch ${branch} is already absent on ${settings.remote}.`);
        }
        else {
            const msg = `Failed to delete artifact branch ${branch} after 2 attempts: ${del.error}`;
            deps.reporter.warning(msg);
            failures.push(msg);
            out.result = 'failed';
        }
        return out;
    }
    const base = await prepareRange(deps.git, ctx, settings.remote, deps.reporter, failures);
    await fetchLedgers(deps.git, settings.remote, deps.reporter, failures);
    const H = (0,refs.ledgerRef)(ctx.headBranch);
    const data = await (0,build/* buildReviewData */.l)(deps.git, { base, head: ctx.headSha, headLedgerRef: H });
    out.session_count = data.discovery.sessions.length;
    const pub = await publishForChange(deps, settings, ctx, { id, branch, persistent, ledgerRef: H, data });
    if (pub.published) {
        out.result = 'published';
        out.published = true;
        out.artifact_commit = pub.commit ?? '';
    }
    else {
        const msg = `Artifact publish to ${branch} failed: ${pub.error ?? 'unknown error'}`;
        deps.reporter.warning(msg);
        failures.push(msg);
        out.result = 'failed';
    }
    return out;
}

// EXTERNAL MODULE: ./core/janitor/engine.ts
var engine = __webpack_require__(9950);
;// CONCATENATED MODULE: ./core/janitor/open-requests.ts
/** The artifact branch refs of every open PR (GitHub) or MR (GitLab). */
async function openRequestRefs(source) {
    const refs = new Set();
    if (source.platform === 'github') {
        const pulls = await source.octokit.paginate(source.octokit.rest.pulls.list, {
            owner: source.owner,
            repo: source.repo,
            state: 'open',
            per_page: 100,
        });
        for (const p of pulls)
            refs.add(`refs/heads/opensession/pr-${p.number}-sessions`);
        return refs;
    }
    const mrs = await source.api.MergeRequests.all({ projectId: source.projectId, state: 'opened' });
    if (Array.isArray(mrs))
        for (const mr of mrs)
            if (typeof mr.iid === 'number')
                refs.add(`refs/heads/opensession/mr-${mr.iid}-sessions`);
    return refs;
}

// EXTERNAL MODULE: ./core/providers/github.ts
var github = __webpack_require__(8578);
// EXTERNAL MODULE: ./core/providers/gitlab.ts
var gitlab = __webpack_require__(5242);
;// CONCATENATED MODULE: ./core/providers/index.ts





;// CONCATENATED MODULE: ./cli/ci/constants.ts
// Input, output and environment names of the CI entry points (ci-automation.md §11, §12), in one place.
// Action inputs reach the CLI as OPENSESSION_<NAME> env vars (composite actions map each input explicitly).
const SESSION_REVIEW_INPUTS = {
    token: 'token',
    remote: 'remote',
    configPath: 'config-path',
    archiveBranch: 'archive-branch',
    publishArtifacts: 'publish-artifacts',
    comment: 'comment',
    finalSnapshot: 'final-snapshot',
    deleteLedgerOnMerge: 'delete-ledger-on-merge',
    skipBots: 'skip-bots',
    webBaseUrl: 'web-base-url',
    strict: 'strict',
};
const SESSION_REVIEW_OUTPUTS = {
    result: 'result',
    reviewId: 'review-id',
    ledgerRef: 'ledger-ref',
    ledgerFound: 'ledger-found',
    sessionCount: 'session-count',
    commitCount: 'commit-count',
    artifactBranch: 'artifact-branch',
    artifactPublished: 'artifact-published',
    artifactCommit: 'artifact-commit',
    commentId: 'comment-id',
    commentUrl: 'comment-url',
    comment: 'comment',
};
const ARTIFACT_BRANCH_INPUTS = {
    mode: 'mode',
    remote: 'remote',
    configPath: 'config-path',
    archiveBranch: 'archive-branch',
    strict: 'strict',
};
const ARTIFACT_BRANCH_OUTPUTS = {
    artifactBranch: 'artifact-branch',
    reviewId: 'review-id',
    artifactRoot: 'artifact-root',
    manifestPath: 'manifest-path',
    published: 'published',
    deleted: 'deleted',
    artifactCommit: 'artifact-commit',
    sessionCount: 'session-count',
};
const JANITOR_INPUTS = {
    apply: 'apply',
    remote: 'remote',
    configPath: 'config-path',
    hiddenTtlDays: 'hidden-ttl-days',
    artifactTtlDays: 'artifact-ttl-days',
    archiveBranch: 'archive-branch',
    /** Lists open pull/merge requests, whose artifact branches are kept; reaches the CLI as OPENSESSION_TOKEN. */
    token: 'token',
};
const JANITOR_OUTPUTS = {
    hiddenCandidates: 'hidden-candidates',
    artifactCandidates: 'artifact-candidates',
    deleted: 'deleted',
    failed: 'failed',
    keptDueToTtl: 'kept-due-to-ttl',
    keptActiveBranch: 'kept-active-branch',
    summary: 'summary',
};
/** The CLI flag of an input (`config-path` is `--config`). */
function flagOf(input) {
    return input === 'config-path' ? 'config' : input;
}
/** `archive-branch` → `OPENSESSION_ARCHIVE_BRANCH` (§11.2; `config-path` → `OPENSESSION_CONFIG`). */
function envNameOf(input) {
    return 'OPENSESSION_' + flagOf(input).toUpperCase().replace(/-/g, '_');
}
const DEFAULT_CONFIG_PATH = '.opensession/cleanup/config.toml';
const DEFAULT_WEB_BASE_URL = 'https://opensession.io';
const ANNOTATION_TITLE = 'OpenSession';

;// CONCATENATED MODULE: ./cli/ci/gitlab-env.ts

const v = (env, k) => {
    const s = env[k];
    return s !== undefined && s.trim() !== '' ? s.trim() : undefined;
};
function gitlabUpdateContext(env) {
    return {
        kind: 'update',
        platform: 'gitlab',
        repo: v(env, 'CI_PROJECT_PATH') ?? '',
        repoUrl: v(env, 'CI_PROJECT_URL') ?? '',
        number: (0,ids/* parseChangeNumber */.ZU)(env.CI_MERGE_REQUEST_IID),
        baseSha: v(env, 'CI_MERGE_REQUEST_DIFF_BASE_SHA'),
        headSha: v(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA') ?? v(env, 'CI_COMMIT_SHA') ?? '',
        headBranch: v(env, 'CI_MERGE_REQUEST_SOURCE_BRANCH_NAME') ?? '',
        baseBranch: v(env, 'CI_MERGE_REQUEST_TARGET_BRANCH_NAME'),
        defaultBranch: v(env, 'CI_DEFAULT_BRANCH'),
    };
}
function gitlabMergedContext(env, mr) {
    return {
        kind: 'merged',
        platform: 'gitlab',
        repo: v(env, 'CI_PROJECT_PATH') ?? '',
        repoUrl: v(env, 'CI_PROJECT_URL') ?? '',
        number: mr.iid,
        baseSha: mr.diff_base_sha ?? undefined,
        headSha: mr.sha ?? '',
        headBranch: mr.source_branch,
        baseBranch: mr.target_branch,
        defaultBranch: v(env, 'CI_DEFAULT_BRANCH'),
    };
}
function isForkMergeRequest(env) {
    const src = v(env, 'CI_MERGE_REQUEST_SOURCE_PROJECT_ID');
    const dst = v(env, 'CI_MERGE_REQUEST_PROJECT_ID');
    return src !== undefined && dst !== undefined && src !== dst;
}
/** With a token: CI_REPOSITORY_URL without userinfo plus an env-supplied Basic extraHeader (never argv or URL). */
function gitlabPushTarget(env, remote, token) {
    const repoUrl = v(env, 'CI_REPOSITORY_URL');
    if (token === undefined || repoUrl === undefined)
        return { remote };
    let clean = repoUrl;
    try {
        const u = new URL(repoUrl);
        u.username = '';
        u.password = '';
        clean = u.toString();
    }
    catch {
        return { remote };
    }
    const count = Number(env.GIT_CONFIG_COUNT ?? '0');
    const n = Number.isInteger(count) && count >= 0 ? count : 0;
    return {
        remote: clean,
        env: {
            GIT_CONFIG_COUNT: String(n + 1),
            [`GIT_CONFIG_KEY_${n}`]: 'http.extraHeader',
            [`GIT_CONFIG_VALUE_${n}`]: `Authorization: Basic ${Buffer.from(`opensession:${token}`, 'utf8').toString('base64')}`,
        },
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 14 modules
var schemas = __webpack_require__(5586);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/errors.js
var core_errors = __webpack_require__(7428);
// EXTERNAL MODULE: ./core/toml/index.ts
var toml = __webpack_require__(4653);
;// CONCATENATED MODULE: ./cli/ci/config.ts
// Reads the settings fallbacks of `.opensession/cleanup/config.toml` (ci-automation.md §2.7, §11.2) with the
// shared TOML parser. Only the top-level keys the CI entry points use are read.



/** Missing file → `{}`; unreadable, invalid TOML or mistyped keys → fatal error. */
function readCleanupConfig(file) {
    let text;
    try {
        text = external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return {};
        throw new errors/* OpenSessionError */.RL(`cannot read config ${file}: ${err.message}`);
    }
    let doc;
    try {
        doc = (0,toml/* parseToml */.M)(text);
    }
    catch (err) {
        throw new errors/* OpenSessionError */.RL(`invalid config ${file}: ${err.message}`);
    }
    const out = {};
    const archive = doc.session_archive_branch;
    if (archive !== undefined) {
        if (typeof archive !== 'string')
            throw new errors/* OpenSessionError */.RL(`invalid config ${file}: \`session_archive_branch\` must be a string`);
        out.session_archive_branch = archive;
    }
    for (const key of ['hidden_ttl_days', 'artifact_ttl_days']) {
        const v = doc[key];
        if (v === undefined)
            continue;
        const n = typeof v === 'bigint' ? Number(v) : v;
        if (typeof n !== 'number' || !Number.isInteger(n))
            throw new errors/* OpenSessionError */.RL(`invalid config ${file}: \`${key}\` must be an integer`);
        out[key] = n;
    }
    return out;
}

;// CONCATENATED MODULE: ./cli/ci/settings.ts
// Setting resolution (flag → OPENSESSION_* env → config.toml → default, §11.2) and one zod schema per entry point.





/** The first non-empty of flag, env, config; else the default (an empty string counts as unset everywhere). */
function resolveRaw(input, flags, env, configValue, fallback) {
    const flag = flags[input];
    if (flag !== undefined && flag !== '')
        return { value: flag, source: 'flag' };
    const e = env[envNameOf(input)];
    if (e !== undefined && e !== '')
        return { value: e, source: 'env' };
    if (configValue !== undefined && configValue !== '')
        return { value: configValue, source: 'config' };
    return { value: fallback, source: 'default' };
}
const bool = schemas/* string */.YjP()
    .transform((s) => s.trim().toLowerCase())
    .pipe(schemas/* enum */.k5n(['true', 'false'], { error: 'expected true or false' }))
    .transform((s) => s === 'true');
const nonEmpty = schemas/* string */.YjP().trim().min(1, { error: 'must not be empty' });
const gitRefName = schemas/* string */.YjP()
    .trim()
    .refine((s) => s === '' || (!/[\s~^:?*[\\]|\.\.|@\{|^\/|\/$|\.lock$|^-/.test(s) && !s.startsWith('refs/')), {
    error: 'not a valid branch name',
});
const webUrl = schemas/* string */.YjP()
    .trim()
    .refine((s) => s === '' || /^https?:\/\/[^\s/]+/.test(s), { error: 'expected an http(s) URL or empty' });
const sessionReviewSchema = schemas/* object */.Ikc({
    [SESSION_REVIEW_INPUTS.remote]: nonEmpty,
    [SESSION_REVIEW_INPUTS.archiveBranch]: gitRefName,
    [SESSION_REVIEW_INPUTS.publishArtifacts]: bool,
    [SESSION_REVIEW_INPUTS.comment]: bool,
    [SESSION_REVIEW_INPUTS.finalSnapshot]: bool,
    [SESSION_REVIEW_INPUTS.deleteLedgerOnMerge]: bool,
    [SESSION_REVIEW_INPUTS.skipBots]: bool,
    [SESSION_REVIEW_INPUTS.webBaseUrl]: webUrl,
    [SESSION_REVIEW_INPUTS.strict]: bool,
});
const artifactBranchSchema = schemas/* object */.Ikc({
    [ARTIFACT_BRANCH_INPUTS.remote]: nonEmpty,
    [ARTIFACT_BRANCH_INPUTS.archiveBranch]: gitRefName,
    [ARTIFACT_BRANCH_INPUTS.mode]: schemas/* string */.YjP()
        .transform((s) => s.trim().toLowerCase())
        .pipe(schemas/* enum */.k5n(['auto', 'publish', 'delete'], { error: 'expected auto, publish or delete' })),
    [ARTIFACT_BRANCH_INPUTS.strict]: bool,
});
const ttlDays = schemas/* string */.YjP()
    .trim()
    .regex(/^\d+$/, { error: 'expected an integer between 0 and 65535' })
    .transform(Number)
    .pipe(schemas/* number */.aig().int().min(0).max(65535, { error: 'expected an integer between 0 and 65535' }));
const janitorSchema = schemas/* object */.Ikc({
    [JANITOR_INPUTS.apply]: bool,
    [JANITOR_INPUTS.remote]: nonEmpty,
    [JANITOR_INPUTS.hiddenTtlDays]: ttlDays,
    [JANITOR_INPUTS.artifactTtlDays]: ttlDays,
    [JANITOR_INPUTS.archiveBranch]: gitRefName,
});
function validate(schema, raw) {
    const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.value]));
    const parsed = schema.safeParse(values);
    if (parsed.success)
        return parsed.data;
    const fromFlag = parsed.error.issues.some((i) => raw[String(i.path[0])]?.source === 'flag');
    const message = `invalid settings:\n${core_errors/* prettifyError */.S1(parsed.error)}`;
    throw fromFlag ? new errors/* UsageError */.eb(message) : new errors/* OpenSessionError */.RL(message);
}
function configFile(root, flags, env) {
    const p = resolveRaw('config-path', flags, env, undefined, DEFAULT_CONFIG_PATH).value;
    return external_node_path_.resolve(root, p);
}
function sessionReviewSettings(root, flags, env) {
    const cfg = readCleanupConfig(configFile(root, flags, env));
    const I = SESSION_REVIEW_INPUTS;
    const raw = {
        [I.remote]: resolveRaw(I.remote, flags, env, undefined, 'origin'),
        [I.archiveBranch]: resolveRaw(I.archiveBranch, flags, env, cfg.session_archive_branch, ''),
        [I.publishArtifacts]: resolveRaw(I.publishArtifacts, flags, env, undefined, 'true'),
        [I.comment]: resolveRaw(I.comment, flags, env, undefined, 'true'),
        [I.finalSnapshot]: resolveRaw(I.finalSnapshot, flags, env, undefined, 'true'),
        [I.deleteLedgerOnMerge]: resolveRaw(I.deleteLedgerOnMerge, flags, env, undefined, 'true'),
        [I.skipBots]: resolveRaw(I.skipBots, flags, env, undefined, 'true'),
        // web-base-url: an explicit empty value disables web links, so only an absent value takes the default.
        [I.webBaseUrl]: flags[I.webBaseUrl] !== undefined
            ? { value: flags[I.webBaseUrl], source: 'flag' }
            : env[envNameOf(I.webBaseUrl)] !== undefined
                ? { value: env[envNameOf(I.webBaseUrl)], source: 'env' }
                : { value: DEFAULT_WEB_BASE_URL, source: 'default' },
        [I.strict]: resolveRaw(I.strict, flags, env, undefined, 'false'),
    };
    const v = validate(sessionReviewSchema, raw);
    const archive = v[I.archiveBranch];
    return {
        remote: v[I.remote],
        archiveBranch: archive === '' ? undefined : archive,
        publishArtifacts: v[I.publishArtifacts],
        comment: v[I.comment],
        finalSnapshot: v[I.finalSnapshot],
        deleteLedgerOnMerge: v[I.deleteLedgerOnMerge],
        skipBots: v[I.skipBots],
        webBaseUrl: v[I.webBaseUrl],
        strict: v[I.strict],
    };
}
function artifactBranchSettings(root, flags, env) {
    const cfg = readCleanupConfig(configFile(root, flags, env));
    const I = ARTIFACT_BRANCH_INPUTS;
    const raw = {
        [I.remote]: resolveRaw(I.remote, flags, env, undefined, 'origin'),
        [I.archiveBranch]: resolveRaw(I.archiveBranch, flags, env, cfg.session_archive_branch, ''),
        [I.mode]: resolveRaw(I.mode, flags, env, undefined, 'auto'),
        [I.strict]: resolveRaw(I.strict, flags, env, undefined, 'false'),
    };
    const v = validate(artifactBranchSchema, raw);
    const archive = v[I.archiveBranch];
    return {
        remote: v[I.remote],
        archiveBranch: archive === '' ? undefined : archive,
        mode: v[I.mode],
        strict: v[I.strict],
    };
}
/** §11.1: `--platform`, else GITHUB_ACTIONS / GITLAB_CI detection, else a usage error. */
function detectPlatform(flag, env) {
    if (flag !== undefined) {
        const f = flag.trim().toLowerCase();
        if (f === 'github' || f === 'gitlab')
            return f;
        throw new errors/* UsageError */.eb(`invalid --platform \`${flag}\`: expected github or gitlab`);
    }
    if ((env.GITHUB_ACTIONS ?? '').toLowerCase() === 'true')
        return 'github';
    if ((env.GITLAB_CI ?? '').toLowerCase() === 'true')
        return 'gitlab';
    throw new errors/* UsageError */.eb('cannot detect CI platform; pass --platform');
}
/** §11.2: OPENSESSION_TOKEN, else OPENSESSION_GITLAB_TOKEN (gitlab) or GITHUB_TOKEN (github). Never a flag. */
function resolveToken(platform, env) {
    const pick = (v) => v !== undefined && v.trim() !== '' ? v.trim() : undefined;
    return (pick(env.OPENSESSION_TOKEN) ?? (platform === 'gitlab' ? pick(env.OPENSESSION_GITLAB_TOKEN) : pick(env.GITHUB_TOKEN)));
}
/** `ci janitor` (§11.2): flag, then OPENSESSION_* env, then config.toml (TTLs, archive branch), then defaults. */
function janitorSettings(root, flags, env) {
    const cfg = readCleanupConfig(configFile(root, flags, env));
    const I = JANITOR_INPUTS;
    const str = (n) => (n === undefined ? undefined : String(n));
    const raw = {
        [I.apply]: resolveRaw(I.apply, flags, env, undefined, 'false'),
        [I.remote]: resolveRaw(I.remote, flags, env, undefined, 'origin'),
        [I.hiddenTtlDays]: resolveRaw(I.hiddenTtlDays, flags, env, str(cfg.hidden_ttl_days), '30'),
        [I.artifactTtlDays]: resolveRaw(I.artifactTtlDays, flags, env, str(cfg.artifact_ttl_days), '30'),
        [I.archiveBranch]: resolveRaw(I.archiveBranch, flags, env, cfg.session_archive_branch, ''),
    };
    const v = validate(janitorSchema, raw);
    const archive = v[I.archiveBranch];
    return {
        apply: v[I.apply],
        remote: v[I.remote],
        hiddenTtlDays: v[I.hiddenTtlDays],
        artifactTtlDays: v[I.artifactTtlDays],
        archiveBranch: archive === '' ? undefined : archive,
    };
}

;// CONCATENATED MODULE: ./cli/ci/janitor.ts
// `opensession ci janitor` (ci-automation.md §5, §11, §12.3): the janitor with CI settings, open PR/MR
// protection through the provider API, outputs and annotations. The actions and components call this.










/** Where open PRs/MRs are listed from, or undefined without a token or repository identity. */
function openRequestSource(platform, env, token) {
    if (token === undefined)
        return undefined;
    if (platform === 'github') {
        const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
        if (!owner || !repo)
            return undefined;
        const octokit = (0,github.createGitHubClient)({ token, baseUrl: env.GITHUB_API_URL || undefined, fetch: globalThis.fetch });
        return { platform, octokit, owner, repo };
    }
    const host = env.CI_SERVER_URL ?? '';
    const projectId = env.CI_PROJECT_ID || env.CI_PROJECT_PATH || '';
    if (host === '' || projectId === '')
        return undefined;
    const api = (0,gitlab.createGitlabClient)({ host, token });
    return { platform, api, projectId };
}
function janitorCommand(ctx) {
    return new esm/* Command */.uB('janitor')
        .description('delete stale ledger refs and artifact branches on the remote (a dry run unless --apply true)')
        .option('--platform <platform>', 'github or gitlab (default: detected)')
        .option('--remote <name>', 'git remote to clean (default origin)')
        .option('--config <path>', 'settings fallback file (default .opensession/cleanup/config.toml)')
        .option('--apply <value>', 'true deletes the candidates (default false)')
        .option('--hidden-ttl-days <n>', 'TTL of ledger refs whose branch is gone (default: config, then 30)')
        .option('--artifact-ttl-days <n>', 'TTL of artifact branches (default: config, then 30)')
        .option('--archive-branch <value>', 'never deleted (default: config)')
        .option('--json', 'print the summary as one JSON line')
        .action(async (opts) => {
        const rt = runtime(ctx, opts.platform);
        await reported(rt, async () => {
            const s = janitorSettings(rt.root, flagsOf(opts, Object.values(JANITOR_INPUTS)), ctx.env);
            const warnings = [];
            let protectedRefs;
            const source = openRequestSource(rt.platform, ctx.env, rt.token);
            if (source !== undefined) {
                try {
                    protectedRefs = await openRequestRefs(source);
                }
                catch (err) {
                    // Without the list no artifact branch can be known closed: keep them all this run.
                    warnings.push(`could not list open ${rt.platform === 'github' ? 'pull' : 'merge'} requests: ${(0,safety/* errorLine */.B)(err)}; artifact branches were kept`);
                    protectedRefs = new Set(['*']);
                }
            }
            const keepAll = protectedRefs?.has('*') === true;
            const push = rt.platform === 'gitlab' ? gitlabPushTarget(ctx.env, s.remote, rt.token) : undefined;
            const summary = await (0,engine/* runJanitor */.td)({
                remote: s.remote,
                hiddenTtlDays: s.hiddenTtlDays,
                artifactTtlDays: s.artifactTtlDays,
                archiveBranch: s.archiveBranch,
                apply: s.apply,
                ci: true,
                protectedRefs: keepAll
                    ? { has: (ref) => ref.startsWith('refs/heads/') }
                    : protectedRefs,
            }, {
                git: rt.git,
                env: ctx.env,
                now: ctx.now,
                sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
                push: push !== undefined && push.remote !== s.remote ? push : undefined,
            });
            summary.warnings = [...summary.warnings, ...warnings].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
            const O = JANITOR_OUTPUTS;
            const set = (k, v) => rt.reporter.setOutput(k, String(v));
            set(O.hiddenCandidates, summary.hidden_candidates.length);
            set(O.artifactCandidates, summary.artifact_candidates.length);
            set(O.deleted, summary.deleted.length);
            set(O.failed, summary.failed.length);
            set(O.keptDueToTtl, summary.kept_due_to_ttl);
            set(O.keptActiveBranch, summary.kept_active_branch);
            set(O.summary, JSON.stringify(summary));
            const text = (0,engine/* renderJanitorText */.xk)(summary);
            await rt.reporter.summary('### OpenSession janitor\n\n```\n' + text + '```\n');
            for (const w of warnings)
                rt.reporter.warning(w);
            for (const ref of summary.failed) {
                const why = summary.warnings.find((w) => w.startsWith(`failed to delete ${ref}:`));
                rt.reporter.error(why ?? `failed to delete ${ref}`);
            }
            ctx.stdout(opts.json === true ? JSON.stringify(summary) + '\n' : text);
            if ((0,engine/* janitorExitCode */.L)(summary) !== 0)
                throw new errors/* OpenSessionError */.RL(`${summary.failed.length} ref(s) could not be deleted`);
        });
    });
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./cli/ci/reporter.ts
// Annotations, masking and outputs per platform (ci-automation.md §15, amendments-2 A10). GitHub workflow
// commands go to stderr (the runner reads both streams) and outputs to $GITHUB_OUTPUT, so stdout carries only the
// command's own result — with `--json`, exactly one JSON document. GitLab gets `[opensession] <level>: …` lines on
// stderr. Every message is redacted first. Written without @actions/core: it is three file appends and a format,
// and loading it cost start-up time before the first API request.




/** Workflow command data escaping (the runner's own rules). */
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `name<<delimiter` block for $GITHUB_OUTPUT (a delimiter the value cannot contain). */
function outputBlock(name, value) {
    let delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    while (value.includes(delimiter))
        delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
/** `ctx` defaults to the process's own stderr and env (callers written before A10 pass nothing). */
function githubReporter(ctx = { env: process.env, stderr: (c) => void process.stderr.write(c) }) {
    const command = (name, m) => ctx.stderr(`::${name} title=${escapeProperty(ANNOTATION_TITLE)}::${escapeData((0,safety/* redact */.E)(m))}\n`);
    const file = (key) => {
        const f = ctx.env[key];
        return f !== undefined && f !== '' ? f : undefined;
    };
    return {
        notice: (m) => command('notice', m),
        warning: (m) => command('warning', m),
        error: (m) => command('error', m),
        mask: (s) => {
            if (s !== '')
                ctx.stderr(`::add-mask::${escapeData(s)}\n`);
        },
        setOutput: (name, value) => {
            const f = file('GITHUB_OUTPUT');
            if (f !== undefined)
                external_node_fs_.appendFileSync(f, outputBlock(name, value), 'utf8');
        },
        summary: async (md) => {
            const f = file('GITHUB_STEP_SUMMARY');
            if (f !== undefined)
                await external_node_fs_.promises.appendFile(f, md.endsWith('\n') ? md : md + '\n', 'utf8');
        },
    };
}
function gitlabReporter(ctx) {
    const line = (level, m) => ctx.stderr(`[opensession] ${level}: ${(0,safety/* redact */.E)(m)}\n`);
    return {
        notice: (m) => line('notice', m),
        warning: (m) => line('warning', m),
        error: (m) => line('error', m),
        mask: () => undefined, // GitLab masks CI/CD variables itself
        setOutput: () => undefined,
        summary: async () => undefined,
    };
}

;// CONCATENATED MODULE: ./cli/commands/ci.ts
// `opensession ci session-review|artifact-branch` (ci-automation.md §11): the entry points the GitHub actions and
// GitLab components call. This file is the thin adapter: flags and env → zod-validated settings → core flows.












const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Commander option values (camelCase) → input-named raw strings. */
function flagsOf(opts, inputs) {
    const out = {};
    for (const input of inputs) {
        const key = flagOf(input).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
        const v = opts[key];
        if (typeof v === 'string')
            out[input] = v;
    }
    return out;
}
function runtime(ctx, platformFlag) {
    const platform = detectPlatform(platformFlag, ctx.env);
    const reporter = platform === 'github' ? githubReporter(ctx) : gitlabReporter(ctx);
    const token = resolveToken(platform, ctx.env);
    if (token !== undefined)
        reporter.mask(token);
    const root = (0,repo.findRepoRoot)(ctx.cwd);
    if (root === undefined)
        throw new errors/* OpenSessionError */.RL('current directory is not inside a git repository');
    return { platform, root, git: (0,review_git/* createGitRunner */.h)(root, ctx.env), reporter, token };
}
/** GitHub: the event payload (GITHUB_EVENT_PATH). */
function readGitHubEvent(env) {
    const file = env.GITHUB_EVENT_PATH;
    if (file === undefined || file === '')
        return {};
    try {
        return JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
    }
    catch (err) {
        throw new errors/* OpenSessionError */.RL(`cannot read the event payload ${file}: ${(0,safety/* errorLine */.B)(err)}`);
    }
}
/** Which PR/MR contexts this job acts on, after the fork and bot skips (§6.1, §6.2, §10.4). */
async function resolveContexts(ctx, rt, skipBots) {
    const env = ctx.env;
    if (rt.platform === 'github') {
        const decision = decideGitHubEvent({
            eventName: env.GITHUB_EVENT_NAME ?? '',
            payload: readGitHubEvent(env),
            repository: env.GITHUB_REPOSITORY ?? '',
            serverUrl: env.GITHUB_SERVER_URL,
            skipBots,
        });
        if (decision.action === 'skip') {
            rt.reporter.notice(decision.notice);
            return { kind: 'skip', result: decision.result, failures: [] };
        }
        return { kind: 'run', contexts: [decision.context] };
    }
    const host = env.CI_SERVER_URL ?? '';
    const gl = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5242));
    const { getMergeRequest, isGitlabBot, mergedRequestsForCommit } = gl;
    const api = rt.token !== undefined && host !== '' ? gl.createGitlabClient({ host, token: rt.token }) : undefined;
    const projectId = env.CI_PROJECT_ID ?? env.CI_PROJECT_PATH ?? '';
    const source = env.CI_PIPELINE_SOURCE ?? '';
    const botSkip = async (ctxt, authorId, username) => {
        if (!skipBots || api === undefined || authorId === undefined)
            return undefined;
        return (await isGitlabBot(api, authorId))
            ? `Skipped: MR !${ctxt.number} was opened by bot ${username ?? authorId}.`
            : undefined;
    };
    if (source === 'merge_request_event') {
        const c = gitlabUpdateContext(env);
        if (isForkMergeRequest(env)) {
            rt.reporter.notice(`Skipped: MR !${c.number ?? '?'} comes from fork ${env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH ?? env.CI_MERGE_REQUEST_SOURCE_PROJECT_ID}; its ledger lives in the fork and the token is read-only.`);
            return { kind: 'skip', result: 'skipped', failures: [] };
        }
        if (skipBots && api !== undefined && c.number !== undefined) {
            let mr;
            try {
                mr = await getMergeRequest(api, projectId, c.number);
            }
            catch {
                mr = undefined; // a failed lookup never skips
            }
            const why = await botSkip(c, mr?.author_id, mr?.author_username);
            if (why !== undefined) {
                rt.reporter.notice(why);
                return { kind: 'skip', result: 'skipped', failures: [] };
            }
        }
        return { kind: 'run', contexts: [c], api };
    }
    const branch = env.CI_COMMIT_BRANCH ?? '';
    if (source === 'push' && branch !== '' && env.CI_COMMIT_REF_PROTECTED === 'true') {
        if (api === undefined) {
            rt.reporter.warning(NO_GITLAB_TOKEN);
            return { kind: 'skip', result: 'noop', failures: [NO_GITLAB_TOKEN] };
        }
        const sha = env.CI_COMMIT_SHA ?? '';
        let merged;
        try {
            merged = await mergedRequestsForCommit(api, projectId, sha, branch);
        }
        catch (err) {
            // An API that stays unavailable (after the capped backoff) is a warning, not a crashed job (A10).
            const msg = `Could not list the merge requests of ${sha.slice(0, 7)}: ${(0,safety/* errorLine */.B)(err)}`;
            rt.reporter.warning(msg);
            return { kind: 'skip', result: 'noop', failures: [msg] };
        }
        if (merged.length === 0) {
            rt.reporter.notice(`No merge request was merged by ${sha.slice(0, 7)}; nothing to do.`);
            return { kind: 'skip', result: 'noop', failures: [] };
        }
        const contexts = [];
        for (const basic of merged) {
            const mr = (await getMergeRequest(api, projectId, basic.iid)) ?? basic;
            const c = gitlabMergedContext(env, mr);
            if (mr.source_project_id !== undefined && mr.project_id !== undefined && mr.source_project_id !== mr.project_id) {
                rt.reporter.notice(`Skipped: MR !${mr.iid} comes from fork ${mr.source_project_id}; its ledger lives in the fork and the token is read-only.`);
                continue;
            }
            const why = await botSkip(c, mr.author_id, mr.author_username);
            if (why !== undefined) {
                rt.reporter.notice(why);
                continue;
            }
            contexts.push(c);
        }
        if (contexts.length === 0)
            return { kind: 'skip', result: 'skipped', failures: [] };
        return { kind: 'run', contexts, api };
    }
    rt.reporter.notice(`Nothing to do for event ${source}/${env.CI_COMMIT_REF_NAME ?? ''}.`);
    return { kind: 'skip', result: 'noop', failures: [] };
}
function pushTarget(ctx, rt, remote) {
    return rt.platform === 'gitlab' ? gitlabPushTarget(ctx.env, remote, rt.token) : undefined;
}
async function commentsFor(ctx, rt, c, api) {
    if (c.number === undefined)
        return undefined;
    if (rt.platform === 'github') {
        if (rt.token === undefined)
            return undefined;
        const { createGitHubClient, githubCommentProvider } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8578));
        const [owner, repo] = c.repo.split('/');
        const octokit = createGitHubClient({
            token: rt.token,
            baseUrl: ctx.env.GITHUB_API_URL || undefined,
            fetch: globalThis.fetch,
        });
        return githubCommentProvider(octokit, { owner, repo, number: c.number });
    }
    if (api === undefined)
        return undefined;
    const { gitlabCommentProvider } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5242));
    return gitlabCommentProvider(api, {
        projectId: ctx.env.CI_PROJECT_ID ?? c.repo,
        iid: c.number,
        webUrl: `${c.repoUrl}/-/merge_requests/${c.number}`,
    });
}
/**
 * `--json` prints one JSON document (A10): the result object; when one GitLab push merged several MRs, the last
 * one's object with every result under a trailing `results` key.
 */
function oneJsonDocument(results) {
    const last = results[results.length - 1];
    return JSON.stringify(results.length === 1 ? last : { ...last, results }) + '\n';
}
function strictCheck(strict, failures) {
    if (strict && failures.length > 0)
        throw new errors/* OpenSessionError */.RL(`${failures.length} OpenSession step(s) failed (strict mode)`);
}
function reviewOutputs(rt, r) {
    const O = SESSION_REVIEW_OUTPUTS;
    const set = (k, v) => rt.reporter.setOutput(k, String(v));
    set(O.result, r.result);
    set(O.reviewId, r.review_id);
    set(O.ledgerRef, r.ledger_ref);
    set(O.ledgerFound, r.ledger_found);
    set(O.sessionCount, r.session_count);
    set(O.commitCount, r.commit_count);
    set(O.artifactBranch, r.artifact_branch);
    set(O.artifactPublished, r.artifact_published);
    set(O.artifactCommit, r.artifact_commit);
    set(O.commentId, r.comment_id);
    set(O.commentUrl, r.comment_url);
    set(O.comment, r.comment);
}
function artifactOutputs(rt, r) {
    const O = ARTIFACT_BRANCH_OUTPUTS;
    const set = (k, v) => rt.reporter.setOutput(k, String(v));
    set(O.artifactBranch, r.artifact_branch);
    set(O.reviewId, r.review_id);
    set(O.artifactRoot, r.artifact_root);
    set(O.manifestPath, r.manifest_path);
    set(O.published, r.published);
    set(O.deleted, r.deleted);
    set(O.artifactCommit, r.artifact_commit);
    set(O.sessionCount, r.session_count);
}
/** Fatal errors also become an error annotation, so the job log shows them where people look. */
async function reported(rt, fn) {
    try {
        return await fn();
    }
    catch (err) {
        rt?.reporter.error(err instanceof Error ? err.message : String(err));
        throw err;
    }
}
function sessionReviewCommand(ctx) {
    const cmd = new esm/* Command */.uB('session-review').description('session review for the current pull/merge request event');
    cmd
        .option('--platform <platform>', 'github or gitlab (default: detected)')
        .option('--remote <name>', 'git remote for fetch and push (default origin)')
        .option('--config <path>', 'settings fallback file (default .opensession/cleanup/config.toml)')
        .option('--json', 'print the result object as one JSON line');
    for (const f of [
        'archive-branch',
        'publish-artifacts',
        'comment',
        'final-snapshot',
        'delete-ledger-on-merge',
        'skip-bots',
        'web-base-url',
        'strict',
    ]) {
        cmd.option(`--${f} <value>`);
    }
    return cmd.action(async (opts) => {
        const rt = runtime(ctx, opts.platform);
        await reported(rt, async () => {
            const settings = sessionReviewSettings(rt.root, flagsOf(opts, Object.values(SESSION_REVIEW_INPUTS)), ctx.env);
            const resolved = await resolveContexts(ctx, rt, settings.skipBots);
            const results = [];
            if (resolved.kind === 'skip') {
                results.push(emptyResult(resolved.result, { failures: resolved.failures }));
            }
            else {
                for (const c of resolved.contexts) {
                    const out = await runChangeReview(settings, c, {
                        git: rt.git,
                        reporter: rt.reporter,
                        now: ctx.now,
                        sleep,
                        comments: await commentsFor(ctx, rt, c, resolved.api),
                        push: pushTarget(ctx, rt, settings.remote),
                    });
                    results.push(out.result);
                    if (out.body !== undefined)
                        await rt.reporter.summary(out.body);
                }
            }
            reviewOutputs(rt, results[results.length - 1]);
            if (opts.json === true)
                ctx.stdout(oneJsonDocument(results));
            else
                for (const r of results)
                    ctx.stdout(`opensession session review: ${r.result}${r.review_id ? ` ${r.review_id}` : ''} (comment ${r.comment}, ${r.session_count} session(s), ${r.commit_count} commit(s))\n`);
            strictCheck(settings.strict, results.flatMap((r) => r.failures));
        });
    });
}
function artifactBranchCommand(ctx) {
    return new esm/* Command */.uB('artifact-branch')
        .description('publish or delete the artifact branch of the current pull/merge request (no comment)')
        .option('--platform <platform>', 'github or gitlab (default: detected)')
        .option('--remote <name>', 'git remote for fetch and push (default origin)')
        .option('--config <path>', 'settings fallback file (default .opensession/cleanup/config.toml)')
        .option('--mode <mode>', 'auto, publish or delete (default auto)')
        .option('--archive-branch <value>')
        .option('--strict <value>')
        .option('--json', 'print the result object as one JSON line')
        .action(async (opts) => {
        const rt = runtime(ctx, opts.platform);
        await reported(rt, async () => {
            const settings = artifactBranchSettings(rt.root, flagsOf(opts, Object.values(ARTIFACT_BRANCH_INPUTS)), ctx.env);
            const resolved = await resolveContexts(ctx, rt, true);
            const results = [];
            if (resolved.kind === 'skip') {
                results.push({
                    result: resolved.result,
                    artifact_branch: '',
                    review_id: '',
                    artifact_root: '',
                    manifest_path: '',
                    published: false,
                    deleted: false,
                    artifact_commit: '',
                    session_count: 0,
                    failures: resolved.failures,
                });
            }
            else {
                for (const c of resolved.contexts) {
                    results.push(await runArtifactBranch(settings, c, {
                        git: rt.git,
                        reporter: rt.reporter,
                        now: ctx.now,
                        sleep,
                        push: pushTarget(ctx, rt, settings.remote),
                    }));
                }
            }
            artifactOutputs(rt, results[results.length - 1]);
            if (opts.json === true)
                ctx.stdout(oneJsonDocument(results));
            else
                for (const r of results)
                    ctx.stdout(`opensession artifact branch: ${r.result}${r.artifact_branch ? ` ${r.artifact_branch}` : ''}\n`);
            strictCheck(settings.strict, results.flatMap((r) => r.failures));
        });
    });
}
function ciCommand(ctx) {
    return new esm/* Command */.uB('ci')
        .description('CI entry points used by the GitHub actions and GitLab components')
        .addCommand(sessionReviewCommand(ctx))
        .addCommand(artifactBranchCommand(ctx))
        .addCommand(janitorCommand(ctx));
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ withRecomputedStats),
/* harmony export */   Qf: () => (/* binding */ recomputeStats),
/* harmony export */   qX: () => (/* binding */ StatsAccumulator)
/* harmony export */ });
/* unused harmony export emptyStats */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Stats fold (hail-and-store.md section 3). Folded event by event so streaming writers need no event list.

const MAX = Number.MAX_SAFE_INTEGER;
/** A token value counts only when it is a non-negative JSON integer ≤ 2^53−1 (floats like 10.0 count 0). */
function tokenValue(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0;
}
/** amendments-2 A2: the lines of a created file's body (its first `Code` block) count as added lines. */
function createdLines(event) {
    const code = event.content.blocks.find((b) => b.type === 'Code');
    if (code === undefined || code.type !== 'Code' || code.code === '')
        return 0;
    const n = code.code.split('\n').length;
    return code.code.endsWith('\n') ? n - 1 : n;
}
function countDiff(diff, acc) {
    // split on \n; a trailing \r never changes the first characters, so it needs no stripping here
    let start = 0;
    const n = diff.length;
    while (start <= n) {
        let end = diff.indexOf('\n', start);
        if (end < 0)
            end = n;
        const c = diff.charCodeAt(start);
        if (c === 0x2b /* + */) {
            if (!(diff.charCodeAt(start + 1) === 0x2b && diff.charCodeAt(start + 2) === 0x2b && start + 2 < end)) {
                acc.added++;
            }
        }
        else if (c === 0x2d /* - */) {
            if (!(diff.charCodeAt(start + 1) === 0x2d && diff.charCodeAt(start + 2) === 0x2d && start + 2 < end)) {
                acc.removed++;
            }
        }
        start = end + 1;
    }
}
/** Incremental form of recomputeStats: `add` each event in file order, then `result()`. */
class StatsAccumulator {
    eventCount = 0;
    messageCount = 0;
    userMessageCount = 0;
    toolCallCount = 0;
    tasks = new Set();
    paths = new Set();
    lines = { added: 0, removed: 0 };
    inputSum = 0;
    outputSum = 0;
    inputMax = 0;
    outputMax = 0;
    hasInputTotal = false;
    hasOutputTotal = false;
    first;
    last;
    add(event) {
        this.eventCount++;
        if (this.first === undefined)
            this.first = event.timestamp;
        this.last = event.timestamp;
        const et = event.event_type;
        switch (et.type) {
            case 'UserMessage':
                this.userMessageCount++;
                this.messageCount++;
                break;
            case 'AgentMessage':
                this.messageCount++;
                break;
            case 'TaskEnd':
                if (et.data.summary !== undefined && (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(et.data.summary).length > 0)
                    this.messageCount++;
                break;
            case 'ToolCall':
            case 'FileRead':
            case 'CodeSearch':
            case 'FileSearch':
                this.toolCallCount++;
                break;
            case 'FileEdit':
                this.paths.add(et.data.path);
                if (et.data.diff !== undefined)
                    countDiff(et.data.diff, this.lines);
                break;
            case 'FileCreate':
                this.paths.add(et.data.path);
                this.lines.added += createdLines(event);
                break;
            case 'FileDelete':
                this.paths.add(et.data.path);
                break;
            default:
                break;
        }
        if (event.task_id !== undefined) {
            const t = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(event.task_id);
            if (t.length > 0)
                this.tasks.add(t);
        }
        const a = event.attributes;
        const own = Object.prototype.hasOwnProperty;
        if (own.call(a, 'input_tokens_total')) {
            this.hasInputTotal = true;
            const v = tokenValue(a.input_tokens_total);
            if (v > this.inputMax)
                this.inputMax = v;
        }
        if (own.call(a, 'output_tokens_total')) {
            this.hasOutputTotal = true;
            const v = tokenValue(a.output_tokens_total);
            if (v > this.outputMax)
                this.outputMax = v;
        }
        if (own.call(a, 'input_tokens'))
            this.inputSum = Math.min(this.inputSum + tokenValue(a.input_tokens), MAX);
        if (own.call(a, 'output_tokens'))
            this.outputSum = Math.min(this.outputSum + tokenValue(a.output_tokens), MAX);
    }
    result() {
        let duration = 0;
        if (this.first !== undefined && this.last !== undefined && this.last > this.first) {
            duration = Number((this.last - this.first) / 1000000000n);
        }
        return {
            event_count: this.eventCount,
            message_count: this.messageCount,
            tool_call_count: this.toolCallCount,
            task_count: this.tasks.size,
            duration_seconds: duration,
            total_input_tokens: this.hasInputTotal ? this.inputMax : this.inputSum,
            total_output_tokens: this.hasOutputTotal ? this.outputMax : this.outputSum,
            user_message_count: this.userMessageCount,
            files_changed: this.paths.size,
            lines_added: this.lines.added,
            lines_removed: this.lines.removed,
        };
    }
}
/** Stats of a session computed from its events (section 3). */
function recomputeStats(session) {
    const acc = new StatsAccumulator();
    for (const e of session.events)
        acc.add(e);
    return acc.result();
}
/** A shallow copy of the session with recomputed stats. */
function withRecomputedStats(session) {
    return { ...session, stats: recomputeStats(session) };
}
/** A stats value with every field 0. */
function emptyStats() {
    return {
        event_count: 0,
        message_count: 0,
        tool_call_count: 0,
        task_count: 0,
        duration_seconds: 0,
        total_input_tokens: 0,
        total_output_tokens: 0,
        user_message_count: 0,
        files_changed: 0,
        lines_added: 0,
        lines_removed: 0,
    };
}


/***/ }),

/***/ 9823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   L6: () => (/* binding */ TimestampError),
/* harmony export */   P9: () => (/* binding */ timestampFromMillis),
/* harmony export */   UZ: () => (/* binding */ formatTsOffset),
/* harmony export */   XQ: () => (/* binding */ parseCommonForm),
/* harmony export */   ju: () => (/* binding */ formatTsZ),
/* harmony export */   z_: () => (/* binding */ tryParseTimestamp)
/* harmony export */ });
/* unused harmony exports timestampToMillis, compareTimestamps */
// HAIL timestamps (hail-and-store.md section 2.7): bigint nanoseconds since the Unix epoch, UTC.
// Hand-written because Date keeps only milliseconds and Date.parse accepts non-RFC forms.
const NS_PER_SEC = 1000000000n;
const SECONDS_PER_DAY = 86400;
/** Seconds from 0000-01-01T00:00:00Z to the epoch (negative) and from the epoch to 10000-01-01. */
const MIN_SECONDS = -62167219200; // 0000-01-01T00:00:00Z
const MAX_SECONDS_EXCL = 253402300800; // 10000-01-01T00:00:00Z
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:[Zz]|([+-])(\d{2}):?(\d{2}))$/;
/** Days since 1970-01-01 of a proleptic Gregorian civil date (H. Hinnant's algorithm). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const mp = (m + 9) % 12;
    const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function civilFromDays(z) {
    z += 719468;
    const era = Math.floor(z / 146097);
    const doe = z - era * 146097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
function daysInMonth(y, m) {
    if (m === 2)
        return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
class TimestampError extends Error {
    value;
    constructor(value) {
        super(`invalid timestamp \`${value}\``);
        this.value = value;
        this.name = 'TimestampError';
    }
}
/** Parses the RFC 3339 read grammar of section 2.7. Throws TimestampError (``invalid timestamp `{value}` ``). */
function parseTimestamp(s) {
    const fast = parseCommonForm(s);
    if (fast !== undefined)
        return fast;
    const m = TIMESTAMP_RE.exec(s);
    if (m === null)
        throw new TimestampError(s);
    const year = +m[1];
    const month = +m[2];
    const day = +m[3];
    const hh = +m[4];
    const mm = +m[5];
    const ss = +m[6];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hh > 23 || mm > 59 || ss > 59) {
        throw new TimestampError(s);
    }
    let offset = 0;
    if (m[8] !== undefined) {
        const oh = +m[9];
        const om = +m[10];
        if (oh > 23 || om > 59)
            throw new TimestampError(s);
        offset = (oh * 60 + om) * 60;
        if (m[8] === '-')
            offset = -offset;
    }
    const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss - offset;
    if (seconds < MIN_SECONDS || seconds >= MAX_SECONDS_EXCL)
        throw new TimestampError(s);
    let nanos = 0;
    const frac = m[7];
    if (frac !== undefined) {
        // digits beyond the 9th are dropped, not rounded
        nanos = frac.length >= 9 ? +frac.slice(0, 9) : +frac * 10 ** (9 - frac.length);
    }
    return BigInt(seconds) * NS_PER_SEC + BigInt(nanos);
}
function digit(s, i) {
    const d = s.charCodeAt(i) - 0x30;
    return d >= 0 && d <= 9 ? d : -1000000;
}
/**
 * Hand-rolled parse of the common `YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z` form (no regex, no captures);
 * undefined for anything else, which then takes the general path.
 */
function parseCommonForm(s) {
    const len = s.length;
    if (len < 20 || s.charCodeAt(len - 1) !== 0x5a /* Z */)
        return undefined;
    if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || s.charCodeAt(10) !== 0x54)
        return undefined;
    if (s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a)
        return undefined;
    const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
    const month = digit(s, 5) * 10 + digit(s, 6);
    const day = digit(s, 8) * 10 + digit(s, 9);
    const hh = digit(s, 11) * 10 + digit(s, 12);
    const mm = digit(s, 14) * 10 + digit(s, 15);
    const ss = digit(s, 17) * 10 + digit(s, 18);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59)
        return undefined;
    let nanos = 0;
    let fracLen = 0;
    if (len > 20) {
        if (s.charCodeAt(19) !== 0x2e || len > 30)
            return undefined;
        fracLen = len - 21;
        if (fracLen < 1)
            return undefined;
        for (let i = 20; i < len - 1; i++) {
            const d = digit(s, i);
            if (d < 0)
                return undefined;
            nanos = nanos * 10 + d;
        }
        nanos *= 10 ** (9 - fracLen);
    }
    const seconds = daysFromCivil(year, month, day) * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss;
    const t = BigInt(seconds) * NS_PER_SEC + BigInt(nanos);
    // remember an input already in tsZ form: writers usually format the value they have just read
    if (fracLen === 0 || ((fracLen === 3 || fracLen === 6 || fracLen === 9) && !s.endsWith('000Z'))) {
        lastValue = t;
        lastText = s;
    }
    return t;
}
let lastValue;
let lastText = '';
/** Same as parseTimestamp but returns undefined instead of throwing. */
function tryParseTimestamp(s) {
    try {
        return parseTimestamp(s);
    }
    catch {
        return undefined;
    }
}
function pad2(n) {
    return n < 10 ? '0' + n : String(n);
}
function formatDigits(t) {
    let secs = t / NS_PER_SEC;
    let nanos = Number(t - secs * NS_PER_SEC);
    if (nanos < 0) {
        nanos += 1_000_000_000;
        secs -= 1n;
    }
    const s = Number(secs);
    const days = Math.floor(s / SECONDS_PER_DAY);
    const sod = s - days * SECONDS_PER_DAY;
    const [y, mo, d] = civilFromDays(days);
    const ys = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
    let out = ys +
        '-' +
        pad2(mo) +
        '-' +
        pad2(d) +
        'T' +
        pad2(Math.floor(sod / 3600)) +
        ':' +
        pad2(Math.floor(sod / 60) % 60) +
        ':' +
        pad2(sod % 60);
    if (nanos !== 0) {
        if (nanos % 1_000_000 === 0)
            out += '.' + String(nanos / 1_000_000).padStart(3, '0');
        else if (nanos % 1000 === 0)
            out += '.' + String(nanos / 1000).padStart(6, '0');
        else
            out += '.' + String(nanos).padStart(9, '0');
    }
    return out;
}
/** `YYYY-MM-DDTHH:MM:SS[.fff|.ffffff|.fffffffff]Z`. */
function formatTsZ(t) {
    if (t === lastValue)
        return lastText;
    // events of one record share its timestamp: format each value once
    if (t !== lastFormatted) {
        lastFormattedText = formatDigits(t) + 'Z';
        lastFormatted = t;
    }
    return lastFormattedText;
}
let lastFormatted;
let lastFormattedText = '';
/** Same digits as formatTsZ with `+00:00` instead of `Z`. */
function formatTsOffset(t) {
    return formatDigits(t) + '+00:00';
}
/** Timestamp from epoch milliseconds (fractional milliseconds are truncated toward negative infinity). */
function timestampFromMillis(ms) {
    const whole = Math.floor(ms);
    return BigInt(whole) * 1000000n;
}
/** Epoch milliseconds of a timestamp (floored). */
function timestampToMillis(t) {
    const ms = t / 1000000n;
    return Number(t < 0n && ms * 1000000n !== t ? ms - 1n : ms);
}
function compareTimestamps(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 9950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ janitorExitCode),
/* harmony export */   td: () => (/* binding */ runJanitor),
/* harmony export */   xk: () => (/* binding */ renderJanitorText)
/* harmony export */ });
/* unused harmony exports CHUNK_REFS, CHUNK_BYTES, GLOB_THRESHOLD, listRemote, localCommitTimes, planCleanup, chunkRefs, deleteCandidates */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
/* harmony import */ var _review_git__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1237);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1509);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8494);
// The janitor (ci-automation.md §5): one `ls-remote`, one batched shallow fetch for tip times, chunked
// non-atomic deletion pushes. Git round trips stay constant in the number of refs; only a failing chunk is split.







const CHUNK_REFS = 200;
const CHUNK_BYTES = 24_000;
const DAY = 86_400;
/** Above this many refs the tip fetch uses one glob refspec per namespace (see fetchTipTimes). */
const GLOB_THRESHOLD = 100;
const GLOB_SOURCES = [_refs__WEBPACK_IMPORTED_MODULE_6__/* .LEDGER_PREFIX */ .dE, 'refs/heads/opensession/'];
/** §5.2: `remoteRefs` from one `ls-remote`; a failure is an error, never "nothing to do". */
async function listRemote(git, remote) {
    const r = await git.run(['ls-remote', '--refs', remote, 'refs/heads/*', `${_refs__WEBPACK_IMPORTED_MODULE_6__/* .LEDGER_PREFIX */ .dE}*`]);
    if (r.code !== 0)
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`failed to list refs on remote \`${remote}\`: ${r.stderr.trim() || `exit ${r.code}`}`);
    return parseListing(r.stdout);
}
function parseListing(text) {
    const refs = new Map();
    for (const line of text.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab <= 0)
            continue;
        refs.set(line.slice(tab + 1).trim(), line.slice(0, tab).trim());
    }
    return refs;
}
/** Reads the committer time of every commit in `oids` with one `git cat-file --batch`; absent oids are left out. */
async function localCommitTimes(git, oids) {
    const out = new Map();
    if (oids.length === 0)
        return out;
    const r = await git.runRaw(['cat-file', '--batch'], { input: oids.join('\n') + '\n' });
    if (r.code !== 0)
        return out;
    const buf = r.stdout;
    let pos = 0;
    while (pos < buf.length) {
        const nl = buf.indexOf(10, pos);
        if (nl < 0)
            break;
        const header = buf.subarray(pos, nl).toString('latin1').split(' ');
        pos = nl + 1;
        if (header.length !== 3)
            continue; // `<oid> missing`
        const size = Number(header[2]);
        const body = buf.subarray(pos, pos + size);
        pos += size + 1;
        if (header[1] !== 'commit')
            continue;
        const m = /^committer .* (-?\d+) [+-]\d{4}$/m.exec(body.toString('utf8'));
        if (m)
            out.set(header[0], Number(m[1]));
    }
    return out;
}
async function fetchUrl(git, root, remote) {
    if ((0,_refs__WEBPACK_IMPORTED_MODULE_6__/* .isUrlLike */ .lw)(remote))
        return remote;
    const r = await git.run(['remote', 'get-url', remote]);
    const url = r.code === 0 ? r.stdout.trim() : remote;
    if ((0,_refs__WEBPACK_IMPORTED_MODULE_6__/* .isUrlLike */ .lw)(url))
        return url;
    return node_path__WEBPACK_IMPORTED_MODULE_2__.resolve(root, url); // a relative path remote resolves against the repository root
}
/** §5.4: one shallow fetch of every ref that needs an age (stdin refspecs), then one for-each-ref for the times. */
async function fetchTipTimes(settings, deps, refs) {
    const times = new Map();
    if (refs.length === 0)
        return times;
    const shallow = (await deps.git.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    const inRepo = settings.ci || shallow;
    const ns = `refs/opensession/tmp/janitor-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
    let runner = deps.git;
    let source = settings.remote;
    let bare;
    if (!inRepo) {
        bare = node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_2__.join(deps.tmpdir ?? node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir(), 'opensession-janitor-'));
        source = await fetchUrl(deps.git, deps.git.cwd, settings.remote);
        runner = (deps.makeRunner ?? _review_git__WEBPACK_IMPORTED_MODULE_4__/* .createGitRunner */ .h)(bare, deps.env);
        const init = await runner.run(['init', '--bare', '-q']);
        if (init.code !== 0)
            throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`cannot create a temporary repository: ${(0,_review_git__WEBPACK_IMPORTED_MODULE_4__/* .firstLine */ .T)(init.stderr)}`);
    }
    try {
        // git matches every explicit refspec against every advertised ref (quadratic in n), so a large set is
        // fetched through one glob per namespace instead; a small set names its refs exactly.
        const globs = refs.length > GLOB_THRESHOLD;
        const fetch = async (batch, offset) => {
            const specs = globs
                ? GLOB_SOURCES.map((src, i) => `+${src}*:${ns}/g${i}/*`).join('\n') + '\n'
                : batch.map((ref, i) => `+${ref}:${ns}/${offset + i}`).join('\n') + '\n';
            const r = await runner.run(['fetch', '--no-tags', '--no-write-fetch-head', '--depth=1', '--stdin', source], {
                input: specs,
            });
            return r.code === 0;
        };
        if (!(await fetch(refs, 0)) && !globs) {
            // A ref vanished between listing and fetching: fall back to one fetch per ref.
            for (let i = 0; i < refs.length; i++)
                await fetch([refs[i]], i);
        }
        const list = await runner.run(['for-each-ref', '--format=%(refname) %(committerdate:unix)', `${ns}/`]);
        const wanted = new Set(refs);
        for (const line of list.stdout.split('\n')) {
            const [name, ts] = line.split(' ');
            if (name === undefined || ts === undefined || ts === '')
                continue;
            const rest = name.slice(ns.length + 1);
            if (globs) {
                const m = /^g(\d+)\/(.*)$/.exec(rest);
                const ref = m === null ? undefined : GLOB_SOURCES[Number(m[1])] + m[2];
                if (ref !== undefined && wanted.has(ref))
                    times.set(ref, Number(ts));
                continue;
            }
            const idx = Number(rest);
            if (Number.isInteger(idx) && refs[idx] !== undefined)
                times.set(refs[idx], Number(ts));
        }
        if (bare === undefined && list.stdout.trim() !== '') {
            const del = list.stdout
                .split('\n')
                .filter((l) => l !== '')
                .map((l) => `delete ${l.split(' ')[0]}\n`)
                .join('');
            await runner.run(['update-ref', '--stdin'], { input: del });
        }
    }
    finally {
        if (bare !== undefined)
            node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(bare, { recursive: true, force: true });
    }
    return times;
}
async function tipTimes(settings, deps, refs, listing) {
    const local = await localCommitTimes(deps.git, refs.map((r) => listing.get(r)));
    const times = new Map();
    const missing = [];
    for (const ref of refs) {
        const t = local.get(listing.get(ref));
        if (t !== undefined)
            times.set(ref, t);
        else
            missing.push(ref);
    }
    if (missing.length > 0)
        deps.progress?.(`janitor: reading tip times of ${missing.length} ref(s)`);
    const fetched = await fetchTipTimes(settings, deps, missing);
    const warnings = [];
    for (const ref of missing) {
        const t = fetched.get(ref);
        if (t !== undefined)
            times.set(ref, t);
        else
            warnings.push(`could not read tip commit time of \`${ref}\`; kept`);
    }
    return { times, warnings };
}
/** §5.3–5.4: candidates from the listing. */
async function planCleanup(settings, deps, listing) {
    const plan = { hidden: [], artifact: [], keptTtl: 0, keptActive: 0, ignored: [], warnings: [] };
    const archiveRef = settings.archiveBranch !== undefined ? _refs__WEBPACK_IMPORTED_MODULE_6__/* .HEADS */ .mo + settings.archiveBranch : undefined;
    const aged = [];
    for (const ref of listing.keys()) {
        if (ref.startsWith(_refs__WEBPACK_IMPORTED_MODULE_6__/* .LEDGER_PREFIX */ .dE)) {
            const branch = (0,_refs__WEBPACK_IMPORTED_MODULE_6__/* .decodeLedgerToken */ .l1)(ref.slice(_refs__WEBPACK_IMPORTED_MODULE_6__/* .LEDGER_PREFIX */ .dE.length));
            if (branch === undefined) {
                plan.ignored.push(ref);
                continue;
            }
            if (listing.has(_refs__WEBPACK_IMPORTED_MODULE_6__/* .HEADS */ .mo + branch)) {
                plan.keptActive += 1;
                continue;
            }
            aged.push({ ref, ttl: settings.hiddenTtlDays, kind: 'hidden' });
        }
        else if (ref !== archiveRef && (0,_refs__WEBPACK_IMPORTED_MODULE_6__/* .isArtifactBranchRef */ .kt)(ref)) {
            if (settings.protectedRefs?.has(ref) === true) {
                plan.keptActive += 1; // the branch of an open pull/merge request
                continue;
            }
            aged.push({ ref, ttl: settings.artifactTtlDays, kind: 'artifact' });
        }
    }
    const needAge = aged.filter((a) => a.ttl > 0).map((a) => a.ref);
    const { times, warnings } = await tipTimes(settings, deps, needAge, listing);
    plan.warnings.push(...warnings);
    const now = Math.floor(deps.now().getTime() / 1000);
    for (const a of aged) {
        let eligible = a.ttl === 0;
        if (!eligible) {
            const t = times.get(a.ref);
            eligible = t !== undefined && now - t >= 0 && now - t >= a.ttl * DAY;
        }
        if (!eligible)
            plan.keptTtl += 1;
        else
            (a.kind === 'hidden' ? plan.hidden : plan.artifact).push(a.ref);
    }
    return plan;
}
/** Splits refs into push chunks: at most CHUNK_REFS refs and CHUNK_BYTES bytes of arguments each. */
function chunkRefs(refs, listing) {
    const chunks = [];
    let cur = [];
    let bytes = 0;
    for (const ref of refs) {
        const cost = deleteArgs(ref, listing).reduce((n, a) => n + Buffer.byteLength(a) + 1, 0);
        if (cur.length > 0 && (cur.length >= CHUNK_REFS || bytes + cost > CHUNK_BYTES)) {
            chunks.push(cur);
            cur = [];
            bytes = 0;
        }
        cur.push(ref);
        bytes += cost;
    }
    if (cur.length > 0)
        chunks.push(cur);
    return chunks;
}
function deleteArgs(ref, listing) {
    return [`--force-with-lease=${ref}:${listing.get(ref) ?? ''}`, `:${ref}`];
}
async function pushChunk(deps, remote, refs, listing, out) {
    const leases = refs.map((r) => deleteArgs(r, listing)[0]);
    const specs = refs.map((r) => `:${r}`);
    const r = await deps.git.run(['push', '--no-verify', '--porcelain', remote, ...leases, ...specs], {
        env: deps.push?.env,
    });
    const done = new Set();
    const porcelain = new Map();
    for (const line of r.stdout.split('\n')) {
        const parts = line.split('\t');
        if (parts.length < 3)
            continue;
        const ref = parts[1].startsWith(':') ? parts[1].slice(1) : parts[1];
        if (parts[0] === '-' && parts[2].startsWith('[deleted]'))
            done.add(ref);
        else
            porcelain.set(ref, parts[2].trim());
    }
    const errLine = (0,_review_git__WEBPACK_IMPORTED_MODULE_4__/* .firstLine */ .T)(r.stderr);
    for (const ref of refs) {
        if (done.has(ref)) {
            out.deleted.add(ref);
            out.reasons.delete(ref);
        }
        else
            out.reasons.set(ref, errLine || porcelain.get(ref) || `git push exited ${r.code}`);
    }
    return refs.every((ref) => done.has(ref));
}
/** A chunk that did not fully delete is split in halves until the refs that fail are alone (retry pass). */
async function pushSplitting(deps, remote, refs, listing, out) {
    if (refs.length === 0)
        return;
    if (await pushChunk(deps, remote, refs, listing, out))
        return;
    const left = refs.filter((r) => !out.deleted.has(r));
    if (left.length <= 1)
        return;
    const mid = Math.ceil(left.length / 2);
    await pushSplitting(deps, remote, left.slice(0, mid), listing, out);
    await pushSplitting(deps, remote, left.slice(mid), listing, out);
}
/** §5.5: chunked deletes, then one re-list for unsettled refs, one retry (splitting failing chunks), one re-list. */
async function deleteCandidates(settings, deps, refs, listing) {
    const remote = deps.push?.remote ?? settings.remote;
    const out = { deleted: new Set(), reasons: new Map() };
    const chunks = chunkRefs(refs, listing);
    let sent = 0;
    for (const chunk of chunks) {
        await pushChunk(deps, remote, chunk, listing, out);
        sent += chunk.length;
        deps.progress?.(`janitor: deleted ${out.deleted.size} of ${refs.length} ref(s) (${sent} sent)`);
    }
    const result = { deleted: [], failed: [], warnings: [] };
    let unsettled = refs.filter((r) => !out.deleted.has(r));
    for (let attempt = 0; unsettled.length > 0; attempt++) {
        await deps.sleep(1000);
        const now = await listRemote(deps.git, settings.remote);
        const again = [];
        for (const ref of unsettled) {
            const oid = now.get(ref);
            if (oid === undefined)
                out.deleted.add(ref);
            else if (oid !== listing.get(ref))
                result.warnings.push(`${ref} changed on the remote during cleanup; kept`);
            else if (attempt === 0)
                again.push(ref);
            else {
                result.failed.push(ref);
                result.warnings.push(`failed to delete ${ref}: ${out.reasons.get(ref) ?? 'still present'}`);
            }
        }
        if (again.length === 0)
            break;
        deps.progress?.(`janitor: retrying ${again.length} ref(s)`);
        for (const chunk of chunkRefs(again, listing))
            await pushSplitting(deps, remote, chunk, listing, out);
        unsettled = again.filter((r) => !out.deleted.has(r));
    }
    result.deleted = refs.filter((r) => out.deleted.has(r));
    return result;
}
const sorted = (xs) => [...xs].sort(_text__WEBPACK_IMPORTED_MODULE_5__/* .compareBytewise */ .GV);
/** Runs the janitor: plan, and with `apply` delete. Throws on a listing failure. */
async function runJanitor(settings, deps) {
    deps.progress?.(`janitor: listing refs on ${settings.remote}`);
    const listing = await listRemote(deps.git, settings.remote);
    deps.progress?.(`janitor: ${listing.size} ref(s) listed`);
    const plan = await planCleanup(settings, deps, listing);
    const warnings = [...plan.warnings];
    let deleted = [];
    let failed = [];
    if (settings.apply) {
        const candidates = sorted([...plan.hidden, ...plan.artifact]);
        if (candidates.length > 0) {
            const d = await deleteCandidates(settings, deps, candidates, listing);
            deleted = d.deleted;
            failed = d.failed;
            warnings.push(...d.warnings);
        }
    }
    return {
        mode: settings.apply ? 'apply' : 'dry-run',
        remote: settings.remote,
        hidden_ttl_days: settings.hiddenTtlDays,
        artifact_ttl_days: settings.artifactTtlDays,
        hidden_candidates: sorted(plan.hidden),
        artifact_candidates: sorted(plan.artifact),
        deleted: sorted(deleted),
        failed: sorted(failed),
        kept_due_to_ttl: plan.keptTtl,
        kept_active_branch: plan.keptActive,
        ignored: sorted(plan.ignored),
        warnings: sorted(warnings),
    };
}
/** §5.6 text output. */
function renderJanitorText(s) {
    const lines = [`mode: ${s.mode}`, `remote: ${s.remote}`];
    const list = (name, xs, show) => {
        lines.push(`${name}: ${xs.length}`);
        if (show)
            for (const x of xs)
                lines.push(`  - ${x}`);
    };
    list('hidden_candidates', s.hidden_candidates, true);
    list('artifact_candidates', s.artifact_candidates, true);
    list('deleted', s.deleted, s.mode === 'apply');
    list('failed', s.failed, s.mode === 'apply');
    lines.push(`kept_due_to_ttl: ${s.kept_due_to_ttl}`, `kept_active_branch: ${s.kept_active_branch}`);
    for (const w of s.warnings)
        lines.push(`warning: ${w}`);
    for (const r of s.ignored)
        lines.push(`ignored: ${r} (undecodable ledger token)`);
    return lines.join('\n') + '\n';
}
/** Exit code of every janitor front end (§5.6): 1 when any ref failed. */
function janitorExitCode(s) {
    return s.failed.length > 0 ? 1 : 0;
}


/***/ }),

/***/ 8494:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ detectProvider),
/* harmony export */   _H: () => (/* binding */ stripUserinfo),
/* harmony export */   dE: () => (/* binding */ LEDGER_PREFIX),
/* harmony export */   kt: () => (/* binding */ isArtifactBranchRef),
/* harmony export */   l1: () => (/* binding */ decodeLedgerToken),
/* harmony export */   lw: () => (/* binding */ isUrlLike),
/* harmony export */   mo: () => (/* binding */ HEADS)
/* harmony export */ });
/* unused harmony export artifactBranchNumber */
// Ref names the janitor reasons about (ci-automation.md §1, §5.3) and remote-string helpers (§2.2).
const LEDGER_PREFIX = 'refs/opensession/branches/';
const HEADS = 'refs/heads/';
const ARTIFACT_BRANCH = /^refs\/heads\/opensession\/(pr|mr)-[0-9]+-sessions$/;
/** GitHub and GitLab artifact branches alike; the number must be digits. */
function isArtifactBranchRef(ref) {
    return ARTIFACT_BRANCH.test(ref);
}
/** The number of an artifact branch ref (`refs/heads/opensession/pr-7-sessions` → 7), else undefined. */
function artifactBranchNumber(ref) {
    const m = ARTIFACT_BRANCH.exec(ref);
    return m === null ? undefined : { kind: m[1], number: Number(ref.split('-')[1]) };
}
/**
 * Strict base64url decoding of a ledger token (§5.3, §16): alphabet, length, exact round trip, valid UTF-8,
 * non-empty. Anything else is undefined, and the ref is ignored, never deleted.
 */
function decodeLedgerToken(token) {
    if (!/^[A-Za-z0-9_-]+$/.test(token) || token.length % 4 === 1)
        return undefined;
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.toString('base64url') !== token)
        return undefined;
    try {
        const s = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return s === '' ? undefined : s;
    }
    catch {
        return undefined;
    }
}
/** §2.2: contains `://`, or the scp form `user@host:`. */
function isUrlLike(value) {
    return value.includes('://') || /^[^/\s]+@[^/\s]+:/.test(value);
}
/** A URL with its userinfo removed, for messages (`https://user:tok@host/x` → `https://host/x`). */
function stripUserinfo(url) {
    if (url.includes('://')) {
        try {
            const u = new URL(url);
            if (u.username === '' && u.password === '')
                return url;
            u.username = '';
            u.password = '';
            return u.toString();
        }
        catch {
            return url.replace(/\/\/[^/@]*@/, '//');
        }
    }
    return url;
}
/** §2.3: the provider of a remote URL; generic (with `fellBack`) when no host or an unknown host. */
function detectProvider(url) {
    let host;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
        try {
            host = new URL(url).hostname;
        }
        catch {
            host = undefined;
        }
        if (url.toLowerCase().startsWith('file://'))
            host = undefined;
    }
    else {
        const m = /^(?:[^@/\s]+@)?([^:/\s]+):(.+)$/.exec(url);
        if (m !== null && m[1] !== '' && m[2] !== '')
            host = m[1];
    }
    const h = (host ?? '').toLowerCase();
    if (h === 'github.com')
        return { provider: 'github', fellBack: false };
    if (h !== '' && h.includes('gitlab'))
        return { provider: 'gitlab', fellBack: false };
    return { provider: 'generic', fellBack: true };
}


/***/ }),

/***/ 8578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   githubCommentProvider: () => (/* binding */ githubCommentProvider)
/* harmony export */ });
/* unused harmony exports GitHubClient, realRetryClock */
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8384);
/* harmony import */ var _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3779);
/* harmony import */ var _octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9210);
/* harmony import */ var _retry_helper__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9696);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7124);
// GitHub through Octokit (the same core and plugins @actions/github builds its `GitHub` class from, without the
// @actions/http-client/undici layer: loading that cost ~0.4 s before the first request, and the injected `fetch`
// bypassed its proxy agent anyway). `fetch` is injected so tests (nock, fake servers) see every request. Retries and
// rate limits are handled below Octokit by `retryingFetch` (A10) rather than by plugin-retry/plugin-throttling:
// their waits cannot be capped at 60 s / 5 min or driven by an injected clock.





const GitHubClient = _octokit_core__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_rest_endpoint_methods__WEBPACK_IMPORTED_MODULE_2__/* .restEndpointMethods */ ._, _octokit_plugin_paginate_rest__WEBPACK_IMPORTED_MODULE_3__/* .paginateRest */ .ud);
const realRetryClock = () => ({
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    now: () => Date.now(),
    random: () => Math.random(),
});
function createGitHubClient(opts) {
    const base = opts.fetch ?? globalThis.fetch;
    const retries = opts.retries ?? 6;
    const fetchImpl = retries > 0 ? (0,_retry_helper__WEBPACK_IMPORTED_MODULE_0__/* .retryingFetch */ .XR)(base, { ...realRetryClock(), ...opts.retry, maxRetries: retries }) : base;
    return new GitHubClient({
        auth: opts.token,
        baseUrl: opts.baseUrl ?? 'https://api.github.com',
        userAgent: opts.userAgent ?? 'opensession',
        request: { fetch: fetchImpl },
    });
}
function toComment(c) {
    return {
        id: String(c.id),
        body: c.body ?? '',
        author: c.user?.login !== undefined ? (0,_types__WEBPACK_IMPORTED_MODULE_4__/* .stripBot */ .M)(c.user.login) : undefined,
        createdAt: c.created_at,
        updatedAt: c.updated_at,
        url: c.html_url,
    };
}
/** Issue comments of one pull request (the Issues comments API). */
function githubCommentProvider(octokit, pr) {
    const base = { owner: pr.owner, repo: pr.repo };
    return {
        platform: 'github',
        async identity() {
            const res = await octokit.graphql('query { viewer { login } }');
            const login = res?.viewer?.login;
            return typeof login === 'string' && login !== '' ? (0,_types__WEBPACK_IMPORTED_MODULE_4__/* .stripBot */ .M)(login) : undefined;
        },
        async listComments() {
            const list = await octokit.paginate(octokit.rest.issues.listComments, {
                ...base,
                issue_number: pr.number,
                per_page: 100,
            });
            return list.map(toComment);
        },
        async createComment(body) {
            const { data } = await octokit.rest.issues.createComment({ ...base, issue_number: pr.number, body });
            return toComment(data);
        },
        async updateComment(id, body) {
            const { data } = await octokit.rest.issues.updateComment({ ...base, comment_id: Number(id), body });
            return toComment(data);
        },
        async deleteComment(id) {
            await octokit.rest.issues.deleteComment({ ...base, comment_id: Number(id) });
        },
    };
}


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitlabApiError: () => (/* binding */ GitlabApiError),
/* harmony export */   createGitlabClient: () => (/* binding */ createGitlabClient),
/* harmony export */   getMergeRequest: () => (/* binding */ getMergeRequest),
/* harmony export */   gitlabCommentProvider: () => (/* binding */ gitlabCommentProvider),
/* harmony export */   isGitlabBot: () => (/* binding */ isGitlabBot),
/* harmony export */   mergedRequestsForCommit: () => (/* binding */ mergedRequestsForCommit)
/* harmony export */ });
/* harmony import */ var _retry_helper__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9696);
// GitLab REST v4 with PRIVATE-TOKEN: merge request notes, user lookups, commit → merge requests. A small client on
// `fetch` (seven endpoints) instead of Gitbeaker: its own retry loop cannot be capped or given a clock (A10), and
// it costs start-up time before the first request.

/** An HTTP error of the GitLab API (status and the first part of its message). */
class GitlabApiError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'GitlabApiError';
    }
}
const MAX_PAGES = 100;
function createGitlabClient(opts) {
    const base = opts.fetch ?? globalThis.fetch;
    const retries = opts.retries ?? 6;
    const clock = {
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        now: () => Date.now(),
        random: () => Math.random(),
    };
    const f = retries > 0 ? (0,_retry_helper__WEBPACK_IMPORTED_MODULE_0__/* .retryingFetch */ .XR)(base, { ...clock, ...opts.retry, maxRetries: retries }) : base;
    const root = `${opts.host.replace(/\/+$/, '')}/api/v4`;
    const pid = (id) => encodeURIComponent(String(id));
    const call = async (method, path, body) => {
        const url = path.startsWith('http') ? path : `${root}${path}`;
        const res = await f(url, {
            method,
            headers: {
                'PRIVATE-TOKEN': opts.token,
                accept: 'application/json',
                ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            },
            body: body !== undefined ? JSON.stringify(body) : undefined,
        });
        const text = await res.text();
        if (!res.ok) {
            let msg = text.slice(0, 200);
            try {
                const j = JSON.parse(text);
                msg =
                    typeof j.message === 'string'
                        ? j.message
                        : typeof j.error === 'string'
                            ? j.error
                            : JSON.stringify(j.message ?? j);
            }
            catch {
                // not JSON: keep the text
            }
            throw new GitlabApiError(`GitLab API ${method} ${path.split('?')[0]}: HTTP ${res.status}${msg !== '' ? ` (${msg})` : ''}`, res.status);
        }
        return { data: text === '' ? undefined : JSON.parse(text), res };
    };
    const all = async (path) => {
        const out = [];
        let page = '1';
        for (let i = 0; i < MAX_PAGES; i++) {
            const sep = path.includes('?') ? '&' : '?';
            const { data, res } = await call('GET', `${path}${sep}per_page=100&page=${page}`);
            if (Array.isArray(data))
                out.push(...data);
            const next = (res.headers.get('x-next-page') ?? '').trim();
            if (next === '' || !Array.isArray(data) || data.length === 0)
                break;
            page = next;
        }
        return out;
    };
    return {
        Users: {
            showCurrentUser: async () => (await call('GET', '/user')).data,
            show: async (userId) => (await call('GET', `/users/${encodeURIComponent(String(userId))}`)).data,
        },
        MergeRequestNotes: {
            all: (projectId, iid) => all(`/projects/${pid(projectId)}/merge_requests/${iid}/notes`),
            create: async (projectId, iid, body) => (await call('POST', `/projects/${pid(projectId)}/merge_requests/${iid}/notes`, { body })).data,
            edit: async (projectId, iid, noteId, o) => (await call('PUT', `/projects/${pid(projectId)}/merge_requests/${iid}/notes/${noteId}`, { body: o.body })).data,
            remove: async (projectId, iid, noteId) => {
                await call('DELETE', `/projects/${pid(projectId)}/merge_requests/${iid}/notes/${noteId}`);
            },
        },
        Commits: {
            allMergeRequests: async (projectId, sha) => (await call('GET', `/projects/${pid(projectId)}/repository/commits/${encodeURIComponent(sha)}/merge_requests`))
                .data,
        },
        MergeRequests: {
            show: async (projectId, iid) => (await call('GET', `/projects/${pid(projectId)}/merge_requests/${iid}`)).data,
            all: (o) => all(`/projects/${pid(o.projectId)}/merge_requests?state=${encodeURIComponent(o.state)}`),
        },
    };
}
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function toNote(n, webUrl) {
    const author = isObj(n.author) && (typeof n.author.id === 'number' || typeof n.author.id === 'string')
        ? String(n.author.id)
        : undefined;
    const id = String(n.id);
    return {
        id,
        body: typeof n.body === 'string' ? n.body : '',
        author,
        createdAt: typeof n.created_at === 'string' ? n.created_at : undefined,
        updatedAt: typeof n.updated_at === 'string' ? n.updated_at : undefined,
        url: webUrl !== undefined ? `${webUrl}#note_${id}` : undefined,
    };
}
function gitlabCommentProvider(api, mr) {
    return {
        platform: 'gitlab',
        async identity() {
            const u = await api.Users.showCurrentUser();
            return isObj(u) && (typeof u.id === 'number' || typeof u.id === 'string') ? String(u.id) : undefined;
        },
        async listComments() {
            const notes = await api.MergeRequestNotes.all(mr.projectId, mr.iid, { perPage: 100 });
            return (Array.isArray(notes) ? notes : [])
                .filter(isObj)
                .filter((n) => n.system !== true)
                .map((n) => toNote(n, mr.webUrl));
        },
        async createComment(body) {
            const n = await api.MergeRequestNotes.create(mr.projectId, mr.iid, body);
            return toNote(isObj(n) ? n : {}, mr.webUrl);
        },
        async updateComment(id, body) {
            const n = await api.MergeRequestNotes.edit(mr.projectId, mr.iid, Number(id), { body });
            return toNote(isObj(n) ? n : {}, mr.webUrl);
        },
        async deleteComment(id) {
            await api.MergeRequestNotes.remove(mr.projectId, mr.iid, Number(id));
        },
    };
}
/** §6.2: true only when the lookup succeeds and says `bot: true`. */
async function isGitlabBot(api, userId) {
    try {
        const u = await api.Users.show(userId);
        return isObj(u) && u.bot === true;
    }
    catch {
        return false;
    }
}
function toMr(v) {
    if (!isObj(v) || typeof v.iid !== 'number')
        return undefined;
    const str = (x) => (typeof x === 'string' ? x : null);
    const diff = isObj(v.diff_refs) ? v.diff_refs : {};
    return {
        iid: v.iid,
        state: typeof v.state === 'string' ? v.state : '',
        target_branch: typeof v.target_branch === 'string' ? v.target_branch : '',
        source_branch: typeof v.source_branch === 'string' ? v.source_branch : '',
        source_project_id: typeof v.source_project_id === 'number' ? v.source_project_id : undefined,
        project_id: typeof v.project_id === 'number' ? v.project_id : undefined,
        sha: str(v.sha),
        merge_commit_sha: str(v.merge_commit_sha),
        squash_commit_sha: str(v.squash_commit_sha),
        author_id: isObj(v.author) && typeof v.author.id === 'number' ? v.author.id : undefined,
        author_username: isObj(v.author) && typeof v.author.username === 'string' ? v.author.username : undefined,
        diff_base_sha: str(diff.base_sha),
    };
}
/** §10.4 steps 2–3: merged MRs of `sha` targeting `branch`. */
async function mergedRequestsForCommit(api, projectId, sha, branch) {
    const list = await api.Commits.allMergeRequests(projectId, sha);
    return (Array.isArray(list) ? list : [])
        .map(toMr)
        .filter((m) => m !== undefined)
        .filter((m) => m.state === 'merged' &&
        m.target_branch === branch &&
        [m.merge_commit_sha, m.squash_commit_sha, m.sha].includes(sha));
}
async function getMergeRequest(api, projectId, iid) {
    return toMr(await api.MergeRequests.show(projectId, iid));
}


/***/ }),

/***/ 9696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XR: () => (/* binding */ retryingFetch)
/* harmony export */ });
/* unused harmony exports RETRY_STATUSES, MAX_SINGLE_WAIT_MS, MAX_TOTAL_WAIT_MS, DEFAULT_MAX_RETRIES, ApiRetryError, retryAfterMs */
// Backoff for GitHub and GitLab API calls (amendments-2 A10), as a `fetch` wrapper so both clients share it:
// retry 429/500/502/503/504 (and GitHub's 403 rate limits); honour `Retry-After` and `x-ratelimit-reset`;
// exponential backoff with full jitter otherwise; never wait more than 60 s at once or 5 min in total.
// The clock, sleep and randomness are injected so tests are exact and fast.
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);
const MAX_SINGLE_WAIT_MS = 60_000;
const MAX_TOTAL_WAIT_MS = 300_000;
const DEFAULT_MAX_RETRIES = 6;
const BACKOFF_BASE_MS = 1_000;
/** A request given up after rate limits or server errors; `status` is the last HTTP status (absent: network). */
class ApiRetryError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'ApiRetryError';
    }
}
/** Seconds or an HTTP date → milliseconds from now; undefined when absent or unreadable. */
function retryAfterMs(value, nowMs) {
    if (value === null || value.trim() === '')
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.ceil(Number(v) * 1000);
    const t = Date.parse(v);
    return Number.isFinite(t) ? Math.max(0, t - nowMs) : undefined;
}
/** `x-ratelimit-reset` / `ratelimit-reset` (epoch seconds) when the remaining quota is 0. */
function resetWaitMs(h, nowMs) {
    const remaining = h.get('x-ratelimit-remaining') ?? h.get('ratelimit-remaining');
    const reset = h.get('x-ratelimit-reset') ?? h.get('ratelimit-reset');
    if (reset === null || !/^\d+$/.test(reset.trim()))
        return undefined;
    if (remaining !== null && remaining.trim() !== '0')
        return undefined;
    return Math.max(0, Number(reset.trim()) * 1000 - nowMs);
}
/** Whether a response is worth retrying: the A10 statuses, or a GitHub 403 that is a (secondary) rate limit. */
async function isRetryable(res) {
    if (RETRY_STATUSES.has(res.status))
        return true;
    if (res.status !== 403)
        return false;
    const h = res.headers;
    if (h.get('retry-after') !== null)
        return true;
    if ((h.get('x-ratelimit-remaining') ?? '').trim() === '0')
        return true;
    try {
        const text = await res.clone().text();
        return /rate limit/i.test(text);
    }
    catch {
        return false;
    }
}
function seconds(ms) {
    const s = Math.ceil(ms / 1000);
    return s >= 120 ? `${Math.round(s / 60)} min` : `${s} s`;
}
function describe(url) {
    try {
        const u = new URL(url);
        return `${u.host}${u.pathname}`;
    }
    catch {
        return url;
    }
}
/** Wraps `fetchImpl` with the A10 backoff. */
function retryingFetch(fetchImpl, opts) {
    const maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
    const maxSingle = opts.maxSingleWaitMs ?? MAX_SINGLE_WAIT_MS;
    const maxTotal = opts.maxTotalWaitMs ?? MAX_TOTAL_WAIT_MS;
    // One budget per client (one CI step): once 5 min of waits are spent, later calls fail without waiting.
    let waited = 0;
    const wrapped = async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        for (let attempt = 0;; attempt++) {
            // A Request body can be read once: hand every attempt its own copy.
            const req = input instanceof Request ? input.clone() : input;
            let res;
            let netErr;
            try {
                res = await fetchImpl(req, init);
            }
            catch (err) {
                netErr = err;
            }
            if (res !== undefined && !(await isRetryable(res)))
                return res;
            const status = res?.status;
            const what = status === undefined ? `network error (${netErr?.message ?? String(netErr)})` : `HTTP ${status}`;
            const asked = res !== undefined
                ? (retryAfterMs(res.headers.get('retry-after'), opts.now()) ?? resetWaitMs(res.headers, opts.now()))
                : undefined;
            if (asked !== undefined && asked > maxSingle) {
                throw new ApiRetryError(`${describe(url)}: ${what}; the API asks to wait ${seconds(asked)}, more than the ${seconds(maxSingle)} limit, so this step gives up`, status);
            }
            if (attempt >= maxRetries) {
                if (res !== undefined)
                    return res; // the client turns the last answer into its usual error
                throw new ApiRetryError(`${describe(url)}: ${what} after ${attempt + 1} attempts`, status);
            }
            const backoff = Math.min(maxSingle, BACKOFF_BASE_MS * 2 ** attempt);
            const jittered = Math.round(backoff / 2 + opts.random() * (backoff / 2));
            const wait = Math.min(maxSingle, asked !== undefined ? asked + Math.round(opts.random() * 250) : jittered);
            if (waited + wait > maxTotal) {
                throw new ApiRetryError(`${describe(url)}: ${what}; still failing after ${seconds(waited)} of retries (limit ${seconds(maxTotal)}), so this step gives up`, status);
            }
            opts.onRetry?.({ url, status, waitMs: wait, attempt: attempt + 1 });
            waited += wait;
            await opts.sleep(wait);
        }
    };
    return wrapped;
}


/***/ }),

/***/ 7124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ stripBot),
/* harmony export */   s: () => (/* binding */ httpStatusOf)
/* harmony export */ });
// One interface for PR/MR comments on GitHub and GitLab (ci-automation.md §10), so the sticky algorithm is shared.
/** The HTTP status of an Octokit or Gitbeaker error, when there is one. */
function httpStatusOf(err) {
    if (err === null || typeof err !== 'object')
        return undefined;
    const e = err;
    for (const v of [e.status, e.response?.status, e.cause?.response?.status])
        if (typeof v === 'number')
            return v;
    return undefined;
}
function stripBot(login) {
    return login.endsWith('[bot]') ? login.slice(0, -5) : login;
}


/***/ }),

/***/ 4653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml)
/* harmony export */ });
/* unused harmony export TomlError */
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
// TOML 1.0 for the package's config files (`.opensession/config.toml`, cleanup and daemon config):
// read by smol-toml (a maintained, spec-complete reader) and adapted to the shapes callers use.
// Dates and times come back as text; integers beyond 2^53 as bigint; errors as TomlError.

class TomlError extends Error {
    line;
    column;
    constructor(message, line, column) {
        super(`${message} at line ${line}, column ${column}`);
        this.line = line;
        this.column = column;
        this.name = 'TomlError';
    }
}
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;
/** The 1-based line where an integer literal of value `n` is written (1 when it cannot be found). */
function lineOfInteger(text, n) {
    const at = text.replace(/_/g, '').indexOf(n.toString().replace(/^-/, ''));
    return at < 0 ? 1 : text.replace(/_/g, '').slice(0, at).split('\n').length;
}
/**
 * Dates as their text, and 64-bit range checked for integers (TOML 1.0: an integer that does not fit
 * is an error), walked with an explicit stack.
 */
function adapt(root, text) {
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        for (const key of Object.keys(node)) {
            const v = node[key];
            if (v instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlDate */ .PJ)
                node[key] = v.toISOString();
            else if (typeof v === 'bigint' && (v < I64_MIN || v > I64_MAX)) {
                throw new TomlError(`integer ${v} does not fit in 64 bits`, lineOfInteger(text, v), 1);
            }
            else if (typeof v === 'object' && v !== null)
                stack.push(v);
        }
    }
    return root;
}
/** Parses a TOML document. Throws TomlError (`<what> at line L, column C`). */
function parseToml(text) {
    try {
        return adapt((0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text, { integersAsBigInt: 'asNeeded' }), text);
    }
    catch (e) {
        if (e instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx) {
            const what = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            throw new TomlError(what, e.line, e.column);
        }
        throw e;
    }
}


/***/ }),

/***/ 1456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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