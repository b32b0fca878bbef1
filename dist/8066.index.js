"use strict";
exports.id = 8066;
exports.ids = [8066];
exports.modules = {

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b4: () => (/* binding */ isInteractive),
/* harmony export */   bI: () => (/* binding */ cleanupRoot),
/* harmony export */   iE: () => (/* binding */ janitorDeps),
/* harmony export */   kP: () => (/* binding */ askLine)
/* harmony export */ });
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(265);
/* harmony import */ var _core_ledger_repo__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6790);
/* harmony import */ var _core_review_git__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1237);
// Pieces `cleanup` and the post-push prompt share: the repository root, a line from a terminal, the janitor deps.




function cleanupRoot(cwd) {
    const root = (0,_core_ledger_repo__WEBPACK_IMPORTED_MODULE_2__.findRepoRoot)(cwd);
    if (root === undefined)
        throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .OpenSessionError */ .RL('current directory is not inside a git repository');
    return root;
}
const isInteractive = () => process.stdin.isTTY === true && process.stderr.isTTY === true;
/** Prints `question` on stderr and reads one line from stdin ('' at end of input). */
async function askLine(ctx, question) {
    ctx.stderr(question);
    const rl = node_readline__WEBPACK_IMPORTED_MODULE_0__.createInterface({ input: process.stdin, terminal: false });
    try {
        return await new Promise((resolve) => {
            rl.once('line', resolve);
            rl.once('close', () => resolve(''));
        });
    }
    finally {
        rl.close();
    }
}
function janitorDeps(ctx, root, showProgress) {
    return {
        git: (0,_core_review_git__WEBPACK_IMPORTED_MODULE_3__/* .createGitRunner */ .h)(root, ctx.env),
        env: ctx.env,
        now: ctx.now,
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        progress: showProgress ? (line) => ctx.stderr(`${line}\n`) : undefined,
    };
}


/***/ }),

/***/ 8066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   promptCleanupAfterPush: () => (/* binding */ promptCleanupAfterPush)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_janitor_config__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4914);
/* harmony import */ var _core_review_git__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1237);
/* harmony import */ var _core_review_safety__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8467);
/* harmony import */ var _cleanup_helper__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(228);
// The one-time cleanup setup prompt after `opensession share` pushed (ci-automation.md §2.9). It never fails
// the share: every error becomes one warning line.





const TRUTHY = new Set(['1', 'true', 'yes', 'on']);
async function promptCleanupAfterPush(ctx, root, remote) {
    try {
        if (!(0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_4__/* .isInteractive */ .b4)() || node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync((0,_core_janitor_config__WEBPACK_IMPORTED_MODULE_1__/* .configPath */ .eQ)(root)))
            return;
        const git = (0,_core_review_git__WEBPACK_IMPORTED_MODULE_2__/* .createGitRunner */ .h)(root, ctx.env);
        const prompted = await git.run(['config', '--local', '--get', 'opensession.cleanup.prompted']);
        if (prompted.code === 0 && TRUTHY.has(prompted.stdout.trim().toLowerCase()))
            return;
        ctx.stderr('[opensession] cleanup automation is not configured for this repository.\n');
        const answer = (await (0,_cleanup_helper__WEBPACK_IMPORTED_MODULE_4__/* .askLine */ .kP)(ctx, '[opensession] install cleanup automation now? [y/N]: ')).trim().toLowerCase();
        for (const [key, value] of [
            ['opensession.cleanup.prompted', 'true'],
            ['opensession.cleanup.prompted-at', ctx.now().toISOString()],
        ]) {
            const r = await git.run(['config', '--local', key, value]);
            if (r.code !== 0)
                throw new Error(r.stderr.trim() || `git config ${key} failed`);
        }
        if (answer === 'y' || answer === 'yes') {
            const { runInit } = await __webpack_require__.e(/* import() */ 6181).then(__webpack_require__.bind(__webpack_require__, 8562));
            await runInit(ctx, { provider: 'auto', remote, hiddenTtlDays: '30', artifactTtlDays: '30', sessionArchiveBranch: '', yes: true }, true);
            ctx.stderr('[opensession] cleanup automation configured.\n');
        }
        else
            ctx.stderr('[opensession] cleanup automation was skipped.\n');
    }
    catch (err) {
        ctx.stderr(`[opensession] Warning: cleanup setup prompt failed: ${(0,_core_review_safety__WEBPACK_IMPORTED_MODULE_3__/* .errorLine */ .B)(err)}\n`);
    }
}


/***/ }),

/***/ 4914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Li: () => (/* binding */ CONFIG_REL),
/* harmony export */   W: () => (/* binding */ DEFAULT_COMPONENT_PROJECT),
/* harmony export */   eQ: () => (/* binding */ configPath),
/* harmony export */   jd: () => (/* binding */ renderCleanupConfig),
/* harmony export */   l6: () => (/* binding */ loadCleanupConfig),
/* harmony export */   tl: () => (/* binding */ MARKER),
/* harmony export */   vh: () => (/* binding */ DEFAULT_TTL_DAYS)
/* harmony export */ });
/* unused harmony exports parseCleanupConfig, writeCleanupConfig */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3292);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5586);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8532);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(265);
/* harmony import */ var _files__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2469);
// `.opensession/cleanup/config.toml` (ci-automation.md §2.7): written in a fixed key order, loaded with one zod
// schema whose messages are the spec's. TOML through smol-toml.






const CONFIG_REL = '.opensession/cleanup/config.toml';
const MARKER = 'opensession-managed-cleanup';
const DEFAULT_TTL_DAYS = 30;
const DEFAULT_COMPONENT_PROJECT = 'opensession/opensession';
const ttl = (key) => zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J().transform((v, c) => {
    const n = typeof v === 'bigint' ? Number(v) : v;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 65535) {
        c.addIssue({ code: 'custom', message: `cleanup config field \`${key}\` must be an integer between 0 and 65535` });
        return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
    }
    return n;
});
const schema = zod__WEBPACK_IMPORTED_MODULE_5__/* .object */ .Ikc({
    version: zod__WEBPACK_IMPORTED_MODULE_5__/* .unknown */ .L5J().transform((v, c) => {
        const n = typeof v === 'bigint' ? Number(v) : v;
        if (n !== 1) {
            c.addIssue({ code: 'custom', message: `unsupported cleanup config version ${String(v)}; expected 1` });
            return zod__WEBPACK_IMPORTED_MODULE_6__/* .NEVER */ .tm;
        }
        return 1;
    }),
    provider: zod__WEBPACK_IMPORTED_MODULE_5__/* ["enum"] */ .k5n(['github', 'gitlab', 'generic'], {
        error: 'cleanup config field `provider` must be one of github, gitlab, generic',
    }),
    remote: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP({ error: 'cleanup config field `remote` must not be blank' })
        .refine((s) => s.trim() !== '', { error: 'cleanup config field `remote` must not be blank' }),
    hidden_ttl_days: ttl('hidden_ttl_days'),
    artifact_ttl_days: ttl('artifact_ttl_days'),
    session_archive_branch: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP({ error: 'cleanup config field `session_archive_branch` must not be blank when present' })
        .refine((s) => s.trim() !== '', {
        error: 'cleanup config field `session_archive_branch` must not be blank when present',
    })
        .optional(),
    gitlab_component_project: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    managed_at: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
    managed_by: zod__WEBPACK_IMPORTED_MODULE_5__/* .string */ .YjP().optional(),
});
function configPath(root) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, ...CONFIG_REL.split('/'));
}
/** Parses config text; throws the §2.7 message of the first problem (in the table's order). */
function parseCleanupConfig(text) {
    let doc;
    try {
        doc = (0,smol_toml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)(text);
    }
    catch (err) {
        const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0];
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`failed to parse ${CONFIG_REL}: ${msg}`);
    }
    const parsed = schema.safeParse(doc);
    if (!parsed.success) {
        const order = ['version', 'provider', 'remote', 'hidden_ttl_days', 'artifact_ttl_days', 'session_archive_branch'];
        const issues = [...parsed.error.issues].sort((a, b) => order.indexOf(String(a.path[0])) - order.indexOf(String(b.path[0])));
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(issues[0].message);
    }
    const v = parsed.data;
    return {
        version: 1,
        provider: v.provider,
        remote: v.remote.trim(),
        hidden_ttl_days: v.hidden_ttl_days,
        artifact_ttl_days: v.artifact_ttl_days,
        session_archive_branch: v.session_archive_branch?.trim(),
        gitlab_component_project: v.gitlab_component_project,
        managed_at: v.managed_at ?? '',
        managed_by: v.managed_by ?? MARKER,
    };
}
/** The config of the repository at `root`, or undefined when the file does not exist. */
function loadCleanupConfig(root) {
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(configPath(root), 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new _errors__WEBPACK_IMPORTED_MODULE_3__/* .OpenSessionError */ .RL(`cannot read ${CONFIG_REL}: ${err.message}`);
    }
    return parseCleanupConfig(text);
}
/** TOML basic string: escapes `\`, `"` and control characters. */
function tomlString(s) {
    let out = '"';
    for (const ch of s) {
        const c = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === '"')
            out += '\\"';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (c < 0x20 || c === 0x7f)
            out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
        else
            out += ch;
    }
    return out + '"';
}
/** The config text, keys in the §2.7 order. */
function renderCleanupConfig(c) {
    const lines = [
        'version = 1',
        `provider = ${tomlString(c.provider)}`,
        `remote = ${tomlString(c.remote)}`,
        `hidden_ttl_days = ${c.hidden_ttl_days}`,
        `artifact_ttl_days = ${c.artifact_ttl_days}`,
    ];
    if (c.session_archive_branch !== undefined)
        lines.push(`session_archive_branch = ${tomlString(c.session_archive_branch)}`);
    if (c.provider === 'gitlab')
        lines.push(`gitlab_component_project = ${tomlString(c.gitlab_component_project ?? DEFAULT_COMPONENT_PROJECT)}`);
    lines.push(`managed_at = ${tomlString(c.managed_at)}`, `managed_by = ${tomlString(MARKER)}`);
    return lines.join('\n') + '\n';
}
function writeCleanupConfig(root, c) {
    writeFileAtomic(configPath(root), renderCleanupConfig(c));
}


/***/ }),

/***/ 2469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Atomic file writes for generated files (temp file in the same directory + rename).


function writeFileAtomic(file, text) {
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_1__.join(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), `.${node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    try {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(tmp, text);
        node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, file);
    }
    catch (err) {
        node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(tmp, { force: true });
        throw err;
    }
}


/***/ })

};
;