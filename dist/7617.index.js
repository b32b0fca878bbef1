"use strict";
exports.id = 7617;
exports.ids = [7617];
exports.modules = {

/***/ 7617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   shareCommand: () => (/* binding */ shareCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(265);
/* harmony import */ var _core_ledger_git_config__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5879);
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _core_uri__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7849);
/* harmony import */ var _core_store__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(502);
/* harmony import */ var _repo_helper__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4328);
/* harmony import */ var _output__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5338);
// `opensession share <uri>` (git-native.md §10): publish a local session into a ledger ref (git mode),
// optionally pushing it; web mode turns a remote source URI into a web link.








const F2_STEPS = [
    'a local uri comes from `opensession register ./session.hail.jsonl` (os://src/local/<sha256>)',
    'a remote uri comes from `opensession share <local_uri> --git --remote origin`',
];
function f1() {
    return new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ('choose one mode: --web or --git', [
        'for remote source uri to web url: `opensession share <uri> --web`',
        'for local source uri to git source uri: `opensession share <uri> --git --remote origin`',
    ]);
}
function parseUri(uri) {
    try {
        return (0,_core_uri__WEBPACK_IMPORTED_MODULE_4__/* .parseSourceUri */ .Lf)(uri);
    }
    catch (err) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(err instanceof Error ? err.message : String(err), F2_STEPS);
    }
}
async function copyToClipboard(text, ctx) {
    const tools = process.platform === 'darwin'
        ? [['pbcopy', []]]
        : process.platform === 'win32'
            ? [['clip', []]]
            : [
                ['wl-copy', []],
                ['xclip', ['-selection', 'clipboard']],
                ['xsel', ['--clipboard', '--input']],
            ];
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5317, 23));
    for (const [cmd, args] of tools) {
        const ok = await new Promise((resolve) => {
            const child = spawn(cmd, args, { stdio: ['pipe', 'ignore', 'ignore'] });
            child.on('error', () => resolve(false));
            child.on('close', (code) => resolve(code === 0));
            child.stdin.on('error', () => undefined);
            child.stdin.end(text);
        });
        if (ok)
            return;
    }
    ctx.stderr('[opensession] Warning: could not copy to clipboard\n');
}
async function askYesNo(question) {
    const readline = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 3785, 23));
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: false });
    try {
        return await new Promise((resolve) => {
            process.stderr.write(question);
            rl.once('line', resolve);
            rl.once('close', () => resolve(''));
        });
    }
    finally {
        rl.close();
    }
}
async function shareGit(ctx, uri, flags) {
    const parsed = parseUri(uri);
    if (parsed.kind !== 'local') {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ('`share --git` requires a local source uri (os://src/local/<sha256>)', [
            'first register a canonical session: `opensession register ./session.hail.jsonl`',
            'then share that local uri with `--git --remote <name|url>`',
        ]);
    }
    const remoteFlag = flags.remote !== undefined ? (0,_core_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(flags.remote) : undefined;
    if (remoteFlag === undefined && flags.quick !== true) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ('`--remote <name|url>` is required for `share --git`', [
            'example: `opensession share <local_uri> --git --remote origin`',
            'or use a direct URL: `opensession share <local_uri> --git --remote https://github.com/org/repo.git`',
        ]);
    }
    // The ledger modules this command uses, not the `core/ledger` barrel (hooks, sync, merge: start-up cost).
    const [{ runGit }, { readHead }, { ledgerRef, resolveLedgerBranch }, shareLib, { storeBlob }, { addToRepoRegistry }] = await Promise.all([
        __webpack_require__.e(/* import() */ 8843).then(__webpack_require__.bind(__webpack_require__, 8843)),
        __webpack_require__.e(/* import() */ 4409).then(__webpack_require__.bind(__webpack_require__, 6790)),
        __webpack_require__.e(/* import() */ 9608).then(__webpack_require__.bind(__webpack_require__, 9608)),
        Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(2327)]).then(__webpack_require__.bind(__webpack_require__, 2327)),
        Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(9036), __webpack_require__.e(705), __webpack_require__.e(6358)]).then(__webpack_require__.bind(__webpack_require__, 3086)),
        __webpack_require__.e(/* import() */ 4849).then(__webpack_require__.bind(__webpack_require__, 7230)),
    ]);
    const ledger = { runGit, readHead, ledgerRef, resolveLedgerBranch, storeBlob, addToRepoRegistry, ...shareLib };
    const repo = await (0,_repo_helper__WEBPACK_IMPORTED_MODULE_6__/* .openRepoAt */ .u)(ctx.cwd);
    let remoteName = remoteFlag;
    if (remoteName === undefined) {
        const list = await ledger.runGit(['remote'], { cwd: repo.root });
        const remotes = list.stdout.split('\n').filter((r) => r !== '');
        if (remotes.includes('origin'))
            remoteName = 'origin';
        else if (remotes.length === 1)
            remoteName = remotes[0];
        else {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(`\`share --quick\` could not choose a git remote (no \`origin\` and ${remotes.length} other remotes)`, ['add one: `git remote add origin <url>`', 'or name it: `opensession share <uri> --quick --remote <name|url>`']);
        }
    }
    const head = ledger.readHead(repo);
    let ref;
    if (flags.ref !== undefined) {
        ref = flags.ref;
        const steps = ['omit --ref to use the branch ledger ref (refs/opensession/branches/<token>)'];
        if (!(await ledger.isValidFullRef(repo, ref))) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(`invalid ref \`${ref}\`: expected a full ref name under refs/`, [
                ...steps,
                'or pass a full ref, e.g. `--ref refs/opensession/shared`',
            ]);
        }
        if (head.branch !== 'HEAD' && ref === `refs/heads/${head.branch}`) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(`refusing to write to the checked-out branch \`${ref}\``, [
                ...steps,
                'or choose a ref that is not checked out',
            ]);
        }
    }
    else {
        ref = ledger.ledgerRef(ledger.resolveLedgerBranch(head.branch, head.head));
    }
    const sharePath = flags.path !== undefined ? (0,_core_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(flags.path) : `sessions/${parsed.sha256}.jsonl`;
    const problem = ledger.sharePathProblem(sharePath);
    if (problem !== undefined)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(problem, ['use a repository-relative path such as `sessions/<name>.jsonl`']);
    let object;
    try {
        object = (0,_core_store__WEBPACK_IMPORTED_MODULE_5__/* .readLocalObjectSync */ ._M)(parsed.sha256, (0,_output__WEBPACK_IMPORTED_MODULE_7__/* .storeSettings */ .lj)(ctx)).bytes;
    }
    catch {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(`object not found: ${parsed.sha256}`, [
            'register the session in this repository first: `opensession register ./session.hail.jsonl`',
            'objects are looked up in <repo>/.opensession/objects, then ~/.local/share/opensession/objects',
        ]);
    }
    const remoteSteps = ['list remotes: `git remote -v`', 'or pass a URL: `--remote https://github.com/org/repo.git`'];
    let pushTarget;
    let resolvedUrl;
    if (remoteName.includes('://') || remoteName.startsWith('git@')) {
        pushTarget = remoteName;
        resolvedUrl = remoteName;
    }
    else {
        // Read the URL from the config when nothing can rewrite it; otherwise ask git (one process less).
        const plain = (0,_core_ledger_git_config__WEBPACK_IMPORTED_MODULE_2__/* .plainRemoteUrl */ .UI)(repo.commonDir, repo.gitDir, remoteName, ctx.env);
        if (plain !== undefined)
            resolvedUrl = plain;
        else {
            const res = await ledger.runGit(['remote', 'get-url', remoteName], { cwd: repo.root });
            if (res.code !== 0)
                throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(`failed to resolve git remote \`${remoteName}\`: ${res.stderr.trim()}`, remoteSteps);
            resolvedUrl = res.stdout.trim();
        }
        if (resolvedUrl === '')
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(`git remote \`${remoteName}\` resolved to empty url`, remoteSteps);
        pushTarget = remoteName;
    }
    const strippedUrl = (0,_core_uri__WEBPACK_IMPORTED_MODULE_4__/* .stripUrlCredentials */ .um)(resolvedUrl);
    const shownTarget = pushTarget === remoteName && !(remoteName.includes('://') || remoteName.startsWith('git@'))
        ? pushTarget
        : (0,_core_uri__WEBPACK_IMPORTED_MODULE_4__/* .stripUrlCredentials */ .um)(pushTarget);
    const { bytes, redactions } = ledger.redactObjectBytes(object);
    try {
        await ledger.storeBlob(repo, ref, sharePath, bytes, `opensession share ${parsed.sha256}`);
        ledger.addToRepoRegistry(repo.root, ctx.env);
    }
    catch (err) {
        if (err instanceof _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ)
            throw err; // already names its ref and repair steps (A9)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(`failed to store git object: ${err instanceof Error ? err.message : String(err)}`, [
            'check that the repository is writable and no other git process holds a lock',
            'retry the command',
        ]);
    }
    const resultUri = (0,_core_uri__WEBPACK_IMPORTED_MODULE_4__/* .formatSourceUri */ .Du)((0,_core_uri__WEBPACK_IMPORTED_MODULE_4__/* .remoteUrlToSourceUri */ .Me)(strippedUrl, ref, sharePath));
    const pushCmd = ledger.pushCommandText(shownTarget, ref);
    // Push decision (§10.2 step 10, §10.3).
    let consent;
    let doPush = flags.push === true;
    if (flags.quick === true) {
        const stored = await ledger.runGit(['config', '--local', '--get', 'opensession.share.auto-push-consent'], {
            cwd: repo.root,
        });
        const value = stored.code === 0 ? (0,_core_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(stored.stdout).toLowerCase() : '';
        consent = value === 'true' ? true : value === 'false' ? false : undefined;
        if (!doPush) {
            if (consent !== undefined)
                doPush = consent;
            else if (process.stdin.isTTY === true && process.stderr.isTTY === true && flags.json !== true) {
                const answer = (0,_core_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(await askYesNo('[opensession] push now and enable auto push for future --quick in this repo? [Y/n]: ')).toLowerCase();
                consent = answer === '' || answer === 'y' || answer === 'yes';
                await ledger.runGit(['config', '--local', 'opensession.share.auto-push-consent', String(consent)], {
                    cwd: repo.root,
                });
                doPush = consent;
            }
        }
    }
    let pushed = false;
    if (doPush) {
        try {
            await (await Promise.all(/* import() */[__webpack_require__.e(9036), __webpack_require__.e(2221)]).then(__webpack_require__.bind(__webpack_require__, 4602))).pushRef(repo, pushTarget, ref, { env: ctx.env });
            pushed = true;
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            let cause = message.startsWith('git push failed: ') ? message.slice('git push failed: '.length) : message;
            // A URL push target is only ever shown credential-stripped (§10.2 step 9), also inside the F14 cause.
            if (shownTarget !== pushTarget)
                cause = cause.split(pushTarget).join(shownTarget);
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(`git push failed: ${cause}`, [
                `check access to the remote: \`git ls-remote ${ledger.shellArg(shownTarget)}\``,
                `retry manually: \`${pushCmd}\``,
            ]);
        }
    }
    if (pushed && flags.json !== true)
        await (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(7472), __webpack_require__.e(4210), __webpack_require__.e(8066)]).then(__webpack_require__.bind(__webpack_require__, 8066))).promptCleanupAfterPush(ctx, repo.root, pushTarget);
    if (flags.copy === true)
        await copyToClipboard(resultUri, ctx);
    if (redactions > 0)
        ctx.stderr(`[opensession] Warning: redacted ${redactions} secret(s) before writing ${sharePath} to ${ref}\n`);
    const consentText = consent === undefined ? 'unset' : String(consent);
    if (flags.json === true) {
        (0,_output__WEBPACK_IMPORTED_MODULE_7__/* .writeJson */ .GF)(ctx, {
            auto_push_consent: consent === undefined ? null : consent,
            path: sharePath,
            push_cmd: pushCmd,
            pushed,
            quick: flags.quick === true,
            redactions,
            ref,
            remote: strippedUrl,
            remote_target: shownTarget,
            source_uri: uri,
            uri: resultUri,
        });
        return;
    }
    const lines = [
        resultUri,
        `remote: ${strippedUrl}`,
        `ref: ${ref}`,
        `path: ${sharePath}`,
        `pushed: ${pushed}`,
        `push_cmd: ${pushed ? '(executed) ' : ''}${pushCmd}`,
    ];
    if (flags.quick === true)
        lines.push('quick: true', `auto_push_consent: ${consentText}`);
    ctx.stdout(lines.join('\n') + '\n');
}
async function shareWeb(ctx, uri, flags) {
    const parsed = parseUri(uri);
    if (parsed.kind === 'local' || parsed.kind === 'artifact') {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ('`share --web` supports only remote sources', [
            'convert local uri first: `opensession share <uri> --git --remote origin`',
            'then run web share with the returned remote source uri',
        ]);
    }
    for (const [flag, set] of [
        ['--remote', flags.remote !== undefined],
        ['--ref', flags.ref !== undefined],
        ['--path', flags.path !== undefined],
        ['--push', flags.push === true],
    ]) {
        if (set) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(`\`${flag}\` applies only to \`share --git\``, [
                'for a web url drop it: `opensession share <uri> --web`',
                'to publish a local uri: `opensession share <local_uri> --git --remote origin`',
            ]);
        }
    }
    const { findRepoRoot } = await __webpack_require__.e(/* import() */ 4409).then(__webpack_require__.bind(__webpack_require__, 6790));
    const { loadShareBaseUrl, shareConfigPath } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(408)]).then(__webpack_require__.bind(__webpack_require__, 408));
    const file = shareConfigPath(findRepoRoot(ctx.cwd) ?? ctx.cwd);
    const base = loadShareBaseUrl(file);
    const webUrl = base + (0,_core_uri__WEBPACK_IMPORTED_MODULE_4__/* .formatSourceUri */ .Du)(parsed).slice('os:/'.length);
    if (flags.copy === true)
        await copyToClipboard(webUrl, ctx);
    if (flags.json === true) {
        (0,_output__WEBPACK_IMPORTED_MODULE_7__/* .writeJson */ .GF)(ctx, { base_url: base, config: file, uri, web_url: webUrl });
        return;
    }
    ctx.stdout(`${webUrl}\nbase_url: ${base}\nconfig: ${file}\n`);
}
function shareCommand(ctx) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('share')
        .description('publish a local session into a git ledger ref, or turn a remote source uri into a web link')
        .argument('<uri>', 'source uri (os://src/local/<sha256> for git mode, a remote source uri for web mode)')
        .option('--git', 'git mode: store the session in a ledger ref')
        .option('--web', 'web mode: print the web URL of a remote source uri')
        .option('--quick', 'git mode with automatic remote choice and remembered push consent')
        .option('--remote <name|url>', 'git remote name or URL')
        .option('--ref <ref>', 'target ref (default: the branch ledger ref)')
        .option('--path <rel>', 'path inside the ref (default: sessions/<sha256>.jsonl)')
        .option('--push', 'push the ref after writing it')
        .option('--copy', 'copy the resulting URI to the clipboard')
        .option('--json', 'print one JSON object')
        .action(async (uri, flags) => {
        if (flags.web === true && (flags.git === true || flags.quick === true))
            throw f1();
        const git = flags.git === true || flags.quick === true || (flags.web !== true && uri.startsWith('os://src/local/'));
        if (git)
            await shareGit(ctx, uri, flags);
        else
            await shareWeb(ctx, uri, flags);
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

/***/ 4328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ openRepoAt)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
// Opening the repository a command runs in, with the guided error both `share` and `doctor` give outside one.

async function openRepoAt(cwd) {
    const { findRepoRoot, openRepo } = await Promise.all(/* import() */[__webpack_require__.e(3137), __webpack_require__.e(6790)]).then(__webpack_require__.bind(__webpack_require__, 6790));
    const root = findRepoRoot(cwd);
    if (root === undefined) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__/* .GuidedError */ .FQ('current directory is not inside a git repository', [
            'cd into the target git repository and retry',
            'or initialize one first: `git init`',
        ]);
    }
    return openRepo(root);
}


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