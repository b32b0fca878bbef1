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
        Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(2327)]).then(__webpack_require__.bind(__webpack_require__, 2327)),
        Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(9036), __webpack_require__.e(705), __webpack_require__.e(2464)]).then(__webpack_require__.bind(__webpack_require__, 705)),
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
        await (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(7472), __webpack_require__.e(4185), __webpack_require__.e(8066)]).then(__webpack_require__.bind(__webpack_require__, 8066))).promptCleanupAfterPush(ctx, repo.root, pushTarget);
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

/***/ 4328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ openRepoAt)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
// Opening the repository a command runs in, with the guided error both `share` and `doctor` give outside one.

async function openRepoAt(cwd) {
    const { findRepoRoot, openRepo } = await __webpack_require__.e(/* import() */ 6790).then(__webpack_require__.bind(__webpack_require__, 6790));
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

/***/ 5879:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UI: () => (/* binding */ plainRemoteUrl),
/* harmony export */   eS: () => (/* binding */ gitConfigMayHave)
/* harmony export */ });
/* unused harmony export gitConfigFiles */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(857);
/* harmony import */ var os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_2__);
// A fast answer to "could git's config set this key?" without starting `git`: read the config files git
// would read and look for the key's name. Only when one of them mentions it (or includes other files, or the
// environment injects config) does the caller need to ask `git config` itself.



/** The files `git config --get` reads, in git's order: system, global (XDG then ~/.gitconfig), local, worktree. */
function gitConfigFiles(commonDir, gitDir, env) {
    const files = [];
    if (env.GIT_CONFIG_NOSYSTEM === undefined || ['', '0', 'false', 'no'].includes(env.GIT_CONFIG_NOSYSTEM)) {
        files.push(env.GIT_CONFIG_SYSTEM ?? '/etc/gitconfig');
    }
    const home = env.HOME ?? os__WEBPACK_IMPORTED_MODULE_1__.homedir();
    if (env.GIT_CONFIG_GLOBAL !== undefined)
        files.push(env.GIT_CONFIG_GLOBAL);
    else {
        files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(env.XDG_CONFIG_HOME || path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.config'), 'git', 'config'));
        files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(home, '.gitconfig'));
    }
    files.push(path__WEBPACK_IMPORTED_MODULE_2__.join(commonDir, 'config'), path__WEBPACK_IMPORTED_MODULE_2__.join(gitDir, 'config.worktree'));
    return files;
}
/**
 * False when no config file git would read can give `key` (`section.name`; the name is matched
 * case-insensitively on any line) a value that `couldMatch` accepts, so the caller may skip asking git;
 * true when git must be asked (an include, config from the environment, or a line that might match).
 */
function gitConfigMayHave(commonDir, gitDir, key, couldMatch, env) {
    if (env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined) {
        return true;
    }
    const name = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
    for (const file of gitConfigFiles(commonDir, gitDir, env)) {
        let text;
        try {
            text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8').toLowerCase();
        }
        catch {
            continue; // a missing file sets nothing
        }
        if (text.includes('[include'))
            return true;
        if (!text.includes(name))
            continue;
        for (const line of text.split('\n')) {
            const m = /^\s*([a-z0-9-]+)\s*(?:=(.*))?$/.exec(line);
            if (m === null) {
                if (line.includes(name))
                    return true; // a form this scan does not read (e.g. `[core] name = x`)
                continue;
            }
            if (m[1] !== name)
                continue;
            const value = (m[2] ?? 'true')
                .replace(/\s[#;].*$/, '')
                .trim()
                .replace(/^"(.*)"$/, '$1');
            if (value.endsWith('\\') || couldMatch(value))
                return true;
        }
    }
    return false;
}
/**
 * `git remote get-url <name>` without starting git, when the answer is plain: the remote's first `url` in the
 * repository's own config, and no config file that could rewrite or add to it (`insteadOf`, includes,
 * config from the environment, a global `remote.<name>` section). Undefined means "ask git".
 */
function plainRemoteUrl(commonDir, gitDir, name, env) {
    if (env.GIT_CONFIG_COUNT !== undefined || env.GIT_CONFIG_PARAMETERS !== undefined || env.GIT_CONFIG !== undefined) {
        return undefined;
    }
    const local = path__WEBPACK_IMPORTED_MODULE_2__.join(commonDir, 'config');
    let url;
    for (const file of gitConfigFiles(commonDir, gitDir, env)) {
        let text;
        try {
            text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
        }
        catch {
            continue;
        }
        const lower = text.toLowerCase();
        if (lower.includes('[include') || lower.includes('insteadof'))
            return undefined;
        let inRemote = false;
        for (const line of text.split('\n')) {
            const section = /^\s*\[([^\]]*)\]\s*$/.exec(line);
            if (section === null && /^\s*\[/.test(line))
                return undefined; // `[section] key = v` on one line
            if (section !== null) {
                inRemote = section[1] === `remote "${name}"`;
                if (inRemote && file !== local)
                    return undefined; // defined outside the repository: let git merge it
                continue;
            }
            if (!inRemote)
                continue;
            const kv = /^\s*url\s*=\s*(.*?)\s*$/i.exec(line);
            if (kv === null)
                continue;
            if (/["\\;#]/.test(kv[1]) || kv[1] === '')
                return undefined; // quoting, escapes, comments: git knows best
            url ??= kv[1];
        }
    }
    return url;
}


/***/ })

};
;