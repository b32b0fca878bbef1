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
    const { doctorChecks } = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(8533)]).then(__webpack_require__.bind(__webpack_require__, 8533));
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
    const ledger = await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(3292), __webpack_require__.e(7472), __webpack_require__.e(9036), __webpack_require__.e(705), __webpack_require__.e(4714), __webpack_require__.e(490), __webpack_require__.e(3236)]).then(__webpack_require__.bind(__webpack_require__, 3236));
    const doctor = await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(8533)]).then(__webpack_require__.bind(__webpack_require__, 8533));
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


/***/ })

};
;