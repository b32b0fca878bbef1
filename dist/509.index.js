"use strict";
exports.id = 509;
exports.ids = [509,790,409];
exports.modules = {

/***/ 3890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   currentCliIdentity: () => (/* binding */ currentCliIdentity),
/* harmony export */   doctorChecks: () => (/* binding */ doctorChecks),
/* harmony export */   doctorFacts: () => (/* binding */ doctorFacts),
/* harmony export */   hiddenRefsFetched: () => (/* binding */ hiddenRefsFetched),
/* harmony export */   isNpxInstall: () => (/* binding */ isNpxInstall),
/* harmony export */   readinessRow: () => (/* binding */ readinessRow)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fanout_mode__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8669);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8843);
/* harmony import */ var _hooks__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8032);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9608);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6790);
// `doctor` checks (git-native.md §11.2): one row per item, with level and optional hint.







/** The running CLI: `process.execPath` and the realpath of the main module (§9.8, §17). */
function currentCliIdentity() {
    const main = __webpack_require__.c[__webpack_require__.s]?.filename ?? process.argv[1] ?? '';
    let entry = main;
    try {
        entry = fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(main);
    }
    catch {
        // keep as given
    }
    return { nodeExecutable: process.execPath, entryScript: entry };
}
function isNpxInstall(entry) {
    return entry.includes('/_npx/') || entry.includes('\\_npx\\');
}
const PID_FILE = ['.config', 'opensession', 'daemon.pid'];
function daemonRow(env) {
    const home = env.HOME ?? env.USERPROFILE;
    const label = 'daemon';
    if (home === undefined || home === '')
        return { label, level: 'FAIL', detail: 'status unavailable (HOME environment variable is not set)' };
    const file = path__WEBPACK_IMPORTED_MODULE_1__.join(home, ...PID_FILE);
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT') {
            return {
                label,
                level: 'INFO',
                detail: `not running (pid file missing: ${file})`,
                hint: 'optional: start daemon for auto-capture with `opensession-daemon run`',
                hintKind: 'optional',
            };
        }
        return { label, level: 'FAIL', detail: `status unavailable (${err.message})` };
    }
    const t = text.trim();
    if (!/^[0-9]+$/.test(t) || Number(t) <= 0)
        return { label, level: 'FAIL', detail: `status unavailable (invalid pid file content: ${file})` };
    const pid = Number(t);
    let alive = false;
    try {
        process.kill(pid, 0);
        alive = true;
    }
    catch (err) {
        alive = err.code === 'EPERM';
    }
    if (alive)
        return { label, level: 'OK', detail: `running (pid ${pid})` };
    return {
        label,
        level: 'INFO',
        detail: `not running (stale pid file: ${file} -> pid ${pid})`,
        hint: 'optional: restart daemon with `opensession-daemon run` (stale pid file)',
        hintKind: 'optional',
    };
}
/** `hidden-refs=present` ⇔ some `refs/remotes/<remote>/opensession/branches/<token>` exists (loose or packed). */
async function hiddenRefsFetched(repo) {
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .E)(['for-each-ref', '--format=%(refname)', 'refs/remotes/'], { cwd: repo.root });
    return res.stdout.split('\n').some((r) => /^refs\/remotes\/[^/]+\/opensession\/branches\/[^/]+$/.test(r));
}
function shimRow(label, file, state, err, optional) {
    if (file === undefined || state === undefined)
        return { label, level: 'FAIL', detail: `unavailable (${err ?? 'unknown error'})` };
    const detail = `${file} (${state})`;
    if (state === 'present')
        return { label, level: 'OK', detail };
    if (optional) {
        return {
            label,
            level: 'INFO',
            detail,
            hint: 'optional: install `ops` shim via `opensession doctor --fix` for alias UX',
            hintKind: 'optional',
            showHint: true,
        };
    }
    return {
        label,
        level: 'WARN',
        detail,
        hint: 'run `opensession doctor --fix` to install hooks/shims for this repo',
        hintKind: 'recommended',
        showHint: true,
    };
}
async function doctorFacts(repo) {
    const head = (0,_repo__WEBPACK_IMPORTED_MODULE_6__.readHead)(repo);
    const ledgerBranch = (0,_refs__WEBPACK_IMPORTED_MODULE_5__/* .resolveLedgerBranch */ .Wf)(head.branch, head.head);
    return {
        hookInstalled: await (0,_hooks__WEBPACK_IMPORTED_MODULE_4__/* .managedHookInstalled */ .hK)(repo),
        hiddenRefs: await hiddenRefsFetched(repo),
        branch: head.branch,
        ledgerBranch,
        ledgerRef: (0,_refs__WEBPACK_IMPORTED_MODULE_5__/* .ledgerRef */ .DH)(ledgerBranch),
    };
}
function readinessRow(f) {
    const detail = `hidden-fanout=${f.hookInstalled ? 'ok' : 'missing'} hidden-refs=${f.hiddenRefs ? 'present' : 'none-fetched'}`;
    const label = 'review readiness';
    if (f.hookInstalled && f.hiddenRefs)
        return { label, level: 'OK', detail };
    if (!f.hookInstalled)
        return {
            label,
            level: 'WARN',
            detail,
            hint: 'run `opensession doctor --fix` to install the pre-push fanout hook',
            hintKind: 'recommended',
            showHint: true,
        };
    return {
        label,
        level: 'INFO',
        detail,
        hint: "optional: fetch ledgers for review: `git fetch origin 'refs/opensession/branches/*:refs/remotes/origin/opensession/branches/*'`",
        hintKind: 'optional',
        showHint: true,
    };
}
function cleanupRow(repo) {
    const label = 'cleanup';
    if (!fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.root, '.opensession', 'cleanup', 'config.toml'))) {
        return {
            label,
            level: 'WARN',
            detail: 'not configured',
            hint: 'run `opensession cleanup init --provider auto` to enable hidden ref cleanup',
            hintKind: 'recommended',
            showHint: true,
        };
    }
    // The cleanup config reader (ci-automation.md §4) is not part of this build.
    return { label, level: 'WARN', detail: 'unavailable (cleanup status reader is not available)' };
}
/** The eleven check rows of §11.2, in order. */
async function doctorChecks(repo, env, cli = currentCliIdentity()) {
    const facts = await doctorFacts(repo);
    const rows = [];
    rows.push({
        label: 'opensession hooks',
        level: facts.hookInstalled ? 'OK' : 'WARN',
        detail: facts.hookInstalled ? 'pre-push' : 'none',
    });
    const expected = (0,_hooks__WEBPACK_IMPORTED_MODULE_4__/* .shimText */ .Rt)(cli.nodeExecutable, cli.entryScript);
    let paths;
    let err;
    try {
        paths = (0,_hooks__WEBPACK_IMPORTED_MODULE_4__/* .shimPaths */ .AJ)(env);
    }
    catch (e) {
        err = e.message;
    }
    rows.push(shimRow('opensession shim', paths?.opensession, paths && (0,_hooks__WEBPACK_IMPORTED_MODULE_4__/* .shimState */ .pu)(paths.opensession, expected), err, false));
    rows.push(shimRow('ops shim', paths?.ops, paths && (0,_hooks__WEBPACK_IMPORTED_MODULE_4__/* .shimState */ .pu)(paths.ops, expected), err, true));
    rows.push(isNpxInstall(cli.entryScript)
        ? {
            label: 'active binary',
            level: 'WARN',
            detail: `${cli.entryScript} (temporary npx install)`,
            hint: 'install the CLI permanently (`npm install -g opensession`) before running `opensession doctor --fix`',
            hintKind: 'recommended',
            showHint: true,
        }
        : { label: 'active binary', level: 'OK', detail: cli.entryScript });
    const fanout = await (0,_fanout_mode__WEBPACK_IMPORTED_MODULE_2__/* .readFanoutMode */ .T)(repo);
    rows.push(fanout.valid
        ? { label: 'fanout mode', level: 'OK', detail: fanout.mode }
        : {
            label: 'fanout mode',
            level: 'WARN',
            detail: `invalid value \`${fanout.raw}\` in opensession.fanout-mode (using hidden_ref)`,
            hint: 'run `opensession doctor --fix --fanout-mode hidden_ref`',
            hintKind: 'recommended',
            showHint: true,
        });
    const daemon = daemonRow(env);
    rows.push({ ...daemon, showHint: daemon.hint !== undefined });
    rows.push(readinessRow(facts));
    rows.push(cleanupRow(repo));
    rows.push({ label: 'current branch', level: 'OK', detail: facts.branch });
    if (facts.ledgerBranch !== facts.branch) {
        rows.push({
            label: 'ledger branch',
            level: 'INFO',
            detail: facts.ledgerBranch,
            hint: 'optional: branch/ledger mismatch is expected on detached HEAD; verify before sharing',
            hintKind: 'optional',
            showHint: true,
        });
    }
    rows.push({ label: 'expected ledger ref', level: 'OK', detail: facts.ledgerRef });
    return { rows, facts };
}


/***/ }),

/***/ 8669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readFanoutMode),
/* harmony export */   s: () => (/* binding */ parseFanoutMode)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
// `opensession.fanout-mode` (git-native.md §8.1). Kept free of object-database imports for the hook's fast path.


/** §8.1 value parsing. */
function parseFanoutMode(value) {
    if (value === undefined || (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(value) === '')
        return { mode: 'hidden_ref', valid: true };
    const v = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(value));
    if (['hidden_ref', 'hidden-ref', 'hidden', '1'].includes(v))
        return { mode: 'hidden_ref', raw: value, valid: true };
    if (['git_notes', 'git-notes', 'notes', 'note', '2'].includes(v))
        return { mode: 'git_notes', raw: value, valid: true };
    return { mode: 'hidden_ref', raw: value, valid: false };
}
/** Reads local `opensession.fanout-mode`. */
async function readFanoutMode(repo) {
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['config', '--local', '--get', 'opensession.fanout-mode'], { cwd: repo.root });
    return parseFanoutMode(res.code === 0 ? res.stdout.replace(/\n$/, '') : undefined);
}


/***/ }),

/***/ 8843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ runGit),
/* harmony export */   i: () => (/* binding */ runGitRaw)
/* harmony export */ });
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5317);
/* harmony import */ var child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(child_process__WEBPACK_IMPORTED_MODULE_0__);
// The system `git` CLI, for network operations and the few reads the spec routes through it (§1, §17).

/** Runs `git <args>` without a shell and returns stdout as bytes; rejects only when git cannot start. */
function runGitRaw(args, options) {
    return new Promise((resolve, reject) => {
        const env = {};
        for (const [k, v] of Object.entries({ ...(options.baseEnv ?? process.env), ...(options.env ?? {}) })) {
            if (v !== undefined)
                env[k] = v;
        }
        env.LC_ALL = 'C';
        const child = (0,child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', reject);
        child.on('close', (code) => {
            resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/** Runs `git <args>` without a shell; never throws for a non-zero exit (only when git cannot start). */
async function runGit(args, options) {
    const r = await runGitRaw(args, options);
    return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
}


/***/ }),

/***/ 8032:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ shimPaths),
/* harmony export */   Bk: () => (/* binding */ HOOK_BACKUP_NAME),
/* harmony export */   Pl: () => (/* binding */ MANAGED_MARKER),
/* harmony export */   Rt: () => (/* binding */ shimText),
/* harmony export */   Uq: () => (/* binding */ PRE_PUSH_TEMPLATE),
/* harmony export */   d3: () => (/* binding */ applyHookInstall),
/* harmony export */   g7: () => (/* binding */ planHookInstall),
/* harmony export */   hK: () => (/* binding */ managedHookInstalled),
/* harmony export */   or: () => (/* binding */ resolveHooksDir),
/* harmony export */   pu: () => (/* binding */ shimState),
/* harmony export */   to: () => (/* binding */ writeShim),
/* harmony export */   vv: () => (/* binding */ isManagedHook)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8843);
// The managed pre-push hook and the CLI shim: directory, template, install plan (git-native.md §9.1-9.3, §9.8).




const MANAGED_MARKER = '# opensession-managed';
const HOOK_BACKUP_NAME = 'pre-push.original.pre-opensession';
/** §9.3, byte for byte. */
const PRE_PUSH_TEMPLATE = `#!/bin/sh
# opensession-managed
# OpenSession pre-push hook (template 1). Managed by \`opensession doctor --fix\`;
# local edits are overwritten. A hook that was here before is kept as
# pre-push.original.pre-opensession next to this file and still runs first.

if [ "\${OPENSESSION_INTERNAL_PUSH:-}" = "1" ]; then
  exit 0
fi

opensession_strict=0
case "$(printf '%s' "\${OPENSESSION_STRICT:-}" | tr -d ' \\t\\r\\n' | tr 'A-Z' 'a-z')" in
  1|true|yes|on) opensession_strict=1 ;;
esac

opensession_stdin=$(mktemp) || exit 1
trap 'rm -f "$opensession_stdin"' EXIT
cat > "$opensession_stdin"

opensession_original="$(dirname "$0")/pre-push.original.pre-opensession"
if [ -f "$opensession_original" ] && [ -x "$opensession_original" ]; then
  "$opensession_original" "$@" < "$opensession_stdin" || exit $?
fi

opensession_bin="\${HOME:-}/.local/share/opensession/bin/opensession"
if [ ! -x "$opensession_bin" ]; then
  opensession_bin=$(command -v opensession 2>/dev/null) || opensession_bin=""
fi
if [ -z "$opensession_bin" ]; then
  echo "[opensession] Warning: opensession CLI/shim not found; skipping ledger fanout." >&2
  if [ "$opensession_strict" = 1 ]; then
    echo "[opensession] Error: OPENSESSION_STRICT=1 and the opensession CLI/shim is unavailable." >&2
    exit 1
  fi
  exit 0
fi

"$opensession_bin" hook pre-push "$@" < "$opensession_stdin"
`;
/** §9.1: `core.hooksPath` (any scope; relative → repo root, `~/` → HOME), else `<common dir>/hooks`. */
async function resolveHooksDir(repo, env = process.env) {
    if (!fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.root, '.git'))) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`Not a git repository: ${repo.root} (missing .git metadata)`);
    }
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .E)(['config', '--show-scope', '--get', 'core.hooksPath'], { cwd: repo.root, env });
    const line = res.code === 0 ? res.stdout.replace(/\n$/, '') : '';
    let dir = path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'hooks');
    let sharedScope;
    if (line !== '') {
        const tab = line.indexOf('\t');
        const scope = tab === -1 ? '' : line.slice(0, tab);
        let value = tab === -1 ? line : line.slice(tab + 1);
        if (value.startsWith('~/'))
            value = path__WEBPACK_IMPORTED_MODULE_1__.join(env.HOME ?? env.USERPROFILE ?? '', value.slice(2));
        dir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(repo.root, value);
        if (scope === 'global' || scope === 'system')
            sharedScope = scope;
    }
    return { dir, sharedScope };
}
function isManagedHook(text) {
    return text.split(/\r?\n/).includes(MANAGED_MARKER);
}
/** §9.2 install plan for `<hooks dir>/pre-push`. */
function planHookInstall(hooks, now = new Date()) {
    const hookPath = path__WEBPACK_IMPORTED_MODULE_1__.join(hooks.dir, 'pre-push');
    const note = hooks.sharedScope !== undefined
        ? `core.hooksPath is set in ${hooks.sharedScope} config; the hook applies to every repository that uses ${hooks.dir}`
        : undefined;
    let existing;
    try {
        existing = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(hookPath, 'utf8');
    }
    catch {
        existing = undefined;
    }
    if (existing === undefined)
        return { action: 'install', hookPath, note };
    if (isManagedHook(existing))
        return { action: 'refresh', hookPath, note };
    const backupPath = path__WEBPACK_IMPORTED_MODULE_1__.join(hooks.dir, HOOK_BACKUP_NAME);
    let olderBackupPath;
    if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(backupPath)) {
        const secs = Math.floor(now.getTime() / 1000);
        olderBackupPath = `${backupPath}.${secs}`;
        for (let n = 1; fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(olderBackupPath); n++)
            olderBackupPath = `${backupPath}.${secs + n}`; // never overwrite a backup
    }
    return { action: 'preserve-original+replace', hookPath, backupPath, olderBackupPath, note };
}
/** Applies a plan: moves backups (modes kept by rename) and writes the template with mode 0755. */
async function applyHookInstall(plan) {
    await fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(path__WEBPACK_IMPORTED_MODULE_1__.dirname(plan.hookPath), { recursive: true });
    if (plan.action === 'preserve-original+replace') {
        if (plan.olderBackupPath !== undefined)
            await fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(plan.backupPath, plan.olderBackupPath);
        await fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(plan.hookPath, plan.backupPath);
    }
    const tmp = `${plan.hookPath}.tmp-${process.pid}`;
    await fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(tmp, PRE_PUSH_TEMPLATE);
    if (process.platform !== 'win32')
        await fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(tmp, 0o755);
    await fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, plan.hookPath);
}
/** True when a managed pre-push hook is installed (doctor's `hidden-fanout=ok`). */
async function managedHookInstalled(repo) {
    try {
        return isManagedHook(await fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(path__WEBPACK_IMPORTED_MODULE_1__.join((await resolveHooksDir(repo)).dir, 'pre-push'), 'utf8'));
    }
    catch {
        return false;
    }
}
/** §9.8 shim text for a node executable and CLI entry script (single-quoted, `'` → `'\''`). */
function shimText(nodeExecutable, entryScript) {
    const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
    return `#!/bin/sh\n# opensession-managed shim\nexec ${q(nodeExecutable)} ${q(entryScript)} "$@"\n`;
}
function shimPaths(env) {
    const home = env.HOME ?? env.USERPROFILE;
    if (home === undefined || home === '')
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL('HOME environment variable is not set; cannot resolve shim path');
    const dir = path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.local', 'share', 'opensession', 'bin');
    return { opensession: path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'opensession'), ops: path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'ops') };
}
function shimState(file, expected) {
    try {
        return fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8') === expected ? 'present' : 'outdated';
    }
    catch {
        return 'missing';
    }
}
async function writeShim(file, text) {
    await fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    await fs__WEBPACK_IMPORTED_MODULE_0__.promises.writeFile(tmp, text);
    if (process.platform !== 'win32')
        await fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(tmp, 0o755);
    await fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, file);
}


/***/ }),

/***/ 9608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ base64UrlEncode),
/* harmony export */   DH: () => (/* binding */ ledgerRef),
/* harmony export */   JL: () => (/* binding */ normalizeRepoName),
/* harmony export */   LO: () => (/* binding */ LEDGER_REF_PREFIX),
/* harmony export */   PH: () => (/* binding */ stripCredentials),
/* harmony export */   Wf: () => (/* binding */ resolveLedgerBranch),
/* harmony export */   ZY: () => (/* binding */ base64UrlDecode),
/* harmony export */   h_: () => (/* binding */ ledgerToken),
/* harmony export */   iR: () => (/* binding */ branchOfLedgerRef),
/* harmony export */   sD: () => (/* binding */ NOTES_REF)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _uri_remote__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(819);
// Ledger ref names, branch resolution and repository facts (git-native.md §2).


const LEDGER_REF_PREFIX = 'refs/opensession/branches/';
const NOTES_REF = 'refs/notes/opensession';
/** Unpadded base64url of the UTF-8 bytes (RFC 4648 §5). */
function base64UrlEncode(value) {
    return Buffer.from(value, 'utf8').toString('base64url');
}
/** Strict decoder: rejects padding, `+`, `/`, non-zero trailing bits and non-UTF-8 results (§2.2). */
function base64UrlDecode(token) {
    if (!/^[A-Za-z0-9_-]*$/.test(token) || token.length % 4 === 1)
        return undefined;
    const bytes = Buffer.from(token, 'base64url');
    if (bytes.toString('base64url') !== token)
        return undefined;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return undefined;
    }
}
function ledgerToken(branch) {
    return base64UrlEncode(branch);
}
function ledgerRef(branch) {
    return LEDGER_REF_PREFIX + ledgerToken(branch);
}
/** The branch a ledger ref belongs to, or undefined when the ref is not a valid ledger ref. */
function branchOfLedgerRef(ref) {
    if (!ref.startsWith(LEDGER_REF_PREFIX))
        return undefined;
    return base64UrlDecode(ref.slice(LEDGER_REF_PREFIX.length));
}
/** §2.3: the branch name, else `detached@<8 hex of head>`, else `detached`. */
function resolveLedgerBranch(branch, head) {
    const b = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(branch ?? '');
    if (b !== '' && b.toUpperCase() !== 'HEAD')
        return b;
    const hex = (head ?? '').replace(/[^0-9a-fA-F]/g, '');
    if (hex.length >= 8)
        return `detached@${hex.slice(0, 8)}`;
    return 'detached';
}
const SCP_LIKE = /^[^\s/@:]+@([^\s/:]+):(.+)$/;
/** §10.5 credential stripping: http(s) loses the whole userinfo, other schemes only the password. */
function stripCredentials(url) {
    return (0,_uri_remote__WEBPACK_IMPORTED_MODULE_1__/* .stripUrlCredentials */ .um)(url);
}
/** §2.4 `normalizeRepoName(url)`: `owner/repo` style path of a remote URL, or undefined. */
function normalizeRepoName(url) {
    const u = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(url);
    let path;
    const scheme = /^(https?|ssh):\/\/(.*)$/is.exec(u);
    if (scheme !== null) {
        const slash = scheme[2].indexOf('/');
        path = slash === -1 ? undefined : scheme[2].slice(slash + 1);
    }
    else if (!u.includes('://')) {
        const scp = SCP_LIKE.exec(u);
        if (scp !== null)
            path = scp[2];
    }
    if (path === undefined)
        return undefined;
    if (path.endsWith('.git'))
        path = path.slice(0, -4);
    return path.includes('/') ? path : undefined;
}


/***/ }),

/***/ 6790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZERO_OID: () => (/* binding */ ZERO_OID),
/* harmony export */   discoverRepo: () => (/* binding */ discoverRepo),
/* harmony export */   findRepoRoot: () => (/* binding */ findRepoRoot),
/* harmony export */   openRepo: () => (/* binding */ openRepo),
/* harmony export */   readHead: () => (/* binding */ readHead),
/* harmony export */   readRef: () => (/* binding */ readRef),
/* harmony export */   readRepoFacts: () => (/* binding */ readRepoFacts)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(265);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8843);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9608);
// Repository discovery and ref reads without git (§1, §4.2 step 1): repo root, git dir, common dir.





const ZERO_OID = '0000000000000000000000000000000000000000';
/** Walks up from `start` to the first directory with a `.git` entry (file or directory). */
function findRepoRoot(start) {
    let dir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(start);
    for (;;) {
        if (fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, '.git')))
            return dir;
        const parent = path__WEBPACK_IMPORTED_MODULE_1__.dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** Opens the repository whose root is `root` (it must contain `.git`). */
function openRepo(root) {
    const abs = path__WEBPACK_IMPORTED_MODULE_1__.resolve(root);
    const dotGit = path__WEBPACK_IMPORTED_MODULE_1__.join(abs, '.git');
    let st;
    try {
        st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(dotGit);
    }
    catch {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${abs}`);
    }
    let gitDir = dotGit;
    if (st.isFile()) {
        const text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(dotGit, 'utf8');
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(text);
        if (m === null)
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${abs}`);
        gitDir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(abs, m[1]);
    }
    let commonDir = gitDir;
    try {
        const common = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(gitDir, 'commondir'), 'utf8').trim();
        if (common !== '')
            commonDir = path__WEBPACK_IMPORTED_MODULE_1__.resolve(gitDir, common);
    }
    catch {
        // no commondir file: the git dir is the common dir
    }
    return { root: abs, gitDir, commonDir };
}
/** Opens the repository containing `start` (walk-up), or throws `not a git repository`. */
function discoverRepo(start) {
    const root = findRepoRoot(start);
    if (root === undefined)
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`not a git repository: ${path__WEBPACK_IMPORTED_MODULE_1__.resolve(start)}`);
    return openRepo(root);
}
function readPackedRef(dir, ref) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, 'packed-refs'), 'utf8');
    }
    catch {
        return undefined;
    }
    for (const line of text.split('\n')) {
        if (line === '' || line.startsWith('#') || line.startsWith('^'))
            continue;
        const sp = line.indexOf(' ');
        if (sp > 0 && line.slice(sp + 1).trimEnd() === ref)
            return line.slice(0, sp);
    }
    return undefined;
}
/** The value of `ref`: loose file, else `packed-refs`, else undefined. Follows symbolic refs. */
function readRef(dir, ref, depth = 0) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(dir, ref), 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') {
            throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`io error: ${err.message}`);
        }
    }
    if (text !== undefined) {
        const value = text.trim();
        if (value.startsWith('ref:')) {
            if (depth > 5)
                return undefined;
            return readRef(dir, value.slice(4).trim(), depth + 1);
        }
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value))
            return value;
        return undefined;
    }
    return readPackedRef(dir, ref);
}
/** Reads `HEAD` of the worktree git dir (§2.3 inputs). */
function readHead(repo) {
    let text;
    try {
        text = fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.gitDir, 'HEAD'), 'utf8').trim();
    }
    catch (err) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`io error: ${err.message}`);
    }
    if (text.startsWith('ref:')) {
        const target = text.slice(4).trim();
        const branch = target.startsWith('refs/heads/') ? target.slice('refs/heads/'.length) : target;
        return { branch, head: readRef(repo.commonDir, target) };
    }
    return { branch: 'HEAD', head: /^[0-9a-f]{40}/.test(text) ? text : undefined };
}
/** §2.4: credential-stripped URL of `origin` (else of `fallbackRemote`) and its repo name. */
async function readRepoFacts(repo, fallbackRemote) {
    const urlOf = async (name) => {
        if (name.includes('://') || /^[^\s/@:]+@[^\s/:]+:/.test(name))
            return name;
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_3__/* .runGit */ .E)(['config', '--get', `remote.${name}.url`], { cwd: repo.root });
        const url = res.stdout.trim();
        return res.code === 0 && url !== '' ? url : undefined;
    };
    let url = await urlOf('origin');
    if (url === undefined && fallbackRemote !== undefined && fallbackRemote !== '')
        url = await urlOf(fallbackRemote);
    if (url === undefined)
        return {};
    const remote = (0,_refs__WEBPACK_IMPORTED_MODULE_4__/* .stripCredentials */ .PH)(url);
    const facts = { remote };
    const name = (0,_refs__WEBPACK_IMPORTED_MODULE_4__/* .normalizeRepoName */ .JL)(remote);
    if (name !== undefined)
        facts.repo_name = name;
    return facts;
}


/***/ })

};
;