"use strict";
exports.id = 707;
exports.ids = [707];
exports.modules = {

/***/ 2707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   doctorCommand: () => (/* binding */ doctorCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3785);
/* harmony import */ var readline__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(readline__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _core_text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _repo_helper__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4328);
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
function readLine() {
    const rl = readline__WEBPACK_IMPORTED_MODULE_1__.createInterface({ input: process.stdin, terminal: false });
    return new Promise((resolve) => {
        rl.once('line', (l) => {
            rl.close();
            resolve(l);
        });
        rl.once('close', () => resolve(''));
    });
}
const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
function doctorCommand(ctx) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('doctor')
        .description('check (or with --fix, apply) the local OpenSession setup of this repository')
        .option('--fix', 'apply the recommended setup')
        .option('--yes', 'apply without asking (required when not interactive)')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--fanout-mode <mode>', 'hidden_ref or git_notes').choices(Object.keys(MODE_ALIASES)))
        .action(async (flags) => {
        if (flags.fanoutMode !== undefined && flags.fix !== true) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ('`--fanout-mode` requires `--fix`', [
                'run `opensession doctor --fix --fanout-mode hidden_ref`',
                'or run `opensession doctor --fix --fanout-mode git_notes`',
            ]);
        }
        if (flags.yes === true && flags.fix !== true) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ('`--yes` requires `--fix`', [
                'run `opensession doctor --fix --yes --fanout-mode hidden_ref`',
                'or run `opensession doctor --fix` in interactive mode',
            ]);
        }
        const repo = await (0,_repo_helper__WEBPACK_IMPORTED_MODULE_4__/* .openRepoAt */ .u)(ctx.cwd);
        if (flags.fix === true)
            await applyMode(ctx, repo, flags);
        else
            await checkMode(ctx, repo);
    });
}
async function checkMode(ctx, repo) {
    const { doctorChecks } = await __webpack_require__.e(/* import() */ 509).then(__webpack_require__.bind(__webpack_require__, 3890));
    const colour = process.stdout.isTTY === true && ctx.env.NO_COLOR === undefined;
    const out = ['OpenSession doctor (check mode)', `repo: ${repo.root}`, 'doctor checks:'];
    const { rows } = await doctorChecks(repo, ctx.env);
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
async function applyMode(ctx, repo, flags) {
    const ledger = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(632), __webpack_require__.e(255), __webpack_require__.e(549), __webpack_require__.e(594), __webpack_require__.e(136), __webpack_require__.e(328)]).then(__webpack_require__.bind(__webpack_require__, 136));
    const doctor = await __webpack_require__.e(/* import() */ 509).then(__webpack_require__.bind(__webpack_require__, 3890));
    const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
    const setting = await ledger.readFanoutMode(repo);
    const existing = setting.raw !== undefined && setting.valid ? setting.mode : undefined;
    const requested = flags.fanoutMode !== undefined ? MODE_ALIASES[flags.fanoutMode] : undefined;
    const m = requested ?? existing ?? 'hidden_ref';
    if (!interactive && flags.yes !== true) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ('doctor --fix requires explicit approval in non-interactive mode', [
            `run \`opensession doctor --fix --yes --fanout-mode ${m}\``,
        ]);
    }
    if (!interactive && existing === undefined && requested === undefined) {
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ('fanout mode is not configured for this repository and doctor --fix cannot prompt in non-interactive mode', [
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
        const answer = (0,_core_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(await readLine()).toLowerCase();
        if (answer !== 'y' && answer !== 'yes')
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .GuidedError */ .FQ('doctor --fix cancelled by user', [
                `run \`opensession doctor --fix --yes --fanout-mode ${m}\``,
            ]);
    }
    let mode = m;
    const writeMode = async (value) => {
        const res = await ledger.runGit(['config', '--local', 'opensession.fanout-mode', value], { cwd: repo.root });
        if (res.code !== 0)
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`failed to store fanout mode in git config: ${res.stderr.trim()}`);
    };
    if (requested !== undefined) {
        await writeMode(requested);
        ctx.stdout(`fanout mode set: ${requested}\n`);
    }
    else if (existing === undefined) {
        ctx.stdout('Choose OpenSession fanout mode for this repository:\n  1) hidden refs (default)\n  2) git notes\nselect [1/2]: ');
        mode = (0,_core_text__WEBPACK_IMPORTED_MODULE_3__/* .trim */ .Bq)(await readLine()) === '2' ? 'git_notes' : 'hidden_ref';
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

/***/ 4328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ openRepoAt)
/* harmony export */ });
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
// Opening the repository a command runs in, with the guided error both `share` and `doctor` give outside one.

async function openRepoAt(cwd) {
    const { findRepoRoot, openRepo } = await __webpack_require__.e(/* import() */ 790).then(__webpack_require__.bind(__webpack_require__, 6790));
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