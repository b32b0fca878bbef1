"use strict";
exports.id = 3236;
exports.ids = [3236,3073];
exports.modules = {

/***/ 490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ storeSessionForCheckout)
/* harmony export */ });
/* harmony import */ var _links__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7577);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9608);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7230);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6790);
/* harmony import */ var _store__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3086);





/**
 * Stores `session` for the checkout containing `cwd`; undefined when `cwd` is not inside a repository.
 * Redaction (and home-path stripping per `options.stripHomePaths`) happens inside `storeSession`.
 */
async function storeSessionForCheckout(session, cwd, options = {}) {
    const root = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.findRepoRoot)(cwd);
    if (root === undefined)
        return undefined;
    const repo = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.openRepo)(root);
    const head = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readHead)(repo);
    const branch = (0,_refs__WEBPACK_IMPORTED_MODULE_1__.resolveLedgerBranch)(head.branch, head.head);
    let links = (0,_links__WEBPACK_IMPORTED_MODULE_0__/* .reflogLinks */ .j$)(repo.gitDir, (0,_links__WEBPACK_IMPORTED_MODULE_0__/* .sessionWindow */ .Vj)(session));
    if (links.length === 0 && head.head !== undefined)
        links = [head.head];
    const facts = await (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRepoFacts)(repo);
    const result = await (0,_store__WEBPACK_IMPORTED_MODULE_4__.storeSession)(repo, (0,_refs__WEBPACK_IMPORTED_MODULE_1__.ledgerRef)(branch), session, links, { branch, head: head.head, ...facts }, options);
    (0,_registry__WEBPACK_IMPORTED_MODULE_2__.addToRepoRegistry)(repo.root, options.env ?? process.env);
    return { ...result, repoRoot: repo.root, branch };
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
/** §9.3 as amended by A8 (fast path; stdin kept with shell built-ins so the no-op path starts no process). */
const PRE_PUSH_TEMPLATE = `#!/bin/sh
# opensession-managed
# OpenSession pre-push hook (template 2). Managed by \`opensession doctor --fix\`;
# local edits are overwritten. A hook that was here before is kept as
# pre-push.original.pre-opensession next to this file and still runs first.

if [ "\${OPENSESSION_INTERNAL_PUSH:-}" = "1" ]; then
  exit 0
fi

opensession_strict=0
if [ -n "\${OPENSESSION_STRICT:-}" ]; then
  case "$(printf '%s' "\${OPENSESSION_STRICT:-}" | tr -d ' \\t\\r\\n' | tr 'A-Z' 'a-z')" in
    1|true|yes|on) opensession_strict=1 ;;
  esac
fi

# git's update lines, kept whole for the chained hook and the CLI (shell built-ins only: no process started).
opensession_input=""
while IFS= read -r opensession_line || [ -n "$opensession_line" ]; do
  opensession_input="$opensession_input$opensession_line
"
done

opensession_original="\${0%/*}/pre-push.original.pre-opensession"
if [ -f "$opensession_original" ] && [ -x "$opensession_original" ]; then
  printf '%s' "$opensession_input" | "$opensession_original" "$@" || exit $?
fi

# Fast path (amendments A8): no branch created on the remote, ledger refs as at the last successful fanout, and
# no agent log newer than that fanout's stamp -> nothing to record or push, and Node is not started.
# Strict mode (secret scan) and git_notes mode always run the CLI.
opensession_creates() {
  while IFS=' ' read -r opensession_lref opensession_lsha opensession_rref opensession_rsha; do
    case "$opensession_lsha" in *[!0]*) ;; *) continue ;; esac
    case "$opensession_rsha" in *[!0]*) ;; *) return 0 ;; esac
  done <<OPENSESSION_EOF
$opensession_input
OPENSESSION_EOF
  return 1
}
opensession_logs_changed() {
  opensession_since=$1
  shift
  for opensession_dir in "$@"; do
    shift
    if [ -n "$opensession_dir" ] && [ -d "$opensession_dir" ]; then set -- "$@" "$opensession_dir"; fi
  done
  [ $# -gt 0 ] || return 1
  opensession_found=$(find "$@" -newer "$opensession_since" -type f \\( -name '*.json' -o -name '*.jsonl' -o -name '*.vscdb' -o -name '*.vscdb-wal' \\) -print -quit 2>/dev/null) || return 0
  [ -n "$opensession_found" ]
}
if [ -d .git ]; then
  opensession_stamp=.git/opensession/hook-stamp
else
  opensession_stamp="$(git rev-parse --git-common-dir 2>/dev/null)/opensession/hook-stamp"
fi
if [ "$opensession_strict" = 0 ] && [ -n "\${HOME:-}" ] && [ -f "$opensession_stamp" ] && ! opensession_creates; then
  case "$(git config --local --get opensession.fanout-mode 2>/dev/null)" in
    ""|hidden_ref|hidden-ref|hidden|1)
      opensession_seen=""
      while IFS= read -r opensession_line; do
        opensession_seen="\${opensession_seen:+$opensession_seen
}$opensession_line"
      done < "$opensession_stamp"
      opensession_data="\${XDG_DATA_HOME:-$HOME/.local/share}"
      if [ "$(git for-each-ref --format='%(objectname) %(refname)' refs/opensession/branches/ refs/notes/opensession)" = "$opensession_seen" ] &&
        ! opensession_logs_changed "$opensession_stamp" "\${CLAUDE_CONFIG_DIR:+$CLAUDE_CONFIG_DIR/projects}" \\
          "$HOME/.claude/projects" "\${CODEX_HOME:+$CODEX_HOME/sessions}" "$HOME/.codex/sessions" \\
          "$opensession_data/opencode/storage" "$HOME/.cline/data/tasks" "$opensession_data/amp/threads" \\
          "$HOME/.gemini/tmp" "\${XDG_CONFIG_HOME:-$HOME/.config}/Cursor/User" \\
          "$HOME/Library/Application Support/Cursor/User"; then
        exit 0
      fi
      ;;
  esac
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

printf '%s' "$opensession_input" | "$opensession_bin" hook pre-push "$@"
`;
/** §9.1: `core.hooksPath` (any scope; relative → repo root, `~/` → HOME), else `<common dir>/hooks`. */
async function resolveHooksDir(repo, env = process.env) {
    if (!fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.root, '.git'))) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .OpenSessionError */ .RL(`Not a git repository: ${repo.root} (missing .git metadata)`);
    }
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_3__.runGit)(['config', '--show-scope', '--get', 'core.hooksPath'], { cwd: repo.root, env });
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

/***/ 3236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EMPTY_TREE: () => (/* reexport safe */ _objects__WEBPACK_IMPORTED_MODULE_3__.pL),
/* harmony export */   EditableTree: () => (/* reexport safe */ _objects__WEBPACK_IMPORTED_MODULE_3__.Pl),
/* harmony export */   HINT_SLACK_SECONDS: () => (/* reexport safe */ _links__WEBPACK_IMPORTED_MODULE_6__.Pb),
/* harmony export */   HOOK_BACKUP_NAME: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.Bk),
/* harmony export */   INDEX_DIR: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.DQ),
/* harmony export */   JsonBlobError: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.a9),
/* harmony export */   LEDGER_AUTHOR: () => (/* reexport safe */ _update__WEBPACK_IMPORTED_MODULE_4__.LEDGER_AUTHOR),
/* harmony export */   LEDGER_REF_PREFIX: () => (/* reexport safe */ _refs__WEBPACK_IMPORTED_MODULE_0__.LEDGER_REF_PREFIX),
/* harmony export */   MANAGED_MARKER: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.Pl),
/* harmony export */   MAX_MERGE_ROUNDS: () => (/* reexport safe */ _push__WEBPACK_IMPORTED_MODULE_7__.MAX_MERGE_ROUNDS),
/* harmony export */   NOTES_REF: () => (/* reexport safe */ _refs__WEBPACK_IMPORTED_MODULE_0__.NOTES_REF),
/* harmony export */   ObjectStore: () => (/* reexport safe */ _objects__WEBPACK_IMPORTED_MODULE_3__.LI),
/* harmony export */   PRE_PUSH_TEMPLATE: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.Uq),
/* harmony export */   ZERO_OID: () => (/* reexport safe */ _repo__WEBPACK_IMPORTED_MODULE_1__.ZERO_OID),
/* harmony export */   addToRepoRegistry: () => (/* reexport safe */ _registry__WEBPACK_IMPORTED_MODULE_10__.addToRepoRegistry),
/* harmony export */   applyHookInstall: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.d3),
/* harmony export */   base64UrlDecode: () => (/* reexport safe */ _refs__WEBPACK_IMPORTED_MODULE_0__.base64UrlDecode),
/* harmony export */   base64UrlEncode: () => (/* reexport safe */ _refs__WEBPACK_IMPORTED_MODULE_0__.base64UrlEncode),
/* harmony export */   branchOfLedgerRef: () => (/* reexport safe */ _refs__WEBPACK_IMPORTED_MODULE_0__.branchOfLedgerRef),
/* harmony export */   buildMeta: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.yR),
/* harmony export */   busyError: () => (/* reexport safe */ _update__WEBPACK_IMPORTED_MODULE_4__.busyError),
/* harmony export */   checkedOutBranchAt: () => (/* reexport safe */ _links__WEBPACK_IMPORTED_MODULE_6__.T8),
/* harmony export */   checkedOutBranchIn: () => (/* reexport safe */ _links__WEBPACK_IMPORTED_MODULE_6__.lY),
/* harmony export */   compactSorted: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.pP),
/* harmony export */   discoverRepo: () => (/* reexport safe */ _repo__WEBPACK_IMPORTED_MODULE_1__.discoverRepo),
/* harmony export */   findNotePath: () => (/* reexport safe */ _notes__WEBPACK_IMPORTED_MODULE_9__.N),
/* harmony export */   findRepoRoot: () => (/* reexport safe */ _repo__WEBPACK_IMPORTED_MODULE_1__.findRepoRoot),
/* harmony export */   flattenTree: () => (/* reexport safe */ _merge__WEBPACK_IMPORTED_MODULE_17__.flattenTree),
/* harmony export */   indexPath: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.AV),
/* harmony export */   isConfiguredRemote: () => (/* reexport safe */ _push__WEBPACK_IMPORTED_MODULE_7__.isConfiguredRemote),
/* harmony export */   isManagedHook: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.vv),
/* harmony export */   isValidFullRef: () => (/* reexport safe */ _share__WEBPACK_IMPORTED_MODULE_13__.isValidFullRef),
/* harmony export */   ledgerRef: () => (/* reexport safe */ _refs__WEBPACK_IMPORTED_MODULE_0__.ledgerRef),
/* harmony export */   ledgerToken: () => (/* reexport safe */ _refs__WEBPACK_IMPORTED_MODULE_0__.ledgerToken),
/* harmony export */   managedHookInstalled: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.hK),
/* harmony export */   mergeLedgerFlat: () => (/* reexport safe */ _merge__WEBPACK_IMPORTED_MODULE_17__.mergeLedgerFlat),
/* harmony export */   mergeRemoteTip: () => (/* reexport safe */ _push__WEBPACK_IMPORTED_MODULE_7__.mergeRemoteTip),
/* harmony export */   normalizeRepoName: () => (/* reexport safe */ _refs__WEBPACK_IMPORTED_MODULE_0__.normalizeRepoName),
/* harmony export */   noteTip: () => (/* reexport safe */ _notes__WEBPACK_IMPORTED_MODULE_9__.noteTip),
/* harmony export */   openRepo: () => (/* reexport safe */ _repo__WEBPACK_IMPORTED_MODULE_1__.openRepo),
/* harmony export */   parseFanoutMode: () => (/* reexport safe */ _notes__WEBPACK_IMPORTED_MODULE_9__.sl),
/* harmony export */   parseJsonBlob: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.PX),
/* harmony export */   parsePushUpdates: () => (/* reexport safe */ _secret_scan__WEBPACK_IMPORTED_MODULE_16__.Ay),
/* harmony export */   planHookInstall: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.g7),
/* harmony export */   prettySorted: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.Y9),
/* harmony export */   pruneLedger: () => (/* reexport safe */ _prune__WEBPACK_IMPORTED_MODULE_8__.O),
/* harmony export */   pushCommandText: () => (/* reexport safe */ _share__WEBPACK_IMPORTED_MODULE_13__.pushCommandText),
/* harmony export */   pushRef: () => (/* reexport safe */ _push__WEBPACK_IMPORTED_MODULE_7__.pushRef),
/* harmony export */   pushRefs: () => (/* reexport safe */ _push__WEBPACK_IMPORTED_MODULE_7__.pushRefs),
/* harmony export */   readFanoutMode: () => (/* reexport safe */ _notes__WEBPACK_IMPORTED_MODULE_9__.Tx),
/* harmony export */   readHead: () => (/* reexport safe */ _repo__WEBPACK_IMPORTED_MODULE_1__.readHead),
/* harmony export */   readHeadReflog: () => (/* reexport safe */ _links__WEBPACK_IMPORTED_MODULE_6__.kq),
/* harmony export */   readRef: () => (/* reexport safe */ _repo__WEBPACK_IMPORTED_MODULE_1__.readRef),
/* harmony export */   readRepoFacts: () => (/* reexport safe */ _repo__WEBPACK_IMPORTED_MODULE_1__.readRepoFacts),
/* harmony export */   redactForLedger: () => (/* reexport safe */ _store__WEBPACK_IMPORTED_MODULE_5__.redactForLedger),
/* harmony export */   redactObjectBytes: () => (/* reexport safe */ _share__WEBPACK_IMPORTED_MODULE_13__.redactObjectBytes),
/* harmony export */   reflogLinks: () => (/* reexport safe */ _links__WEBPACK_IMPORTED_MODULE_6__.j$),
/* harmony export */   reflogLinksIn: () => (/* reexport safe */ _links__WEBPACK_IMPORTED_MODULE_6__.Em),
/* harmony export */   renderIndexEntry: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.vl),
/* harmony export */   renderMeta: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.aW),
/* harmony export */   renderNote: () => (/* reexport safe */ _notes__WEBPACK_IMPORTED_MODULE_9__.NS),
/* harmony export */   resolveHooksDir: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.or),
/* harmony export */   resolveLedgerBranch: () => (/* reexport safe */ _refs__WEBPACK_IMPORTED_MODULE_0__.resolveLedgerBranch),
/* harmony export */   runGit: () => (/* reexport safe */ _git_cli__WEBPACK_IMPORTED_MODULE_18__.runGit),
/* harmony export */   runPrePush: () => (/* reexport safe */ _pre_push__WEBPACK_IMPORTED_MODULE_12__.runPrePush),
/* harmony export */   safeSegment: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.LX),
/* harmony export */   scanPushedSecrets: () => (/* reexport safe */ _secret_scan__WEBPACK_IMPORTED_MODULE_16__.qh),
/* harmony export */   sessionCommitMessage: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.J2),
/* harmony export */   sessionPaths: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.NE),
/* harmony export */   sessionRole: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.ZH),
/* harmony export */   sessionWindow: () => (/* reexport safe */ _links__WEBPACK_IMPORTED_MODULE_6__.Vj),
/* harmony export */   setRef: () => (/* reexport safe */ _update__WEBPACK_IMPORTED_MODULE_4__.setRef),
/* harmony export */   shardOf: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.IS),
/* harmony export */   sharePathProblem: () => (/* reexport safe */ _share__WEBPACK_IMPORTED_MODULE_13__.sharePathProblem),
/* harmony export */   shellArg: () => (/* reexport safe */ _share__WEBPACK_IMPORTED_MODULE_13__.shellArg),
/* harmony export */   shimPaths: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.AJ),
/* harmony export */   shimState: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.pu),
/* harmony export */   shimText: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.Rt),
/* harmony export */   sortKeys: () => (/* reexport safe */ _layout__WEBPACK_IMPORTED_MODULE_2__.di),
/* harmony export */   storeBlob: () => (/* reexport safe */ _store__WEBPACK_IMPORTED_MODULE_5__.storeBlob),
/* harmony export */   storeFor: () => (/* reexport safe */ _update__WEBPACK_IMPORTED_MODULE_4__.storeFor),
/* harmony export */   storeSession: () => (/* reexport safe */ _store__WEBPACK_IMPORTED_MODULE_5__.storeSession),
/* harmony export */   storeSessionForCheckout: () => (/* reexport safe */ _checkout__WEBPACK_IMPORTED_MODULE_14__.Z),
/* harmony export */   storedAtOf: () => (/* reexport safe */ _store__WEBPACK_IMPORTED_MODULE_5__.storedAtOf),
/* harmony export */   stripCredentials: () => (/* reexport safe */ _refs__WEBPACK_IMPORTED_MODULE_0__.stripCredentials),
/* harmony export */   syncBranch: () => (/* reexport safe */ _sync__WEBPACK_IMPORTED_MODULE_15__.syncBranch),
/* harmony export */   trackingRefOf: () => (/* reexport safe */ _push__WEBPACK_IMPORTED_MODULE_7__.trackingRefOf),
/* harmony export */   updateRef: () => (/* reexport safe */ _update__WEBPACK_IMPORTED_MODULE_4__.updateRef),
/* harmony export */   withHintLink: () => (/* reexport safe */ _links__WEBPACK_IMPORTED_MODULE_6__.sd),
/* harmony export */   writeShim: () => (/* reexport safe */ _hooks__WEBPACK_IMPORTED_MODULE_11__.to)
/* harmony export */ });
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9608);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6790);
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3972);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9036);
/* harmony import */ var _update__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(255);
/* harmony import */ var _store__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3086);
/* harmony import */ var _links__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7577);
/* harmony import */ var _push__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4602);
/* harmony import */ var _prune__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1172);
/* harmony import */ var _notes__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5101);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7230);
/* harmony import */ var _hooks__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8032);
/* harmony import */ var _pre_push__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9207);
/* harmony import */ var _share__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(2327);
/* harmony import */ var _checkout__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(490);
/* harmony import */ var _sync__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(3073);
/* harmony import */ var _secret_scan__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(5962);
/* harmony import */ var _merge__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(4676);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(8843);
// The git-native ledger: hidden refs that hold redacted sessions next to the code (git-native.md §2-8).





















/***/ }),

/***/ 4676:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   applyFlat: () => (/* binding */ applyFlat),
/* harmony export */   flattenTree: () => (/* binding */ flattenTree),
/* harmony export */   mergeLedgerFlat: () => (/* binding */ mergeLedgerFlat),
/* harmony export */   mergeNotesFlat: () => (/* binding */ mergeNotesFlat)
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
    await (0,_update__WEBPACK_IMPORTED_MODULE_1__.updateRef)(repo, _refs__WEBPACK_IMPORTED_MODULE_0__.NOTES_REF, async (tree) => {
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

/***/ 1172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ pruneLedger)
/* harmony export */ });
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9823);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9036);
/* harmony import */ var _layout__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3972);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6790);
/* harmony import */ var _update__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(255);
// Retention prune: a normal child commit that removes expired sessions and their index entries (§7).






const NS_PER_DAY = 86400n * 1000000000n;
async function timeOfBlob(tree, oid) {
    try {
        const v = JSON.parse((await tree.store.readBlob(oid)).toString('utf8')).stored_at;
        return typeof v === 'string' ? (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .tryParseTimestamp */ .z_)(v) : undefined;
    }
    catch {
        return undefined;
    }
}
async function findExpired(tree, cutoff) {
    const sessions = [];
    for (const [shard, e] of await tree.list('v1')) {
        if (e.mode !== _objects__WEBPACK_IMPORTED_MODULE_2__/* .TREE_MODE */ .tk || shard === 'index')
            continue;
        for (const [name, f] of await tree.list(`v1/${shard}`)) {
            if (f.mode !== _objects__WEBPACK_IMPORTED_MODULE_2__/* .TREE_MODE */ .tk && name.endsWith('.meta.json')) {
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
                for (const [sha, d] of await tree.list(_layout__WEBPACK_IMPORTED_MODULE_3__/* .INDEX_DIR */ .DQ)) {
                    if (d.mode !== _objects__WEBPACK_IMPORTED_MODULE_2__/* .TREE_MODE */ .tk)
                        continue;
                    for (const [file, f] of await tree.list(`${_layout__WEBPACK_IMPORTED_MODULE_3__/* .INDEX_DIR */ .DQ}/${sha}`)) {
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
    if ((0,_repo__WEBPACK_IMPORTED_MODULE_4__.readRef)(repo.commonDir, ref) === undefined)
        return { scanned: 0, expired: 0, committed: false };
    const cutoff = (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .timestampFromMillis */ .P9)(now.getTime()) - BigInt(Math.floor(keepDays)) * NS_PER_DAY;
    let last = { scanned: 0, expired: [] };
    const result = await (0,_update__WEBPACK_IMPORTED_MODULE_5__.updateRef)(repo, ref, async (tree) => {
        last = await findExpired(tree, cutoff);
        if (last.expired.length === 0)
            return false;
        const sids = new Set(last.expired.map((e) => e.sid));
        for (const e of last.expired) {
            await tree.remove(`${e.dir}/${e.sid}.hail.jsonl`);
            await tree.remove(`${e.dir}/${e.sid}.meta.json`);
        }
        for (const [sha, d] of await tree.list(_layout__WEBPACK_IMPORTED_MODULE_3__/* .INDEX_DIR */ .DQ)) {
            if (d.mode !== _objects__WEBPACK_IMPORTED_MODULE_2__/* .TREE_MODE */ .tk)
                continue;
            for (const [file] of await tree.list(`${_layout__WEBPACK_IMPORTED_MODULE_3__/* .INDEX_DIR */ .DQ}/${sha}`)) {
                if (file.endsWith('.json') && sids.has(file.slice(0, -'.json'.length)))
                    await tree.remove(`${_layout__WEBPACK_IMPORTED_MODULE_3__/* .INDEX_DIR */ .DQ}/${sha}/${file}`);
            }
        }
        // When every session expired the commit's tree is the empty tree, which the object store never writes (git and isomorphic-git treat it as virtual, but fsck reports it missing): it is stored before the commit.
        // `git hash-object -w` writes it for real (a no-op when it is already stored).
        const w = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['hash-object', '-w', '-t', 'tree', '--stdin'], { cwd: repo.commonDir, input: '' });
        if (w.code !== 0 || w.stdout.trim() !== _objects__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_TREE */ .pL)
            throw new Error(`could not write the empty tree: ${w.stderr.trim()}`);
        return true;
    }, () => `retention-prune: keep_days=${keepDays} expired=${last.expired.length}\n`, { now: () => now });
    return { scanned: last.scanned, expired: last.expired.length, committed: result.committed };
}


/***/ }),

/***/ 4602:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_MERGE_ROUNDS: () => (/* binding */ MAX_MERGE_ROUNDS),
/* harmony export */   isConfiguredRemote: () => (/* reexport safe */ _remotes__WEBPACK_IMPORTED_MODULE_5__.Hi),
/* harmony export */   mergeRemoteTip: () => (/* binding */ mergeRemoteTip),
/* harmony export */   pushRef: () => (/* binding */ pushRef),
/* harmony export */   pushRefs: () => (/* binding */ pushRefs),
/* harmony export */   trackingRefOf: () => (/* reexport safe */ _remotes__WEBPACK_IMPORTED_MODULE_5__.qc)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
/* harmony import */ var _objects__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9036);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6790);
/* harmony import */ var _update__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(255);
/* harmony import */ var _remotes__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7307);
// Pushing a ledger (or notes) ref; on a rejected push: fetch, union merge, push again (§6).







const MAX_MERGE_ROUNDS = 3;
function pushEnv(options) {
    return { ...(options.env ?? {}), OPENSESSION_INTERNAL_PUSH: '1', LC_ALL: 'C' };
}
async function pushOnce(repo, target, ref, options) {
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['push', '--porcelain', '--no-verify', target, `${ref}:${ref}`], {
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
    const scratch = !(named && (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .tracksRef */ .CB)(ref));
    const dest = scratch
        ? `refs/opensession/scratch/merge-${process.pid}-${++scratchCounter}`
        : (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .trackingRefOf */ .qc)(target, ref);
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['fetch', '--no-tags', target, `+${ref}:${dest}`], {
        cwd: repo.root,
        env: pushEnv(options),
    });
    if (res.code !== 0) {
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: could not fetch ${ref} from ${target} to merge: ${res.stderr.trim()}`);
    }
    return { dest, tip: (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, dest), scratch };
}
/**
 * §6.3: merges the remote tip `remote` into the local `ref`. Returns 'fast-forward' when the local ref
 * moved to the remote tip, 'merged' when a merge commit was written, 'none' when the remote is already contained.
 */
async function mergeRemoteTip(repo, ref, remote, kind = 'ledger') {
    const store = (0,_update__WEBPACK_IMPORTED_MODULE_4__.storeFor)(repo);
    for (let round = 0; round < 10; round++) {
        const local = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, ref);
        if (local === remote)
            return 'none';
        if (local !== undefined && (await store.isDescendent(local, remote)))
            return 'none';
        if (local === undefined || (await store.isDescendent(remote, local))) {
            if (await (0,_update__WEBPACK_IMPORTED_MODULE_4__.setRef)(repo, ref, local, remote, `ledger-merge: fast-forward to ${remote}`))
                return 'fast-forward';
            continue;
        }
        let outcome = 'none';
        // Loaded only when a push was rejected and the histories diverged (the hook's push does not need it).
        const { applyFlat, flattenTree, mergeLedgerFlat, mergeNotesFlat } = await __webpack_require__.e(/* import() */ 4676).then(__webpack_require__.bind(__webpack_require__, 4676));
        const result = await (0,_update__WEBPACK_IMPORTED_MODULE_4__.updateRef)(repo, ref, async (tree, tip) => {
            if (tip === undefined)
                return false;
            if (tip === remote || (await store.isDescendent(tip, remote)))
                return false;
            const baseCommit = await store.findMergeBase(tip, remote);
            const baseTree = baseCommit === undefined ? _objects__WEBPACK_IMPORTED_MODULE_2__/* .EMPTY_TREE */ .pL : (await store.readCommit(baseCommit)).tree;
            const localFlat = await flattenTree(store, tree.baseOid);
            const remoteFlat = await flattenTree(store, (await store.readCommit(remote)).tree);
            const merged = kind === 'ledger'
                ? await mergeLedgerFlat(store, await flattenTree(store, baseTree), localFlat, remoteFlat)
                : await mergeNotesFlat(store, localFlat, remoteFlat);
            await applyFlat(tree, localFlat, merged);
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
    const named = await (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .isConfiguredRemote */ .Hi)(repo, target);
    let merges = 0;
    let retried = false;
    for (;;) {
        const attempt = await pushOnce(repo, target, ref, options);
        if (attempt.kind === 'ok') {
            const tip = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, ref);
            if (named && (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .tracksRef */ .CB)(ref) && tip !== undefined) {
                const tracking = (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .trackingRefOf */ .qc)(target, ref);
                await (0,_update__WEBPACK_IMPORTED_MODULE_4__.setRef)(repo, tracking, (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, tracking), tip, `update by push`).catch(() => false);
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
                    await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['update-ref', '-d', fetched.dest], { cwd: repo.root });
            }
            continue;
        }
        if (retried)
            throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`git push failed: ${attempt.stderr}`);
        retried = true;
        await sleep(options.retryDelayMs ?? 1000);
    }
}
/**
 * A8: pushes every ref in ONE `git push` (ledger refs and, in notes mode, the notes ref). Refs rejected because
 * the remote moved are fetched, union-merged (§6.3) and pushed again together; other failures get one retry.
 */
async function pushRefs(repo, target, refs, options = {}) {
    const out = { pushed: [], failed: [], pushes: 0 };
    if (refs.length === 0)
        return out;
    const named = await (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .isConfiguredRemote */ .Hi)(repo, target, options.env);
    const merges = new Map();
    let retried = false;
    let pending = [...new Set(refs)];
    while (pending.length > 0) {
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['push', '--porcelain', '--no-verify', target, ...pending.map((r) => `${r}:${r}`)], {
            cwd: repo.root,
            env: pushEnv(options),
        });
        out.pushes++;
        const status = new Map();
        for (const line of res.stdout.split('\n')) {
            const cols = line.split('\t');
            if (cols.length < 3)
                continue;
            const ref = cols[1].slice(0, cols[1].indexOf(':'));
            if (cols[0] !== '!')
                status.set(ref, { kind: 'ok' });
            else if (cols[2].startsWith('[rejected] (non-fast-forward)') || cols[2].startsWith('[rejected] (fetch first)'))
                status.set(ref, { kind: 'moved' });
            else
                status.set(ref, { kind: 'failed', stderr: cols[2].trim() });
        }
        const moved = [];
        const failed = [];
        const tracking = [];
        for (const ref of pending) {
            const st = status.get(ref) ?? (res.code === 0 ? { kind: 'ok' } : { kind: 'failed', stderr: res.stderr.trim() });
            if (st.kind === 'ok') {
                out.pushed.push(ref);
                const tip = (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, ref);
                if (named && (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .tracksRef */ .CB)(ref) && tip !== undefined) {
                    const tr = (0,_remotes__WEBPACK_IMPORTED_MODULE_5__/* .trackingRefOf */ .qc)(target, ref);
                    tracking.push((0,_update__WEBPACK_IMPORTED_MODULE_4__.setRef)(repo, tr, (0,_repo__WEBPACK_IMPORTED_MODULE_3__.readRef)(repo.commonDir, tr), tip, 'update by push').catch(() => false));
                }
            }
            else if (st.kind === 'moved')
                moved.push(ref);
            else
                failed.push({ ref, message: st.stderr || res.stdout.trim() });
        }
        await Promise.all(tracking); // different refs: their updates do not contend
        const next = [];
        for (const ref of moved) {
            const n = merges.get(ref) ?? 0;
            if (n >= MAX_MERGE_ROUNDS) {
                out.failed.push({ ref, message: `remote ref ${ref} kept changing during ${MAX_MERGE_ROUNDS} merge attempts` });
                continue;
            }
            try {
                const fetched = await fetchRemoteTip(repo, target, ref, named, options);
                try {
                    if (fetched.tip === undefined)
                        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL(`could not fetch ${ref} from ${target} to merge`);
                    const outcome = await mergeRemoteTip(repo, ref, fetched.tip, ref.startsWith('refs/notes/') ? 'notes' : 'ledger');
                    if (outcome === 'fast-forward') {
                        out.pushed.push(ref);
                        continue;
                    }
                    merges.set(ref, n + 1);
                    next.push(ref);
                }
                finally {
                    if (fetched.scratch)
                        await (0,_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGit)(['update-ref', '-d', fetched.dest], { cwd: repo.root });
                }
            }
            catch (err) {
                out.failed.push({ ref, message: err.message });
            }
        }
        if (failed.length > 0) {
            if (retried)
                out.failed.push(...failed);
            else {
                retried = true;
                await sleep(options.retryDelayMs ?? 1000);
                next.push(...failed.map((f) => f.ref));
            }
        }
        pending = next;
    }
    return out;
}


/***/ }),

/***/ 2327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   isValidFullRef: () => (/* binding */ isValidFullRef),
/* harmony export */   pushCommandText: () => (/* binding */ pushCommandText),
/* harmony export */   redactObjectBytes: () => (/* binding */ redactObjectBytes),
/* harmony export */   sharePathProblem: () => (/* binding */ sharePathProblem),
/* harmony export */   shellArg: () => (/* binding */ shellArg)
/* harmony export */ });
/* harmony import */ var _hail__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(251);
/* harmony import */ var _redact__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4794);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8843);
// Helpers of `share --git` (git-native.md §10.2-10.5): ref/path validation, push command text, redaction.



/** F8a: a full ref name under `refs/` that git's check-ref-format accepts. */
async function isValidFullRef(repo, ref) {
    if (!ref.startsWith('refs/'))
        return false;
    return (await (0,_git_cli__WEBPACK_IMPORTED_MODULE_2__.runGit)(['check-ref-format', ref], { cwd: repo.root })).code === 0;
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
        const { session, counts } = (0,_redact__WEBPACK_IMPORTED_MODULE_1__/* .redactSession */ .yU)((0,_hail__WEBPACK_IMPORTED_MODULE_0__/* .parseHail */ .iL)(text), { stripHomePaths });
        return { bytes: Buffer.from((0,_hail__WEBPACK_IMPORTED_MODULE_0__/* .toHailJsonl */ .CY)(session), 'utf8'), redactions: (0,_redact__WEBPACK_IMPORTED_MODULE_1__/* .totalCount */ .wv)(counts) };
    }
    catch {
        const { text: out, counts } = (0,_redact__WEBPACK_IMPORTED_MODULE_1__/* .redactText */ .Rd)(text, { stripHomePaths });
        return { bytes: Buffer.from(out, 'utf8'), redactions: (0,_redact__WEBPACK_IMPORTED_MODULE_1__/* .totalCount */ .wv)(counts) };
    }
}


/***/ }),

/***/ 3073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_BRANCH_COMMITS: () => (/* reexport safe */ _branch_commits__WEBPACK_IMPORTED_MODULE_4__.r),
/* harmony export */   discoverSessionFiles: () => (/* binding */ discoverSessionFiles),
/* harmony export */   scanCachePath: () => (/* binding */ scanCachePath),
/* harmony export */   startEarlyParses: () => (/* binding */ startEarlyParses),
/* harmony export */   syncBranch: () => (/* binding */ syncBranch),
/* harmony export */   syncBranches: () => (/* binding */ syncBranches)
/* harmony export */ });
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9823);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1509);
/* harmony import */ var _branch_commits__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(905);
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5879);
/* harmony import */ var _ref_health__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2464);
/* harmony import */ var _links__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7577);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9608);
/* harmony import */ var _repo__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6790);
/* harmony import */ var _registry__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7230);
/* harmony import */ var _sanitize__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6193);
// Branch sync used by the pre-push hook (git-native.md §5.4-5.6): discovered agent sessions of this
// repository, linked to the pushed branch's commits, stored into `ledgerRef(<remote branch>)`.













const SYNC_CONCURRENCY = 8;
const PARSE_CONCURRENCY = 8;
/** Objects written by one run from which they are also packed before the push (git's receive.unpackLimit). */
const PACK_MIN_OBJECTS = 100;
/** `fn` over `items` with at most `limit` calls in flight; results in input order. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
function scanCachePath(env) {
    const xdg = env.XDG_CACHE_HOME;
    const base = xdg !== undefined && xdg.trim() !== '' ? xdg : path__WEBPACK_IMPORTED_MODULE_1__.join(env.HOME ?? env.USERPROFILE ?? '', '.cache');
    return path__WEBPACK_IMPORTED_MODULE_1__.join(base, 'opensession', 'session-scan.json');
}
function readCache(file) {
    try {
        const v = JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8'));
        if (v.version === 1 && v.entries !== null && typeof v.entries === 'object')
            return v;
    }
    catch {
        // missing or invalid: replaced on write
    }
    return { entries: {}, version: 1 };
}
function writeCache(file, cache) {
    for (const p of Object.keys(cache.entries))
        if (!fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(p))
            delete cache.entries[p];
    const sorted = {};
    for (const k of Object.keys(cache.entries).sort())
        sorted[k] = cache.entries[k];
    fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(tmp, JSON.stringify({ entries: sorted, version: 1 }, null, 2) + '\n');
    fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(tmp, file);
}
function realCommonDir(start) {
    const root = (0,_repo__WEBPACK_IMPORTED_MODULE_9__.findRepoRoot)(start);
    if (root === undefined)
        return undefined;
    try {
        return fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync((0,_repo__WEBPACK_IMPORTED_MODULE_9__.openRepo)(root).commonDir);
    }
    catch {
        return undefined;
    }
}
function cwdOf(session) {
    const a = session.context.attributes ?? {};
    return (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .setString */ .gQ)(a.cwd) ?? (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .setString */ .gQ)(a.working_directory);
}
/** Parses one agent log with the default parsers (HAIL JSONL last), loaded on demand. */
async function parseSessionFile(file, hint) {
    const parsers = await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(393), __webpack_require__.e(3440), __webpack_require__.e(4025), __webpack_require__.e(2524)]).then(__webpack_require__.bind(__webpack_require__, 4025));
    return parsers.parseSessionInMemory(file, parsers.isProfileId(hint ?? '') ? { hint: hint } : {});
}
/** Agent logs on this machine (the parsers' discovery locations), the default `SyncOptions.discover`. */
async function discoverSessionFiles(env) {
    // Only the discovery module: the parsers load later, and only when a candidate must be parsed.
    const { discoverSessions } = await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(3440)]).then(__webpack_require__.bind(__webpack_require__, 3440));
    return (await discoverSessions({ env })).map((d) => ({ path: d.path, tool: d.tool }));
}
async function parseResultOf(file, tool) {
    try {
        return { ok: true, session: await parseSessionFile(file, tool) };
    }
    catch {
        return { ok: false };
    }
}
/**
 * Starts parsing every one of `files` the scan cache does not hold as it is now (what the sync will parse), with
 * the sync's concurrency, and returns the parses by path; the sync uses one only when the file has not changed
 * since. Reads only (nothing is written before the sync itself runs); never fails. Setting `stop.stopped` ends
 * the work early (the sync must then not be run with these parses).
 */
async function startEarlyParses(env, files, stop = { stopped: false }) {
    const out = new Map();
    try {
        const cache = readCache(scanCachePath(env));
        const stale = [];
        for (const f of files) {
            const st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(f.path, { throwIfNoEntry: false });
            if (st === undefined)
                continue;
            const e = cache.entries[f.path];
            const mtimeMs = Math.floor(st.mtimeMs);
            if (e === undefined || e.size !== st.size || e.mtime_ms !== mtimeMs)
                stale.push({ ...f, size: st.size, mtimeMs });
        }
        if (stale.length === 0)
            return out;
        // Newest first, as the sync orders them.
        stale.sort((a, b) => b.mtimeMs - a.mtimeMs);
        // The modules the sync will need: compiled while the first parses wait for their files.
        const modules = Promise.all([Promise.all(/* import() */[__webpack_require__.e(9036), __webpack_require__.e(255)]).then(__webpack_require__.bind(__webpack_require__, 255)), __webpack_require__.e(/* import() */ 8032).then(__webpack_require__.bind(__webpack_require__, 5651)), Promise.all(/* import() */[__webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(9036), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 3086))]);
        modules.catch(() => undefined);
        await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(393), __webpack_require__.e(3440), __webpack_require__.e(4025), __webpack_require__.e(2524)]).then(__webpack_require__.bind(__webpack_require__, 4025));
        // `stop.stopped` (the push was refused): the files not begun yet are left alone.
        const all = mapLimit(stale, PARSE_CONCURRENCY, async (c) => stop.stopped ? { ok: false } : parseResultOf(c.path, c.tool));
        stale.forEach((c, i) => out.set(c.path, { size: c.size, mtimeMs: c.mtimeMs, result: all.then((r) => r[i]) }));
    }
    catch {
        // only a head start: the sync parses what it needs itself
    }
    return out;
}
/** §5.5 for one pushed update (remote branch `branch`, pushed tip `tip`). */
async function syncBranch(repo, remote, branch, tip, options) {
    const [r] = await syncBranches(repo, remote, [{ branch, tip }], options);
    if (r.error !== undefined)
        throw r.error;
    return r;
}
/**
 * §5.5 as amended by A8, for every pushed update at once: discovery, stat and parse happen once (no newest-N
 * cap); a session with reflog links lands only on branches containing one of them; the pushed-tip hint applies
 * only to a session without any link whose worktree had the pushed branch checked out at the session's end.
 */
async function syncBranches(repo, remote, targets, options) {
    const discover = options.discover ?? (() => discoverSessionFiles(options.env));
    const results = targets.map((t) => ({ stored: 0, skipped: 0, ref: (0,_refs__WEBPACK_IMPORTED_MODULE_8__.ledgerRef)(t.branch) }));
    const mark = options.mark ?? (() => undefined);
    const found = await discover();
    mark(`sync: discover (${found.length} files)`);
    if (found.length === 0)
        return results;
    const withStat = [];
    for (const f of found) {
        try {
            const st = fs__WEBPACK_IMPORTED_MODULE_0__.statSync(f.path);
            withStat.push({ ...f, size: st.size, mtimeMs: Math.floor(st.mtimeMs) });
        }
        catch {
            // vanished
        }
    }
    withStat.sort((a, b) => b.mtimeMs - a.mtimeMs); // newest first: the newest file wins a duplicated id
    const privacy = options.privacy ?? (0,_sanitize__WEBPACK_IMPORTED_MODULE_11__/* .effectivePrivacy */ .Qg)(repo.root, options.env);
    const excluded = new Set(privacy.excludeTools.map((t) => (0,_text__WEBPACK_IMPORTED_MODULE_3__/* .asciiLower */ .F)(t.trim())));
    const myCommon = fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(repo.commonDir);
    const cacheFile = scanCachePath(options.env);
    const cache = readCache(cacheFile);
    const taken = new Set();
    let cacheDirty = false;
    const commonOf = new Map();
    const worktreeOf = new Map();
    /** Each worktree's `logs/HEAD`, read and split once for every session that ran in it. */
    const reflogOf = new Map();
    const candidates = [];
    let skippedEarly = 0;
    // Git facts and the branch-commit walk do not depend on the scan: start them now, await them when needed.
    const factsP = (0,_repo__WEBPACK_IMPORTED_MODULE_9__.readRepoFacts)(repo, remote, options.env);
    const branchCommitsP = options.branchCommits ??
        (0,_branch_commits__WEBPACK_IMPORTED_MODULE_4__/* .branchCommitSets */ .v)(repo, targets.map((t) => t.tip));
    factsP.catch(() => undefined); // awaited below when a candidate exists; unobserved otherwise
    branchCommitsP.catch(() => undefined);
    // Every log whose cached scan is stale is parsed once, several at once (file reads overlap the parsing).
    const stale = withStat.filter((c) => {
        const e = cache.entries[c.path];
        return e === undefined || e.size !== c.size || e.mtime_ms !== c.mtimeMs;
    });
    const early = options.earlyParses !== undefined ? await options.earlyParses() : new Map();
    const parsedOf = await mapLimit(stale, PARSE_CONCURRENCY, async (c) => {
        const e = early.get(c.path);
        // Begun ahead for the file as it is now (same size and mtime): its result; else parsed now.
        if (e !== undefined && e.size === c.size && e.mtimeMs === c.mtimeMs)
            return e.result;
        return parseResultOf(c.path, c.tool);
    });
    const parseResult = new Map(stale.map((c, i) => [c.path, parsedOf[i]]));
    for (const c of withStat) {
        let entry = cache.entries[c.path];
        let parsed;
        const fresh = parseResult.get(c.path);
        if (fresh !== undefined) {
            if (!fresh.ok) {
                skippedEarly++;
                continue;
            }
            parsed = fresh.session;
            entry = {
                created_at: (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)(parsed.context.created_at),
                cwd: cwdOf(parsed) ?? null,
                mtime_ms: c.mtimeMs,
                recorded: {},
                session_id: parsed.session_id,
                size: c.size,
                tool: parsed.agent.tool,
                updated_at: (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .formatTsZ */ .ju)(parsed.context.updated_at),
            };
            cache.entries[c.path] = entry;
            cacheDirty = true;
        }
        if (entry.cwd === null) {
            skippedEarly++;
            continue;
        }
        if (!commonOf.has(entry.cwd))
            commonOf.set(entry.cwd, realCommonDir(entry.cwd));
        if (commonOf.get(entry.cwd) !== myCommon || excluded.has((0,_text__WEBPACK_IMPORTED_MODULE_3__/* .asciiLower */ .F)(entry.tool)) || taken.has(entry.session_id)) {
            skippedEarly++;
            continue;
        }
        taken.add(entry.session_id);
        const created = (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .tryParseTimestamp */ .z_)(entry.created_at);
        const updated = (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_2__/* .tryParseTimestamp */ .z_)(entry.updated_at);
        if (created === undefined || updated === undefined) {
            skippedEarly++;
            continue;
        }
        const window = (0,_links__WEBPACK_IMPORTED_MODULE_7__/* .sessionWindow */ .Vj)({ context: { created_at: created, updated_at: updated } });
        let worktree = worktreeOf.get(entry.cwd);
        if (worktree === undefined) {
            const sessionRepoRoot = (0,_repo__WEBPACK_IMPORTED_MODULE_9__.findRepoRoot)(entry.cwd);
            worktree = sessionRepoRoot !== undefined ? (0,_repo__WEBPACK_IMPORTED_MODULE_9__.openRepo)(sessionRepoRoot) : repo;
            worktreeOf.set(entry.cwd, worktree);
        }
        if (!reflogOf.has(worktree.gitDir))
            reflogOf.set(worktree.gitDir, (0,_links__WEBPACK_IMPORTED_MODULE_7__/* .readHeadReflog */ .kq)(worktree.gitDir));
        const reflog = reflogOf.get(worktree.gitDir);
        let branchAtEnd = (0,_links__WEBPACK_IMPORTED_MODULE_7__/* .checkedOutBranchIn */ .lY)(reflog, window[1]);
        if (branchAtEnd === undefined) {
            try {
                branchAtEnd = (0,_repo__WEBPACK_IMPORTED_MODULE_9__.readHead)(worktree).branch ?? undefined;
            }
            catch {
                branchAtEnd = undefined;
            }
        }
        candidates.push({
            ...c,
            entry,
            parsed,
            window,
            reflog: (0,_links__WEBPACK_IMPORTED_MODULE_7__/* .reflogLinksIn */ .Em)(reflog, window),
            branchAtEnd,
        });
    }
    for (const r of results)
        r.skipped += skippedEarly;
    mark(`sync: scan (${candidates.length} candidates)`);
    if (candidates.length > 0) {
        const [facts, branchCommitsOf, update, batch, { storeSession, redactForLedger }] = await Promise.all([
            factsP,
            branchCommitsP,
            Promise.all(/* import() */[__webpack_require__.e(9036), __webpack_require__.e(255)]).then(__webpack_require__.bind(__webpack_require__, 255)),
            __webpack_require__.e(/* import() */ 8032).then(__webpack_require__.bind(__webpack_require__, 5651)),
            Promise.all(/* import() */[__webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(9036), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 3086)),
        ]);
        const store = update.storeFor(repo);
        /** Per ledger ref of the batch: the tip read once, and the tip after the commits built on it in memory. */
        const refState = new Map();
        /** The batch's ref update: the child commit is built on the ref's pending tip; no ref moves yet. */
        const deferredUpdate = async (r, ref, mutate, message, opts) => {
            let st = refState.get(ref);
            if (st === undefined) {
                const old = await (0,_ref_health__WEBPACK_IMPORTED_MODULE_6__/* .readLedgerCommit */ .rx)(r, store, ref);
                st = { old, tip: old };
                refState.set(ref, st);
            }
            const commit = await update.buildRefCommit(r, st.tip, mutate, message, opts);
            if (commit === undefined)
                return { oid: st.tip, committed: false, attempts: 1 };
            st.tip = commit;
            return { oid: commit, committed: true, attempts: 1 };
        };
        const redactedOf = new Map();
        let recordings = [];
        const syncTarget = async (i, batched) => {
            const t = targets[i];
            const res = results[i];
            try {
                const onBranch = branchCommitsOf(t.tip);
                const pushedBranch = t.localBranch ?? t.branch;
                for (const c of candidates) {
                    let links;
                    if (c.reflog.length > 0)
                        links = c.reflog.filter((sha) => onBranch.has(sha));
                    else if (c.branchAtEnd === pushedBranch)
                        links = await (0,_links__WEBPACK_IMPORTED_MODULE_7__/* .withHintLink */ .sd)(store, [], t.tip, c.window);
                    else
                        links = [];
                    if (links.length === 0) {
                        res.skipped++;
                        continue;
                    }
                    const rec = c.entry.recorded[res.ref];
                    if (rec !== undefined &&
                        rec.size === c.size &&
                        rec.mtime_ms === c.mtimeMs &&
                        links.every((l) => rec.commits.includes(l))) {
                        res.skipped++;
                        continue;
                    }
                    try {
                        // One parse per log, however many branches (and concurrent workers) need it.
                        c.parsing ??= c.parsed !== undefined ? Promise.resolve(c.parsed) : parseSessionFile(c.path, c.tool);
                        c.parsed = await c.parsing;
                    }
                    catch {
                        res.skipped++;
                        continue;
                    }
                    const session = (0,_sanitize__WEBPACK_IMPORTED_MODULE_11__/* .applyExcludePatterns */ .Qd)(c.parsed, privacy.excludePatterns);
                    // One redaction per log, however many branches it lands on.
                    let redacted = redactedOf.get(c);
                    if (redacted === undefined) {
                        redacted = redactForLedger(session, privacy.stripPaths);
                        redactedOf.set(c, redacted);
                    }
                    const stored = await storeSession(repo, res.ref, session, links, { branch: t.branch, remote: facts.remote, repo_name: facts.repo_name }, {
                        stripHomePaths: privacy.stripPaths,
                        headIsLastCommit: true,
                        now: options.now,
                        redacted,
                        update: batched ? deferredUpdate : undefined,
                    });
                    if (stored.committed)
                        res.stored++;
                    const record = () => {
                        c.entry.recorded[res.ref] = { commits: stored.commits, mtime_ms: c.mtimeMs, size: c.size };
                        cacheDirty = true;
                    };
                    if (batched)
                        recordings.push(record);
                    else
                        record();
                }
            }
            catch (err) {
                res.error = err;
            }
        };
        // Branches write to different ledger refs: several at once hide the file-system latency of the object writes.
        const runAll = async (batched) => {
            let next = 0;
            const worker = async () => {
                while (next < targets.length)
                    await syncTarget(next++, batched);
            };
            await Promise.all(Array.from({ length: Math.min(SYNC_CONCURRENCY, targets.length) }, worker));
        };
        mark('sync: facts and branch commits');
        // Batched (A8 speed): every ledger commit of the run is built in memory, its objects written at once (one
        // pack when there are many, like git's receive.unpackLimit), then every ledger ref moves in ONE
        // compare-and-swap transaction. When that cannot be done, the per-ref path below runs instead.
        let done = false;
        store.pending = new Map();
        try {
            await runAll(true);
            mark(`sync: build (${store.pending.size} objects)`);
            const moves = [...refState]
                .filter(([, st]) => st.tip !== undefined && st.tip !== st.old)
                .map(([ref, st]) => ({ ref, old: st.old, next: st.tip }));
            if (moves.length > 0 && !reflogsWanted(repo, moves, options.env, _git_config__WEBPACK_IMPORTED_MODULE_5__/* .gitConfigMayHave */ .eS)) {
                if (store.pending.size >= PACK_MIN_OBJECTS) {
                    await batch.packObjectsAsync(repo.commonDir, store.pending);
                    store.pending = undefined;
                }
                else
                    store.writePendingLoose();
                mark('sync: objects');
                done = await batch.moveRefsAtomically(repo.root, moves);
                mark(`sync: refs (${moves.length} in one transaction)`);
            }
            else
                done = moves.length === 0;
        }
        catch {
            done = false; // the per-ref path below redoes the work
        }
        finally {
            try {
                // Still held after a failure: written loose, so nothing another writer of this process made is lost.
                if (store.pending !== undefined)
                    store.writePendingLoose();
            }
            catch {
                store.pending = undefined;
            }
        }
        if (done)
            for (const record of recordings)
                record();
        else {
            recordings = [];
            for (const r of results) {
                r.stored = 0;
                r.skipped = skippedEarly;
                delete r.error;
            }
            await runAll(false);
            mark('sync: store (per ref)');
        }
    }
    if (cacheDirty) {
        try {
            writeCache(cacheFile, cache);
        }
        catch {
            // the cache is an optimisation only
        }
    }
    if (results.some((r) => r.stored > 0))
        (0,_registry__WEBPACK_IMPORTED_MODULE_10__.addToRepoRegistry)(repo.root, options.env);
    return results;
}
/**
 * True when a moved ledger ref keeps a reflog (its log file exists, or `core.logAllRefUpdates` may be
 * `always`): the per-ref path writes one reflog line per commit, which one transaction cannot.
 */
function reflogsWanted(repo, moves, env, mayHave) {
    if (moves.some((m) => fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(repo.commonDir, 'logs', m.ref))))
        return true;
    return mayHave(repo.commonDir, repo.gitDir, 'core.logAllRefUpdates', (v) => v.toLowerCase() === 'always', env);
}


/***/ })

};
;