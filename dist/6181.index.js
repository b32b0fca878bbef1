"use strict";
exports.id = 6181;
exports.ids = [6181];
exports.modules = {

/***/ 8562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupCommand: () => (/* binding */ cleanupCommand),
/* harmony export */   runInit: () => (/* binding */ runInit)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(265);
/* harmony import */ var _core_janitor_config__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4914);
/* harmony import */ var _core_janitor_engine__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9950);
/* harmony import */ var _core_janitor_init__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76);
/* harmony import */ var _core_janitor_refs__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8494);
/* harmony import */ var _core_review_git__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1237);
/* harmony import */ var _core_review_safety__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8467);
/* harmony import */ var _cleanup_helper__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(228);
/* harmony import */ var _program__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3586);
// `opensession cleanup init|status|run` (ci-automation.md §2, §4, §5.1): set up, inspect and run the janitor
// from a developer's machine. Settings come from `.opensession/cleanup/config.toml`.










const INIT_NEXT = 'opensession cleanup init --provider auto';
function ttlFlag(name, value) {
    if (value === undefined)
        return undefined;
    const t = value.trim();
    if (!/^\d+$/.test(t) || Number(t) > 65535)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid value for ${name}: expected an integer between 0 and 65535`);
    return Number(t);
}
function providerFlag(value) {
    if (value === undefined)
        return undefined;
    const v = value.trim().toLowerCase();
    if (v === 'auto' || v === 'github' || v === 'gitlab' || v === 'generic')
        return v;
    throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`invalid value for --provider: expected auto, github, gitlab or generic`);
}
/** Runs init; `silent` (the post-push prompt) prints nothing. */
async function runInit(ctx, flags, silent = false) {
    const hidden = ttlFlag('--hidden-ttl-days', flags.hiddenTtlDays);
    const artifact = ttlFlag('--artifact-ttl-days', flags.artifactTtlDays);
    const provider = providerFlag(flags.provider);
    const root = (0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_7__/* .cleanupRoot */ .bI)(ctx.cwd);
    const plan = await (0,_core_janitor_init__WEBPACK_IMPORTED_MODULE_4__/* .planInit */ .oV)({
        root,
        provider,
        remote: flags.remote?.trim() || undefined,
        hiddenTtlDays: hidden,
        artifactTtlDays: artifact,
        archiveBranch: flags.sessionArchiveBranch,
        componentProject: flags.gitlabComponentProject,
        version: _program__WEBPACK_IMPORTED_MODULE_8__.VERSION,
        now: ctx.now(),
        git: (0,_core_review_git__WEBPACK_IMPORTED_MODULE_5__/* .createGitRunner */ .h)(root, ctx.env),
    });
    if (!silent) {
        const out = flags.json === true ? ctx.stderr : (s) => ctx.stdout(s);
        const planText = ['cleanup init plan:', ...plan.lines.map((l) => `  - ${l}`)].join('\n') + '\n';
        if (flags.yes === true) {
            if (flags.json !== true)
                out(planText + '  - confirmation: skipped (--yes)\n');
        }
        else {
            if (!(0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_7__/* .isInteractive */ .b4)())
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .OpenSessionError */ .RL('cleanup init requires --yes in non-interactive mode');
            out(planText);
            const answer = (await (0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_7__/* .askLine */ .kP)(ctx, 'Apply cleanup setup? [y/N]: ')).trim().toLowerCase();
            if (answer !== 'y' && answer !== 'yes')
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .OpenSessionError */ .RL('cleanup init cancelled by user');
        }
    }
    const result = (0,_core_janitor_init__WEBPACK_IMPORTED_MODULE_4__/* .applyInit */ .Z6)(root, plan);
    if (silent)
        return result;
    if (flags.json === true) {
        ctx.stdout(JSON.stringify(result, null, 2) + '\n');
        return result;
    }
    const lines = [`cleanup configured: provider=${result.provider}`, `remote: ${shownRemote(result.resolved_remote)}`];
    if (result.session_archive_branch !== null)
        lines.push(`session archive branch: ${result.session_archive_branch}`);
    const section = (name, items) => {
        if (items.length === 0)
            return;
        lines.push(`${name}:`, ...items.map((i) => `  - ${i}`));
    };
    section('applied', result.applied_paths);
    section('manual steps', result.manual_steps);
    section('warnings', result.warnings);
    ctx.stdout(lines.join('\n') + '\n');
    return result;
}
const shownRemote = (r) => ((0,_core_janitor_refs__WEBPACK_IMPORTED_MODULE_9__/* .isUrlLike */ .lw)(r) ? (0,_core_janitor_refs__WEBPACK_IMPORTED_MODULE_9__/* .stripUserinfo */ ._H)(r) : r);
function notConfigured() {
    return new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ('cleanup janitor is not configured', [
        `initialize cleanup first: \`${INIT_NEXT}\``,
        'then preview with `opensession cleanup status` or `opensession cleanup run`',
    ]);
}
async function runRun(ctx, opts) {
    const root = (0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_7__/* .cleanupRoot */ .bI)(ctx.cwd);
    const cfg = (0,_core_janitor_config__WEBPACK_IMPORTED_MODULE_2__/* .loadCleanupConfig */ .l6)(root);
    if (cfg === undefined)
        throw notConfigured();
    const summary = await (0,_core_janitor_engine__WEBPACK_IMPORTED_MODULE_3__/* .runJanitor */ .td)({
        remote: cfg.remote,
        hiddenTtlDays: cfg.hidden_ttl_days,
        artifactTtlDays: cfg.artifact_ttl_days,
        archiveBranch: cfg.session_archive_branch,
        apply: opts.apply === true,
        ci: (ctx.env.CI ?? '').toLowerCase() === 'true',
    }, (0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_7__/* .janitorDeps */ .iE)(ctx, root, opts.json !== true && process.stderr.isTTY === true));
    summary.remote = shownRemote(summary.remote);
    ctx.stdout(opts.json === true ? JSON.stringify(summary) + '\n' : (0,_core_janitor_engine__WEBPACK_IMPORTED_MODULE_3__/* .renderJanitorText */ .xk)(summary));
    if ((0,_core_janitor_engine__WEBPACK_IMPORTED_MODULE_3__/* .janitorExitCode */ .L)(summary) !== 0) {
        throw Object.assign(new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .OpenSessionError */ .RL(`${summary.failed.length} ref(s) could not be deleted`), {
            silent: opts.json === true,
        });
    }
}
async function runStatus(ctx, opts) {
    const root = (0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_7__/* .cleanupRoot */ .bI)(ctx.cwd);
    const cfg = (0,_core_janitor_config__WEBPACK_IMPORTED_MODULE_2__/* .loadCleanupConfig */ .l6)(root);
    if (cfg === undefined) {
        if (opts.json === true)
            ctx.stdout(JSON.stringify({
                configured: false,
                provider: null,
                remote: null,
                hidden_ttl_days: null,
                artifact_ttl_days: null,
                session_archive_branch: null,
                provider_template_ready: false,
                missing_files: [],
                next_action: INIT_NEXT,
                janitor_preview: null,
                warning: null,
            }, null, 2) + '\n');
        else
            ctx.stdout(`cleanup: not configured\nnext: ${INIT_NEXT}\n`);
        return;
    }
    const missing = (0,_core_janitor_init__WEBPACK_IMPORTED_MODULE_4__/* .missingTemplateFiles */ .QH)(root, cfg.provider);
    let preview = null;
    let warning = null;
    if (opts.preview !== false) {
        try {
            preview = await (0,_core_janitor_engine__WEBPACK_IMPORTED_MODULE_3__/* .runJanitor */ .td)({
                remote: cfg.remote,
                hiddenTtlDays: cfg.hidden_ttl_days,
                artifactTtlDays: cfg.artifact_ttl_days,
                archiveBranch: cfg.session_archive_branch,
                apply: false,
                ci: (ctx.env.CI ?? '').toLowerCase() === 'true',
            }, (0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_7__/* .janitorDeps */ .iE)(ctx, root, false));
            preview.remote = shownRemote(preview.remote);
        }
        catch (err) {
            warning = `janitor dry-run failed: ${(0,_core_review_safety__WEBPACK_IMPORTED_MODULE_6__/* .errorLine */ .B)(err)}`;
        }
    }
    const next = missing.length > 0 ? INIT_NEXT : null;
    if (opts.json === true) {
        ctx.stdout(JSON.stringify({
            configured: true,
            provider: cfg.provider,
            remote: shownRemote(cfg.remote),
            hidden_ttl_days: cfg.hidden_ttl_days,
            artifact_ttl_days: cfg.artifact_ttl_days,
            session_archive_branch: cfg.session_archive_branch ?? null,
            provider_template_ready: missing.length === 0,
            missing_files: missing,
            next_action: next,
            janitor_preview: preview,
            warning,
        }, null, 2) + '\n');
        return;
    }
    const lines = [
        `cleanup: configured (provider=${cfg.provider})`,
        `remote: ${shownRemote(cfg.remote)}`,
        `ttl: hidden=${cfg.hidden_ttl_days}d artifact=${cfg.artifact_ttl_days}d`,
    ];
    if (cfg.session_archive_branch !== undefined)
        lines.push(`session archive branch: ${cfg.session_archive_branch}`);
    lines.push(`provider template: ${missing.length === 0 ? 'ready' : 'missing'}`);
    for (const m of missing)
        lines.push(`  - missing: ${m}`);
    if (preview !== null)
        lines.push(`preview: hidden_candidates=${preview.hidden_candidates.length} artifact_candidates=${preview.artifact_candidates.length} kept_due_to_ttl=${preview.kept_due_to_ttl} kept_active_branch=${preview.kept_active_branch}`);
    if (warning !== null)
        lines.push(`warning: ${warning}`);
    if (next !== null)
        lines.push(`next: ${next}`);
    ctx.stdout(lines.join('\n') + '\n');
}
function cleanupCommand(ctx) {
    const init = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('init')
        .description('set up the janitor: config.toml plus the CI files for GitHub, GitLab or cron')
        .option('--provider <provider>', 'auto, github, gitlab or generic (default auto)')
        .option('--remote <name-or-url>', 'git remote name or URL (default origin)')
        .option('--hidden-ttl-days <n>', 'days before a ledger ref of a deleted branch is removed (default 30)')
        .option('--artifact-ttl-days <n>', 'days before an artifact branch is removed (default 30)')
        .option('--session-archive-branch <branch>', 'keep review snapshots on this branch (empty clears it)')
        .option('--gitlab-component-project <path>', 'GitLab project hosting the components (default opensession/opensession)')
        .option('--yes', 'skip the confirmation')
        .option('--json', 'machine output')
        .action(async (opts) => {
        await runInit(ctx, opts);
    });
    const status = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('status')
        .description('show the cleanup setup and a dry-run preview of the janitor')
        .option('--json', 'machine output')
        .option('--no-preview', 'do not contact the remote')
        .action(async (opts) => runStatus(ctx, opts));
    const run = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('run')
        .description('run the janitor (a dry run unless --apply)')
        .option('--apply', 'delete the candidates')
        .option('--json', 'machine output')
        .action(async (opts) => runRun(ctx, opts));
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('cleanup')
        .description('remove stale hidden ledger refs and artifact branches from the remote')
        .addCommand(init)
        .addCommand(status)
        .addCommand(run);
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

/***/ 76:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z6: () => (/* binding */ applyInit),
  QH: () => (/* binding */ missingTemplateFiles),
  oV: () => (/* binding */ planInit)
});

// UNUSED EXPORTS: CRON_REL, GITHUB_FILES, GITLAB_CI, GITLAB_FILES, resolveRemoteUrl

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./core/errors.ts
var errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/janitor/config.ts
var janitor_config = __webpack_require__(4914);
// EXTERNAL MODULE: ./core/janitor/files.ts
var files = __webpack_require__(2469);
// EXTERNAL MODULE: ./core/janitor/refs.ts
var refs = __webpack_require__(8494);
;// CONCATENATED MODULE: ./core/janitor/templates.ts
// The files `cleanup init` generates (ci-automation.md §3). Only line 1 carries the managed marker.

const ACTION_REPO = 'opensession/opensession';
const CHECKOUT_ACTION = 'actions/checkout@v6';
function versionPins(version) {
    const [x, y] = version.split('.').map((p) => Number.parseInt(p, 10));
    const major = Number.isFinite(x) ? x : 0;
    const minor = Number.isFinite(y) ? y : 0;
    return {
        version,
        gh: major >= 1 ? `v${major}` : `v0.${minor}`,
        gl: major >= 1 ? `${major}` : `0.${minor}`,
    };
}
const header = (v) => `# ${janitor_config/* MARKER */.tl}\n# Generated by \`opensession cleanup init\` (opensession ${v}). Delete the line above to keep your own edits.\n`;
const CRON_EXAMPLE = `# ${janitor_config/* MARKER */.tl}
# Example cron entry (daily at 03:17 local time):
17 3 * * * cd /path/to/repo && opensession cleanup run --apply
`;
function githubCleanupWorkflow(p) {
    return `${header(p.version)}# TTLs and the archive branch come from .opensession/cleanup/config.toml.
name: OpenSession Cleanup
on:
  schedule:
    - cron: '17 3 * * *'
  workflow_dispatch:
    inputs:
      apply:
        description: Delete the candidates (unchecked = dry run)
        type: boolean
        default: true
permissions:
  contents: write
concurrency:
  group: opensession-cleanup
  cancel-in-progress: false
jobs:
  cleanup:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT_ACTION}
      - uses: ${ACTION_REPO}/actions/janitor@${p.gh}
        with:
          apply: \${{ github.event_name == 'schedule' || inputs.apply }}
`;
}
function githubReviewWorkflow(p) {
    return `${header(p.version)}# Artifact storage follows session_archive_branch in .opensession/cleanup/config.toml
# (unset: ephemeral opensession/pr-<N>-sessions branches, deleted when the pull request closes).
name: OpenSession Session Review
on:
  pull_request:
    types: [opened, reopened, synchronize, closed]
permissions:
  contents: write
  pull-requests: write
  issues: write
concurrency:
  group: opensession-session-review-\${{ github.event.pull_request.number }}
  cancel-in-progress: \${{ github.event.action != 'closed' }}
jobs:
  session_review:
    if: github.event.pull_request.head.repo.full_name == github.repository && github.event.pull_request.user.type != 'Bot'
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT_ACTION}
        with:
          fetch-depth: 0
      - uses: ${ACTION_REPO}@${p.gh}
`;
}
function gitlabCleanupFile(p, project) {
    return `${header(p.version)}# TTLs and the archive branch come from .opensession/cleanup/config.toml. The janitor runs in scheduled pipelines.
include:
  - component: $CI_SERVER_FQDN/${project}/janitor@${p.gl}
    inputs:
      apply: 'true'
`;
}
function gitlabReviewFile(p, project) {
    return `${header(p.version)}# Artifact storage follows session_archive_branch in .opensession/cleanup/config.toml.
include:
  - component: $CI_SERVER_FQDN/${project}/session-review@${p.gl}
`;
}
const BLOCK_START = `# >>> ${janitor_config/* MARKER */.tl}`;
const BLOCK_END = `# <<< ${janitor_config/* MARKER */.tl}`;
const INCLUDE_LINES = [
    "  - local: '.gitlab/opensession-cleanup.yml'",
    "  - local: '.gitlab/opensession-session-review.yml'",
];
const GITLAB_BLOCK = [BLOCK_START, 'include:', ...INCLUDE_LINES, BLOCK_END].join('\n');

;// CONCATENATED MODULE: ./core/janitor/init.ts
// `opensession cleanup init` (ci-automation.md §2): settings, plan, generated files under the managed-file rule,
// the `.gitlab-ci.yml` include block, and the result object.







const GITHUB_FILES = [
    '.github/workflows/opensession-cleanup.yml',
    '.github/workflows/opensession-session-review.yml',
];
const GITLAB_FILES = ['.gitlab/opensession-cleanup.yml', '.gitlab/opensession-session-review.yml'];
const CRON_REL = '.opensession/cleanup/cron.example';
const GITLAB_CI = '.gitlab-ci.yml';
const abs = (root, rel) => external_node_path_.join(root, ...rel.split('/'));
function readIfExists(file) {
    try {
        return external_node_fs_.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    }
}
/** §2.2: the URL of a remote name or URL-like value (userinfo kept; strip before printing). */
async function resolveRemoteUrl(git, remote) {
    if ((0,refs/* isUrlLike */.lw)(remote))
        return remote;
    const r = await git.run(['remote', 'get-url', remote]);
    if (r.code !== 0)
        throw new errors/* OpenSessionError */.RL(`failed to resolve git remote \`${remote}\`: ${r.stderr.trim()}`);
    const url = r.stdout.trim();
    if (url === '')
        throw new errors/* OpenSessionError */.RL(`git remote \`${remote}\` resolved to an empty URL`);
    return url;
}
/** §2.5 include-block rule: the new text, or undefined with a manual step when the file has no block. */
function gitlabCiUpdate(existing, manual, warnings) {
    if (existing === undefined)
        return GITLAB_BLOCK + '\n';
    const lines = existing.split('\n');
    const start = lines.findIndex((l) => l.trimEnd() === BLOCK_START);
    const end = lines.findIndex((l, i) => i > start && l.trimEnd() === BLOCK_END);
    if (start < 0 || end < 0) {
        manual.push(`.gitlab-ci.yml has no \`${janitor_config/* MARKER */.tl}\` block; add these include entries manually:\n${INCLUDE_LINES.join('\n')}`);
        return undefined;
    }
    const before = lines.slice(0, start);
    const after = lines
        .slice(end + 1)
        .join('\n')
        .replace(/^\n+/, '');
    if ([...before, ...after.split('\n')].some((l) => /^include:/.test(l)))
        warnings.push(`.gitlab-ci.yml has another top-level \`include:\`; merge it with the ${janitor_config/* MARKER */.tl} block manually`);
    let text = [...before, GITLAB_BLOCK].join('\n');
    if (after !== '')
        text += '\n' + after;
    return text.endsWith('\n') ? text : text + '\n';
}
async function planInit(req) {
    let previous;
    try {
        previous = (0,janitor_config/* loadCleanupConfig */.l6)(req.root);
    }
    catch {
        previous = undefined; // an invalid config is regenerated from flags and defaults
    }
    const remote = req.remote ?? previous?.remote ?? 'origin';
    const url = await resolveRemoteUrl(req.git, remote);
    const warnings = [];
    let provider;
    const wanted = req.provider ?? previous?.provider ?? 'auto';
    if (wanted === 'auto') {
        const d = (0,refs/* detectProvider */.F1)(url);
        provider = d.provider;
        if (d.fellBack)
            warnings.push(`provider auto detection fell back to generic for remote \`${(0,refs/* stripUserinfo */._H)(url)}\``);
    }
    else
        provider = wanted;
    let archive = req.archiveBranch !== undefined ? req.archiveBranch.trim() : previous?.session_archive_branch;
    if (archive === '')
        archive = undefined;
    if (archive !== undefined) {
        const ok = await req.git.run(['check-ref-format', '--branch', archive]);
        if (ok.code !== 0)
            throw new errors/* UsageError */.eb(`invalid value for --session-archive-branch: \`${archive}\` is not a valid branch name`);
    }
    const project = (req.componentProject ?? previous?.gitlab_component_project ?? janitor_config/* DEFAULT_COMPONENT_PROJECT */.W).trim();
    const config = {
        version: 1,
        provider,
        remote,
        hidden_ttl_days: req.hiddenTtlDays ?? previous?.hidden_ttl_days ?? janitor_config/* DEFAULT_TTL_DAYS */.vh,
        artifact_ttl_days: req.artifactTtlDays ?? previous?.artifact_ttl_days ?? janitor_config/* DEFAULT_TTL_DAYS */.vh,
        session_archive_branch: archive,
        gitlab_component_project: provider === 'gitlab' ? project : undefined,
        managed_at: req.now.toISOString(),
        managed_by: janitor_config/* MARKER */.tl,
    };
    const pins = versionPins(req.version);
    const generated = [{ rel: CRON_REL, text: CRON_EXAMPLE }];
    if (provider === 'github')
        generated.push({ rel: GITHUB_FILES[0], text: githubCleanupWorkflow(pins) }, { rel: GITHUB_FILES[1], text: githubReviewWorkflow(pins) });
    if (provider === 'gitlab')
        generated.push({ rel: GITLAB_FILES[0], text: gitlabCleanupFile(pins, project) }, { rel: GITLAB_FILES[1], text: gitlabReviewFile(pins, project) });
    const manual = [];
    const writes = [{ rel: janitor_config/* CONFIG_REL */.Li, text: (0,janitor_config/* renderCleanupConfig */.jd)(config) }];
    for (const f of generated) {
        const existing = readIfExists(abs(req.root, f.rel));
        if (existing === undefined || existing.includes(janitor_config/* MARKER */.tl))
            writes.push(f);
        else
            manual.push(`file \`${f.rel}\` exists without \`${janitor_config/* MARKER */.tl}\` marker; update it manually`);
    }
    let gitlabCi;
    if (provider === 'gitlab') {
        const text = gitlabCiUpdate(readIfExists(abs(req.root, GITLAB_CI)), manual, warnings);
        if (text !== undefined)
            gitlabCi = { rel: GITLAB_CI, text };
        manual.push('create a pipeline schedule (Build > Pipeline schedules) so the janitor runs, e.g. cron `17 3 * * *`', 'store a project or group access token (role Developer, scopes api and write_repository) as the masked CI/CD variable `OPENSESSION_GITLAB_TOKEN`', 'enable merge request pipelines: the session review job runs only in merge_request_event pipelines');
    }
    if (provider === 'generic')
        manual.push('schedule `opensession cleanup run --apply` (see .opensession/cleanup/cron.example)');
    const lines = [
        `provider: ${provider}`,
        `remote: ${(0,refs/* isUrlLike */.lw)(remote) ? (0,refs/* stripUserinfo */._H)(remote) : remote}`,
        `hidden_ttl_days: ${config.hidden_ttl_days}`,
        `artifact_ttl_days: ${config.artifact_ttl_days}`,
        `session_archive_branch: ${archive ?? '(ephemeral per-pr branches)'}`,
    ];
    if (provider === 'gitlab')
        lines.push(`gitlab_component_project: ${project}`);
    for (const w of writes)
        lines.push(`write: ${abs(req.root, w.rel)}`);
    if (gitlabCi !== undefined)
        lines.push(`update: ${abs(req.root, GITLAB_CI)}`);
    return { config, lines, writes, gitlabCi, manualSteps: manual, warnings };
}
function applyInit(root, plan) {
    const applied = [];
    for (const w of [...plan.writes, ...(plan.gitlabCi !== undefined ? [plan.gitlabCi] : [])]) {
        (0,files/* writeFileAtomic */.Z)(abs(root, w.rel), w.text);
        applied.push(w.rel);
    }
    return {
        configured: true,
        provider: plan.config.provider,
        resolved_remote: plan.config.remote,
        session_archive_branch: plan.config.session_archive_branch ?? null,
        applied_paths: applied,
        manual_steps: plan.manualSteps,
        warnings: plan.warnings,
    };
}
/** §2.8/§4: the provider-template files that are absent (gitlab: `.gitlab-ci.yml` when it lacks the includes). */
function missingTemplateFiles(root, provider) {
    const missing = [];
    const need = provider === 'github' ? GITHUB_FILES : provider === 'gitlab' ? GITLAB_FILES : [CRON_REL];
    for (const rel of need)
        if (!external_node_fs_.existsSync(abs(root, rel)))
            missing.push(rel);
    if (provider === 'gitlab') {
        const ci = readIfExists(abs(root, GITLAB_CI)) ?? '';
        if (!GITLAB_FILES.every((f) => ci.includes(f)))
            missing.push(GITLAB_CI);
    }
    return missing;
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


/***/ })

};
;