"use strict";
exports.id = 5411;
exports.ids = [5411];
exports.modules = {

/***/ 5411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./core/errors.ts
var errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: external "readline"
var external_readline_ = __webpack_require__(3785);
;// CONCATENATED MODULE: ./cli/prompt.ts
// Answers typed at a terminal, one line per prompt. One reader per process: a second prompt must not
// open a second reader on stdin (lines typed ahead would go to the first), and a line must be taken
// before the reader's `close` is seen (the old doctor --fix read '' there and cancelled).

let reader;
const typedAhead = [];
let waiting;
let ended = false;
function prompt_open() {
    if (reader !== undefined)
        return;
    ended = false;
    reader = external_readline_.createInterface({ input: process.stdin, terminal: false });
    reader.on('line', (line) => {
        const w = waiting;
        waiting = undefined;
        if (w !== undefined)
            w(line);
        else
            typedAhead.push(line);
    });
    reader.on('close', () => {
        ended = true;
        const w = waiting;
        waiting = undefined;
        if (w !== undefined)
            w(undefined);
    });
}
/** The next line typed on stdin; '' when stdin ends first. */
async function readAnswer() {
    prompt_open();
    if (typedAhead.length > 0)
        return typedAhead.shift();
    if (ended)
        return '';
    return new Promise((resolve) => {
        waiting = (line) => resolve(line ?? '');
    });
}
/** Releases stdin so the process can exit; call once the command has asked everything. */
function closePrompts() {
    const r = reader;
    reader = undefined;
    typedAhead.length = 0;
    r?.close();
}

// EXTERNAL MODULE: ./cli/repo-helper.ts
var repo_helper = __webpack_require__(4328);
;// CONCATENATED MODULE: ./cli/commands/doctor.ts
// `opensession doctor [--fix] [--yes] [--fanout-mode <mode>]` (git-native.md §11): check and apply local setup
// (fanout mode, the managed pre-push hook, the CLI shims).






const MODE_ALIASES = {
    hidden_ref: 'hidden_ref',
    'hidden-ref': 'hidden_ref',
    hidden: 'hidden_ref',
    git_notes: 'git_notes',
    'git-notes': 'git_notes',
    notes: 'git_notes',
};
const TAGS = { OK: '[ OK ]', INFO: '[INFO]', WARN: '[WARN]', FAIL: '[FAIL]' };
const COLOURS = { OK: '\x1b[1;32m', INFO: '\x1b[1;36m', WARN: '\x1b[1;33m', FAIL: '\x1b[1;31m' };
const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
function doctorCommand(ctx) {
    return new esm/* Command */.uB('doctor')
        .description('check (or with --fix, apply) the local OpenSession setup of this repository')
        .option('--fix', 'apply the recommended setup')
        .option('--yes', 'apply without asking (required when not interactive)')
        .addOption(new esm/* Option */.c$('--fanout-mode <mode>', 'hidden_ref or git_notes').choices(Object.keys(MODE_ALIASES)))
        .option('--json', 'print the checks as one JSON object (check mode only)')
        .action(async (flags) => {
        if (flags.json === true && flags.fix === true) {
            throw new errors/* GuidedError */.FQ('`--json` works only in check mode', ['run `opensession doctor --json`']);
        }
        if (flags.fanoutMode !== undefined && flags.fix !== true) {
            throw new errors/* GuidedError */.FQ('`--fanout-mode` requires `--fix`', [
                'run `opensession doctor --fix --fanout-mode hidden_ref`',
                'or run `opensession doctor --fix --fanout-mode git_notes`',
            ]);
        }
        if (flags.yes === true && flags.fix !== true) {
            throw new errors/* GuidedError */.FQ('`--yes` requires `--fix`', [
                'run `opensession doctor --fix --yes --fanout-mode hidden_ref`',
                'or run `opensession doctor --fix` in interactive mode',
            ]);
        }
        const repo = await (0,repo_helper/* openRepoAt */.u)(ctx.cwd);
        if (flags.fix !== true)
            return checkMode(ctx, repo, flags.json === true);
        try {
            await applyMode(ctx, repo, flags);
        }
        finally {
            closePrompts();
        }
    });
}
async function checkMode(ctx, repo, json) {
    const { doctorChecks } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(3137), __webpack_require__.e(8533)]).then(__webpack_require__.bind(__webpack_require__, 8533));
    const colour = process.stdout.isTTY === true && ctx.env.NO_COLOR === undefined;
    const out = ['OpenSession doctor (check mode)', `repo: ${repo.root}`, 'doctor checks:'];
    const { rows } = await doctorChecks(repo, ctx.env);
    if (json)
        return (0,output/* writeJson */.GF)(ctx, doctorJson(repo.root, rows));
    const recommended = [];
    const optional = [];
    let attention = 0;
    for (const row of rows) {
        const tag = colour ? `${COLOURS[row.level]}${TAGS[row.level]}\x1b[0m` : TAGS[row.level];
        out.push(`${tag} ${`${row.label}:`.padEnd(18)} ${row.detail}`);
        if (row.hint !== undefined && row.showHint === true)
            out.push(`       hint: ${row.hint}`);
        if (row.hint !== undefined) {
            const list = row.hintKind === 'optional' ? optional : recommended;
            if (!list.includes(row.hint))
                list.push(row.hint);
        }
        if (row.level === 'WARN' || row.level === 'FAIL')
            attention++;
    }
    if (recommended.length > 0)
        out.push('next actions (recommended):', ...recommended.map((h) => `  - ${h}`));
    if (optional.length > 0)
        out.push('next actions (optional):', ...optional.map((h) => `  - ${h}`));
    out.push(attention === 0 ? 'doctor summary: no blocking issues.' : `doctor summary: ${attention} check(s) need attention.`);
    out.push('hint: run `opensession doctor --fix` to apply recommended setup values.', 'hint: run `opensession docs quickstart` for a 5-minute first-user flow.');
    ctx.stdout(out.join('\n') + '\n');
}
/** `doctor --json`: the same checks, hints and summary as the text report (docs/cli.md). */
function doctorJson(root, rows) {
    const recommended = [];
    const optional = [];
    for (const row of rows) {
        if (row.hint === undefined)
            continue;
        const list = row.hintKind === 'optional' ? optional : recommended;
        if (!list.includes(row.hint))
            list.push(row.hint);
    }
    return {
        repo: root,
        checks: rows.map((r) => ({ label: r.label, level: r.level, detail: r.detail, hint: r.hint ?? null })),
        next_actions: { recommended, optional },
        attention: rows.filter((r) => r.level === 'WARN' || r.level === 'FAIL').length,
    };
}
async function applyMode(ctx, repo, flags) {
    const ledger = await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(3292), __webpack_require__.e(7472), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(3137), __webpack_require__.e(9036), __webpack_require__.e(705), __webpack_require__.e(9202), __webpack_require__.e(9207), __webpack_require__.e(3236)]).then(__webpack_require__.bind(__webpack_require__, 3236));
    const doctor = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(3137), __webpack_require__.e(8533)]).then(__webpack_require__.bind(__webpack_require__, 8533));
    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
    const setting = await ledger.readFanoutMode(repo);
    const existing = setting.raw !== undefined && setting.valid ? setting.mode : undefined;
    const requested = flags.fanoutMode !== undefined ? MODE_ALIASES[flags.fanoutMode] : undefined;
    const m = requested ?? existing ?? 'hidden_ref';
    if (!interactive && flags.yes !== true) {
        throw new errors/* GuidedError */.FQ('doctor --fix requires explicit approval in non-interactive mode', [
            `run \`opensession doctor --fix --yes --fanout-mode ${m}\``,
        ]);
    }
    if (!interactive && existing === undefined && requested === undefined) {
        throw new errors/* GuidedError */.FQ('fanout mode is not configured for this repository and doctor --fix cannot prompt in non-interactive mode', [
            'run `opensession doctor --fix --yes --fanout-mode hidden_ref`',
            'or run `opensession doctor --fix --yes --fanout-mode git_notes`',
        ]);
    }
    const hooks = await ledger.resolveHooksDir(repo, ctx.env);
    const hookPlan = ledger.planHookInstall(hooks, ctx.now());
    const cli = doctor.currentCliIdentity();
    const shimBody = ledger.shimText(cli.nodeExecutable, cli.entryScript);
    const shims = ledger.shimPaths(ctx.env);
    const shimAction = (file) => ({ missing: 'install', outdated: 'replace', present: 'keep' })[ledger.shimState(file, shimBody)];
    const fanoutSummary = requested !== undefined
        ? existing === requested
            ? `keep ${requested} (explicit via --fanout-mode)`
            : existing !== undefined
                ? `change ${existing} -> ${requested} (via --fanout-mode)`
                : `set ${requested} (via --fanout-mode)`
        : existing !== undefined
            ? `keep ${existing}`
            : 'choose interactively (hidden_ref or git_notes)';
    const plan = [
        'repo: ' + repo.root,
        'setup plan:',
        `  - fanout mode: ${fanoutSummary}`,
        `  - hook pre-push: ${hookPlan.action} (${hookPlan.hookPath})`,
    ];
    if (hookPlan.action === 'preserve-original+replace') {
        plan.push(`    original hook saved as: ${hookPlan.backupPath}`, `    restore: mv ${q(hookPlan.backupPath)} ${q(hookPlan.hookPath)}`);
    }
    if (hookPlan.note !== undefined)
        plan.push(`    note: ${hookPlan.note}`);
    const actOpensession = shimAction(shims.opensession);
    const actOps = shimAction(shims.ops);
    plan.push(`  - shim opensession: ${actOpensession} (${shims.opensession})`, `  - shim ops: ${actOps} (${shims.ops})`);
    if (doctor.isNpxInstall(cli.entryScript))
        plan.push('  - warning: running from a temporary npx install; shims will break when the npx cache is cleared');
    plan.push(flags.yes === true ? '  - confirmation: skipped (--yes)' : '  - confirmation: required (use --yes to skip)');
    ctx.stdout(plan.join('\n') + '\n');
    if (flags.yes !== true) {
        ctx.stdout('Apply these changes? [y/N]: ');
        const answer = (0,core_text/* trim */.Bq)(await readAnswer()).toLowerCase();
        if (answer !== 'y' && answer !== 'yes')
            throw new errors/* GuidedError */.FQ('doctor --fix cancelled by user', [
                `run \`opensession doctor --fix --yes --fanout-mode ${m}\``,
            ]);
    }
    let mode = m;
    const writeMode = async (value) => {
        const res = await ledger.runGit(['config', '--local', 'opensession.fanout-mode', value], { cwd: repo.root });
        if (res.code !== 0)
            throw new errors/* OpenSessionError */.RL(`failed to store fanout mode in git config: ${res.stderr.trim()}`);
    };
    if (requested !== undefined) {
        await writeMode(requested);
        ctx.stdout(`fanout mode set: ${requested}\n`);
    }
    else if (existing === undefined) {
        ctx.stdout('Choose OpenSession fanout mode for this repository:\n  1) hidden refs (default)\n  2) git notes\nselect [1/2]: ');
        mode = (0,core_text/* trim */.Bq)(await readAnswer()) === '2' ? 'git_notes' : 'hidden_ref';
        await writeMode(mode);
        ctx.stdout(`fanout mode initialized: ${mode}\n`);
    }
    if (mode === 'git_notes') {
        const current = await ledger.runGit(['config', '--local', '--get-all', 'notes.rewriteRef'], { cwd: repo.root });
        if (!current.stdout.split('\n').includes(ledger.NOTES_REF)) {
            await ledger.runGit(['config', '--local', '--add', 'notes.rewriteRef', ledger.NOTES_REF], { cwd: repo.root });
        }
    }
    if (actOpensession !== 'keep')
        await ledger.writeShim(shims.opensession, shimBody);
    if (actOps !== 'keep')
        await ledger.writeShim(shims.ops, shimBody);
    await ledger.applyHookInstall(hookPlan);
    const facts = await doctor.doctorFacts(repo);
    const checks = await doctor.doctorChecks(repo, ctx.env, cli);
    const daemon = checks.rows.find((r) => r.label === 'daemon');
    const out = [
        'Applied setup in ' + repo.root + ':',
        `  - fanout mode: ${mode}`,
        `  - hook pre-push: ${hookPlan.action} (${hookPlan.hookPath})`,
    ];
    if (hookPlan.action === 'preserve-original+replace')
        out.push(`    original hook saved as: ${hookPlan.backupPath}`);
    out.push(`  - shim opensession: ${actOpensession} (${shims.opensession})`, `  - shim ops: ${actOps} (${shims.ops})`);
    out.push(`daemon: ${daemon.detail}`);
    if (daemon.hint !== undefined)
        out.push(`daemon hint: ${daemon.hint}`);
    out.push(`review readiness: ${doctor.readinessRow(facts).detail}`, `current branch: ${facts.branch}`);
    if (facts.ledgerBranch !== facts.branch)
        out.push(`ledger branch: ${facts.ledgerBranch}`);
    out.push(`ledger ref: ${facts.ledgerRef}`);
    ctx.stdout(out.join('\n') + '\n');
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


/***/ })

};
;