exports.id = 301;
exports.ids = [301,38];
exports.modules = {

/***/ 2544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ciCommand: () => (/* binding */ ciCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./core/errors.ts
var errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/ledger/repo.ts
var repo = __webpack_require__(6790);
// EXTERNAL MODULE: ./core/review/render.ts
var render = __webpack_require__(2653);
;// CONCATENATED MODULE: ./core/providers/sticky.ts
// Sticky upsert by hidden marker (ci-automation.md §10.1): same algorithm on GitHub and GitLab.

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
async function upsertSticky(provider, marker, body, describeError) {
    let identity;
    try {
        identity = await provider.identity();
    }
    catch {
        identity = undefined;
    }
    const all = await provider.listComments();
    const candidates = sortCandidates(all.filter((c) => c.body.includes(marker) && (identity === undefined || c.author === identity)));
    const warnings = [];
    const deleted = [];
    let result;
    let comment;
    if (candidates.length === 0) {
        comment = await provider.createComment(body);
        result = 'created';
    }
    else if ((0,render/* normalizeBody */.Cs)(candidates[0].body) === (0,render/* normalizeBody */.Cs)(body)) {
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

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 21 modules
var utils = __webpack_require__(458);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js + 1 modules
var dist_bundle = __webpack_require__(9250);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./core/providers/types.ts
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

;// CONCATENATED MODULE: ./core/providers/github.ts
// GitHub through @actions/github's Octokit with retry and throttling plugins; `fetch` is injected so tests
// (nock) and proxies see every request.




const GitHubClient = utils/* GitHub */.gq.plugin(dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
function createGitHubClient(opts) {
    const retries = opts.retries ?? 3;
    return new GitHubClient({
        auth: opts.token,
        baseUrl: opts.baseUrl ?? 'https://api.github.com',
        userAgent: opts.userAgent ?? 'opensession',
        // Not `request.retries`: plugin-retry would then retry every failure, 403/404 included.
        request: { fetch: opts.fetch ?? globalThis.fetch },
        retry: { enabled: retries > 0, retries },
        throttle: {
            enabled: retries > 0,
            onRateLimit: (_after, _options, _octokit, retryCount) => retryCount < retries,
            onSecondaryRateLimit: (_after, _options, _octokit, retryCount) => retryCount < retries,
        },
    });
}
function toComment(c) {
    return {
        id: String(c.id),
        body: c.body ?? '',
        author: c.user?.login !== undefined ? stripBot(c.user.login) : undefined,
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
            return typeof login === 'string' && login !== '' ? stripBot(login) : undefined;
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

// EXTERNAL MODULE: ./node_modules/@gitbeaker/rest/dist/index.mjs + 2 modules
var dist = __webpack_require__(342);
;// CONCATENATED MODULE: ./core/providers/gitlab.ts
// GitLab through @gitbeaker/rest (PRIVATE-TOKEN): merge request notes, user lookups, commit → merge requests.

function createGitlabClient(opts) {
    return new dist/* Gitlab */.mJr({ host: opts.host, token: opts.token });
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

;// CONCATENATED MODULE: ./core/providers/index.ts





// EXTERNAL MODULE: ./core/ledger/refs.ts
var refs = __webpack_require__(9608);
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
const ci_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
function decideGitHubEvent(input) {
    const payload = ci_isObj(input.payload) ? input.payload : {};
    const action = str(payload.action) ?? '';
    const pr = ci_isObj(payload.pull_request) ? payload.pull_request : undefined;
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
    const head = ci_isObj(pr.head) ? pr.head : {};
    const base = ci_isObj(pr.base) ? pr.base : {};
    const headRepo = ci_isObj(head.repo) ? head.repo : undefined;
    const subj = subject('github', number);
    if (headRepo === undefined || str(headRepo.full_name) !== input.repository) {
        const name = headRepo !== undefined ? (str(headRepo.full_name) ?? 'unknown') : '(deleted repository)';
        return {
            action: 'skip',
            result: 'skipped',
            notice: `Skipped: ${subj} comes from fork ${name}; its ledger lives in the fork and the token is read-only.`,
        };
    }
    const user = ci_isObj(pr.user) ? pr.user : {};
    if (input.skipBots && user.type === 'Bot') {
        return {
            action: 'skip',
            result: 'skipped',
            notice: `Skipped: ${subj} was opened by bot ${str(user.login) ?? 'unknown'}.`,
        };
    }
    const repository = ci_isObj(payload.repository) ? payload.repository : {};
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
/** Step 3: the mandatory ledger fetch. */
async function fetchLedgers(git, remote, reporter, failures) {
    const r = await git.run([
        'fetch',
        '--no-tags',
        '--prune',
        '--depth=1',
        remote,
        '+refs/opensession/*:refs/opensession/*',
    ]);
    if (r.code !== 0) {
        const msg = `Could not fetch ledger refs from ${remote}: ${(0,safety/* errorLine */.B)((0,review_git/* firstLine */.T)(r.stderr) || `git fetch exited ${r.code}`)}`;
        reporter.warning(msg);
        failures.push(msg);
    }
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
    const status = httpStatusOf(err);
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
    const H = (0,refs/* ledgerRef */.DH)(ctx.headBranch);
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
                const out = await upsertSticky(deps.comments, mode === 'final' ? render/* FINAL_MARKER */.YE : render/* STICKY_MARKER */.Ll, body, safety/* errorLine */.B);
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
    const H = (0,refs/* ledgerRef */.DH)(ctx.headBranch);
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
;// CONCATENATED MODULE: ./cli/ci/reporter.ts
// Annotations, masking and outputs per platform (ci-automation.md §15): GitHub through @actions/core,
// GitLab as `[opensession] <level>: …` lines on stderr. Every message is redacted first.



function githubReporter() {
    const props = { title: ANNOTATION_TITLE };
    return {
        notice: (m) => core/* notice */.lm((0,safety/* redact */.E)(m), props),
        warning: (m) => core/* warning */.$e((0,safety/* redact */.E)(m), props),
        error: (m) => core/* error */.z3((0,safety/* redact */.E)(m), props),
        mask: (s) => core/* setSecret */.Pq(s),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        summary: async (md) => {
            if ((process.env.GITHUB_STEP_SUMMARY ?? '') === '')
                return;
            await core/* summary */.z.addRaw(md, true).write();
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
    const reporter = platform === 'github' ? githubReporter() : gitlabReporter(ctx);
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
    const api = rt.token !== undefined && host !== '' ? createGitlabClient({ host, token: rt.token }) : undefined;
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
        const merged = await mergedRequestsForCommit(api, projectId, sha, branch);
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
function commentsFor(ctx, rt, c, api) {
    if (c.number === undefined)
        return undefined;
    if (rt.platform === 'github') {
        if (rt.token === undefined)
            return undefined;
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
    return gitlabCommentProvider(api, {
        projectId: ctx.env.CI_PROJECT_ID ?? c.repo,
        iid: c.number,
        webUrl: `${c.repoUrl}/-/merge_requests/${c.number}`,
    });
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
    const cmd = new esm/* Command */.uB('session-review').description('Session review for the current pull/merge request event');
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
                        comments: commentsFor(ctx, rt, c, resolved.api),
                        push: pushTarget(ctx, rt, settings.remote),
                    });
                    results.push(out.result);
                    if (out.body !== undefined)
                        await rt.reporter.summary(out.body);
                }
            }
            reviewOutputs(rt, results[results.length - 1]);
            for (const r of results) {
                if (opts.json === true)
                    ctx.stdout(JSON.stringify(r) + '\n');
                else
                    ctx.stdout(`opensession session review: ${r.result}${r.review_id ? ` ${r.review_id}` : ''} (comment ${r.comment}, ${r.session_count} session(s), ${r.commit_count} commit(s))\n`);
            }
            strictCheck(settings.strict, results.flatMap((r) => r.failures));
        });
    });
}
function artifactBranchCommand(ctx) {
    return new esm/* Command */.uB('artifact-branch')
        .description('Publish or delete the artifact branch of the current pull/merge request (no comment)')
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
            for (const r of results) {
                if (opts.json === true)
                    ctx.stdout(JSON.stringify(r) + '\n');
                else
                    ctx.stdout(`opensession artifact branch: ${r.result}${r.artifact_branch ? ` ${r.artifact_branch}` : ''}\n`);
            }
            strictCheck(settings.strict, results.flatMap((r) => r.failures));
        });
    });
}
function ciCommand(ctx) {
    return new esm/* Command */.uB('ci')
        .description('CI entry points used by the GitHub actions and GitLab components')
        .addCommand(sessionReviewCommand(ctx))
        .addCommand(artifactBranchCommand(ctx));
}


/***/ }),

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qf: () => (/* binding */ recomputeStats),
/* harmony export */   qX: () => (/* binding */ StatsAccumulator)
/* harmony export */ });
/* unused harmony exports withRecomputedStats, emptyStats */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Stats fold (hail-and-store.md section 3). Folded event by event so streaming writers need no event list.

const MAX = Number.MAX_SAFE_INTEGER;
/** A token value counts only when it is a non-negative JSON integer ≤ 2^53−1 (floats like 10.0 count 0). */
function tokenValue(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0;
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

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   L6: () => (/* binding */ TimestampError),
/* harmony export */   P9: () => (/* binding */ timestampFromMillis),
/* harmony export */   XQ: () => (/* binding */ parseCommonForm),
/* harmony export */   ju: () => (/* binding */ formatTsZ),
/* harmony export */   z_: () => (/* binding */ tryParseTimestamp)
/* harmony export */ });
/* unused harmony exports formatTsOffset, timestampToMillis, compareTimestamps */
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
    return formatDigits(t) + 'Z';
}
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

/***/ 9036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ ObjectStore),
/* harmony export */   Pl: () => (/* binding */ EditableTree),
/* harmony export */   pL: () => (/* binding */ EMPTY_TREE),
/* harmony export */   tk: () => (/* binding */ TREE_MODE)
/* harmony export */ });
/* unused harmony exports BLOB_MODE, gitError, resetObjectCaches, renderTree, splitPath */
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6982);
/* harmony import */ var crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var zlib__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3106);
/* harmony import */ var zlib__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(zlib__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var isomorphic_git__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3667);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(265);
// Object reads and writes through isomorphic-git's object API (§4.1, §17), plus an editable tree
// that loads subtrees lazily and rewrites only the directories that changed.






const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const BLOB_MODE = '100644';
const TREE_MODE = '040000';
let tmpCounter = 0;
/**
 * The fs client handed to isomorphic-git. Loose objects are written to a temp file and renamed into
 * place, so a concurrent reader (another process appending to the same ledger) never sees half an object.
 */
const atomicObjectFs = {
    promises: {
        ...fs__WEBPACK_IMPORTED_MODULE_1__.promises,
        async writeFile(file, data, options) {
            if (!/[\\/]objects[\\/][0-9a-f]{2}[\\/][0-9a-f]{38}$/.test(file)) {
                await fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(file, data, options);
                return;
            }
            const tmp = path__WEBPACK_IMPORTED_MODULE_2__.join(path__WEBPACK_IMPORTED_MODULE_2__.dirname(file), `tmp_obj_${process.pid}_${++tmpCounter}`);
            await fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(tmp, data, { mode: 0o444 });
            try {
                await fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, file);
            }
            catch (err) {
                await fs__WEBPACK_IMPORTED_MODULE_1__.promises.unlink(tmp).catch(() => undefined);
                throw err;
            }
        },
    },
};
function gitError(err) {
    if (err instanceof _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL)
        return err;
    const message = err instanceof Error ? err.message : String(err);
    return new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: ${message}`);
}
// Trees and commits are immutable, so entries read once can be reused by every later write in this process.
const TREE_CACHE_LIMIT = 4096;
const treeCache = new Map();
const commitCache = new Map();
/** Drops the in-process tree and commit caches (tests; callers that rewrite history by other means). */
function resetObjectCaches() {
    treeCache.clear();
    commitCache.clear();
}
function remember(map, key, value, limit) {
    if (map.size >= limit) {
        const first = map.keys().next();
        if (first.done !== true)
            map.delete(first.value);
    }
    map.set(key, value);
}
/** Git's tree order: names compared byte-wise, a tree's name as if followed by `/`. */
function treeOrder(a, b) {
    const ka = Buffer.from(a[1].mode === TREE_MODE ? `${a[0]}/` : a[0], 'utf8');
    const kb = Buffer.from(b[1].mode === TREE_MODE ? `${b[0]}/` : b[0], 'utf8');
    return Buffer.compare(ka, kb);
}
/** The raw tree object body. */
function renderTree(entries) {
    const parts = [];
    for (const [name, e] of [...entries].sort(treeOrder)) {
        if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) {
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: invalid tree entry name: ${name}`);
        }
        parts.push(Buffer.from(`${e.mode === TREE_MODE ? '40000' : e.mode} ${name}\0`, 'utf8'), Buffer.from(e.oid, 'hex'));
    }
    return Buffer.concat(parts);
}
/**
 * Hashes and deflates an object here (synchronous zlib and SHA-1 are several times faster than the
 * stream-based defaults for small objects) and hands the result to isomorphic-git's `writeObject`.
 */
function deflatedObject(type, body) {
    const wrapped = Buffer.concat([Buffer.from(`${type} ${body.length}\0`), body]);
    return { oid: (0,crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(wrapped).digest('hex'), object: (0,zlib__WEBPACK_IMPORTED_MODULE_3__.deflateSync)(wrapped, { level: 1 }) };
}
/** One repository's object database (the common dir). */
class ObjectStore {
    gitdir;
    cache = {};
    constructor(commonDir) {
        this.gitdir = commonDir;
    }
    async writeBlob(bytes) {
        return this.writeDeflated('blob', bytes);
    }
    async writeDeflated(type, body) {
        const { oid, object } = deflatedObject(type, body);
        try {
            await isomorphic_git__WEBPACK_IMPORTED_MODULE_5__/* ["default"].writeObject */ .Ay.writeObject({ fs: atomicObjectFs, gitdir: this.gitdir, type, object, format: 'deflated', oid });
        }
        catch (err) {
            throw gitError(err);
        }
        return oid;
    }
    async readBlob(oid) {
        try {
            const { blob } = await isomorphic_git__WEBPACK_IMPORTED_MODULE_5__/* ["default"].readBlob */ .Ay.readBlob({ fs: atomicObjectFs, gitdir: this.gitdir, oid, cache: this.cache });
            return Buffer.from(blob);
        }
        catch (err) {
            throw gitError(err);
        }
    }
    async readTree(oid) {
        if (oid === EMPTY_TREE)
            return new Map();
        const hit = treeCache.get(oid);
        if (hit !== undefined)
            return hit;
        let entries;
        try {
            const { tree } = await isomorphic_git__WEBPACK_IMPORTED_MODULE_5__/* ["default"].readTree */ .Ay.readTree({ fs: atomicObjectFs, gitdir: this.gitdir, oid, cache: this.cache });
            entries = new Map(tree.map((e) => [e.path, { mode: e.mode, oid: e.oid }]));
        }
        catch (err) {
            throw gitError(err);
        }
        remember(treeCache, oid, entries, TREE_CACHE_LIMIT);
        return entries;
    }
    async writeTree(entries) {
        if (entries.size === 0)
            return EMPTY_TREE;
        const oid = await this.writeDeflated('tree', renderTree(entries));
        remember(treeCache, oid, new Map(entries), TREE_CACHE_LIMIT);
        return oid;
    }
    async writeCommit(tree, parents, message, who) {
        try {
            return await isomorphic_git__WEBPACK_IMPORTED_MODULE_5__/* ["default"].writeCommit */ .Ay.writeCommit({
                fs: atomicObjectFs,
                gitdir: this.gitdir,
                commit: { tree, parent: parents, author: who, committer: who, message },
            });
        }
        catch (err) {
            throw gitError(err);
        }
    }
    async readCommit(oid) {
        const hit = commitCache.get(oid);
        if (hit !== undefined)
            return hit;
        try {
            const { commit } = await isomorphic_git__WEBPACK_IMPORTED_MODULE_5__/* ["default"].readCommit */ .Ay.readCommit({ fs: atomicObjectFs, gitdir: this.gitdir, oid, cache: this.cache });
            const info = {
                oid,
                tree: commit.tree,
                parents: commit.parent,
                committerTime: commit.committer.timestamp,
                message: commit.message,
            };
            remember(commitCache, oid, info, TREE_CACHE_LIMIT);
            return info;
        }
        catch (err) {
            throw gitError(err);
        }
    }
    async hasObject(oid) {
        try {
            await isomorphic_git__WEBPACK_IMPORTED_MODULE_5__/* ["default"].readObject */ .Ay.readObject({ fs: atomicObjectFs, gitdir: this.gitdir, oid, format: 'deflated', cache: this.cache });
            return true;
        }
        catch {
            return false;
        }
    }
    async isDescendent(oid, ancestor) {
        if (oid === ancestor)
            return true;
        try {
            return await isomorphic_git__WEBPACK_IMPORTED_MODULE_5__/* ["default"].isDescendent */ .Ay.isDescendent({
                fs: atomicObjectFs,
                gitdir: this.gitdir,
                oid,
                ancestor,
                depth: -1,
                cache: this.cache,
            });
        }
        catch (err) {
            throw gitError(err);
        }
    }
    async findMergeBase(a, b) {
        try {
            const bases = (await isomorphic_git__WEBPACK_IMPORTED_MODULE_5__/* ["default"].findMergeBase */ .Ay.findMergeBase({
                fs: atomicObjectFs,
                gitdir: this.gitdir,
                oids: [a, b],
                cache: this.cache,
            }));
            return bases.length > 0 ? bases[0] : undefined;
        }
        catch (err) {
            throw gitError(err);
        }
    }
}
class TreeNode {
    oid;
    entries;
    dirty = false;
    constructor(oid, entries) {
        this.oid = oid;
        this.entries = entries;
    }
}
/** Splits a `/`-separated tree path into segments; rejects empty, `.` and `..` segments. */
function splitPath(p) {
    const parts = p.split('/');
    for (const part of parts) {
        if (part === '' || part === '.' || part === '..')
            throw new _errors__WEBPACK_IMPORTED_MODULE_4__/* .OpenSessionError */ .RL(`git error: invalid tree path: ${p}`);
    }
    return parts;
}
/**
 * An editable view of a tree. Subtrees are read on first access; `write()` writes only the
 * directories on changed paths and reuses every other subtree by oid.
 */
class EditableTree {
    store;
    baseOid;
    rootNode;
    constructor(store, baseOid) {
        this.store = store;
        this.baseOid = baseOid;
    }
    async root() {
        if (this.rootNode === undefined)
            this.rootNode = await this.load(this.baseOid);
        return this.rootNode;
    }
    async load(oid) {
        const entries = await this.store.readTree(oid);
        // Copy the records: the cached map is shared and node entries are mutated on write.
        const own = new Map();
        for (const [name, e] of entries)
            own.set(name, { mode: e.mode, oid: e.oid });
        return new TreeNode(oid, own);
    }
    async childNode(node, name) {
        const entry = node.entries.get(name);
        if (entry === undefined || entry.mode !== TREE_MODE)
            return undefined;
        if (entry.child === undefined)
            entry.child = await this.load(entry.oid);
        return entry.child;
    }
    /** The directory node at `segments`, optionally creating missing directories (which marks the path dirty). */
    async dir(segments, create) {
        const chain = [await this.root()];
        for (const name of segments) {
            const parent = chain[chain.length - 1];
            let child = await this.childNode(parent, name);
            if (child === undefined) {
                if (!create)
                    return undefined;
                child = new TreeNode(undefined, new Map());
                child.dirty = true;
                parent.entries.set(name, { mode: TREE_MODE, oid: '', child });
            }
            chain.push(child);
        }
        return chain;
    }
    /** The entry at `p` (blob or tree), if any. */
    async get(p) {
        const segs = splitPath(p);
        const chain = await this.dir(segs.slice(0, -1), false);
        if (chain === undefined)
            return undefined;
        const e = chain[chain.length - 1].entries.get(segs[segs.length - 1]);
        return e === undefined ? undefined : { mode: e.mode, oid: e.oid };
    }
    async readBlob(p) {
        const e = await this.get(p);
        if (e === undefined || e.mode === TREE_MODE)
            return undefined;
        return this.store.readBlob(e.oid);
    }
    /** Entries of the directory `p` (`''` = root), in no particular order; empty when missing. */
    async list(p) {
        const chain = await this.dir(p === '' ? [] : splitPath(p), false);
        if (chain === undefined)
            return [];
        return [...chain[chain.length - 1].entries]
            .filter(([, e]) => !(e.child !== undefined && e.child.entries.size === 0 && e.child.dirty))
            .map(([name, e]) => [name, { mode: e.mode, oid: e.oid }]);
    }
    /** Upserts a blob entry; returns false when the same blob was already there. */
    async setBlob(p, oid, mode = BLOB_MODE) {
        const segs = splitPath(p);
        const chain = await this.dir(segs.slice(0, -1), true);
        const node = chain[chain.length - 1];
        const name = segs[segs.length - 1];
        const cur = node.entries.get(name);
        if (cur !== undefined && cur.mode === mode && cur.oid === oid)
            return false;
        node.entries.set(name, { mode, oid });
        for (const n of chain)
            n.dirty = true;
        return true;
    }
    /** Removes the entry at `p` (blob or whole subtree); returns false when nothing was there. */
    async remove(p) {
        const segs = splitPath(p);
        const chain = await this.dir(segs.slice(0, -1), false);
        if (chain === undefined)
            return false;
        const node = chain[chain.length - 1];
        if (!node.entries.delete(segs[segs.length - 1]))
            return false;
        for (const n of chain)
            n.dirty = true;
        return true;
    }
    /** Writes the changed directories bottom-up and returns the root tree oid (empty directories vanish). */
    async write() {
        const root = await this.root();
        return (await this.writeNode(root)) ?? EMPTY_TREE;
    }
    async writeNode(node) {
        if (!node.dirty && node.oid !== undefined)
            return node.entries.size === 0 ? undefined : node.oid;
        // Changed sibling subtrees are written concurrently (independent files; overlaps fs latency).
        const written = new Map();
        await Promise.all([...node.entries]
            .filter(([, e]) => e.child !== undefined)
            .map(async ([name, e]) => written.set(name, await this.writeNode(e.child))));
        const out = new Map();
        for (const [name, e] of node.entries) {
            if (e.child !== undefined) {
                const oid = written.get(name);
                if (oid === undefined)
                    continue;
                e.oid = oid;
                out.set(name, { mode: TREE_MODE, oid });
            }
            else {
                out.set(name, { mode: e.mode, oid: e.oid });
            }
        }
        if (out.size === 0) {
            node.oid = undefined;
            return undefined;
        }
        const oid = await this.store.writeTree(out);
        node.oid = oid;
        node.dirty = false;
        return oid;
    }
}


/***/ }),

/***/ 4653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ parseToml)
/* harmony export */ });
/* unused harmony export TomlError */
// A TOML 1.0 reader for the package's config files (`.opensession/config.toml`, cleanup config, daemon config).
// Dates and times are returned as their source text; integers beyond 2^53 as bigint.
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
const BARE_KEY = /[A-Za-z0-9_-]/;
class Parser {
    src;
    pos = 0;
    root = Object.create(null);
    /** Tables created by a header or dotted keys, and whether they may still be opened by a header. */
    explicit = new Set();
    implicitByDotted = new Set();
    inline = new Set();
    staticArrays = new Set();
    constructor(src) {
        this.src = src;
    }
    fail(message, at = this.pos) {
        let line = 1;
        let col = 1;
        for (let i = 0; i < at && i < this.src.length; i++) {
            if (this.src[i] === '\n') {
                line++;
                col = 1;
            }
            else
                col++;
        }
        throw new TomlError(message, line, col);
    }
    peek(o = 0) {
        return this.src[this.pos + o] ?? '';
    }
    skipWs() {
        while (this.peek() === ' ' || this.peek() === '\t')
            this.pos++;
    }
    skipComment() {
        if (this.peek() !== '#')
            return;
        while (this.pos < this.src.length && this.peek() !== '\n') {
            const c = this.src.charCodeAt(this.pos);
            if ((c < 0x20 && c !== 0x09) || c === 0x7f) {
                if (!(c === 0x0d && this.peek(1) === '\n'))
                    this.fail('control character in comment');
            }
            this.pos++;
        }
    }
    expectLineEnd() {
        this.skipWs();
        this.skipComment();
        if (this.pos >= this.src.length)
            return;
        if (this.peek() === '\n') {
            this.pos++;
            return;
        }
        if (this.peek() === '\r' && this.peek(1) === '\n') {
            this.pos += 2;
            return;
        }
        this.fail('expected end of line');
    }
    parse() {
        let current = this.root;
        if (this.src.charCodeAt(0) === 0xfeff)
            this.pos = 1;
        while (this.pos < this.src.length) {
            this.skipWs();
            const c = this.peek();
            if (c === '\n' || (c === '\r' && this.peek(1) === '\n') || c === '#') {
                this.expectLineEnd();
                continue;
            }
            if (c === '')
                break;
            if (c === '[')
                current = this.header();
            else
                this.keyValue(current);
            this.expectLineEnd();
        }
        return this.root;
    }
    key() {
        const parts = [];
        for (;;) {
            this.skipWs();
            const c = this.peek();
            if (c === '"')
                parts.push(this.basicString());
            else if (c === "'")
                parts.push(this.literalString());
            else {
                const start = this.pos;
                while (BARE_KEY.test(this.peek()))
                    this.pos++;
                if (this.pos === start)
                    this.fail('expected a key');
                parts.push(this.src.slice(start, this.pos));
            }
            this.skipWs();
            if (this.peek() !== '.')
                return parts;
            this.pos++;
        }
    }
    header() {
        const array = this.peek(1) === '[';
        this.pos += array ? 2 : 1;
        const key = this.key();
        if (this.peek() !== ']' || (array && this.peek(1) !== ']'))
            this.fail('expected ]');
        this.pos += array ? 2 : 1;
        let table = this.root;
        for (let i = 0; i < key.length - 1; i++)
            table = this.descend(table, key[i], false);
        const last = key[key.length - 1];
        if (array) {
            let arr = table[last];
            if (arr === undefined) {
                arr = [];
                table[last] = arr;
            }
            else if (!Array.isArray(arr) || this.staticArrays.has(arr))
                this.fail(`cannot redefine key \`${key.join('.')}\` as an array of tables`);
            const t = Object.create(null);
            arr.push(t);
            this.explicit.add(t);
            return t;
        }
        const existing = table[last];
        if (existing === undefined) {
            const t = Object.create(null);
            table[last] = t;
            this.explicit.add(t);
            return t;
        }
        if (!isTable(existing) ||
            this.explicit.has(existing) ||
            this.implicitByDotted.has(existing) ||
            this.inline.has(existing)) {
            this.fail(`duplicate table \`${key.join('.')}\``);
        }
        this.explicit.add(existing);
        return existing;
    }
    /** Walks into (or creates) a sub-table; arrays of tables resolve to their last element. */
    descend(table, k, dotted) {
        const v = table[k];
        if (v === undefined) {
            const t = Object.create(null);
            table[k] = t;
            if (dotted)
                this.implicitByDotted.add(t);
            return t;
        }
        if (Array.isArray(v)) {
            if (dotted || this.staticArrays.has(v))
                this.fail(`cannot extend key \`${k}\``);
            const last = v[v.length - 1];
            if (!isTable(last))
                this.fail(`cannot extend key \`${k}\``);
            return last;
        }
        if (!isTable(v) || this.inline.has(v) || (dotted && this.explicit.has(v)))
            this.fail(`cannot extend key \`${k}\``);
        return v;
    }
    keyValue(table) {
        const key = this.key();
        if (this.peek() !== '=')
            this.fail('expected =');
        this.pos++;
        this.skipWs();
        const value = this.value();
        let t = table;
        for (let i = 0; i < key.length - 1; i++)
            t = this.descend(t, key[i], true);
        const last = key[key.length - 1];
        if (Object.prototype.hasOwnProperty.call(t, last))
            this.fail(`duplicate key \`${key.join('.')}\``);
        t[last] = value;
    }
    value() {
        const c = this.peek();
        if (c === '"')
            return this.peek(1) === '"' && this.peek(2) === '"' ? this.mlBasicString() : this.basicString();
        if (c === "'")
            return this.peek(1) === "'" && this.peek(2) === "'" ? this.mlLiteralString() : this.literalString();
        if (c === '[')
            return this.array();
        if (c === '{')
            return this.inlineTable();
        if (this.src.startsWith('true', this.pos) && !BARE_KEY.test(this.peek(4))) {
            this.pos += 4;
            return true;
        }
        if (this.src.startsWith('false', this.pos) && !BARE_KEY.test(this.peek(5))) {
            this.pos += 5;
            return false;
        }
        return this.scalar();
    }
    escape() {
        const c = this.peek();
        this.pos++;
        const simple = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
        if (c in simple)
            return simple[c];
        if (c === 'u' || c === 'U') {
            const n = c === 'u' ? 4 : 8;
            const hex = this.src.slice(this.pos, this.pos + n);
            if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(hex))
                this.fail('invalid unicode escape');
            const cp = parseInt(hex, 16);
            if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
                this.fail('invalid unicode scalar');
            this.pos += n;
            return String.fromCodePoint(cp);
        }
        return this.fail('invalid escape', this.pos - 2);
    }
    checkChar(c, allowNewline) {
        const code = c.charCodeAt(0);
        if ((code < 0x20 && code !== 0x09 && !(allowNewline && (code === 0x0a || code === 0x0d))) || code === 0x7f)
            this.fail('control character in string');
    }
    basicString() {
        this.pos++;
        let out = '';
        for (;;) {
            const c = this.peek();
            if (c === '')
                this.fail('unterminated string');
            if (c === '"') {
                this.pos++;
                return out;
            }
            if (c === '\\') {
                this.pos++;
                out += this.escape();
                continue;
            }
            this.checkChar(c, false);
            out += c;
            this.pos++;
        }
    }
    literalString() {
        this.pos++;
        const start = this.pos;
        for (;;) {
            const c = this.peek();
            if (c === '')
                this.fail('unterminated string');
            if (c === "'") {
                this.pos++;
                return this.src.slice(start, this.pos - 1);
            }
            this.checkChar(c, false);
            this.pos++;
        }
    }
    skipFirstNewline() {
        if (this.peek() === '\n')
            this.pos++;
        else if (this.peek() === '\r' && this.peek(1) === '\n')
            this.pos += 2;
    }
    mlBasicString() {
        this.pos += 3;
        this.skipFirstNewline();
        let out = '';
        for (;;) {
            const c = this.peek();
            if (c === '')
                this.fail('unterminated string');
            if (this.src.startsWith('"""', this.pos)) {
                let n = 3;
                while (this.peek(n) === '"' && n < 5)
                    n++;
                out += '"'.repeat(n - 3);
                this.pos += n;
                return out;
            }
            if (c === '\\') {
                const m = /^\\[ \t]*\r?\n[\s]*/.exec(this.src.slice(this.pos, this.pos + 4096));
                if (m !== null) {
                    this.pos += m[0].length;
                    continue;
                }
                this.pos++;
                out += this.escape();
                continue;
            }
            if (c === '\r' && this.peek(1) !== '\n')
                this.fail('bare carriage return');
            this.checkChar(c, true);
            out += c;
            this.pos++;
        }
    }
    mlLiteralString() {
        this.pos += 3;
        this.skipFirstNewline();
        const start = this.pos;
        for (;;) {
            if (this.peek() === '')
                this.fail('unterminated string');
            if (this.src.startsWith("'''", this.pos)) {
                let n = 3;
                while (this.peek(n) === "'" && n < 5)
                    n++;
                const out = this.src.slice(start, this.pos) + "'".repeat(n - 3);
                this.pos += n;
                return out;
            }
            if (this.peek() === '\r' && this.peek(1) !== '\n')
                this.fail('bare carriage return');
            this.checkChar(this.peek(), true);
            this.pos++;
        }
    }
    skipWsCommentsNewlines() {
        for (;;) {
            this.skipWs();
            this.skipComment();
            if (this.peek() === '\n')
                this.pos++;
            else if (this.peek() === '\r' && this.peek(1) === '\n')
                this.pos += 2;
            else
                return;
        }
    }
    array() {
        this.pos++;
        const out = [];
        this.staticArrays.add(out);
        for (;;) {
            this.skipWsCommentsNewlines();
            if (this.peek() === ']') {
                this.pos++;
                return out;
            }
            out.push(this.value());
            this.skipWsCommentsNewlines();
            if (this.peek() === ',') {
                this.pos++;
                continue;
            }
            if (this.peek() === ']') {
                this.pos++;
                return out;
            }
            this.fail('expected , or ] in array');
        }
    }
    inlineTable() {
        this.pos++;
        const t = Object.create(null);
        this.skipWs();
        if (this.peek() === '}') {
            this.pos++;
            this.inline.add(t);
            return t;
        }
        for (;;) {
            this.keyValue(t);
            this.skipWs();
            if (this.peek() === ',') {
                this.pos++;
                this.skipWs();
                continue;
            }
            if (this.peek() === '}') {
                this.pos++;
                this.inline.add(t);
                return t;
            }
            this.fail('expected , or } in inline table');
        }
    }
    scalar() {
        const start = this.pos;
        // Dates/times may contain one space between date and time.
        const m = /^(\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}:\d{2}(\.\d+)?)/.exec(this.src.slice(start, start + 64));
        if (m !== null) {
            this.pos += m[0].length;
            return m[0];
        }
        while (this.pos < this.src.length && /[0-9A-Za-z_+\-.]/.test(this.peek()))
            this.pos++;
        const tok = this.src.slice(start, this.pos);
        if (tok === '')
            this.fail('expected a value');
        if (/^[+-]?(inf|nan)$/.test(tok))
            return tok.endsWith('inf') ? (tok.startsWith('-') ? -Infinity : Infinity) : NaN;
        if (/^0x[0-9A-Fa-f](_?[0-9A-Fa-f])*$/.test(tok))
            return toInt(BigInt(tok.replace(/_/g, '')));
        if (/^0o[0-7](_?[0-7])*$/.test(tok))
            return toInt(BigInt(tok.replace(/_/g, '')));
        if (/^0b[01](_?[01])*$/.test(tok))
            return toInt(BigInt(tok.replace(/_/g, '')));
        if (/^[+-]?(0|[1-9](_?\d)*)$/.test(tok))
            return toInt(BigInt(tok.replace(/_/g, '')));
        if (/^[+-]?(0|[1-9](_?\d)*)(\.\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?$/.test(tok))
            return Number(tok.replace(/_/g, ''));
        return this.fail(`invalid value \`${tok}\``, start);
    }
}
function toInt(b) {
    return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}
function isTable(v) {
    return v !== undefined && typeof v === 'object' && !Array.isArray(v);
}
/** Parses a TOML document; throws `TomlError` (message ends with `at line L, column C`). */
function parseToml(text) {
    return new Parser(text).parse();
}


/***/ }),

/***/ 5407:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

var map = {
	"./BurstyRateLimiter": [
		5860
	],
	"./BurstyRateLimiter.js": [
		5860
	],
	"./ExpressBruteFlexible": [
		3966,
		966
	],
	"./ExpressBruteFlexible.js": [
		3966,
		966
	],
	"./RLWrapperBlackAndWhite": [
		7383
	],
	"./RLWrapperBlackAndWhite.js": [
		7383
	],
	"./RLWrapperTimeouts": [
		4016
	],
	"./RLWrapperTimeouts.js": [
		4016
	],
	"./RateLimiterAbstract": [
		8569
	],
	"./RateLimiterAbstract.js": [
		8569
	],
	"./RateLimiterCluster": [
		565
	],
	"./RateLimiterCluster.js": [
		565
	],
	"./RateLimiterDrizzle": [
		673
	],
	"./RateLimiterDrizzle.js": [
		673
	],
	"./RateLimiterDrizzleNonAtomic": [
		5347
	],
	"./RateLimiterDrizzleNonAtomic.js": [
		5347
	],
	"./RateLimiterDynamo": [
		2309
	],
	"./RateLimiterDynamo.js": [
		2309
	],
	"./RateLimiterEtcd": [
		6481
	],
	"./RateLimiterEtcd.js": [
		6481
	],
	"./RateLimiterEtcdNonAtomic": [
		5299
	],
	"./RateLimiterEtcdNonAtomic.js": [
		5299
	],
	"./RateLimiterInsuredAbstract": [
		3847
	],
	"./RateLimiterInsuredAbstract.js": [
		3847
	],
	"./RateLimiterMemcache": [
		3250
	],
	"./RateLimiterMemcache.js": [
		3250
	],
	"./RateLimiterMemory": [
		4544
	],
	"./RateLimiterMemory.js": [
		4544
	],
	"./RateLimiterMongo": [
		8439
	],
	"./RateLimiterMongo.js": [
		8439
	],
	"./RateLimiterMySQL": [
		7793
	],
	"./RateLimiterMySQL.js": [
		7793
	],
	"./RateLimiterPostgres": [
		3740
	],
	"./RateLimiterPostgres.js": [
		3740
	],
	"./RateLimiterPrisma": [
		6323
	],
	"./RateLimiterPrisma.js": [
		6323
	],
	"./RateLimiterQueue": [
		2860
	],
	"./RateLimiterQueue.js": [
		2860
	],
	"./RateLimiterRedis": [
		4336
	],
	"./RateLimiterRedis.js": [
		4336
	],
	"./RateLimiterRes": [
		449
	],
	"./RateLimiterRes.js": [
		449
	],
	"./RateLimiterSQLite": [
		3283
	],
	"./RateLimiterSQLite.js": [
		3283
	],
	"./RateLimiterStoreAbstract": [
		5140
	],
	"./RateLimiterStoreAbstract.js": [
		5140
	],
	"./RateLimiterUnion": [
		244
	],
	"./RateLimiterUnion.js": [
		244
	],
	"./RateLimiterValkey": [
		2193
	],
	"./RateLimiterValkey.js": [
		2193
	],
	"./RateLimiterValkeyGlide": [
		3756
	],
	"./RateLimiterValkeyGlide.js": [
		3756
	],
	"./component/BlockedKeys": [
		8830
	],
	"./component/BlockedKeys/": [
		8830
	],
	"./component/BlockedKeys/BlockedKeys": [
		5202
	],
	"./component/BlockedKeys/BlockedKeys.js": [
		5202
	],
	"./component/BlockedKeys/index": [
		8830
	],
	"./component/BlockedKeys/index.js": [
		8830
	],
	"./component/MemoryStorage": [
		8178,
		178
	],
	"./component/MemoryStorage/": [
		8178,
		178
	],
	"./component/MemoryStorage/MemoryStorage": [
		1534
	],
	"./component/MemoryStorage/MemoryStorage.js": [
		1534
	],
	"./component/MemoryStorage/Record": [
		749
	],
	"./component/MemoryStorage/Record.js": [
		749
	],
	"./component/MemoryStorage/index": [
		8178,
		178
	],
	"./component/MemoryStorage/index.js": [
		8178,
		178
	],
	"./component/RateLimiterEtcdTransactionFailedError": [
		3184
	],
	"./component/RateLimiterEtcdTransactionFailedError.js": [
		3184
	],
	"./component/RateLimiterQueueError": [
		7948
	],
	"./component/RateLimiterQueueError.js": [
		7948
	],
	"./component/RateLimiterSetupError": [
		2922
	],
	"./component/RateLimiterSetupError.js": [
		2922
	],
	"./constants": [
		3880,
		880
	],
	"./constants.js": [
		3880,
		880
	]
};
function webpackAsyncContext(req) {
	if(!__webpack_require__.o(map, req)) {
		return Promise.resolve().then(() => {
			var e = new Error("Cannot find module '" + req + "'");
			e.code = 'MODULE_NOT_FOUND';
			throw e;
		});
	}

	var ids = map[req], id = ids[0];
	return Promise.all(ids.slice(1).map(__webpack_require__.e)).then(() => {
		return __webpack_require__.t(id, 7 | 16);
	});
}
webpackAsyncContext.keys = () => (Object.keys(map));
webpackAsyncContext.id = 5407;
module.exports = webpackAsyncContext;

/***/ })

};
;