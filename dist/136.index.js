"use strict";
exports.id = 136;
exports.ids = [136,101];
exports.modules = {

/***/ 251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CY: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_4__.CY),
/* harmony export */   _: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_4__._),
/* harmony export */   iL: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_3__.iL)
/* harmony export */ });
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(393);
/* harmony import */ var _timestamp__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9823);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2524);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4632);
/* harmony import */ var _writer__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4344);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9437);
// Public API of the HAIL core (hail-and-store.md sections 2-5).










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

/***/ 136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EMPTY_TREE: () => (/* reexport */ objects/* EMPTY_TREE */.pL),
  EditableTree: () => (/* reexport */ objects/* EditableTree */.Pl),
  HINT_SLACK_SECONDS: () => (/* reexport */ ledger_links/* HINT_SLACK_SECONDS */.Pb),
  HOOK_BACKUP_NAME: () => (/* reexport */ hooks/* HOOK_BACKUP_NAME */.Bk),
  INDEX_DIR: () => (/* reexport */ layout/* INDEX_DIR */.DQ),
  JsonBlobError: () => (/* reexport */ layout/* JsonBlobError */.a9),
  LEDGER_AUTHOR: () => (/* reexport */ update/* LEDGER_AUTHOR */.GH),
  LEDGER_REF_PREFIX: () => (/* reexport */ refs/* LEDGER_REF_PREFIX */.LO),
  MANAGED_MARKER: () => (/* reexport */ hooks/* MANAGED_MARKER */.Pl),
  MAX_MERGE_ROUNDS: () => (/* reexport */ push/* MAX_MERGE_ROUNDS */.SZ),
  NOTES_REF: () => (/* reexport */ refs/* NOTES_REF */.sD),
  ObjectStore: () => (/* reexport */ objects/* ObjectStore */.LI),
  PRE_PUSH_TEMPLATE: () => (/* reexport */ hooks/* PRE_PUSH_TEMPLATE */.Uq),
  ZERO_OID: () => (/* reexport */ ledger_repo.ZERO_OID),
  addToRepoRegistry: () => (/* reexport */ registry/* addToRepoRegistry */.U),
  applyHookInstall: () => (/* reexport */ hooks/* applyHookInstall */.d3),
  base64UrlDecode: () => (/* reexport */ refs/* base64UrlDecode */.ZY),
  base64UrlEncode: () => (/* reexport */ refs/* base64UrlEncode */.$1),
  branchOfLedgerRef: () => (/* reexport */ refs/* branchOfLedgerRef */.iR),
  buildMeta: () => (/* reexport */ layout/* buildMeta */.yR),
  busyError: () => (/* reexport */ update/* busyError */.Eg),
  compactSorted: () => (/* reexport */ layout/* compactSorted */.pP),
  discoverRepo: () => (/* reexport */ ledger_repo.discoverRepo),
  findNotePath: () => (/* reexport */ notes/* findNotePath */.N),
  findRepoRoot: () => (/* reexport */ ledger_repo.findRepoRoot),
  flattenTree: () => (/* reexport */ merge/* flattenTree */.dG),
  indexPath: () => (/* reexport */ layout/* indexPath */.AV),
  isConfiguredRemote: () => (/* reexport */ push/* isConfiguredRemote */.Hi),
  isManagedHook: () => (/* reexport */ hooks/* isManagedHook */.vv),
  isValidFullRef: () => (/* reexport */ isValidFullRef),
  ledgerRef: () => (/* reexport */ refs/* ledgerRef */.DH),
  ledgerToken: () => (/* reexport */ refs/* ledgerToken */.h_),
  managedHookInstalled: () => (/* reexport */ hooks/* managedHookInstalled */.hK),
  mergeLedgerFlat: () => (/* reexport */ merge/* mergeLedgerFlat */.Bq),
  mergeRemoteTip: () => (/* reexport */ push/* mergeRemoteTip */.aT),
  normalizeRepoName: () => (/* reexport */ refs/* normalizeRepoName */.JL),
  noteTip: () => (/* reexport */ notes.noteTip),
  openRepo: () => (/* reexport */ ledger_repo.openRepo),
  parseFanoutMode: () => (/* reexport */ notes/* parseFanoutMode */.sl),
  parseJsonBlob: () => (/* reexport */ layout/* parseJsonBlob */.PX),
  parsePushUpdates: () => (/* reexport */ secret_scan/* parsePushUpdates */.Ay),
  planHookInstall: () => (/* reexport */ hooks/* planHookInstall */.g7),
  prettySorted: () => (/* reexport */ layout/* prettySorted */.Y9),
  pruneLedger: () => (/* reexport */ pruneLedger),
  pushCommandText: () => (/* reexport */ pushCommandText),
  pushRef: () => (/* reexport */ push.pushRef),
  readFanoutMode: () => (/* reexport */ notes/* readFanoutMode */.Tx),
  readHead: () => (/* reexport */ ledger_repo.readHead),
  readRef: () => (/* reexport */ ledger_repo.readRef),
  readRepoFacts: () => (/* reexport */ ledger_repo.readRepoFacts),
  redactForLedger: () => (/* reexport */ store/* redactForLedger */.mT),
  redactObjectBytes: () => (/* reexport */ redactObjectBytes),
  reflogLinks: () => (/* reexport */ ledger_links/* reflogLinks */.j$),
  renderIndexEntry: () => (/* reexport */ layout/* renderIndexEntry */.vl),
  renderMeta: () => (/* reexport */ layout/* renderMeta */.aW),
  renderNote: () => (/* reexport */ notes/* renderNote */.NS),
  resolveHooksDir: () => (/* reexport */ hooks/* resolveHooksDir */.or),
  resolveLedgerBranch: () => (/* reexport */ refs/* resolveLedgerBranch */.Wf),
  runGit: () => (/* reexport */ git_cli/* runGit */.E),
  runPrePush: () => (/* reexport */ pre_push.runPrePush),
  safeSegment: () => (/* reexport */ layout/* safeSegment */.LX),
  scanPushedSecrets: () => (/* reexport */ secret_scan/* scanPushedSecrets */.qh),
  sessionCommitMessage: () => (/* reexport */ layout/* sessionCommitMessage */.J2),
  sessionPaths: () => (/* reexport */ layout/* sessionPaths */.NE),
  sessionRole: () => (/* reexport */ layout/* sessionRole */.ZH),
  sessionWindow: () => (/* reexport */ ledger_links/* sessionWindow */.Vj),
  setRef: () => (/* reexport */ update/* setRef */.cZ),
  shardOf: () => (/* reexport */ layout/* shardOf */.IS),
  sharePathProblem: () => (/* reexport */ sharePathProblem),
  shellArg: () => (/* reexport */ shellArg),
  shimPaths: () => (/* reexport */ hooks/* shimPaths */.AJ),
  shimState: () => (/* reexport */ hooks/* shimState */.pu),
  shimText: () => (/* reexport */ hooks/* shimText */.Rt),
  sortKeys: () => (/* reexport */ layout/* sortKeys */.di),
  storeBlob: () => (/* reexport */ store/* storeBlob */.jX),
  storeFor: () => (/* reexport */ update.storeFor),
  storeSession: () => (/* reexport */ store.storeSession),
  storeSessionForCheckout: () => (/* reexport */ storeSessionForCheckout),
  storedAtOf: () => (/* reexport */ store/* storedAtOf */.Ym),
  stripCredentials: () => (/* reexport */ refs/* stripCredentials */.PH),
  syncBranch: () => (/* reexport */ sync.syncBranch),
  trackingRefOf: () => (/* reexport */ push/* trackingRefOf */.qc),
  updateRef: () => (/* reexport */ update/* updateRef */.du),
  withHintLink: () => (/* reexport */ ledger_links/* withHintLink */.sd),
  writeShim: () => (/* reexport */ hooks/* writeShim */.to)
});

// EXTERNAL MODULE: ./core/ledger/refs.ts
var refs = __webpack_require__(9608);
// EXTERNAL MODULE: ./core/ledger/repo.ts
var ledger_repo = __webpack_require__(6790);
// EXTERNAL MODULE: ./core/ledger/layout.ts
var layout = __webpack_require__(3972);
// EXTERNAL MODULE: ./core/ledger/objects.ts
var objects = __webpack_require__(9036);
// EXTERNAL MODULE: ./core/ledger/update.ts
var update = __webpack_require__(255);
// EXTERNAL MODULE: ./core/ledger/store.ts
var store = __webpack_require__(705);
// EXTERNAL MODULE: ./core/ledger/links.ts
var ledger_links = __webpack_require__(7577);
// EXTERNAL MODULE: ./core/ledger/push.ts
var push = __webpack_require__(4602);
// EXTERNAL MODULE: ./core/hail/timestamp.ts
var timestamp = __webpack_require__(9823);
;// CONCATENATED MODULE: ./core/ledger/prune.ts
// Retention prune: a normal child commit that removes expired sessions and their index entries (§7).





const NS_PER_DAY = 86400n * 1000000000n;
async function timeOfBlob(tree, oid) {
    try {
        const v = JSON.parse((await tree.store.readBlob(oid)).toString('utf8')).stored_at;
        return typeof v === 'string' ? (0,timestamp/* tryParseTimestamp */.z_)(v) : undefined;
    }
    catch {
        return undefined;
    }
}
async function findExpired(tree, cutoff) {
    const sessions = [];
    for (const [shard, e] of await tree.list('v1')) {
        if (e.mode !== objects/* TREE_MODE */.tk || shard === 'index')
            continue;
        for (const [name, f] of await tree.list(`v1/${shard}`)) {
            if (f.mode !== objects/* TREE_MODE */.tk && name.endsWith('.meta.json')) {
                sessions.push({ dir: `v1/${shard}`, sid: name.slice(0, -'.meta.json'.length), metaOid: f.oid });
            }
        }
    }
    let indexBySid;
    const expired = [];
    for (const s of sessions) {
        let t = await timeOfBlob(tree, s.metaOid);
        if (t === undefined) {
            if (indexBySid === undefined) {
                indexBySid = new Map();
                for (const [sha, d] of await tree.list(layout/* INDEX_DIR */.DQ)) {
                    if (d.mode !== objects/* TREE_MODE */.tk)
                        continue;
                    for (const [file, f] of await tree.list(`${layout/* INDEX_DIR */.DQ}/${sha}`)) {
                        if (!file.endsWith('.json'))
                            continue;
                        const sid = file.slice(0, -'.json'.length);
                        indexBySid.set(sid, [...(indexBySid.get(sid) ?? []), f.oid]);
                    }
                }
            }
            for (const oid of indexBySid.get(s.sid) ?? []) {
                const it = await timeOfBlob(tree, oid);
                if (it !== undefined && (t === undefined || it > t))
                    t = it;
            }
        }
        if (t !== undefined && t <= cutoff)
            expired.push({ dir: s.dir, sid: s.sid });
    }
    return { scanned: sessions.length, expired };
}
/** `pruneLedger(repo, ref, keepDays, now)`. */
async function pruneLedger(repo, ref, keepDays, now = new Date()) {
    if ((0,ledger_repo.readRef)(repo.commonDir, ref) === undefined)
        return { scanned: 0, expired: 0, committed: false };
    const cutoff = (0,timestamp/* timestampFromMillis */.P9)(now.getTime()) - BigInt(Math.floor(keepDays)) * NS_PER_DAY;
    let last = { scanned: 0, expired: [] };
    const result = await (0,update/* updateRef */.du)(repo, ref, async (tree) => {
        last = await findExpired(tree, cutoff);
        if (last.expired.length === 0)
            return false;
        const sids = new Set(last.expired.map((e) => e.sid));
        for (const e of last.expired) {
            await tree.remove(`${e.dir}/${e.sid}.hail.jsonl`);
            await tree.remove(`${e.dir}/${e.sid}.meta.json`);
        }
        for (const [sha, d] of await tree.list(layout/* INDEX_DIR */.DQ)) {
            if (d.mode !== objects/* TREE_MODE */.tk)
                continue;
            for (const [file] of await tree.list(`${layout/* INDEX_DIR */.DQ}/${sha}`)) {
                if (file.endsWith('.json') && sids.has(file.slice(0, -'.json'.length)))
                    await tree.remove(`${layout/* INDEX_DIR */.DQ}/${sha}/${file}`);
            }
        }
        return true;
    }, () => `retention-prune: keep_days=${keepDays} expired=${last.expired.length}\n`, { now: () => now });
    return { scanned: last.scanned, expired: last.expired.length, committed: result.committed };
}

// EXTERNAL MODULE: ./core/ledger/notes.ts
var notes = __webpack_require__(5101);
// EXTERNAL MODULE: ./core/ledger/registry.ts
var registry = __webpack_require__(4849);
// EXTERNAL MODULE: ./core/ledger/hooks.ts
var hooks = __webpack_require__(8032);
// EXTERNAL MODULE: ./core/ledger/pre-push.ts
var pre_push = __webpack_require__(9498);
// EXTERNAL MODULE: ./core/hail/index.ts
var hail = __webpack_require__(251);
// EXTERNAL MODULE: ./core/redact/index.ts + 1 modules
var redact = __webpack_require__(4794);
// EXTERNAL MODULE: ./core/ledger/git-cli.ts
var git_cli = __webpack_require__(8843);
;// CONCATENATED MODULE: ./core/ledger/share.ts
// Helpers of `share --git` (git-native.md §10.2-10.5): ref/path validation, push command text, redaction.



/** F8a: a full ref name under `refs/` that git's check-ref-format accepts. */
async function isValidFullRef(repo, ref) {
    if (!ref.startsWith('refs/'))
        return false;
    return (await (0,git_cli/* runGit */.E)(['check-ref-format', ref], { cwd: repo.root })).code === 0;
}
/** F9a/F9b: `undefined` when valid, else the reason. */
function sharePathProblem(p) {
    if (p === '' || p.startsWith('/'))
        return 'path must be repository-relative';
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.' || seg === '..' || seg.includes('\\'))
            return `path contains invalid segment: \`${seg}\``;
    }
    return undefined;
}
/** Single-quotes an argument containing characters outside `A–Z a–z 0–9 @ % + = : , . / _ -`. */
function shellArg(s) {
    return /^[A-Za-z0-9@%+=:,./_-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function pushCommandText(target, ref) {
    return `git push ${shellArg(target)} ${shellArg(`${ref}:${ref}`)}`;
}
/** Redacts a stored object: canonical HAIL through the session redactor, anything else as text. */
function redactObjectBytes(bytes, stripHomePaths = true) {
    const text = bytes.toString('utf8');
    try {
        const { session, counts } = (0,redact/* redactSession */.yU)((0,hail/* parseHail */.iL)(text), { stripHomePaths });
        return { bytes: Buffer.from((0,hail/* toHailJsonl */.CY)(session), 'utf8'), redactions: (0,redact/* totalCount */.wv)(counts) };
    }
    catch {
        const { text: out, counts } = (0,redact/* redactText */.Rd)(text, { stripHomePaths });
        return { bytes: Buffer.from(out, 'utf8'), redactions: (0,redact/* totalCount */.wv)(counts) };
    }
}

;// CONCATENATED MODULE: ./core/ledger/checkout.ts





/**
 * Stores `session` for the checkout containing `cwd`; undefined when `cwd` is not inside a repository.
 * Redaction (and home-path stripping per `options.stripHomePaths`) happens inside `storeSession`.
 */
async function storeSessionForCheckout(session, cwd, options = {}) {
    const root = (0,ledger_repo.findRepoRoot)(cwd);
    if (root === undefined)
        return undefined;
    const repo = (0,ledger_repo.openRepo)(root);
    const head = (0,ledger_repo.readHead)(repo);
    const branch = (0,refs/* resolveLedgerBranch */.Wf)(head.branch, head.head);
    let links = (0,ledger_links/* reflogLinks */.j$)(repo.gitDir, (0,ledger_links/* sessionWindow */.Vj)(session));
    if (links.length === 0 && head.head !== undefined)
        links = [head.head];
    const facts = await (0,ledger_repo.readRepoFacts)(repo);
    const result = await (0,store.storeSession)(repo, (0,refs/* ledgerRef */.DH)(branch), session, links, { branch, head: head.head, ...facts }, options);
    (0,registry/* addToRepoRegistry */.U)(repo.root, options.env ?? process.env);
    return { ...result, repoRoot: repo.root, branch };
}

// EXTERNAL MODULE: ./core/ledger/sync.ts + 1 modules
var sync = __webpack_require__(5594);
// EXTERNAL MODULE: ./core/ledger/secret-scan.ts
var secret_scan = __webpack_require__(5962);
// EXTERNAL MODULE: ./core/ledger/merge.ts
var merge = __webpack_require__(4676);
;// CONCATENATED MODULE: ./core/ledger/index.ts
// The git-native ledger: hidden refs that hold redacted sessions next to the code (git-native.md §2-8).





















/***/ }),

/***/ 3972:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AV: () => (/* binding */ indexPath),
/* harmony export */   DQ: () => (/* binding */ INDEX_DIR),
/* harmony export */   IS: () => (/* binding */ shardOf),
/* harmony export */   J2: () => (/* binding */ sessionCommitMessage),
/* harmony export */   LX: () => (/* binding */ safeSegment),
/* harmony export */   NE: () => (/* binding */ sessionPaths),
/* harmony export */   PX: () => (/* binding */ parseJsonBlob),
/* harmony export */   Y9: () => (/* binding */ prettySorted),
/* harmony export */   ZH: () => (/* binding */ sessionRole),
/* harmony export */   a9: () => (/* binding */ JsonBlobError),
/* harmony export */   aW: () => (/* binding */ renderMeta),
/* harmony export */   di: () => (/* binding */ sortKeys),
/* harmony export */   pP: () => (/* binding */ compactSorted),
/* harmony export */   vl: () => (/* binding */ renderIndexEntry),
/* harmony export */   yR: () => (/* binding */ buildMeta)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
// The v1 ledger tree: paths, meta blob and index blob shapes (§3).


/** §3.1: every code point outside `[A-Za-z0-9._-]` becomes `_`; all-dot or empty results become underscores. */
function safeSegment(id) {
    let out = '';
    for (const ch of id)
        out += /^[A-Za-z0-9._-]$/.test(ch) ? ch : '_';
    if (out === '')
        return '_';
    if (out === '.' || out === '..')
        return '_'.repeat(out.length);
    return out;
}
/**
 * First two characters of the sid (or all of a one-character sid). A shard of `..` (from ids such as
 * `...x`) is not a valid git tree entry name, so all-dot shards become underscores.
 */
function shardOf(sid) {
    const shard = sid.length <= 1 ? sid : sid.slice(0, 2);
    return /^\.+$/.test(shard) ? '_'.repeat(shard.length) : shard;
}
function sessionPaths(sessionId) {
    const sid = safeSegment(sessionId);
    const shard = shardOf(sid);
    return { sid, shard, hail: `v1/${shard}/${sid}.hail.jsonl`, meta: `v1/${shard}/${sid}.meta.json` };
}
const INDEX_DIR = 'v1/index/commits';
function indexPath(commitSha, sid) {
    return `${INDEX_DIR}/${safeSegment(commitSha)}/${sid}.json`;
}
/** Recursively re-creates objects with keys in byte-wise order (undefined members dropped). */
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map((v) => sortKeys(v));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const k of Object.keys(value).sort(_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV)) {
            const v = sortKeys(value[k]);
            if (v !== undefined)
                out[k] = v;
        }
        return out;
    }
    return value;
}
/** Pretty JSON with sorted keys and no trailing newline (meta blob). */
function prettySorted(value) {
    return JSON.stringify(sortKeys(value), null, 2);
}
/** Compact JSON with sorted keys (index blob). */
function compactSorted(value) {
    return JSON.stringify(sortKeys(value));
}
/** HAIL role rule (hail-and-store.md §2.2). */
function sessionRole(session) {
    const attrs = session.context.attributes ?? {};
    const explicit = (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .setString */ .gQ)(attrs.session_role);
    if (explicit !== undefined) {
        const v = (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .asciiLower */ .F)(explicit);
        if (v === 'primary' || v === 'auxiliary')
            return v;
    }
    if (session.context.related_session_ids.length > 0)
        return 'auxiliary';
    if ((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .setString */ .gQ)(attrs.parent_session_id) !== undefined)
        return 'auxiliary';
    return 'primary';
}
function cleanGit(git) {
    if (git === undefined)
        return undefined;
    const out = {};
    const str = (v) => (v !== undefined && v.trim() !== '' ? v : undefined);
    if (str(git.branch) !== undefined)
        out.branch = git.branch;
    if (git.commits !== undefined && git.commits.length > 0)
        out.commits = [...git.commits];
    if (str(git.head) !== undefined)
        out.head = git.head;
    if (str(git.remote) !== undefined)
        out.remote = git.remote;
    if (str(git.repo_name) !== undefined)
        out.repo_name = git.repo_name;
    return Object.keys(out).length > 0 ? out : undefined;
}
const STAT_KEYS = [
    'duration_seconds',
    'event_count',
    'files_changed',
    'lines_added',
    'lines_removed',
    'message_count',
    'task_count',
    'tool_call_count',
    'total_input_tokens',
    'total_output_tokens',
    'user_message_count',
];
function buildMeta(session, git, storedAt) {
    const stats = {};
    for (const k of STAT_KEYS)
        stats[k] = session.stats[k];
    const meta = {
        model: session.agent.model,
        schema_version: 2,
        session_id: session.session_id,
        session_role: sessionRole(session),
        stats,
        stored_at: storedAt,
        title: session.context.title ?? null,
        tool: session.agent.tool,
    };
    const g = cleanGit(git);
    if (g !== undefined)
        meta.git = g;
    return meta;
}
function renderMeta(meta) {
    return prettySorted(meta);
}
function renderIndexEntry(entry) {
    return compactSorted(entry);
}
/** `session: <id>` with control characters replaced by `_`. */
function sessionCommitMessage(sessionId) {
    return `session: ${sessionId.replace(/[\u0000-\u001f\u007f-\u009f]/g, '_')}\n`;
}
/** Parses a meta/index blob; throws `json error: ...` on invalid JSON. */
function parseJsonBlob(bytes, where) {
    try {
        const v = JSON.parse(bytes.toString('utf8'));
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            throw new Error('expected a JSON object');
        return v;
    }
    catch (err) {
        throw new JsonBlobError(`json error: ${where}: ${err.message}`);
    }
}
class JsonBlobError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL {
    constructor(message) {
        super(message);
        this.name = 'JsonBlobError';
    }
}


/***/ }),

/***/ 4676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ mergeLedgerFlat),
/* harmony export */   U5: () => (/* binding */ applyFlat),
/* harmony export */   X8: () => (/* binding */ mergeNotesFlat),
/* harmony export */   dG: () => (/* binding */ flattenTree)
/* harmony export */ });
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9823);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9036);
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3972);
// Three-way union merge of two ledger trees (§6.3) and of two notes trees (§8.4).




/** Every blob of a tree by full path. */
async function flattenTree(store, oid, prefix = '', out = new Map()) {
    if (oid === _objects__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_TREE */ .pL)
        return out;
    for (const [name, e] of await store.readTree(oid)) {
        const p = prefix === '' ? name : `${prefix}/${name}`;
        if (e.mode === _objects__WEBPACK_IMPORTED_MODULE_2__/* .TREE_MODE */ .tk)
            await flattenTree(store, e.oid, p, out);
        else
            out.set(p, e);
    }
    return out;
}
const SESSION_FILE = /^v1\/([^/]+)\/([^/]+)\.(hail\.jsonl|meta\.json)$/;
const INDEX_FILE = /^v1\/index\/commits\/([^/]+)\/([^/]+)\.json$/;
function sessionVersions(flat) {
    const out = new Map();
    for (const [p, e] of flat) {
        const m = SESSION_FILE.exec(p);
        if (m === null || m[1] === 'index')
            continue;
        const key = `${m[1]}/${m[2]}`;
        const v = out.get(key) ?? {};
        if (m[3] === 'hail.jsonl')
            v.hail = e.oid;
        else
            v.meta = e.oid;
        out.set(key, v);
    }
    return out;
}
const sameVersion = (a, b) => a !== undefined && b !== undefined && a.hail === b.hail && a.meta === b.meta;
async function timestampField(store, oid, field) {
    if (oid === undefined)
        return undefined;
    try {
        const v = JSON.parse((await store.readBlob(oid)).toString('utf8'))[field];
        return typeof v === 'string' ? (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .tryParseTimestamp */ .z_)(v) : undefined;
    }
    catch {
        return undefined;
    }
}
/** True when `a` wins over `b`: later timestamp, then the greater blob sha; an unparsable time loses. */
async function newerWins(store, aOid, bOid, field) {
    const ta = await timestampField(store, aOid, field);
    const tb = await timestampField(store, bOid, field);
    if (ta !== undefined && tb === undefined)
        return true;
    if (ta === undefined && tb !== undefined)
        return false;
    if (ta !== undefined && tb !== undefined && ta !== tb)
        return ta > tb;
    return (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV)(aOid ?? '', bOid ?? '') > 0;
}
function sessionKeyOfIndex(p) {
    const m = INDEX_FILE.exec(p);
    if (m === null)
        return undefined;
    return `${(0,_layout__WEBPACK_IMPORTED_MODULE_3__/* .shardOf */ .IS)(m[2])}/${m[2]}`;
}
/** Three-way rule for paths without special keys: changed side wins; both changed → remote. */
function mergeOther(base, local, remote) {
    const eq = (a, b) => a?.oid === b?.oid && a?.mode === b?.mode;
    if (eq(local, remote))
        return local;
    if (local === undefined)
        return eq(base, remote) ? undefined : remote;
    if (remote === undefined)
        return eq(base, local) ? undefined : local;
    if (eq(base, local))
        return remote;
    if (eq(base, remote))
        return local;
    return remote;
}
/** The merged flat tree of a ledger (§6.3 rules 1-3). */
async function mergeLedgerFlat(store, base, local, remote) {
    const vb = sessionVersions(base);
    const vl = sessionVersions(local);
    const vr = sessionVersions(remote);
    const winner = new Map();
    const removed = new Set();
    for (const key of new Set([...vl.keys(), ...vr.keys()])) {
        const l = vl.get(key);
        const r = vr.get(key);
        if (sameVersion(l, r))
            winner.set(key, 'same');
        else if (l === undefined) {
            if (sameVersion(vb.get(key), r))
                removed.add(key);
            else
                winner.set(key, 'remote');
        }
        else if (r === undefined) {
            if (sameVersion(vb.get(key), l))
                removed.add(key);
            else
                winner.set(key, 'local');
        }
        else {
            winner.set(key, (await newerWins(store, l.meta, r.meta, 'stored_at')) ? 'local' : 'remote');
        }
    }
    for (const key of vb.keys())
        if (!vl.has(key) && !vr.has(key))
            removed.add(key);
    const out = new Map();
    const paths = new Set([...local.keys(), ...remote.keys()]);
    for (const p of paths) {
        const l = local.get(p);
        const r = remote.get(p);
        const s = SESSION_FILE.exec(p);
        if (s !== null && s[1] !== 'index') {
            const key = `${s[1]}/${s[2]}`;
            const w = winner.get(key);
            if (w === undefined)
                continue; // removed
            const pick = w === 'remote' ? r : w === 'local' ? l : (l ?? r);
            if (pick !== undefined)
                out.set(p, pick);
            continue;
        }
        const key = p.startsWith(`${_layout__WEBPACK_IMPORTED_MODULE_3__/* .INDEX_DIR */ .DQ}/`) ? sessionKeyOfIndex(p) : undefined;
        if (key !== undefined && (winner.has(key) || removed.has(key))) {
            if (removed.has(key))
                continue;
            if (l === undefined || r === undefined || l.oid === r.oid) {
                out.set(p, (l ?? r));
                continue;
            }
            const w = winner.get(key);
            if (w === 'local')
                out.set(p, l);
            else if (w === 'remote')
                out.set(p, r);
            else
                out.set(p, (await newerWins(store, l.oid, r.oid, 'stored_at')) ? l : r);
            continue;
        }
        const merged = mergeOther(base.get(p), l, r);
        if (merged !== undefined)
            out.set(p, merged);
    }
    return out;
}
/** Rewrites `tree` (the local tip tree) into `target`, touching only differing paths. */
async function applyFlat(tree, current, target) {
    let changed = false;
    for (const p of current.keys())
        if (!target.has(p))
            changed = (await tree.remove(p)) || changed;
    for (const [p, e] of target) {
        const c = current.get(p);
        if (c?.oid !== e.oid || c?.mode !== e.mode)
            changed = (await tree.setBlob(p, e.oid, e.mode)) || changed;
    }
    return changed;
}
/** Notes keyed by annotated commit (fan-out paths collapsed); later `generated_at` wins (§8.4). */
async function mergeNotesFlat(store, local, remote) {
    const byKey = (flat) => {
        const m = new Map();
        for (const [p, e] of flat)
            m.set(p.replace(/\//g, ''), [p, e]);
        return m;
    };
    const kl = byKey(local);
    const kr = byKey(remote);
    const out = new Map();
    for (const key of new Set([...kl.keys(), ...kr.keys()])) {
        const l = kl.get(key);
        const r = kr.get(key);
        if (l === undefined)
            out.set(r[0], r[1]);
        else if (r === undefined || l[1].oid === r[1].oid)
            out.set(l[0], l[1]);
        else {
            const lt = await noteTime(store, l[1].oid);
            const rt = await noteTime(store, r[1].oid);
            let localWins;
            if (lt !== undefined && rt === undefined)
                localWins = true;
            else if (lt === undefined && rt !== undefined)
                localWins = false;
            else if (lt !== undefined && rt !== undefined && lt !== rt)
                localWins = lt > rt;
            else
                localWins = (0,_text__WEBPACK_IMPORTED_MODULE_1__/* .compareBytewise */ .GV)(l[1].oid, r[1].oid) > 0;
            out.set(l[0], localWins ? l[1] : r[1]);
        }
    }
    return out;
}
async function noteTime(store, oid) {
    try {
        const m = /^generated_at: (.+)$/m.exec((await store.readBlob(oid)).toString('utf8'));
        return m === null ? undefined : (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .tryParseTimestamp */ .z_)(m[1].trim());
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 5101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ findNotePath),
/* harmony export */   NS: () => (/* binding */ renderNote),
/* harmony export */   Tx: () => (/* reexport safe */ _fanout_mode__WEBPACK_IMPORTED_MODULE_2__.T),
/* harmony export */   noteTip: () => (/* binding */ noteTip),
/* harmony export */   sl: () => (/* reexport safe */ _fanout_mode__WEBPACK_IMPORTED_MODULE_2__.s)
/* harmony export */ });
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9608);
/* harmony import */ var _update__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(255);
/* harmony import */ var _fanout_mode__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8669);



/** Tree path of the note for `sha`: flat, `ab/cdef…` or `ab/cd/ef…` (§8.3). */
async function findNotePath(tree, sha) {
    for (const p of [
        sha,
        `${sha.slice(0, 2)}/${sha.slice(2)}`,
        `${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha.slice(4)}`,
    ]) {
        if ((await tree.get(p)) !== undefined)
            return p;
    }
    return undefined;
}
function renderNote(f) {
    const at = f.generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return [
        'opensession fanout mode: git_notes',
        `branch: ${f.branch}`,
        `local_ref: ${f.localRef}`,
        `commit: ${f.commit}`,
        ...(f.copiedFrom !== undefined ? [`copied_from: ${f.copiedFrom}`] : []),
        `ledger_ref: ${f.ledgerRef}`,
        `generated_at: ${at}`,
        '',
    ].join('\n');
}
/** §8.2 for one pushed tip `T`. */
async function noteTip(repo, args, now = () => new Date()) {
    const store = (0,_update__WEBPACK_IMPORTED_MODULE_1__.storeFor)(repo);
    const parents = (await store.readCommit(args.tip)).parents;
    const order = [...parents.slice(1), ...parents.slice(0, 1)];
    let outcome = 'unchanged';
    await (0,_update__WEBPACK_IMPORTED_MODULE_1__/* .updateRef */ .du)(repo, _refs__WEBPACK_IMPORTED_MODULE_0__/* .NOTES_REF */ .sD, async (tree) => {
        outcome = 'unchanged';
        if ((await findNotePath(tree, args.tip)) !== undefined)
            return false;
        let copiedFrom;
        for (const p of order) {
            if ((await findNotePath(tree, p)) !== undefined) {
                copiedFrom = p;
                break;
            }
        }
        const body = renderNote({ ...args, commit: args.tip, copiedFrom, generatedAt: now() });
        await tree.setBlob(args.tip, await store.writeBlob(Buffer.from(body, 'utf8')));
        outcome = copiedFrom === undefined ? 'fresh' : 'copied';
        return true;
    }, `note: ${args.tip}\n`, { now });
    return outcome;
}


/***/ }),

/***/ 9498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPrePush: () => (/* binding */ runPrePush)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _fanout_mode__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8669);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9608);
/* harmony import */ var _remotes__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7307);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6790);
/* harmony import */ var _secret_scan__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5962);
// `opensession hook pre-push <remote> [<url>]` (git-native.md §9.4-9.7): secret scan, branch sync,
// notes, ledger and notes fanout to the remote the user is pushing to.

// Static imports stay light (no isomorphic-git, parsers or HAIL writer): the no-op path must start fast (§9.9, §17).





function truthy(v) {
    return (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .isDebugValue */ .jt)(v); // same truthy set: trimmed, case-insensitive 1/true/yes/on
}
const isZero = (sha) => /^0+$/.test(sha);
/** Runs the hook; returns the exit code (0 or 1). */
async function runPrePush(o) {
    const colour = o.stderrIsTTY && o.env.NO_COLOR === undefined;
    const warn = (msg) => o.stderr(`${colour ? '\x1b[1;33m[opensession] Warning:\x1b[0m' : '[opensession] Warning:'} ${msg}\n`);
    const fail = (msg) => o.stderr(`${colour ? '\x1b[1;31m[opensession] Error:\x1b[0m' : '[opensession] Error:'} ${msg}\n`);
    const strict = truthy(o.env.OPENSESSION_STRICT);
    const debug = (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .isDebugValue */ .jt)(o.env.OPENSESSION_DEBUG);
    const repo = o.repo;
    const updates = (0,_secret_scan__WEBPACK_IMPORTED_MODULE_5__/* .parsePushUpdates */ .Ay)(o.stdin);
    if (updates.length === 0)
        return 0;
    const named = await (0,_remotes__WEBPACK_IMPORTED_MODULE_3__/* .isConfiguredRemote */ .Hi)(repo, o.remote);
    // 2. Secret scan before anything else.
    const scan = await (0,_secret_scan__WEBPACK_IMPORTED_MODULE_5__/* .scanPushedSecrets */ .qh)(repo, o.remote, updates, named);
    if (scan.limit !== undefined)
        warn(`secret scan stopped at ${scan.limit}; older changes were not scanned.`);
    if (scan.findings.length > 0) {
        o.stderr(`[opensession] Potential secrets detected in push to ${o.remote}:\n`);
        for (const f of scan.findings)
            o.stderr(`  ${f.sha.slice(0, 7)} ${f.path}:${f.line} [${f.rule}]\n`);
        if (strict) {
            fail('OPENSESSION_STRICT=1 and potential secrets were detected.');
            o.stderr('  To push anyway: git push --no-verify\n');
            return 1;
        }
        warn('potential secrets detected; the push continues. Set OPENSESSION_STRICT=1 to block such pushes.');
    }
    // 3. Fanout mode.
    const mode = (await (0,_fanout_mode__WEBPACK_IMPORTED_MODULE_1__/* .readFanoutMode */ .T)(repo)).mode;
    // 4. Sync, per remote branch (last update wins).
    const byBranch = new Map();
    for (const u of updates)
        if (u.remoteRef.startsWith('refs/heads/'))
            byBranch.set(u.remoteRef.slice('refs/heads/'.length), u);
    let syncFailed = false;
    for (const [branch, u] of byBranch) {
        try {
            const { syncBranch } = await Promise.all(/* import() */[__webpack_require__.e(594), __webpack_require__.e(38)]).then(__webpack_require__.bind(__webpack_require__, 5594));
            await syncBranch(repo, o.remote, branch, u.localSha, { env: o.env, now: o.now, ...o.sync });
        }
        catch (err) {
            syncFailed = true;
            warn(`failed to record sessions for ${branch}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .formatErrorChain */ .jf)(err, debug)}`);
        }
    }
    let pushFailed = false;
    // 5. Notes.
    if (mode === 'git_notes') {
        const tips = new Map();
        for (const u of updates)
            if (u.remoteRef.startsWith('refs/heads/'))
                tips.set(u.localSha, u);
        for (const sha of [...tips.keys()].sort()) {
            const u = tips.get(sha);
            const branch = u.remoteRef.slice('refs/heads/'.length);
            try {
                const { noteTip } = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(255), __webpack_require__.e(101)]).then(__webpack_require__.bind(__webpack_require__, 5101));
                await noteTip(repo, { branch, localRef: u.localRef, tip: sha, ledgerRef: (0,_refs__WEBPACK_IMPORTED_MODULE_2__/* .ledgerRef */ .DH)(branch) }, o.now);
            }
            catch {
                pushFailed = true;
                warn(`failed to write git note for ${sha}`);
            }
        }
    }
    // 6. Ledger fanout.
    const creates = new Set();
    for (const u of updates)
        if (u.remoteRef.startsWith('refs/heads/') && isZero(u.remoteSha))
            creates.add(u.remoteRef.slice('refs/heads/'.length));
    const refs = new Map();
    for (const branch of byBranch.keys())
        refs.set((0,_refs__WEBPACK_IMPORTED_MODULE_2__/* .ledgerRef */ .DH)(branch), branch);
    for (const [ref, branch] of refs) {
        const local = (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, ref);
        if (local === undefined)
            continue;
        if (named && !creates.has(branch) && (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, (0,_remotes__WEBPACK_IMPORTED_MODULE_3__/* .trackingRefOf */ .qc)(o.remote, ref)) === local)
            continue;
        try {
            const { pushRef } = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(255), __webpack_require__.e(602)]).then(__webpack_require__.bind(__webpack_require__, 4602));
            await pushRef(repo, o.remote, ref, { env: o.env });
        }
        catch {
            pushFailed = true;
            warn(`failed to push ledger ref ${ref}`);
        }
    }
    // 7. Notes push.
    if (mode === 'git_notes') {
        const local = (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, _refs__WEBPACK_IMPORTED_MODULE_2__/* .NOTES_REF */ .sD);
        if (local !== undefined && (!named || (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, (0,_remotes__WEBPACK_IMPORTED_MODULE_3__/* .trackingRefOf */ .qc)(o.remote, _refs__WEBPACK_IMPORTED_MODULE_2__/* .NOTES_REF */ .sD)) !== local)) {
            try {
                const { pushRef } = await Promise.all(/* import() */[__webpack_require__.e(667), __webpack_require__.e(255), __webpack_require__.e(602)]).then(__webpack_require__.bind(__webpack_require__, 4602));
                await pushRef(repo, o.remote, _refs__WEBPACK_IMPORTED_MODULE_2__/* .NOTES_REF */ .sD, { env: o.env, kind: 'notes' });
            }
            catch {
                pushFailed = true;
                warn(`failed to push notes ref ${_refs__WEBPACK_IMPORTED_MODULE_2__/* .NOTES_REF */ .sD}`);
            }
        }
    }
    // 8. Failures.
    if (pushFailed) {
        warn('one or more ledger fanout pushes failed.');
        if (strict) {
            fail('OPENSESSION_STRICT=1 and fanout push failed.');
            return 1;
        }
    }
    if (syncFailed && strict) {
        fail('OPENSESSION_STRICT=1 and session sync failed.');
        return 1;
    }
    return 0;
}


/***/ }),

/***/ 4602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hi: () => (/* reexport safe */ _remotes__WEBPACK_IMPORTED_MODULE_6__.Hi),
/* harmony export */   SZ: () => (/* binding */ MAX_MERGE_ROUNDS),
/* harmony export */   aT: () => (/* binding */ mergeRemoteTip),
/* harmony export */   pushRef: () => (/* binding */ pushRef),
/* harmony export */   qc: () => (/* reexport safe */ _remotes__WEBPACK_IMPORTED_MODULE_6__.qc)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
/* harmony import */ var _merge__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4676);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9036);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6790);
/* harmony import */ var _update__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(255);
/* harmony import */ var _remotes__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7307);
// Pushing a ledger (or notes) ref; on a rejected push: fetch, union merge, push again (§6).








const MAX_MERGE_ROUNDS = 3;
function pushEnv(options) {
    return { ...(options.env ?? {}), OPENSESSION_INTERNAL_PUSH: '1', LC_ALL: 'C' };
}
async function pushOnce(repo, target, ref, options) {
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['push', '--porcelain', '--no-verify', target, `${ref}:${ref}`], {
        cwd: repo.root,
        env: pushEnv(options),
    });
    for (const line of res.stdout.split('\n')) {
        const cols = line.split('\t');
        if (cols.length < 3 || cols[0] !== '!' || cols[1] !== `${ref}:${ref}`)
            continue;
        const summary = cols[2].trim();
        if (summary.startsWith('[rejected] (non-fast-forward)') || summary.startsWith('[rejected] (fetch first)'))
            return { kind: 'moved' };
    }
    if (res.code === 0)
        return { kind: 'ok' };
    return { kind: 'failed', stderr: res.stderr.trim() || res.stdout.trim() };
}
let scratchCounter = 0;
/** §6.2: fetches the remote tip of `ref` into the tracking ref (named remotes) or a scratch ref. */
async function fetchRemoteTip(repo, target, ref, named, options) {
    const scratch = !(named && (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .tracksRef */ .CB)(ref));
    const dest = scratch
        ? `refs/opensession/scratch/merge-${process.pid}-${++scratchCounter}`
        : (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .trackingRefOf */ .qc)(target, ref);
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['fetch', '--no-tags', target, `+${ref}:${dest}`], {
        cwd: repo.root,
        env: pushEnv(options),
    });
    if (res.code !== 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: could not fetch ${ref} from ${target} to merge: ${res.stderr.trim()}`);
    }
    return { dest, tip: (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, dest), scratch };
}
/**
 * §6.3: merges the remote tip `remote` into the local `ref`. Returns 'fast-forward' when the local ref
 * moved to the remote tip, 'merged' when a merge commit was written, 'none' when the remote is already contained.
 */
async function mergeRemoteTip(repo, ref, remote, kind = 'ledger') {
    const store = (0,_update__WEBPACK_IMPORTED_MODULE_5__.storeFor)(repo);
    for (let round = 0; round < 10; round++) {
        const local = (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, ref);
        if (local === remote)
            return 'none';
        if (local !== undefined && (await store.isDescendent(local, remote)))
            return 'none';
        if (local === undefined || (await store.isDescendent(remote, local))) {
            if (await (0,_update__WEBPACK_IMPORTED_MODULE_5__/* .setRef */ .cZ)(repo, ref, local, remote, `ledger-merge: fast-forward to ${remote}`))
                return 'fast-forward';
            continue;
        }
        let outcome = 'none';
        const result = await (0,_update__WEBPACK_IMPORTED_MODULE_5__/* .updateRef */ .du)(repo, ref, async (tree, tip) => {
            if (tip === undefined)
                return false;
            if (tip === remote || (await store.isDescendent(tip, remote)))
                return false;
            const baseCommit = await store.findMergeBase(tip, remote);
            const baseTree = baseCommit === undefined ? _objects__WEBPACK_IMPORTED_MODULE_3__/* .EMPTY_TREE */ .pL : (await store.readCommit(baseCommit)).tree;
            const localFlat = await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .flattenTree */ .dG)(store, tree.baseOid);
            const remoteFlat = await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .flattenTree */ .dG)(store, (await store.readCommit(remote)).tree);
            const merged = kind === 'ledger'
                ? await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .mergeLedgerFlat */ .Bq)(store, await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .flattenTree */ .dG)(store, baseTree), localFlat, remoteFlat)
                : await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .mergeNotesFlat */ .X8)(store, localFlat, remoteFlat);
            await (0,_merge__WEBPACK_IMPORTED_MODULE_2__/* .applyFlat */ .U5)(tree, localFlat, merged);
            outcome = 'merged';
            return true; // a merge commit is written even when the union equals the local tree
        }, `${kind === 'ledger' ? 'ledger-merge' : 'notes-merge'}: remote=${remote}\n`, { extraParents: () => [remote] });
        if (result.committed)
            return 'merged';
        if (outcome === 'none')
            continue; // the tip changed under us and already contains the remote
    }
    return 'none';
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}
/** `pushRef(repoRoot, target, ref)` (§6.1) for ledger refs; `kind: 'notes'` for `refs/notes/opensession`. */
async function pushRef(repo, target, ref, options = {}) {
    const named = await (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .isConfiguredRemote */ .Hi)(repo, target);
    let merges = 0;
    let retried = false;
    for (;;) {
        const attempt = await pushOnce(repo, target, ref, options);
        if (attempt.kind === 'ok') {
            const tip = (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, ref);
            if (named && (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .tracksRef */ .CB)(ref) && tip !== undefined) {
                const tracking = (0,_remotes__WEBPACK_IMPORTED_MODULE_6__/* .trackingRefOf */ .qc)(target, ref);
                await (0,_update__WEBPACK_IMPORTED_MODULE_5__/* .setRef */ .cZ)(repo, tracking, (0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, tracking), tip, `update by push`).catch(() => false);
            }
            return { pushed: true, merges, oid: tip, fastForwarded: false };
        }
        if (attempt.kind === 'moved') {
            if (merges >= MAX_MERGE_ROUNDS) {
                throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: remote ref ${ref} kept changing during ${MAX_MERGE_ROUNDS} merge attempts`);
            }
            const fetched = await fetchRemoteTip(repo, target, ref, named, options);
            try {
                if (fetched.tip === undefined)
                    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: could not fetch ${ref} from ${target} to merge: remote ref is missing`);
                const outcome = await mergeRemoteTip(repo, ref, fetched.tip, options.kind ?? (ref.startsWith('refs/notes/') ? 'notes' : 'ledger'));
                if (outcome === 'fast-forward')
                    return { pushed: true, merges, oid: fetched.tip, fastForwarded: true };
                merges++;
            }
            finally {
                if (fetched.scratch)
                    await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['update-ref', '-d', fetched.dest], { cwd: repo.root });
            }
            continue;
        }
        if (retried)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: ${attempt.stderr}`);
        retried = true;
        await sleep(options.retryDelayMs ?? 1000);
    }
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ tracksRef),
/* harmony export */   Hi: () => (/* binding */ isConfiguredRemote),
/* harmony export */   qc: () => (/* binding */ trackingRefOf)
/* harmony export */ });
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8843);
// Remote names versus URLs and tracking refs (git-native.md §6.1-6.2). Light: no object-database imports.

/** True when `target` names a configured remote (not a URL or path). */
async function isConfiguredRemote(repo, target) {
    if (target.includes('://') || target.includes('/') || target.includes(':'))
        return false;
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .E)(['config', '--get', `remote.${target}.url`], { cwd: repo.root });
    return res.code === 0;
}
function tracksRef(ref) {
    return ref.startsWith('refs/opensession/') || ref.startsWith('refs/notes/');
}
function trackingRefOf(remote, ref) {
    return `refs/remotes/${remote}/${ref.slice('refs/'.length)}`;
}


/***/ }),

/***/ 5962:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ay: () => (/* binding */ parsePushUpdates),
/* harmony export */   qh: () => (/* binding */ scanPushedSecrets)
/* harmony export */ });
/* unused harmony exports SCAN_MAX_COMMITS, SCAN_MAX_BYTES, lineFindings */
/* harmony import */ var _redact_engine__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
// Pre-push secret scan over the added lines of the pushed commits (git-native.md §9.5).


const SCAN_MAX_COMMITS = 1000;
const SCAN_MAX_BYTES = 10 * 1024 * 1024;
const isZero = (sha) => /^0+$/.test(sha);
/** Parses git's pre-push stdin; deletions (local sha all zeros) are dropped. */
function parsePushUpdates(stdin) {
    const out = [];
    for (const line of stdin.split('\n')) {
        const parts = line.trim().split(/\s+/);
        if (parts.length < 4)
            continue;
        const [localRef, localSha, remoteRef, remoteSha] = parts;
        if (isZero(localSha) && (localSha.length === 40 || localSha.length === 64))
            continue;
        out.push({ localRef, localSha, remoteRef, remoteSha });
    }
    return out;
}
/** Rules that fire on one added line (each rule once per line). */
function lineFindings(text) {
    const counts = {};
    (0,_redact_engine__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text, counts);
    return Object.keys(counts);
}
/** Scans every update's range; the secret text itself is never returned. */
async function scanPushedSecrets(repo, remote, updates, namedRemote) {
    const findings = [];
    const seen = new Set();
    let commits = 0;
    let bytes = 0;
    for (const u of updates) {
        let range;
        const known = !isZero(u.remoteSha) &&
            (await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['cat-file', '-e', `${u.remoteSha}^{commit}`], { cwd: repo.root })).code === 0;
        if (known)
            range = [`${u.remoteSha}..${u.localSha}`];
        else
            range = [u.localSha, '--not', namedRemote ? `--remotes=${remote}` : '--remotes'];
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .E)(['log', '-p', '--no-color', '--no-ext-diff', '--no-textconv', '-U0', '--format=%x00%H', ...range, '--'], {
            cwd: repo.root,
        });
        if (res.code !== 0)
            continue;
        let sha = '';
        let file;
        let lineNo = 0;
        for (const raw of res.stdout.split('\n')) {
            if (raw.startsWith('\u0000')) {
                sha = raw.slice(1).trim();
                file = undefined;
                if (seen.has(sha)) {
                    sha = '';
                    continue;
                }
                seen.add(sha);
                if (++commits > SCAN_MAX_COMMITS)
                    return { findings, limit: '1000 commits' };
                continue;
            }
            if (sha === '')
                continue;
            bytes += raw.length + 1;
            if (bytes > SCAN_MAX_BYTES)
                return { findings, limit: '10 MiB' };
            if (raw.startsWith('+++ ')) {
                file = raw.startsWith('+++ b/') ? raw.slice(6) : undefined;
                continue;
            }
            if (raw.startsWith('Binary files ')) {
                file = undefined;
                continue;
            }
            const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw);
            if (hunk !== null) {
                lineNo = Number(hunk[1]);
                continue;
            }
            if (raw.startsWith('+') && file !== undefined) {
                for (const rule of lineFindings(raw.slice(1)))
                    findings.push({ sha, path: file, line: lineNo, rule });
                lineNo++;
            }
        }
    }
    return { findings };
}


/***/ }),

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ storedAtOf),
/* harmony export */   jX: () => (/* binding */ storeBlob),
/* harmony export */   mT: () => (/* binding */ redactForLedger),
/* harmony export */   storeSession: () => (/* binding */ storeSession)
/* harmony export */ });
/* harmony import */ var _hail__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(251);
/* harmony import */ var _hail_stats__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2524);
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9823);
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4794);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1509);
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3972);
/* harmony import */ var _update__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(255);
// Store a session (§4.3) and store a blob (§4.4) on a ledger ref. Redaction happens here, before any
// byte is written to the object database.







/** HAIL timestamp text of a wall-clock instant (milliseconds, `Z`). */
function storedAtOf(date) {
    return (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)((0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .timestampFromMillis */ .P9)(date.getTime()));
}
function cleanLinks(links) {
    return (0,_text__WEBPACK_IMPORTED_MODULE_4__/* .dedupe */ .Qq)(links.map((l) => l.trim()).filter((l) => l !== '' && !/^0+$/.test(l)));
}
/** The canonical HAIL bytes of the redacted session, and that session (stats recomputed). */
function redactForLedger(session, stripHomePaths) {
    const { session: redacted, counts } = (0,_redact__WEBPACK_IMPORTED_MODULE_3__/* .redactSession */ .yU)(session, { stripHomePaths });
    const final = { ...redacted, stats: (0,_hail_stats__WEBPACK_IMPORTED_MODULE_1__/* .recomputeStats */ .Qf)(redacted) };
    return { session: final, bytes: Buffer.from((0,_hail__WEBPACK_IMPORTED_MODULE_0__/* .toHailJsonl */ .CY)(final), 'utf8'), counts: { ...counts } };
}
/** `storeSession(repo, ref, session, links, gitFacts)` (§4.3). */
async function storeSession(repo, ref, session, links, gitFacts = {}, options = {}) {
    const clock = options.now ?? (() => new Date());
    const { session: redacted, bytes, counts } = redactForLedger(session, options.stripHomePaths ?? true);
    const paths = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .sessionPaths */ .NE)(session.session_id);
    const newLinks = cleanLinks(links);
    let finalCommits = [];
    const hailOid = await (0,_update__WEBPACK_IMPORTED_MODULE_6__.storeFor)(repo).writeBlob(bytes);
    const result = await (0,_update__WEBPACK_IMPORTED_MODULE_6__/* .updateRef */ .du)(repo, ref, async (tree) => {
        const store = tree.store;
        let existing;
        const metaEntry = await tree.get(paths.meta);
        if (metaEntry !== undefined) {
            try {
                existing = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonBlob */ .PX)(await store.readBlob(metaEntry.oid), paths.meta);
            }
            catch {
                existing = undefined; // an unreadable meta is rewritten
            }
        }
        const oldGit = existing?.git;
        const oldCommits = Array.isArray(oldGit?.commits)
            ? oldGit.commits.filter((c) => typeof c === 'string')
            : [];
        const commits = (0,_text__WEBPACK_IMPORTED_MODULE_4__/* .dedupe */ .Qq)([...oldCommits, ...newLinks]);
        finalCommits = commits;
        const git = { ...gitFacts, commits };
        if (options.headIsLastCommit === true)
            git.head = commits.length > 0 ? commits[commits.length - 1] : undefined;
        const storedAt = storedAtOf(clock());
        const meta = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .buildMeta */ .yR)(redacted, git, storedAt);
        const metaText = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .renderMeta */ .aW)(meta);
        // Unchanged: same HAIL blob, same meta apart from stored_at, and an index entry for every commit.
        const hailEntry = await tree.get(paths.hail);
        if (hailEntry?.oid === hailOid && existing !== undefined && typeof existing.stored_at === 'string') {
            const sameMeta = (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .renderMeta */ .aW)({ ...meta, stored_at: existing.stored_at }) ===
                (await store.readBlob(metaEntry.oid)).toString('utf8');
            if (sameMeta) {
                let allIndexed = true;
                for (const c of commits) {
                    if ((await tree.get((0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .indexPath */ .AV)(c, paths.sid))) === undefined) {
                        allIndexed = false;
                        break;
                    }
                }
                if (allIndexed)
                    return false;
            }
        }
        const indexBlob = Buffer.from((0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .renderIndexEntry */ .vl)({
            hail_path: paths.hail,
            meta_path: paths.meta,
            session_id: session.session_id,
            stored_at: storedAt,
        }), 'utf8');
        const [metaOid, indexOid] = await Promise.all([
            store.writeBlob(Buffer.from(metaText, 'utf8')),
            commits.length > 0 ? store.writeBlob(indexBlob) : Promise.resolve(''),
        ]);
        await tree.setBlob(paths.hail, hailOid);
        await tree.setBlob(paths.meta, metaOid);
        for (const c of commits)
            await tree.setBlob((0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .indexPath */ .AV)(c, paths.sid), indexOid);
        return true;
    }, (0,_layout__WEBPACK_IMPORTED_MODULE_5__/* .sessionCommitMessage */ .J2)(session.session_id), { now: clock });
    return {
        ref,
        oid: result.oid,
        committed: result.committed,
        hailPath: paths.hail,
        metaPath: paths.meta,
        redactions: counts,
        commits: finalCommits,
    };
}
/** `storeBlob(repo, ref, path, bytes, message)` (§4.4): upsert one blob; unchanged when already there. */
async function storeBlob(repo, ref, path, bytes, message, options = {}) {
    const result = await (0,_update__WEBPACK_IMPORTED_MODULE_6__/* .updateRef */ .du)(repo, ref, async (tree) => tree.setBlob(path, await tree.store.writeBlob(bytes)), message, options);
    return { oid: result.oid, committed: result.committed };
}


/***/ }),

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yU: () => (/* reexport */ redactSession),
  Rd: () => (/* reexport */ engine/* redactText */.Rd),
  wv: () => (/* reexport */ engine/* totalCount */.wv)
});

// UNUSED EXPORTS: CONNECTION_STRING_SCHEMES, REDACTION_RULES, REDACTION_RULE_IDS, SECRET_KEY_SUFFIXES, isExcludedSecretValue, isSecretKeyName, marker, mergeCounts, redactSecrets, stripHomePaths

// EXTERNAL MODULE: ./core/redact/engine.ts
var engine = __webpack_require__(84);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(2524);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./core/redact/rules.ts
var rules = __webpack_require__(3171);
;// CONCATENATED MODULE: ./core/redact/session.ts
// Redaction of a whole HAIL session (hail-and-store.md 6.2).




/** `event_type.data` fields that are structural (never redacted), per variant. */
const STRUCTURAL_DATA_FIELDS = {
    ToolCall: new Set(['name']),
    ToolResult: new Set(['name', 'call_id']),
    Custom: new Set(['kind']),
};
const NO_FIELDS = new Set();
/** Content block fields that are structural; `Json` `data` is visited as JSON. */
const STRUCTURAL_BLOCK_FIELDS = new Set(['type', 'mime', 'media_type', 'language']);
const KEY_VALUE_MARKER = (0,engine/* marker */.xL)('key_value_secret');
const WHOLE_MARKER = /^\[REDACTED:[a-z0-9_]+\]$/;
/** Strings up to this length are memoised per session (repeated cwd, tool output, ...). */
const MEMO_MAX_LENGTH = 4096;
class SessionRedactor {
    opts;
    counts = {};
    memo = new Map();
    constructor(opts) {
        this.opts = opts;
    }
    text(s) {
        const memoable = s.length <= MEMO_MAX_LENGTH;
        if (memoable) {
            const hit = this.memo.get(s);
            if (hit !== undefined) {
                if (hit.counts !== null)
                    for (const [id, n] of Object.entries(hit.counts))
                        (0,engine/* addCount */.pl)(this.counts, id, n);
                return hit.text;
            }
        }
        const { text: out, counts: local } = (0,engine/* redactText */.Rd)(s, this.opts);
        const entries = Object.entries(local);
        for (const [id, n] of entries)
            (0,engine/* addCount */.pl)(this.counts, id, n);
        if (memoable)
            this.memo.set(s, { text: out, counts: entries.length > 0 ? local : null });
        return out;
    }
    json(v) {
        if (typeof v === 'string')
            return this.text(v);
        if (v === null || typeof v !== 'object')
            return v;
        if (Array.isArray(v))
            return v.map((x) => this.json(x));
        if (!isPlainJsonObject(v))
            return v; // JsonFloat (immutable)
        return this.object(v);
    }
    /** A JSON object: structured secrets by key, everything else visited recursively. Keys are kept. */
    object(o) {
        const out = {};
        for (const [key, value] of Object.entries(o)) {
            let next;
            if (typeof value === 'string' &&
                (0,rules/* isSecretKeyName */.NN)(key) &&
                !(0,rules/* isExcludedSecretValue */.aY)(value) &&
                !WHOLE_MARKER.test(value)) {
                next = KEY_VALUE_MARKER;
                (0,engine/* addCount */.pl)(this.counts, 'key_value_secret', 1);
            }
            else {
                next = this.json(value);
            }
            (0,core_text/* setOwn */.P5)(out, key, next);
        }
        return out;
    }
    eventType(et) {
        const data = et.data;
        if (data === undefined || data === null)
            return { ...et };
        const structural = STRUCTURAL_DATA_FIELDS[et.type] ?? NO_FIELDS;
        const out = {};
        for (const [k, v] of Object.entries(data)) {
            (0,core_text/* setOwn */.P5)(out, k, typeof v === 'string' && !structural.has(k) ? this.text(v) : v);
        }
        return { type: et.type, data: out };
    }
    block(b) {
        const out = {};
        for (const [k, v] of Object.entries(b)) {
            let next = v;
            if (b.type === 'Json' && k === 'data')
                next = this.json(v);
            else if (typeof v === 'string' && !STRUCTURAL_BLOCK_FIELDS.has(k))
                next = this.text(v);
            (0,core_text/* setOwn */.P5)(out, k, next);
        }
        return out;
    }
    event(e) {
        return {
            ...e,
            event_type: this.eventType(e.event_type),
            content: { ...e.content, blocks: e.content.blocks.map((b) => this.block(b)) },
            attributes: e.attributes === undefined ? e.attributes : this.object(e.attributes),
        };
    }
    session(s) {
        const context = { ...s.context };
        if (context.title !== undefined)
            context.title = this.text(context.title);
        if (context.description !== undefined)
            context.description = this.text(context.description);
        if (s.context.tags !== undefined)
            context.tags = s.context.tags.map((t) => this.text(t));
        if (s.context.related_session_ids !== undefined)
            context.related_session_ids = [...s.context.related_session_ids];
        if (s.context.attributes !== undefined)
            context.attributes = this.object(s.context.attributes);
        const events = s.events.map((e) => this.event(e));
        const out = { ...s, agent: { ...s.agent }, context, events, stats: s.stats };
        out.stats = (0,stats/* recomputeStats */.Qf)(out);
        return out;
    }
}
function isPlainJsonObject(v) {
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
/**
 * Redacts every string of the session except the structural fields of 6.2 (ids, timestamps, agent, tool names,
 * call ids, `Custom.kind`, block `type`/`mime`/`media_type`/`language`); attribute values and `Json` data are
 * visited recursively with structured secrets by key. Keys, numbers, booleans and `null` are never changed. Returns
 * a new session with recomputed stats; the input is not modified.
 */
function redactSession(session, opts) {
    const r = new SessionRedactor(opts);
    const out = r.session(session);
    return { session: out, counts: r.counts };
}

;// CONCATENATED MODULE: ./core/redact/index.ts
// Secret redaction and home-path stripping (hail-and-store.md section 6).





/***/ })

};
;