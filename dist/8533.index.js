"use strict";
exports.id = 8533;
exports.ids = [8533,6790,8843,4409,9608];
exports.modules = {

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


/***/ }),

/***/ 8533:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  currentCliIdentity: () => (/* binding */ currentCliIdentity),
  doctorChecks: () => (/* binding */ doctorChecks),
  doctorFacts: () => (/* binding */ doctorFacts),
  hiddenRefsFetched: () => (/* binding */ hiddenRefsFetched),
  isNpxInstall: () => (/* binding */ isNpxInstall),
  readinessRow: () => (/* binding */ readinessRow)
});

// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(9896);
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(6928);
// EXTERNAL MODULE: ./core/janitor/config.ts
var config = __webpack_require__(4914);
// EXTERNAL MODULE: ./core/janitor/init.ts + 1 modules
var init = __webpack_require__(76);
;// CONCATENATED MODULE: ./core/janitor/doctor.ts


function cleanupConfigRow(root) {
    const label = 'cleanup';
    const fix = (why) => ({
        hint: `run \`opensession cleanup init --provider auto\` to ${why}`,
        hintKind: 'recommended',
        showHint: true,
    });
    let cfg;
    try {
        cfg = (0,config/* loadCleanupConfig */.l6)(root);
    }
    catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        return { label, level: 'WARN', detail: `unavailable (${msg})`, ...fix('regenerate cleanup config') };
    }
    if (cfg === undefined)
        return { label, level: 'WARN', detail: 'not configured', ...fix('enable hidden ref cleanup') };
    if ((0,init/* missingTemplateFiles */.QH)(root, cfg.provider).length > 0)
        return {
            label,
            level: 'WARN',
            detail: `partially configured provider=${cfg.provider} provider_template=missing`,
            ...fix('repair cleanup automation'),
        };
    return {
        label,
        level: 'OK',
        detail: `configured provider=${cfg.provider} hidden_ttl=${cfg.hidden_ttl_days}d artifact_ttl=${cfg.artifact_ttl_days}d`,
    };
}

// EXTERNAL MODULE: ./core/ledger/fanout-mode.ts
var fanout_mode = __webpack_require__(8669);
// EXTERNAL MODULE: ./core/ledger/git-cli.ts
var git_cli = __webpack_require__(8843);
// EXTERNAL MODULE: ./core/ledger/hooks.ts
var hooks = __webpack_require__(8032);
// EXTERNAL MODULE: ./core/ledger/refs.ts
var refs = __webpack_require__(9608);
// EXTERNAL MODULE: ./core/ledger/repo.ts
var ledger_repo = __webpack_require__(6790);
;// CONCATENATED MODULE: ./core/ledger/doctor.ts
// `doctor` checks (git-native.md §11.2): one row per item, with level and optional hint.








/** The running CLI: `process.execPath` and the realpath of the main module (§9.8, §17). */
function currentCliIdentity() {
    // native ESM (the tests) has no `require`; in the bundle the test is constant
    const main = ( true ? __webpack_require__.c[__webpack_require__.s]?.filename : 0) ?? process.argv[1] ?? '';
    let entry = main;
    try {
        entry = external_fs_.realpathSync(main);
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
    const file = external_path_.join(home, ...PID_FILE);
    let text;
    try {
        text = external_fs_.readFileSync(file, 'utf8');
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
    // Same liveness rule as `opensession daemon status` (daemon-and-server.md §2.10): a reused pid is not the daemon.
    if (alive && process.platform === 'linux') {
        try {
            alive = external_fs_.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('opensession');
        }
        catch {
            // unreadable: trust kill()
        }
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
    const res = await (0,git_cli.runGit)(['for-each-ref', '--format=%(refname)', 'refs/remotes/'], { cwd: repo.root });
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
    const head = (0,ledger_repo.readHead)(repo);
    const ledgerBranch = (0,refs.resolveLedgerBranch)(head.branch, head.head);
    return {
        hookInstalled: await (0,hooks/* managedHookInstalled */.hK)(repo),
        hiddenRefs: await hiddenRefsFetched(repo),
        branch: head.branch,
        ledgerBranch,
        ledgerRef: (0,refs.ledgerRef)(ledgerBranch),
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
    if (!external_fs_.existsSync(external_path_.join(repo.root, '.opensession', 'cleanup', 'config.toml'))) {
        return {
            label,
            level: 'WARN',
            detail: 'not configured',
            hint: 'run `opensession cleanup init --provider auto` to enable hidden ref cleanup',
            hintKind: 'recommended',
            showHint: true,
        };
    }
    return cleanupConfigRow(repo.root);
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
    const expected = (0,hooks/* shimText */.Rt)(cli.nodeExecutable, cli.entryScript);
    let paths;
    let err;
    try {
        paths = (0,hooks/* shimPaths */.AJ)(env);
    }
    catch (e) {
        err = e.message;
    }
    rows.push(shimRow('opensession shim', paths?.opensession, paths && (0,hooks/* shimState */.pu)(paths.opensession, expected), err, false));
    rows.push(shimRow('ops shim', paths?.ops, paths && (0,hooks/* shimState */.pu)(paths.ops, expected), err, true));
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
    const fanout = await (0,fanout_mode/* readFanoutMode */.T)(repo);
    rows.push(fanout.raw === undefined
        ? // what `doctor --fix --yes` needs to be told: not configured is not OK (the hook falls back to hidden_ref)
            {
                label: 'fanout mode',
                level: 'WARN',
                detail: 'not configured (hooks fall back to hidden_ref)',
                hint: 'run `opensession doctor --fix --fanout-mode hidden_ref` (or `--fanout-mode git_notes`)',
                hintKind: 'recommended',
                showHint: true,
            }
        : fanout.valid
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
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5879);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8843);
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
/**
 * Reads local `opensession.fanout-mode`. With `env` (the hook's), a plain repository config file is read
 * directly instead of starting `git config` (same answer; git is asked whenever the file is not plain).
 */
async function readFanoutMode(repo, env) {
    const plain = env !== undefined ? (0,_git_config__WEBPACK_IMPORTED_MODULE_1__/* .plainLocalConfigGet */ .MT)(repo.commonDir, 'opensession', 'fanout-mode', env) : undefined;
    if (plain !== undefined)
        return parseFanoutMode(plain.value);
    const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_2__.runGit)(['config', '--local', '--get', 'opensession.fanout-mode'], { cwd: repo.root });
    return parseFanoutMode(res.code === 0 ? res.stdout.replace(/\n$/, '') : undefined);
}


/***/ }),

/***/ 8843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGit: () => (/* binding */ runGit),
/* harmony export */   runGitRaw: () => (/* binding */ runGitRaw)
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

/***/ 9608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LEDGER_REF_PREFIX: () => (/* binding */ LEDGER_REF_PREFIX),
/* harmony export */   NOTES_REF: () => (/* binding */ NOTES_REF),
/* harmony export */   base64UrlDecode: () => (/* binding */ base64UrlDecode),
/* harmony export */   base64UrlEncode: () => (/* binding */ base64UrlEncode),
/* harmony export */   branchOfLedgerRef: () => (/* binding */ branchOfLedgerRef),
/* harmony export */   ledgerRef: () => (/* binding */ ledgerRef),
/* harmony export */   ledgerToken: () => (/* binding */ ledgerToken),
/* harmony export */   normalizeRepoName: () => (/* binding */ normalizeRepoName),
/* harmony export */   resolveLedgerBranch: () => (/* binding */ resolveLedgerBranch),
/* harmony export */   stripCredentials: () => (/* binding */ stripCredentials)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _uri_encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _uri_remote__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(819);
// Ledger ref names, branch resolution and repository facts (git-native.md §2).



const LEDGER_REF_PREFIX = 'refs/opensession/branches/';
const NOTES_REF = 'refs/notes/opensession';
/** Unpadded base64url of the UTF-8 bytes (RFC 4648 §5). */
function base64UrlEncode(value) {
    return (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(value);
}
/** Strict decoder: rejects padding, `+`, `/`, non-zero trailing bits and non-UTF-8 results (§2.2). */
function base64UrlDecode(token) {
    const bytes = (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlDecodeBytesStrict */ .tS)(token);
    return bytes === undefined ? undefined : (0,_uri_encoding__WEBPACK_IMPORTED_MODULE_1__/* .decodeUtf8Strict */ .h0)(bytes);
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
    return (0,_uri_remote__WEBPACK_IMPORTED_MODULE_2__/* .stripUrlCredentials */ .um)(url);
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
/* harmony import */ var _git_config__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5879);
/* harmony import */ var _git_cli__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8843);
/* harmony import */ var _refs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9608);
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
/**
 * §2.4: credential-stripped URL of `origin` (else of `fallbackRemote`) and its repo name. With `env`, plain
 * config files are read directly instead of starting `git config` (git is asked whenever they are not plain).
 */
async function readRepoFacts(repo, fallbackRemote, env) {
    const urlOf = async (name) => {
        if (name.includes('://') || /^[^\s/@:]+@[^\s/:]+:/.test(name))
            return name;
        const plain = env !== undefined ? (0,_git_config__WEBPACK_IMPORTED_MODULE_3__/* .plainConfigGet */ .l3)(repo.commonDir, repo.gitDir, 'remote', name, 'url', env) : undefined;
        if (plain !== undefined)
            return plain.value !== undefined && plain.value !== '' ? plain.value : undefined;
        const res = await (0,_git_cli__WEBPACK_IMPORTED_MODULE_4__.runGit)(['config', '--get', `remote.${name}.url`], { cwd: repo.root });
        const url = res.stdout.trim();
        return res.code === 0 && url !== '' ? url : undefined;
    };
    let url = await urlOf('origin');
    if (url === undefined && fallbackRemote !== undefined && fallbackRemote !== '')
        url = await urlOf(fallbackRemote);
    if (url === undefined)
        return {};
    const remote = (0,_refs__WEBPACK_IMPORTED_MODULE_5__.stripCredentials)(url);
    const facts = { remote };
    const name = (0,_refs__WEBPACK_IMPORTED_MODULE_5__.normalizeRepoName)(remote);
    if (name !== undefined)
        facts.repo_name = name;
    return facts;
}


/***/ })

};
;