"use strict";
exports.id = 832;
exports.ids = [832,2419];
exports.modules = {

/***/ 2419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ loadActionsCore),
/* harmony export */   Qs: () => (/* binding */ commandsToAsync),
/* harmony export */   mD: () => (/* binding */ commandsTo),
/* harmony export */   provideActionsCore: () => (/* binding */ provideActionsCore)
/* harmony export */ });
let provided;
/** Use this @actions/core instead of the bundled one (for hosts such as @github/local-action). */
function provideActionsCore(core) {
    provided = core;
}
async function loadActionsCore() {
    return provided ?? (await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(6421)]).then(__webpack_require__.bind(__webpack_require__, 6421)));
}
/**
 * Runs `fn` with the process's stdout writes sent to `write`. @actions/core prints workflow commands
 * (`::add-mask::`, `::warning::`) on stdout; here they go to stderr (the runner reads both streams), so stdout
 * carries only the command's result — with `--json`, exactly one JSON document (A10). The @actions/core calls
 * wrapped here write synchronously, so no other output can slip into the redirect.
 */
function commandsTo(write, fn) {
    const restore = redirectStdout(write);
    try {
        return fn();
    }
    finally {
        restore();
    }
}
/**
 * `commandsTo` for an asynchronous step (loading a module whose top level prints). Only for steps during which
 * nothing else of this process writes its result.
 */
async function commandsToAsync(write, fn) {
    const restore = redirectStdout(write);
    try {
        return await fn();
    }
    finally {
        restore();
    }
}
function redirectStdout(write) {
    const original = process.stdout.write;
    process.stdout.write = ((chunk, ...rest) => {
        write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        const done = rest.find((r) => typeof r === 'function');
        done?.();
        return true;
    });
    return () => {
        process.stdout.write = original;
    };
}


/***/ }),

/***/ 832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ciCommand: () => (/* binding */ ciCommand),
  flagsOf: () => (/* binding */ flagsOf),
  githubClient: () => (/* binding */ githubClient),
  reported: () => (/* binding */ reported),
  runtime: () => (/* binding */ runtime),
  withActionInputs: () => (/* binding */ withActionInputs)
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
async function openRequestSource(platform, env, token) {
    if (token === undefined)
        return undefined;
    if (platform === 'github') {
        const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
        if (!owner || !repo)
            return undefined;
        return { platform, octokit: await githubClient(env, token), owner, repo };
    }
    const host = env.CI_SERVER_URL ?? '';
    const projectId = env.CI_PROJECT_ID || env.CI_PROJECT_PATH || '';
    if (host === '' || projectId === '')
        return undefined;
    const { createGitlabClient } = await __webpack_require__.e(/* import() */ 5242).then(__webpack_require__.bind(__webpack_require__, 5242));
    const api = createGitlabClient({ host, token });
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
        const rt = await runtime(ctx, opts.platform, Object.values(JANITOR_INPUTS));
        await reported(rt, async () => {
            const s = janitorSettings(rt.root, flagsOf(opts, Object.values(JANITOR_INPUTS)), rt.env);
            const warnings = [];
            let protectedRefs;
            const source = await openRequestSource(rt.platform, rt.env, rt.token);
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
            const push = rt.platform === 'gitlab' ? gitlabPushTarget(rt.env, s.remote, rt.token) : undefined;
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
                env: rt.env,
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

// EXTERNAL MODULE: ./cli/ci/actions-core.ts
var actions_core = __webpack_require__(2419);
// EXTERNAL MODULE: ./cli/test-settings.ts
var test_settings = __webpack_require__(705);
;// CONCATENATED MODULE: ./cli/ci/reporter.ts



/**
 * GitHub reporter over @actions/core. Outputs and the summary are written only when the job provides their files
 * (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`); outside a runner they are dropped, as before.
 */
function githubReporter(ctx, core) {
    const title = { title: ANNOTATION_TITLE };
    const has = (key) => (ctx.env[key] ?? '') !== '';
    return {
        notice: (m) => (0,actions_core/* commandsTo */.mD)(ctx.stderr, () => core.notice((0,safety/* redact */.E)(m), title)),
        warning: (m) => (0,actions_core/* commandsTo */.mD)(ctx.stderr, () => core.warning((0,safety/* redact */.E)(m), title)),
        error: (m) => (0,actions_core/* commandsTo */.mD)(ctx.stderr, () => core.error((0,safety/* redact */.E)(m), title)),
        mask: (s) => {
            if (s !== '')
                (0,actions_core/* commandsTo */.mD)(ctx.stderr, () => core.setSecret(s));
        },
        setOutput: (name, value) => {
            if (has('GITHUB_OUTPUT'))
                (0,actions_core/* commandsTo */.mD)(ctx.stderr, () => core.setOutput(name, value));
        },
        summary: async (md) => {
            if (has('GITHUB_STEP_SUMMARY'))
                await core.summary.addRaw(md.endsWith('\n') ? md : md + '\n').write();
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
/**
 * Action inputs as read by @actions/core (`INPUT_<NAME>`, or the host's stub) placed over the OPENSESSION_* env
 * vars the composite actions map them to (A13), so both ways of passing an input give the same settings. A value
 * that is an unevaluated expression (`${{ github.token }}`, an action.yml default read literally) counts as unset.
 */
function withActionInputs(env, core, inputs) {
    const out = { ...env };
    for (const name of inputs) {
        const v = core.getInput(name).trim();
        if (v !== '' && !/^\$\{\{[\s\S]*\}\}$/.test(v))
            out[envNameOf(name)] = v;
    }
    return out;
}
async function runtime(ctx, platformFlag, inputs) {
    const platform = detectPlatform(platformFlag, ctx.env);
    let env = ctx.env;
    let reporter;
    if (platform === 'github') {
        const core = await (0,actions_core/* loadActionsCore */.B3)();
        env = withActionInputs(ctx.env, core, inputs);
        reporter = githubReporter(ctx, core);
    }
    else {
        reporter = gitlabReporter(ctx);
    }
    const token = resolveToken(platform, env);
    if (token !== undefined)
        reporter.mask(token);
    const root = (0,repo.findRepoRoot)(ctx.cwd);
    if (root === undefined)
        throw new errors/* OpenSessionError */.RL('current directory is not inside a git repository');
    return { platform, root, git: (0,review_git/* createGitRunner */.h)(root, env), reporter, env, token };
}
let githubModule;
/**
 * core/providers/github, loaded on first use (other paths do not pay for @actions/github). Loading @actions/github
 * reads `GITHUB_EVENT_PATH` and prints on stdout when that file is missing; stdout carries only the command's
 * result (A10), so that line goes to stderr.
 */
function loadGitHub() {
    githubModule ??= (0,actions_core/* commandsToAsync */.Qs)((chunk) => process.stderr.write(chunk), () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(8735), __webpack_require__.e(8578)]).then(__webpack_require__.bind(__webpack_require__, 8578)));
    return githubModule;
}
/** The GitHub client of one CI step. */
async function githubClient(env, token) {
    const { createGitHubClient } = await loadGitHub();
    return createGitHubClient({
        token,
        baseUrl: env.GITHUB_API_URL || undefined,
        fetch: globalThis.fetch,
        waitScale: (0,test_settings/* testBackoffScale */.T)(env), // test-only: the caps and decisions keep the real waits
    });
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
async function resolveContexts(rt, skipBots) {
    const env = rt.env;
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
    const gl = await __webpack_require__.e(/* import() */ 5242).then(__webpack_require__.bind(__webpack_require__, 5242));
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
function pushTarget(rt, remote) {
    return rt.platform === 'gitlab' ? gitlabPushTarget(rt.env, remote, rt.token) : undefined;
}
async function commentsFor(rt, c, api) {
    if (c.number === undefined)
        return undefined;
    if (rt.platform === 'github') {
        if (rt.token === undefined)
            return undefined;
        const { githubCommentProvider } = await loadGitHub();
        const [owner, repo] = c.repo.split('/');
        return githubCommentProvider(await githubClient(rt.env, rt.token), { owner, repo, number: c.number });
    }
    if (api === undefined)
        return undefined;
    const { gitlabCommentProvider } = await __webpack_require__.e(/* import() */ 5242).then(__webpack_require__.bind(__webpack_require__, 5242));
    return gitlabCommentProvider(api, {
        projectId: rt.env.CI_PROJECT_ID ?? c.repo,
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
        const rt = await runtime(ctx, opts.platform, Object.values(SESSION_REVIEW_INPUTS));
        await reported(rt, async () => {
            const settings = sessionReviewSettings(rt.root, flagsOf(opts, Object.values(SESSION_REVIEW_INPUTS)), rt.env);
            const resolved = await resolveContexts(rt, settings.skipBots);
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
                        comments: await commentsFor(rt, c, resolved.api),
                        push: pushTarget(rt, settings.remote),
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
        const rt = await runtime(ctx, opts.platform, Object.values(ARTIFACT_BRANCH_INPUTS));
        await reported(rt, async () => {
            const settings = artifactBranchSettings(rt.root, flagsOf(opts, Object.values(ARTIFACT_BRANCH_INPUTS)), rt.env);
            const resolved = await resolveContexts(rt, true);
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
                        push: pushTarget(rt, settings.remote),
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


/***/ })

};
;