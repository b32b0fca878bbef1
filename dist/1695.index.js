"use strict";
exports.id = 1695;
exports.ids = [1695,8843,9608,2524];
exports.modules = {

/***/ 1016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serveCommand: () => (/* binding */ serveCommand)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./core/text.ts
var core_text = __webpack_require__(1509);
// EXTERNAL MODULE: ./cli/program.ts + 1 modules
var program = __webpack_require__(3586);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./core/errors.ts
var errors = __webpack_require__(265);
// EXTERNAL MODULE: ./core/hail/reader.ts
var reader = __webpack_require__(4632);
// EXTERNAL MODULE: ./core/review/git.ts
var git = __webpack_require__(1237);
// EXTERNAL MODULE: ./core/review/ledger-read.ts
var ledger_read = __webpack_require__(3549);
// EXTERNAL MODULE: ./core/hail/timestamp.ts
var timestamp = __webpack_require__(9823);
// EXTERNAL MODULE: ./core/ledger/layout.ts
var layout = __webpack_require__(3972);
// EXTERNAL MODULE: ./core/redact/index.ts + 1 modules
var redact = __webpack_require__(4794);
;// CONCATENATED MODULE: ./core/index/summary.ts




/** `YYYY-MM-DDTHH:MM:SS.fffffffffZ`: string order equals time order (§3.5). */
function sortKeyOf(t) {
    const s = (0,timestamp/* formatTsZ */.ju)(t);
    const dot = s.indexOf('.', 19);
    const frac = dot < 0 ? '' : s.slice(dot + 1, -1);
    return `${s.slice(0, 19)}.${frac.padEnd(9, '0')}Z`;
}
/** Normalises an RFC 3339 string (`stored_at`, ISO dates) to the 9-digit sort form; undefined if not parseable. */
function sortKeyOfIso(iso) {
    const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
    if (!m)
        return undefined;
    if (m[3] === 'Z' || m[3] === '+00:00' || m[3] === '-00:00')
        return `${m[1]}.${(m[2] ?? '').padEnd(9, '0')}Z`;
    const ms = Date.parse(iso);
    if (!Number.isFinite(ms))
        return undefined;
    return `${new Date(ms).toISOString().slice(0, 19)}.${(m[2] ?? '').padEnd(9, '0')}Z`;
}
const TAG = /<[^>]*>/g;
/** Secret redaction of one served string (A1); home paths are kept. */
function redactString(s) {
    return (0,redact/* redactText */.Rd)(s, { stripHomePaths: false }).text;
}
/** The title rule of §4.5 (also the API's `display_title`); text is redacted before it is cut (A1.3). */
function displayTitle(session, redact = (s) => s) {
    const title = session.context.title;
    if (title !== undefined) {
        const clean = (0,core_text/* collapse */.ap)(redact(title).replace(TAG, ''));
        if (clean !== '')
            return clean;
    }
    for (const ev of session.events) {
        if (ev.event_type.type !== 'UserMessage')
            continue;
        const text = ev.content.blocks.find((b) => b.type === 'Text');
        if (text === undefined || text.type !== 'Text')
            continue;
        const c = (0,core_text/* collapse */.ap)(redact(text.text));
        if (c === '')
            continue;
        const cps = Array.from(c);
        return cps.length > 80 ? cps.slice(0, 80).join('') + '…' : c;
    }
    return 'Untitled Session';
}
function hasErrors(session) {
    for (const ev of session.events) {
        const t = ev.event_type;
        if (t.type === 'ToolResult' && t.data.is_error)
            return true;
        if (t.type === 'ShellCommand' && t.data.exit_code !== undefined && t.data.exit_code !== 0)
            return true;
    }
    return false;
}
/** Redaction applied to everything the server serves (A1): secrets only, home paths are kept. */
function redactForServing(session) {
    return (0,redact/* redactSession */.yU)(session, { stripHomePaths: false }).session;
}
/**
 * Builds the summary (key order of §3.6) and its index row. Every string taken from the session is redacted here,
 * so the (large) session itself does not need a full redaction pass to be indexed.
 */
function buildSummary(session, source, location, storedAt, git) {
    const ctx = session.context;
    const st = session.stats;
    const r = redactString;
    const display = displayTitle(session, r);
    const title = ctx.title === undefined ? null : r(ctx.title);
    const description = ctx.description === undefined ? null : r(ctx.description);
    const tags = ctx.tags.map(r);
    const summary = {
        id: session.session_id,
        tool: session.agent.tool,
        agent_provider: r(session.agent.provider),
        agent_model: r(session.agent.model),
        title,
        display_title: display,
        description,
        tags,
        created_at: (0,timestamp/* formatTsZ */.ju)(ctx.created_at),
        updated_at: (0,timestamp/* formatTsZ */.ju)(ctx.updated_at),
        stored_at: storedAt,
        session_role: (0,layout/* sessionRole */.ZH)(session),
        event_count: st.event_count,
        message_count: st.message_count,
        user_message_count: st.user_message_count,
        tool_call_count: st.tool_call_count,
        task_count: st.task_count,
        duration_seconds: st.duration_seconds,
        total_input_tokens: st.total_input_tokens,
        total_output_tokens: st.total_output_tokens,
        files_changed: st.files_changed,
        lines_added: st.lines_added,
        lines_removed: st.lines_removed,
        has_errors: hasErrors(session),
    };
    if ((0,core_text/* setString */.gQ)(git?.remote) !== undefined)
        summary.git_remote = r(git.remote);
    if ((0,core_text/* setString */.gQ)(git?.branch) !== undefined)
        summary.git_branch = r(git.branch);
    if ((0,core_text/* setString */.gQ)(git?.head) !== undefined)
        summary.git_commit = git.head;
    if ((0,core_text/* setString */.gQ)(git?.repo_name) !== undefined)
        summary.git_repo_name = r(git.repo_name);
    const attrs = ctx.attributes;
    const cwd = typeof attrs.cwd === 'string' ? attrs.cwd : undefined;
    const wd = typeof attrs.working_directory === 'string' ? attrs.working_directory : undefined;
    if (cwd !== undefined || wd !== undefined)
        summary.working_directory = r((cwd ?? wd));
    summary.source = { kind: source.kind, repo_root: source.repo_root, ref: source.ref, path: source.path };
    const searchText = [title ?? '', description ?? '', ...tags].join('\n').toLowerCase();
    const row = {
        id: session.session_id,
        location,
        summary_json: JSON.stringify(summary),
        display_title: display,
        tool: session.agent.tool,
        created_sort: sortKeyOf(ctx.created_at),
        message_count: st.message_count,
        event_count: st.event_count,
        duration_seconds: st.duration_seconds,
        search_text: searchText,
    };
    const links = [];
    const parent = (0,core_text/* setString */.gQ)(attrs.parent_session_id);
    if (parent !== undefined) {
        links.push({
            session_id: session.session_id,
            linked_session_id: parent,
            link_type: 'parent',
            created_at: storedAt,
        });
    }
    const seen = new Set();
    for (const r of ctx.related_session_ids) {
        if (r === parent || seen.has(r))
            continue;
        seen.add(r);
        links.push({ session_id: session.session_id, linked_session_id: r, link_type: 'related', created_at: storedAt });
    }
    return { summary, row, links };
}

;// CONCATENATED MODULE: ./core/index/indexer.ts
// Fills and refreshes the session index from ledger refs of known repos and from the object stores
// (daemon-and-server.md §3.5). Only changed sources are re-read: ref tips and file (size, mtime) are compared
// with what was indexed.








const HAIL_PATH = /^v1\/[^/]+\/[^/]+\.hail\.jsonl$/;
const SHARE_PATH = /^sessions\/[^/]+\.jsonl$/;
const INDEX_ENTRY = /^v1\/index\/commits\/[^/]+\/[^/]+\.json$/;
const REMOTE_LEDGER = /^refs\/remotes\/[^/]+\/opensession\/branches\//;
function ledgerLocation(repo, ref, treePath) {
    return `ledger:${repo}\n${ref}\n${treePath}`;
}
function realpathOr(p) {
    try {
        return external_node_fs_.realpathSync(p);
    }
    catch {
        return external_node_path_.resolve(p);
    }
}
/** Registry (§2.13) ∪ extra repos; entries without `.git` are skipped. */
function indexedRepos(settings) {
    const out = new Set();
    const file = external_node_path_.join(settings.home, '.config', 'opensession', 'repo-registry.json');
    try {
        const doc = JSON.parse(external_node_fs_.readFileSync(file, 'utf8'));
        if (Array.isArray(doc.repos))
            for (const r of doc.repos)
                if (typeof r === 'string')
                    out.add(r);
    }
    catch {
        // missing or unreadable registry: no registered repos
    }
    for (const r of settings.extraRepos)
        out.add(realpathOr(r));
    return [...out].filter((r) => external_node_fs_.existsSync(external_node_path_.join(r, '.git'))).sort(core_text/* compareBytewise */.GV);
}
/** Newest stored_at wins; tie → ledger before object store; then the byte-wise smaller location. */
function compareWinner(a, b) {
    if (a.stored_sort !== b.stored_sort)
        return a.stored_sort > b.stored_sort ? -1 : 1;
    if (a.kind !== b.kind)
        return a.kind === 'ledger' ? -1 : 1;
    return (0,core_text/* compareBytewise */.GV)(a.location, b.location);
}
function sourceInfo(row) {
    return { kind: row.kind, repo_root: row.repo_root, ref: row.ref, path: row.path };
}
class Indexer {
    storage;
    settings;
    runners = new Map();
    warned = new Set();
    lastFinished = 0;
    inFlight;
    /** Resolves after the first full scan. */
    ready;
    resolveReady;
    constructor(storage, settings) {
        this.storage = storage;
        this.settings = settings;
        this.ready = new Promise((r) => (this.resolveReady = r));
    }
    git(repo) {
        let g = this.runners.get(repo);
        if (g === undefined) {
            g = (0,git/* createGitRunner */.h)(repo, this.settings.env);
            this.runners.set(repo, g);
        }
        return g;
    }
    /** Single-flight refresh; `maxAgeMs` skips it when the previous one finished recently (§3.5 freshness). */
    refresh(maxAgeMs = 0) {
        if (this.inFlight)
            return this.inFlight;
        if (this.lastFinished > 0 && Date.now() - this.lastFinished < maxAgeMs)
            return Promise.resolve();
        this.inFlight = this.scan()
            .catch((err) => this.settings.warn(`index refresh failed: ${err.message}`))
            .finally(() => {
            this.lastFinished = Date.now();
            this.inFlight = undefined;
            this.resolveReady();
        });
        return this.inFlight;
    }
    warnOnce(key, message) {
        if (this.warned.has(key))
            return;
        this.warned.add(key);
        this.settings.warn(message);
    }
    parse(text, where, version) {
        try {
            return (0,reader/* parseHail */.iL)(text);
        }
        catch (err) {
            this.warnOnce(`${where}@${version}`, `skipping ${where.replace(/\n/g, ' ')}: ${err.message}`);
            return undefined;
        }
    }
    /** Sources, visible ids and scanned tips as last written: loaded once, then kept in step with every batch. */
    cache;
    /** Roots this process has indexed (a shared PostgreSQL index also holds other servers' sources). */
    ownRoots = new Set();
    owns(location) {
        if (this.storage.backend === 'sqlite')
            return true;
        for (const root of this.ownRoots)
            if (location.startsWith(root))
                return true;
        return false;
    }
    async loadCache() {
        if (this.cache === undefined) {
            const sources = new Map((await this.storage.loadSources()).map((r) => [r.location, r]));
            const visible = new Set((await this.storage.sessionLocations()).keys());
            const scanned = new Map((await this.storage.loadScannedRefs()).map((r) => [`${r.repo_root}\n${r.ref}`, r]));
            this.cache = { sources, visible, scanned };
        }
        return this.cache;
    }
    async scan() {
        const storage = this.storage;
        const cache = await this.loadCache();
        const repos = indexedRepos(this.settings);
        const objectRoots = [external_node_path_.join(this.settings.home, '.local', 'share', 'opensession', 'objects')];
        for (const repo of repos)
            objectRoots.push(external_node_path_.join(repo, '.opensession', 'objects'));
        for (const repo of repos)
            this.ownRoots.add(ledgerLocation(repo, '', '').slice(0, -1));
        for (const root of objectRoots)
            this.ownRoots.add(`object:${root}${external_node_path_.sep}`);
        const prev = new Map([...cache.sources].filter(([loc]) => this.owns(loc)));
        const scannedList = [...cache.scanned.values()].filter((r) => this.owns(ledgerLocation(r.repo_root, r.ref, '')));
        const scanned = new Map(scannedList.map((r) => [`${r.repo_root}\n${r.ref}`, r.tip]));
        const deleted = await storage.loadDeleted();
        const current = cache.visible;
        const found = new Map();
        const batch = {
            removeSources: [],
            upsertSources: [],
            removeSessions: [],
            upsertSessions: [],
            removeScannedRefs: [],
            upsertScannedRefs: [],
        };
        const seenRefs = new Set();
        for (const repo of repos)
            await this.scanRepo(repo, prev, scanned, found, batch, seenRefs);
        for (const root of objectRoots)
            await this.scanObjects(root, prev, found);
        for (const s of scannedList) {
            if (!seenRefs.has(`${s.repo_root}\n${s.ref}`))
                batch.removeScannedRefs.push(s);
        }
        // Which session ids need their winner recomputed.
        const affected = new Set();
        for (const [loc, old] of prev) {
            const now = found.get(loc);
            if (now === undefined) {
                batch.removeSources.push(loc);
                affected.add(old.session_id);
            }
        }
        const byId = new Map();
        for (const f of found.values()) {
            const old = prev.get(f.row.location);
            const changed = old === undefined ||
                old.version !== f.row.version ||
                old.stored_sort !== f.row.stored_sort ||
                old.session_id !== f.row.session_id;
            if (changed) {
                batch.upsertSources.push(f.row);
                affected.add(f.row.session_id);
                if (old !== undefined)
                    affected.add(old.session_id);
            }
            let list = byId.get(f.row.session_id);
            if (list === undefined)
                byId.set(f.row.session_id, (list = []));
            list.push(f);
        }
        // A visible session whose row vanished (or a hidden one whose tombstone is now older than a source) is re-checked.
        for (const id of byId.keys())
            if (!current.has(id))
                affected.add(id);
        for (const id of affected) {
            const candidates = (byId.get(id) ?? []).sort((a, b) => compareWinner(a.row, b.row));
            const tomb = deleted.get(id);
            const tombSort = tomb === undefined ? undefined : sortKeyOfIso(tomb);
            let built;
            for (const cand of candidates) {
                if (tombSort !== undefined && cand.row.stored_sort <= tombSort)
                    break;
                const session = cand.session ?? (await this.readSource(cand.row));
                if (session === undefined || session.session_id !== id)
                    continue;
                if (cand.session === undefined)
                    cand.git = await this.metaGitOf(cand.row);
                const b = buildSummary(session, sourceInfo(cand.row), cand.row.location, cand.row.stored_at, cand.git);
                built = { row: b.row, links: b.links };
                break;
            }
            if (built === undefined) {
                if (current.has(id))
                    batch.removeSessions.push(id);
            }
            else {
                batch.upsertSessions.push(built);
            }
        }
        await storage.apply(batch);
        for (const loc of batch.removeSources)
            cache.sources.delete(loc);
        for (const row of batch.upsertSources)
            cache.sources.set(row.location, row);
        for (const id of batch.removeSessions)
            cache.visible.delete(id);
        for (const { row } of batch.upsertSessions)
            cache.visible.add(row.id);
        for (const r of batch.removeScannedRefs)
            cache.scanned.delete(`${r.repo_root}\n${r.ref}`);
        for (const r of batch.upsertScannedRefs)
            cache.scanned.set(`${r.repo_root}\n${r.ref}`, r);
    }
    async scanRepo(repo, prev, scanned, found, batch, seenRefs) {
        const git = this.git(repo);
        const r = await git.run([
            'for-each-ref',
            '--format=%(objectname) %(objecttype) %(refname)',
            'refs/opensession/branches/',
            'refs/remotes/',
        ]);
        if (r.code !== 0) {
            this.warnOnce(`repo:${repo}`, `cannot read refs of ${repo}: ${r.stderr.trim()}`);
            return;
        }
        for (const line of r.stdout.split('\n')) {
            const m = /^([0-9a-f]+) (\w+) (.+)$/.exec(line);
            if (!m || m[2] !== 'commit')
                continue;
            const [, tip, , ref] = m;
            if (!ref.startsWith('refs/opensession/branches/') && !REMOTE_LEDGER.test(ref))
                continue;
            const key = `${repo}\n${ref}`;
            seenRefs.add(key);
            const prefix = ledgerLocation(repo, ref, '');
            if (scanned.get(key) === tip) {
                for (const [loc, row] of prev)
                    if (loc.startsWith(prefix))
                        found.set(loc, { row });
                continue;
            }
            await this.scanLedgerTip(git, repo, ref, tip, prev, found);
            batch.upsertScannedRefs.push({ repo_root: repo, ref, tip });
        }
    }
    async scanLedgerTip(git, repo, ref, tip, prev, found) {
        const ls = await git.runRaw(['ls-tree', '-r', '-z', '--full-tree', tip]);
        if (ls.code !== 0) {
            this.warnOnce(`tree:${repo}:${tip}`, `cannot read ${ref} in ${repo}: ${ls.stderr.trim()}`);
            return;
        }
        const sessionFiles = [];
        const metas = new Map();
        const indexOids = [];
        for (const rec of ls.stdout.toString('utf8').split('\0')) {
            const tab = rec.indexOf('\t');
            if (tab < 0)
                continue;
            const [, type, oid] = rec.slice(0, tab).split(' ');
            const p = rec.slice(tab + 1);
            if (type !== 'blob')
                continue;
            if (INDEX_ENTRY.test(p))
                indexOids.push(oid);
            else if (HAIL_PATH.test(p) && !p.startsWith('v1/index/'))
                sessionFiles.push({ path: p, oid });
            else if (SHARE_PATH.test(p))
                sessionFiles.push({ path: p, oid });
            else if (/^v1\/[^/]+\/[^/]+\.meta\.json$/.test(p))
                metas.set(p, oid);
        }
        // stored_at per session id: newest among its index entries, else the tip commit time.
        const storedById = new Map();
        const indexBlobs = await (0,ledger_read/* readBlobs */.b4)(git, indexOids);
        for (const bytes of indexBlobs.values()) {
            try {
                const e = JSON.parse(bytes.toString('utf8'));
                if (typeof e.session_id !== 'string' || typeof e.stored_at !== 'string')
                    continue;
                const sort = sortKeyOfIso(e.stored_at);
                const had = storedById.get(e.session_id);
                if (sort !== undefined && (had === undefined || sort > (sortKeyOfIso(had) ?? ''))) {
                    storedById.set(e.session_id, e.stored_at);
                }
            }
            catch {
                // an unreadable index entry only loses its stored_at
            }
        }
        const ct = await git.run(['show', '-s', '--format=%ct', tip]);
        const tipTime = new Date(Number(ct.stdout.trim()) * 1000).toISOString();
        const toRead = sessionFiles.filter((f) => {
            const old = prev.get(ledgerLocation(repo, ref, f.path));
            return old === undefined || old.version !== f.oid;
        });
        const metaOids = toRead
            .map((f) => metas.get(f.path.replace(/\.hail\.jsonl$/, '.meta.json')))
            .filter((o) => o !== undefined);
        const blobs = await (0,ledger_read/* readBlobs */.b4)(git, [...toRead.map((f) => f.oid), ...metaOids]);
        for (const f of sessionFiles) {
            const loc = ledgerLocation(repo, ref, f.path);
            const old = prev.get(loc);
            let session;
            let sid;
            let metaGit;
            if (old !== undefined && old.version === f.oid) {
                sid = old.session_id;
            }
            else {
                const bytes = blobs.get(f.oid);
                if (bytes === undefined)
                    continue;
                session = this.parse(bytes.toString('utf8'), loc, f.oid);
                if (session === undefined)
                    continue;
                sid = session.session_id;
            }
            const metaOid = metas.get(f.path.replace(/\.hail\.jsonl$/, '.meta.json'));
            if (session !== undefined && metaOid !== undefined)
                metaGit = readMetaGit(blobs.get(metaOid));
            const storedAt = storedById.get(sid) ?? tipTime;
            const row = {
                location: loc,
                session_id: sid,
                kind: 'ledger',
                repo_root: repo,
                ref,
                path: f.path,
                version: f.oid,
                stored_at: storedAt,
                stored_sort: sortKeyOfIso(storedAt) ?? sortKeyOfIso(tipTime),
            };
            found.set(loc, { row, session, git: metaGit });
        }
    }
    async scanObjects(root, prev, found) {
        const base = external_node_path_.join(root, 'sha256');
        const files = [];
        // Synchronous on purpose: thousands of small awaited directory reads cost far more than the syscalls.
        const walk = (dir, depth) => {
            let entries;
            try {
                entries = external_node_fs_.readdirSync(dir, { withFileTypes: true });
            }
            catch {
                return;
            }
            for (const e of entries) {
                const p = external_node_path_.join(dir, e.name);
                if (e.isDirectory() && depth < 4)
                    walk(p, depth + 1);
                else if (e.isFile() && /^[0-9a-f]{64}\.jsonl$/.test(e.name))
                    files.push(p);
            }
        };
        walk(base, 0);
        for (const file of files) {
            let st;
            try {
                st = external_node_fs_.statSync(file); // 10,000 awaited stats cost far more than the syscalls
            }
            catch {
                continue;
            }
            const loc = `object:${file}`;
            const version = `${st.size}:${Math.floor(st.mtimeMs)}`;
            const storedAt = new Date(Math.floor(st.mtimeMs)).toISOString();
            const old = prev.get(loc);
            if (old !== undefined && old.version === version) {
                found.set(loc, { row: old });
                continue;
            }
            let text;
            try {
                text = external_node_fs_.readFileSync(file, 'utf8'); // small files: a synchronous read beats an awaited one 10,000 times
            }
            catch {
                continue;
            }
            const session = this.parse(text, file, version);
            if (session === undefined)
                continue;
            const row = {
                location: loc,
                session_id: session.session_id,
                kind: 'object',
                repo_root: null,
                ref: null,
                path: file,
                version,
                stored_at: storedAt,
                stored_sort: sortKeyOfIso(storedAt),
            };
            found.set(loc, { row, session });
        }
    }
    /** Reads and parses one source; undefined when it vanished or no longer parses. */
    async readSource(row) {
        const bytes = await this.readSourceBytes(row);
        if (bytes === undefined)
            return undefined;
        return this.parse(bytes.toString('utf8'), row.location, row.version);
    }
    /** Raw bytes of a source; undefined when it is gone. Throws on an I/O or git failure. */
    async readSourceBytes(row) {
        if (row.kind === 'object') {
            try {
                return await external_node_fs_.promises.readFile(row.path);
            }
            catch (err) {
                if (err.code === 'ENOENT')
                    return undefined;
                throw err;
            }
        }
        const git = this.git(row.repo_root ?? '.');
        const blobs = await (0,ledger_read/* readBlobs */.b4)(git, [row.version]);
        return blobs.get(row.version);
    }
    /** The current source row of a location. */
    sourceAt(location) {
        return this.storage.getSource(location);
    }
    /** The git facts of a ledger source's `.meta.json` (read at the ref's current tip). */
    async metaGitOf(row) {
        if (row.kind !== 'ledger' || row.ref === null || !row.path.endsWith('.hail.jsonl'))
            return undefined;
        const spec = `${row.ref}:${row.path.replace(/\.hail\.jsonl$/, '.meta.json')}`;
        const blobs = await (0,ledger_read/* readBlobs */.b4)(this.git(row.repo_root ?? '.'), [spec]);
        return readMetaGit(blobs.get(spec));
    }
}
function readMetaGit(bytes) {
    if (bytes === undefined)
        return undefined;
    try {
        const meta = JSON.parse(bytes.toString('utf8'));
        const g = meta.git;
        if (g === undefined || g === null || typeof g !== 'object')
            return undefined;
        const str = (v) => (typeof v === 'string' ? v : undefined);
        return { remote: str(g.remote), branch: str(g.branch), head: str(g.head), repo_name: str(g.repo_name) };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./core/index/postgres.ts
/** `?` placeholders → `$1…$n` (no statement here has a `?` inside a string literal). */
function numbered(sql) {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
}
class PgClientDriver {
    client;
    dialect = 'postgres';
    constructor(client) {
        this.client = client;
    }
    async all(sql, params) {
        return (await this.client.query(numbered(sql), params)).rows;
    }
    async run(sql, params) {
        return (await this.client.query(numbered(sql), params)).rowCount ?? 0;
    }
    transaction(fn) {
        return fn(this);
    }
    async close() {
        // the pool owns the client
    }
}
class PostgresDriver {
    pool;
    dialect = 'postgres';
    constructor(pool) {
        this.pool = pool;
    }
    static async connect(url) {
        // Native ESM (the tests) has no `require`; in CommonJS the test is constant and ncc bundles the package.
        const pg = ( true
            ? __webpack_require__(3273) // eslint-disable-line @typescript-eslint/no-require-imports
            : 0);
        const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
        // Fails fast on a wrong URL or an unreachable server, before the server starts listening.
        const client = await pool.connect();
        client.release();
        pool.on('error', () => undefined); // idle-client errors surface on the next query instead of crashing
        return new PostgresDriver(pool);
    }
    async all(sql, params) {
        return (await this.pool.query(numbered(sql), params)).rows;
    }
    async run(sql, params) {
        return (await this.pool.query(numbered(sql), params)).rowCount ?? 0;
    }
    async transaction(fn) {
        const client = await this.pool.connect();
        try {
            await client.query('BEGIN');
            // Instances sharing one database take turns writing the index.
            await client.query('SELECT pg_advisory_xact_lock(7011)');
            const out = await fn(new PgClientDriver(client));
            await client.query('COMMIT');
            return out;
        }
        catch (err) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw err;
        }
        finally {
            client.release();
        }
    }
    async close() {
        await this.pool.end();
    }
}

// EXTERNAL MODULE: ./core/sqlite-wasm.ts
var sqlite_wasm = __webpack_require__(4183);
;// CONCATENATED MODULE: ./core/index/sqlite.ts

function bind(params) {
    if (params === undefined)
        return undefined;
    return params.map((p) => (p === undefined ? null : p));
}
class SqliteDriver {
    dialect = 'sqlite';
    db;
    depth = 0;
    /** Prepared once per statement text: preparing through WebAssembly costs more than running. */
    statements = new Map();
    queue = Promise.resolve();
    /** `file` = `<data dir>/index.sqlite3`, or `:memory:`. */
    constructor(file) {
        const { Database: Db } = (0,sqlite_wasm/* loadSqliteWasm */.v)();
        this.db = new Db(file);
        // serve.lock makes this process the only user of the file: keep SQLite's lock (node-sqlite3-wasm's file VFS
        // locks with a mkdir/rmdir per transaction otherwise) and keep every page in SQLite's own cache.
        this.db.exec('PRAGMA locking_mode=EXCLUSIVE');
        this.db.exec('PRAGMA journal_mode=DELETE');
        this.db.exec('PRAGMA synchronous=NORMAL');
        this.db.exec('PRAGMA cache_size=-131072');
        this.db.exec('PRAGMA temp_store=MEMORY');
    }
    prepared(sql) {
        let st = this.statements.get(sql);
        if (st === undefined) {
            st = this.db.prepare(sql);
            this.statements.set(sql, st);
        }
        return st;
    }
    async all(sql, params) {
        return this.prepared(sql).all(bind(params));
    }
    async run(sql, params) {
        // DDL is run once and may invalidate cached statements; it is not worth caching.
        if (/^\s*(CREATE|DROP|ALTER|PRAGMA)\b/i.test(sql)) {
            for (const st of this.statements.values())
                st.finalize();
            this.statements.clear();
            return this.db.run(sql, bind(params)).changes;
        }
        return this.prepared(sql).run(bind(params)).changes;
    }
    /** Transactions are serialised: the connection is shared by every request. */
    transaction(fn) {
        const next = this.queue.then(async () => {
            this.db.exec('BEGIN IMMEDIATE');
            this.depth++;
            try {
                const out = await fn(this);
                this.db.exec('COMMIT');
                return out;
            }
            catch (err) {
                this.db.exec('ROLLBACK');
                throw err;
            }
            finally {
                this.depth--;
            }
        });
        this.queue = next.catch(() => undefined);
        return next;
    }
    async close() {
        await this.queue;
        for (const st of this.statements.values())
            st.finalize();
        this.statements.clear();
        if (this.db.isOpen)
            this.db.close();
    }
}

;// CONCATENATED MODULE: ./core/index/storage.ts
const SCHEMA_VERSION = '2';
const TEXT_C = (d) => (d === 'postgres' ? 'TEXT COLLATE "C"' : 'TEXT');
const BIG = (d) => (d === 'postgres' ? 'BIGINT' : 'INTEGER');
function schema(d) {
    const T = TEXT_C(d);
    return [
        `CREATE TABLE IF NOT EXISTS meta (key ${T} PRIMARY KEY, value TEXT NOT NULL)`,
        `CREATE TABLE IF NOT EXISTS session_sources (location ${T} PRIMARY KEY, session_id ${T} NOT NULL, kind TEXT NOT NULL,
      repo_root TEXT, ref TEXT, path TEXT NOT NULL, version TEXT NOT NULL, stored_at TEXT NOT NULL, stored_sort ${T} NOT NULL)`,
        `CREATE INDEX IF NOT EXISTS session_sources_sid ON session_sources (session_id)`,
        `CREATE TABLE IF NOT EXISTS sessions (id ${T} PRIMARY KEY, location TEXT NOT NULL, summary_json TEXT NOT NULL,
      display_title TEXT NOT NULL, tool ${T} NOT NULL, created_sort ${T} NOT NULL, message_count ${BIG(d)} NOT NULL,
      event_count ${BIG(d)} NOT NULL, duration_seconds ${BIG(d)} NOT NULL, search_text TEXT NOT NULL)`,
        `CREATE INDEX IF NOT EXISTS sessions_recent ON sessions (created_sort DESC, id)`,
        // Covers counting and filtering without touching the wide summary_json rows.
        `CREATE INDEX IF NOT EXISTS sessions_filter ON sessions (created_sort, id, tool, event_count, message_count,
      duration_seconds, search_text)`,
        `CREATE TABLE IF NOT EXISTS session_links (session_id ${T} NOT NULL, linked_session_id ${T} NOT NULL,
      link_type TEXT NOT NULL, created_at ${T} NOT NULL, PRIMARY KEY (session_id, linked_session_id))`,
        `CREATE INDEX IF NOT EXISTS session_links_rev ON session_links (linked_session_id)`,
        `CREATE TABLE IF NOT EXISTS scanned_refs (repo_root ${T} NOT NULL, ref ${T} NOT NULL, tip TEXT NOT NULL,
      PRIMARY KEY (repo_root, ref))`,
        `CREATE TABLE IF NOT EXISTS deleted_sessions (id ${T} PRIMARY KEY, deleted_at TEXT NOT NULL)`,
    ];
}
const REBUILT_TABLES = ['session_links', 'sessions', 'session_sources', 'scanned_refs', 'meta'];
const ORDER = {
    recent: 'created_sort DESC, id ASC',
    popular: 'message_count DESC, created_sort DESC, id ASC',
    longest: 'duration_seconds DESC, created_sort DESC, id ASC',
};
/** The index storage: the same statements on either backend. */
class IndexStorage {
    db;
    /**
     * Totals per filter, valid until the next write. Only for SQLite: the serve.lock makes this process its only
     * writer, while a shared PostgreSQL index can change under us.
     */
    totals = new Map();
    constructor(db) {
        this.db = db;
    }
    changed() {
        this.totals.clear();
    }
    get backend() {
        return this.db.dialect;
    }
    /** Creates the schema; a different `schema_version` drops every table but `deleted_sessions` (a rebuildable cache). */
    async open() {
        await this.db.transaction(async (tx) => {
            await tx.run(schema(tx.dialect)[0]);
            const rows = await tx.all(`SELECT value FROM meta WHERE key = ?`, ['schema_version']);
            const current = rows.length > 0 ? String(rows[0].value) : undefined;
            if (current !== undefined && current !== SCHEMA_VERSION) {
                for (const t of REBUILT_TABLES)
                    await tx.run(`DROP TABLE IF EXISTS ${t}`);
            }
            for (const stmt of schema(tx.dialect))
                await tx.run(stmt);
            await tx.run(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, ['schema_version', SCHEMA_VERSION]);
        });
    }
    async loadSources() {
        const rows = await this.db.all(`SELECT location, session_id, kind, repo_root, ref, path, version, stored_at, stored_sort FROM session_sources`);
        return rows;
    }
    async getSource(location) {
        const rows = await this.db.all(`SELECT location, session_id, kind, repo_root, ref, path, version, stored_at, stored_sort FROM session_sources
       WHERE location = ?`, [location]);
        return rows[0];
    }
    async loadScannedRefs() {
        return (await this.db.all(`SELECT repo_root, ref, tip FROM scanned_refs`));
    }
    async loadDeleted() {
        const rows = await this.db.all(`SELECT id, deleted_at FROM deleted_sessions`);
        return new Map(rows.map((r) => [String(r.id), String(r.deleted_at)]));
    }
    /** id → location of every indexed (visible) session. */
    async sessionLocations() {
        const rows = await this.db.all(`SELECT id, location FROM sessions`);
        return new Map(rows.map((r) => [String(r.id), String(r.location)]));
    }
    async apply(b) {
        const empty = b.removeSources.length +
            b.upsertSources.length +
            b.removeSessions.length +
            b.upsertSessions.length +
            b.removeScannedRefs.length +
            b.upsertScannedRefs.length ===
            0;
        if (empty)
            return;
        this.changed();
        await this.db.transaction(async (tx) => {
            for (const loc of b.removeSources)
                await tx.run(`DELETE FROM session_sources WHERE location = ?`, [loc]);
            for (const s of b.upsertSources) {
                await tx.run(`INSERT INTO session_sources (location, session_id, kind, repo_root, ref, path, version, stored_at, stored_sort)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (location) DO UPDATE SET session_id = excluded.session_id,
           kind = excluded.kind, repo_root = excluded.repo_root, ref = excluded.ref, path = excluded.path,
           version = excluded.version, stored_at = excluded.stored_at, stored_sort = excluded.stored_sort`, [s.location, s.session_id, s.kind, s.repo_root, s.ref, s.path, s.version, s.stored_at, s.stored_sort]);
            }
            for (const id of b.removeSessions) {
                await tx.run(`DELETE FROM sessions WHERE id = ?`, [id]);
                await tx.run(`DELETE FROM session_links WHERE session_id = ?`, [id]);
            }
            for (const { row: r, links } of b.upsertSessions) {
                await tx.run(`INSERT INTO sessions (id, location, summary_json, display_title, tool, created_sort, message_count,
           event_count, duration_seconds, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET location = excluded.location, summary_json = excluded.summary_json,
           display_title = excluded.display_title, tool = excluded.tool, created_sort = excluded.created_sort,
           message_count = excluded.message_count, event_count = excluded.event_count,
           duration_seconds = excluded.duration_seconds, search_text = excluded.search_text`, [
                    r.id,
                    r.location,
                    r.summary_json,
                    r.display_title,
                    r.tool,
                    r.created_sort,
                    r.message_count,
                    r.event_count,
                    r.duration_seconds,
                    r.search_text,
                ]);
                await tx.run(`DELETE FROM session_links WHERE session_id = ?`, [r.id]);
                for (const l of links) {
                    await tx.run(`INSERT INTO session_links (session_id, linked_session_id, link_type, created_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (session_id, linked_session_id) DO UPDATE SET link_type = excluded.link_type,
             created_at = excluded.created_at`, [l.session_id, l.linked_session_id, l.link_type, l.created_at]);
                }
            }
            for (const r of b.removeScannedRefs) {
                await tx.run(`DELETE FROM scanned_refs WHERE repo_root = ? AND ref = ?`, [r.repo_root, r.ref]);
            }
            for (const r of b.upsertScannedRefs) {
                await tx.run(`INSERT INTO scanned_refs (repo_root, ref, tip) VALUES (?, ?, ?)
           ON CONFLICT (repo_root, ref) DO UPDATE SET tip = excluded.tip`, [r.repo_root, r.ref, r.tip]);
            }
        });
        this.changed(); // a list that ran between the statements above saw a half-applied batch
    }
    async list(q) {
        const where = ['NOT (event_count = 0 AND message_count = 0)'];
        const params = [];
        if (q.search !== undefined) {
            where.push(this.backend === 'postgres' ? 'strpos(search_text, ?) > 0' : 'instr(search_text, ?) > 0');
            params.push(q.search);
        }
        if (q.tool !== undefined) {
            where.push('tool = ?');
            params.push(q.tool);
        }
        if (q.createdSince !== undefined) {
            where.push('created_sort >= ?');
            params.push(q.createdSince);
        }
        const w = where.join(' AND ');
        const key = JSON.stringify([w, params]);
        let total = this.backend === 'sqlite' ? this.totals.get(key) : undefined;
        if (total === undefined) {
            const count = await this.db.all(`SELECT COUNT(*) AS n FROM sessions WHERE ${w}`, params);
            total = Number(count[0].n);
            if (this.backend === 'sqlite') {
                if (this.totals.size > 256)
                    this.totals.clear();
                this.totals.set(key, total);
            }
        }
        const rows = await this.db.all(`SELECT summary_json FROM sessions WHERE ${w} ORDER BY ${ORDER[q.sort]} LIMIT ? OFFSET ?`, [...params, q.limit, q.offset]);
        return { summaries: rows.map((r) => String(r.summary_json)), total };
    }
    async get(id) {
        const rows = await this.db.all(`SELECT summary_json, location FROM sessions WHERE id = ?`, [id]);
        if (rows.length === 0)
            return undefined;
        return { summary_json: String(rows[0].summary_json), location: String(rows[0].location) };
    }
    /** Link rows with `id` on either side, in the order of §3.6. */
    async links(id) {
        const rows = await this.db.all(`SELECT session_id, linked_session_id, link_type, created_at FROM session_links
       WHERE session_id = ? OR linked_session_id = ? ORDER BY created_at, session_id, linked_session_id`, [id, id]);
        return rows.map((r) => ({
            session_id: String(r.session_id),
            linked_session_id: String(r.linked_session_id),
            link_type: String(r.link_type),
            created_at: String(r.created_at),
        }));
    }
    /** §3.6 admin delete step 4: tombstone, drop the row and its links both ways. False when the id is not indexed. */
    async tombstone(id, deletedAt) {
        this.changed();
        const removed = await this.db.transaction(async (tx) => {
            const n = await tx.run(`DELETE FROM sessions WHERE id = ?`, [id]);
            if (n === 0)
                return false;
            await tx.run(`DELETE FROM session_links WHERE session_id = ? OR linked_session_id = ?`, [id, id]);
            await tx.run(`INSERT INTO deleted_sessions (id, deleted_at) VALUES (?, ?)
         ON CONFLICT (id) DO UPDATE SET deleted_at = excluded.deleted_at`, [id, deletedAt]);
            return true;
        });
        this.changed();
        return removed;
    }
    close() {
        return this.db.close();
    }
}

// EXTERNAL MODULE: ./core/store/index.ts
var store = __webpack_require__(502);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./core/hail/writer.ts + 1 modules
var writer = __webpack_require__(2287);
;// CONCATENATED MODULE: ./cli/serve/api.ts
// API v1 route handlers (daemon-and-server.md §3.6): transport-free, so the HTTP server and the web pages'
// in-process `api` call share them. Every body is built from redacted data (amendments A1).





class ApiError extends Error {
    status;
    code;
    headers;
    extra;
    constructor(status, code, message, headers = {}, extra = {}) {
        super(message);
        this.status = status;
        this.code = code;
        this.headers = headers;
        this.extra = extra;
    }
}
/** `{"code","message"}` (plus `parser_candidates` when non-empty); the message is redacted. */
function errorResult(err) {
    const body = {
        code: err.code,
        message: (0,redact/* redactText */.Rd)(err.message, { stripHomePaths: false }).text,
    };
    for (const [k, v] of Object.entries(err.extra)) {
        if (Array.isArray(v) && v.length === 0)
            continue;
        body[k] = v;
    }
    return { status: err.status, json: JSON.stringify(body), headers: err.headers };
}
function jsonResult(status, body) {
    return { status, json: JSON.stringify(body) };
}
/** §3.5: a request refreshes the index when the last refresh finished over this long ago. */
const FRESH_MS = 2000;
const SORTS = ['recent', 'popular', 'longest'];
const RANGES = { '24h': 1, '7d': 7, '30d': 30, all: undefined };
function bad(message) {
    return new ApiError(400, 'bad_request', message);
}
const notFound = () => new ApiError(404, 'not_found', 'session not found');
/** First value of a known parameter (§3.2: a repeated parameter uses its first value). */
const first = (q, k) => q.get(k) ?? undefined;
function parseListQuery(q, now) {
    let page = 1;
    const p = first(q, 'page');
    if (p !== undefined) {
        if (!/^[0-9]+$/.test(p) || !/[1-9]/.test(p))
            throw bad('invalid query parameter page: expected an integer >= 1');
        page = Number(p);
        if (!Number.isSafeInteger(page))
            throw bad('invalid query parameter page: expected an integer >= 1');
    }
    let perPage = 20;
    const pp = first(q, 'per_page');
    if (pp !== undefined) {
        if (!/^[0-9]+$/.test(pp))
            throw bad('invalid query parameter per_page: expected an integer');
        perPage = Math.min(100, Math.max(1, Number(pp.length > 6 ? '1000000' : pp)));
    }
    const sortRaw = first(q, 'sort') ?? 'recent';
    if (!SORTS.includes(sortRaw)) {
        throw bad('invalid query parameter sort: expected one of recent, popular, longest');
    }
    const rangeRaw = first(q, 'time_range') ?? 'all';
    if (!Object.hasOwn(RANGES, rangeRaw)) {
        throw bad('invalid query parameter time_range: expected one of 24h, 7d, 30d, all');
    }
    const days = RANGES[rangeRaw];
    const search = (0,core_text/* trim */.Bq)(first(q, 'search') ?? '');
    const tool = (0,core_text/* trim */.Bq)(first(q, 'tool') ?? '');
    const query = {
        sort: sortRaw,
        limit: perPage,
        offset: Math.min((page - 1) * perPage, Number.MAX_SAFE_INTEGER),
    };
    if (search !== '')
        query.search = search.toLowerCase();
    if (tool !== '')
        query.tool = tool;
    if (days !== undefined) {
        const since = new Date(now.getTime() - days * 86_400_000).toISOString();
        query.createdSince = `${since.slice(0, 19)}.${since.slice(20, 23)}000000Z`;
    }
    return { query, page, perPage };
}
function sha256(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest();
}
/** The file name of `/raw`: characters outside `[A-Za-z0-9._-]` become `_`. */
function rawFileName(id) {
    return `${Array.from(id, (c) => (/^[A-Za-z0-9._-]$/.test(c) ? c : '_')).join('')}.hail.jsonl`;
}
/** The route table: path patterns with `*` for one decoded parameter. */
function apiRoutes(indexer, s, preview) {
    const sessionsReady = async () => {
        await indexer.ready;
        await indexer.refresh(s.freshMs ?? FRESH_MS);
    };
    const routes = new Map();
    routes.set('/api/health', {
        methods: ['GET', 'HEAD'],
        handle: async () => jsonResult(200, { status: 'ok', version: s.version }),
    });
    routes.set('/api/capabilities', {
        methods: ['GET', 'HEAD'],
        handle: async () => jsonResult(200, {
            auth_enabled: false,
            parse_preview_enabled: s.parsePreview,
            register_targets: ['local', 'git'],
            share_modes: ['web', 'git', 'json'],
        }),
    });
    routes.set('/api/parse/preview', {
        methods: ['POST'],
        body: true,
        handle: async (_p, _q, body) => {
            if (!s.parsePreview)
                throw new ApiError(403, 'forbidden', 'parse preview is disabled on this server');
            return preview(body ?? {});
        },
    });
    routes.set('/api/sessions', {
        methods: ['GET', 'HEAD'],
        handle: async (_p, q) => {
            const { query, page, perPage } = parseListQuery(q, s.now());
            await sessionsReady();
            const { summaries, total } = await indexer.storage.list(query);
            return {
                status: 200,
                json: `{"sessions":[${summaries.join(',')}],"total":${total},"page":${page},"per_page":${perPage}}`,
            };
        },
    });
    routes.set('/api/sessions/*', {
        methods: ['GET', 'HEAD'],
        handle: async ([id]) => {
            await sessionsReady();
            const row = await indexer.storage.get(id);
            if (row === undefined)
                throw notFound();
            const links = await indexer.storage.links(id);
            const json = links.length === 0
                ? row.summary_json
                : `${row.summary_json.slice(0, -1)},"linked_sessions":${JSON.stringify(links)}}`;
            return { status: 200, json };
        },
    });
    routes.set('/api/sessions/*/raw', {
        methods: ['GET', 'HEAD'],
        handle: async ([id]) => {
            await sessionsReady();
            for (let attempt = 0; attempt < 2; attempt++) {
                const row = await indexer.storage.get(id);
                if (row === undefined)
                    throw notFound();
                const source = await indexer.sourceAt(row.location);
                let bytes;
                if (source !== undefined) {
                    try {
                        bytes = await indexer.readSourceBytes(source);
                    }
                    catch {
                        throw new ApiError(500, 'internal', 'failed to read session body');
                    }
                }
                const session = bytes === undefined || source === undefined ? undefined : await indexer.readSource(source);
                if (session !== undefined && session.session_id === id) {
                    return {
                        status: 200,
                        text: (0,writer/* toHailJsonl */.CY)(redactForServing(session)),
                        headers: {
                            'Content-Type': 'application/jsonl; charset=utf-8',
                            'Content-Disposition': `attachment; filename="${rawFileName(id)}"`,
                        },
                    };
                }
                if (bytes !== undefined)
                    throw new ApiError(500, 'internal', 'failed to read session body');
                await indexer.refresh(0); // the winner vanished: refresh once and retry with the new winner
            }
            throw notFound();
        },
    });
    routes.set('/api/admin/sessions/*', {
        methods: ['DELETE'],
        handle: async ([id], _q, _b, headers) => adminDelete(indexer, s, id, headers['x-opensession-admin-key']),
    });
    return routes;
}
/** §3.6 DELETE steps 1-4, with the header value (constant-time comparison of SHA-256 digests). */
async function adminDelete(indexer, s, id, headerKey) {
    if (s.adminKey === '') {
        throw new ApiError(403, 'forbidden', 'admin API is disabled; set OPENSESSION_ADMIN_KEY to enable it');
    }
    const given = (0,core_text/* trim */.Bq)(headerKey ?? '');
    const ok = (0,external_node_crypto_.timingSafeEqual)(sha256(given), sha256(s.adminKey));
    if (headerKey === undefined || !ok)
        throw new ApiError(401, 'unauthorized', 'invalid admin key');
    await indexer.ready;
    await indexer.refresh(s.freshMs ?? FRESH_MS);
    const removed = await indexer.storage.tombstone(id, s.now().toISOString());
    if (!removed)
        throw notFound();
    return jsonResult(200, { ok: true });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(143);
// EXTERNAL MODULE: ./core/hail/types.ts
var types = __webpack_require__(1022);
// EXTERNAL MODULE: ./core/parsers/index.ts + 2 modules
var parsers = __webpack_require__(4025);
// EXTERNAL MODULE: external "node:dns"
var external_node_dns_ = __webpack_require__(610);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: ./core/uri/encoding.ts
var encoding = __webpack_require__(1456);
// EXTERNAL MODULE: ./node_modules/ipaddr.js/lib/ipaddr.js
var ipaddr = __webpack_require__(8280);
var ipaddr_default = /*#__PURE__*/__webpack_require__.n(ipaddr);
;// CONCATENATED MODULE: ./core/preview/address.ts
// Address rules of parse preview (daemon-and-server.md §3.7 "Blocked address ranges"): literal hosts and every
// DNS answer are checked here, including IPv4 embedded in IPv4-mapped, NAT64 and 6to4 IPv6 addresses.

const V4_BLOCKED = [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
];
const V6_BLOCKED = [
    ['::', 128],
    ['::1', 128],
    ['100::', 64],
    ['2001:db8::', 32],
    ['fc00::', 7],
    ['fe80::', 10],
    ['fec0::', 10],
    ['ff00::', 8],
];
const V4_CIDRS = V4_BLOCKED.map(([a, n]) => [ipaddr_default().IPv4.parse(a), n]);
const V6_CIDRS = V6_BLOCKED.map(([a, n]) => [ipaddr_default().IPv6.parse(a), n]);
function v4Blocked(a) {
    return V4_CIDRS.some((c) => a.match(c));
}
/** The IPv4 address embedded in an IPv4-mapped (`::ffff:0:0/96`), NAT64 (`64:ff9b::/96`) or 6to4 (`2002::/16`) address. */
function embeddedV4(a) {
    const p = a.parts;
    const fromWords = (hi, lo) => new (ipaddr_default()).IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
    if (p[0] === 0 && p[1] === 0 && p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0xffff)
        return fromWords(p[6], p[7]);
    if (p[0] === 0x64 && p[1] === 0xff9b && p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0) {
        return fromWords(p[6], p[7]);
    }
    if (p[0] === 0x2002)
        return fromWords(p[1], p[2]);
    return undefined;
}
/** True when `address` (an IP literal, IPv6 without brackets) lies in a blocked range; unparsable → blocked. */
function isBlockedAddress(address) {
    let a;
    try {
        a = ipaddr_default().parse(address.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, ''));
    }
    catch {
        return true;
    }
    if (a.kind() === 'ipv4')
        return v4Blocked(a);
    const v6 = a;
    if (V6_CIDRS.some((c) => v6.match(c)))
        return true;
    const v4 = embeddedV4(v6);
    return v4 !== undefined && v4Blocked(v4);
}
/** An IP literal as the WHATWG URL parser leaves it in `hostname` (IPv4 dotted, IPv6 in brackets). */
function isIpLiteralHost(hostname) {
    return /^\[.*\]$/.test(hostname) || /^\d+\.\d+\.\d+\.\d+$/.test(hostname);
}

;// CONCATENATED MODULE: ./core/preview/validate.ts
// Parse-preview request validation (daemon-and-server.md §3.7): source kinds, field rules and remote rules.


const PARSER_HINTS = ['hail', 'codex', 'claude-code', 'gemini', 'amp', 'cline', 'cursor', 'opencode'];
const PREVIEW_MAX_BYTES = 10 * 1024 * 1024;
class PreviewError extends Error {
    status;
    code;
    candidates;
    constructor(status, code, message, candidates = []) {
        super(message);
        this.status = status;
        this.code = code;
        this.candidates = candidates;
    }
}
const invalid = (m) => new PreviewError(400, 'invalid_source', m);
function str(obj, field) {
    const v = obj[field];
    if (typeof v !== 'string')
        throw invalid(`source.${field} must be a string`);
    return (0,core_text/* trim */.Bq)(v);
}
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
function checkName(v, field) {
    if (!NAME.test(v) || v === '.' || v === '..')
        throw invalid(`invalid ${field}`);
    return v;
}
function checkRef(v) {
    const bytes = Buffer.byteLength(v, 'utf8');
    if (bytes < 1 ||
        bytes > 255 ||
        !/^[A-Za-z0-9._/-]+$/.test(v) ||
        v.includes('..') ||
        v.includes('//') ||
        v.startsWith('/') ||
        v.endsWith('/')) {
        throw invalid('invalid ref');
    }
    return v;
}
function checkPath(v) {
    const bytes = Buffer.byteLength(v, 'utf8');
    if (bytes < 1 || bytes > 4096 || v.startsWith('/') || v.includes('\\') || /[\u0000-\u001f\u007f-\u009f]/.test(v)) {
        throw invalid('invalid path');
    }
    if (v.split('/').some((s) => s === '' || s === '.' || s === '..'))
        throw invalid('invalid path');
    return v;
}
/** Whether `host[:port]` of `u` is listed in `OPENSESSION_PREVIEW_ALLOWED_HOSTS`. */
function hostExplicitlyAllowed(u, allowed) {
    const host = (0,core_text/* asciiLower */.F)(u.hostname);
    const withPort = u.port === '' ? host : `${host}:${u.port}`;
    return allowed.includes(host) || allowed.includes(withPort);
}
/** The remote rules; returns the URL and the normalised echo. */
function checkRemote(raw, rules) {
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        throw invalid('remote must be an absolute URL');
    }
    const allowed = hostExplicitlyAllowed(u, rules.allowedHosts);
    if (!(u.protocol === 'https:' || (allowed && u.protocol === 'http:')))
        throw invalid('remote must use https');
    if (u.username !== '' || u.password !== '')
        throw invalid('remote must not contain credentials');
    if (raw.includes('?') || raw.includes('#'))
        throw invalid('remote must not contain a query or fragment');
    const host = (0,core_text/* asciiLower */.F)(u.hostname);
    if (host === '')
        throw invalid('remote host is not allowed');
    if (!allowed) {
        if (host === 'localhost' || host.endsWith('.localhost') || host === 'localhost.') {
            throw invalid('remote host is not allowed');
        }
        if (isIpLiteralHost(host) && isBlockedAddress(host))
            throw invalid('remote host is not allowed');
    }
    // The path is checked on the raw input, before URL normalisation resolves `.`/`..`.
    const afterScheme = raw.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/]*/, '');
    const segs = afterScheme.split('/').filter((s) => s !== '');
    if (segs.length < 2 ||
        segs.some((s) => s === '.' || s === '..' || /^%2e(%2e)?$/i.test(s) || /^\.%2e$|^%2e\.$/i.test(s))) {
        throw invalid('remote path must include owner and repository');
    }
    if (host === 'github.com' && segs.length !== 2) {
        throw invalid('github.com remote must be https://github.com/<owner>/<repo>');
    }
    const echo = `${u.protocol}//${u.host}/${segs.join('/')}`;
    return { url: u, echo };
}
function checkFilename(v) {
    const last = (0,core_text/* trim */.Bq)(v.replace(/\\/g, '/').split('/').pop() ?? '');
    if (last === '' || last === '.' || last === '..' || Buffer.byteLength(last, 'utf8') > 255) {
        throw invalid('invalid filename');
    }
    return last;
}
const B64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Validates the request body; returns the source, the hint and the normalised echo. */
function validatePreview(body, rules) {
    const src = body.source;
    if (src === null ||
        typeof src !== 'object' ||
        Array.isArray(src) ||
        typeof src.kind !== 'string') {
        throw invalid('source must be an object with a kind');
    }
    const s = src;
    const kind = s.kind;
    let req;
    let echo;
    if (kind === 'github') {
        const owner = checkName(str(s, 'owner'), 'owner');
        const repo = checkName(str(s, 'repo'), 'repo');
        const ref = checkRef(str(s, 'ref'));
        const p = checkPath(str(s, 'path'));
        req = { source: { kind, owner, repo, ref, path: p } };
        echo = { kind, owner, repo, ref, path: p };
    }
    else if (kind === 'git') {
        const remoteRaw = str(s, 'remote');
        const ref = str(s, 'ref');
        const p = str(s, 'path');
        const { url, echo: remote } = checkRemote(remoteRaw, rules);
        checkRef(ref);
        checkPath(p);
        req = { source: { kind, remote, ref, path: p }, remoteUrl: url };
        echo = { kind, remote, ref, path: p };
    }
    else if (kind === 'inline') {
        const filename = checkFilename(str(s, 'filename'));
        const b64 = typeof s.content_base64 === 'string' ? s.content_base64 : undefined;
        if (b64 === undefined)
            throw invalid('source.content_base64 must be a string');
        if (b64 === '' || !B64.test(b64) || b64.length % 4 !== 0) {
            throw invalid('content_base64 must be non-empty standard base64');
        }
        if (Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0) > PREVIEW_MAX_BYTES) {
            throw new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`);
        }
        const content = Buffer.from(b64, 'base64');
        req = { source: { kind, filename, content } };
        echo = { kind, filename, content_base64: '' };
    }
    else {
        throw invalid(`unsupported source kind '${kind}'`);
    }
    const hint = body.parser_hint;
    if (hint !== undefined && hint !== null && typeof hint !== 'string') {
        throw invalid('parser_hint must be a string or null');
    }
    if (typeof hint === 'string' && (0,core_text/* trim */.Bq)(hint) !== '') {
        const h = (0,core_text/* trim */.Bq)(hint);
        if (!PARSER_HINTS.includes(h))
            throw invalid(`unsupported parser_hint '${h}'`);
        req.hint = h;
    }
    return { req, echo };
}

;// CONCATENATED MODULE: ./core/preview/fetch.ts
// The guarded transport of parse preview (daemon-and-server.md §3.7 "Fetch"): one DNS lookup whose answers are all
// checked, the connection pinned to those answers through a custom `lookup` (no second resolution, so no
// rebinding window), no proxies, no redirects followed, a 10 s overall deadline and a 10 MiB body cap.






const systemResolver = (host) => external_node_dns_.promises.lookup(host, { all: true, verbatim: true });
/**
 * Resolves `hostname` once and checks every answer. `allowPrivate` (a host listed in
 * OPENSESSION_PREVIEW_ALLOWED_HOSTS) skips the range rule only.
 */
async function resolveChecked(hostname, allowPrivate, resolver = systemResolver) {
    const bare = hostname.replace(/^\[(.*)\]$/, '$1');
    let addresses;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(bare))
        addresses = [{ address: bare, family: 4 }];
    else if (bare.includes(':'))
        addresses = [{ address: bare, family: 6 }];
    else {
        try {
            addresses = await resolver(bare);
        }
        catch {
            throw new PreviewError(422, 'fetch_failed', `could not resolve ${bare}`);
        }
        if (addresses.length === 0)
            throw new PreviewError(422, 'fetch_failed', `could not resolve ${bare}`);
    }
    if (!allowPrivate && addresses.some((a) => isBlockedAddress(a.address))) {
        throw new PreviewError(400, 'invalid_source', 'remote host resolves to a disallowed address');
    }
    return { addresses };
}
/** A `lookup` that only ever returns the already validated answers. */
function pinnedLookup(resolved) {
    return ((_host, options, cb) => {
        const family = typeof options === 'object' && options !== null ? options.family : undefined;
        const list = resolved.addresses.filter((a) => !family || a.family === family);
        const pick = list.length > 0 ? list : resolved.addresses;
        if (typeof options === 'object' && options !== null && options.all)
            cb(null, pick);
        else
            cb(null, pick[0].address, pick[0].family);
    });
}
/** GET through the guarded transport. Body checks 6-7 (size while streaming, NUL / invalid UTF-8) happen here. */
async function guardedGet(url, o) {
    const timeoutMs = o.timeoutMs ?? 10_000;
    const timedOut = () => new PreviewError(422, 'fetch_failed', 'source fetch timed out');
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(timedOut()), timeoutMs);
    });
    let request;
    const work = (async () => {
        const resolved = await resolveChecked(url.hostname, o.allowPrivate, o.resolver);
        const mod = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        return new Promise((resolve, reject) => {
            const req = mod.request(url, {
                method: 'GET',
                agent: false,
                lookup: pinnedLookup(resolved),
                headers: { ...o.headers, 'Accept-Encoding': 'identity', Connection: 'close' },
            });
            request = req;
            req.on('error', (err) => reject(new PreviewError(422, 'fetch_failed', `source fetch failed: ${err.message}`)));
            req.on('response', (res) => {
                const status = res.statusCode ?? 0;
                try {
                    o.check(status, res.headers);
                }
                catch (err) {
                    res.destroy();
                    reject(err);
                    return;
                }
                if (status < 200 || status > 299) {
                    res.resume();
                    resolve({ status, headers: res.headers });
                    return;
                }
                const parts = [];
                let total = 0;
                res.on('data', (chunk) => {
                    total += chunk.length;
                    if (total > PREVIEW_MAX_BYTES) {
                        res.destroy();
                        reject(new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`));
                        return;
                    }
                    parts.push(chunk);
                });
                res.on('error', (err) => reject(new PreviewError(422, 'fetch_failed', `source fetch failed: ${err.message}`)));
                res.on('end', () => {
                    const bytes = Buffer.concat(parts);
                    const text = bytes.includes(0) ? undefined : (0,encoding/* decodeUtf8Strict */.h0)(bytes);
                    if (text === undefined) {
                        reject(new PreviewError(422, 'fetch_failed', 'binary files are not supported'));
                        return;
                    }
                    resolve({ status, headers: res.headers, body: text });
                });
            });
            req.end();
        });
    })();
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
        request?.destroy();
        work.catch(() => undefined);
    }
}
const TEXTUAL = /^(text\/[^;]+|application\/json|application\/jsonl|application\/x-ndjson|[^/;]+\/[^;]+\+json)$/;
/** Response check 5: the content type, when present, must be textual or JSON. */
function checkContentType(headers) {
    const raw = headers['content-type'];
    if (raw === undefined || raw.trim() === '')
        return;
    const media = raw.split(';')[0].trim().toLowerCase();
    if (!TEXTUAL.test(media))
        throw new PreviewError(422, 'fetch_failed', `unsupported content type ${media}`);
}
/** Response check 4. */
function checkContentLength(headers) {
    const len = headers['content-length'];
    if (len !== undefined && /^[0-9]+$/.test(len) && Number(len) > PREVIEW_MAX_BYTES) {
        throw new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`);
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./core/ledger/git-cli.ts
var git_cli = __webpack_require__(8843);
;// CONCATENATED MODULE: ./core/preview/git-source.ts
// Reading one file of a generic git remote through smart HTTP (daemon-and-server.md §3.7 "Generic git remotes"),
// for hosts without a raw-file endpoint. The system `git` fetches the single ref at depth 1 into a private temp bare
// repository. Its connection is pinned to the DNS answers that passed the address rules (`http.curloptResolve`),
// redirects, proxies, credential helpers and other protocols are off, the pack is capped at 10 MiB (the repository
// is measured while git runs) and the whole fetch at 10 s.








function dirSize(dir) {
    let total = 0;
    const walk = (d) => {
        let entries;
        try {
            entries = external_node_fs_.readdirSync(d, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const p = external_node_path_.join(d, e.name);
            if (e.isDirectory())
                walk(p);
            else {
                try {
                    total += external_node_fs_.statSync(p).size;
                }
                catch {
                    // removed meanwhile
                }
            }
        }
    };
    walk(dir);
    return total;
}
const PROXY_VARS = [
    'HTTPS_PROXY',
    'https_proxy',
    'HTTP_PROXY',
    'http_proxy',
    'ALL_PROXY',
    'all_proxy',
    'NO_PROXY',
    'no_proxy',
];
/** Fetches `ref` at depth 1 and returns the text of the blob at `path`. */
async function readGitFile(o) {
    const resolved = await resolveChecked(o.remote.hostname, o.allowPrivate, o.resolver);
    const port = o.remote.port !== '' ? o.remote.port : o.remote.protocol === 'https:' ? '443' : '80';
    const host = o.remote.hostname.replace(/^\[(.*)\]$/, '$1');
    const addrs = resolved.addresses.map((a) => (a.family === 6 ? `[${a.address}]` : a.address)).join(',');
    external_node_fs_.mkdirSync(o.workDir, { recursive: true, mode: 0o700 });
    const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(o.workDir.length > 0 ? o.workDir : external_node_os_.tmpdir(), 'preview-git-'));
    const env = {
        PATH: o.env.PATH,
        HOME: tmp,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_TERMINAL_PROMPT: '0',
        GIT_ASKPASS: '',
        SSH_ASKPASS: '',
        LC_ALL: 'C',
    };
    for (const v of PROXY_VARS)
        delete env[v];
    const repo = external_node_path_.join(tmp, 'repo.git');
    try {
        const init = await (0,git_cli.runGitRaw)(['init', '-q', '--bare', repo], { cwd: tmp, baseEnv: env });
        if (init.code !== 0)
            throw new PreviewError(422, 'fetch_failed', 'source fetch failed: cannot create a work repository');
        const config = [
            `http.curloptResolve=${host}:${port}:${addrs}`,
            'http.followRedirects=false',
            'http.proxy=',
            'credential.helper=',
            'protocol.allow=never',
            `protocol.${o.remote.protocol === 'https:' ? 'https' : 'http'}.allow=always`,
            'http.lowSpeedLimit=1',
            'http.lowSpeedTime=10',
            'fetch.fsckObjects=true',
        ].flatMap((c) => ['-c', c]);
        const remote = o.remote.toString().replace(/\/$/, '');
        const fetchArgs = [...config, 'fetch', '-q', '--depth=1', '--no-tags', remote, `${o.ref}:refs/preview/tip`];
        await new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)('git', fetchArgs, {
                cwd: repo,
                env: env,
                stdio: ['ignore', 'ignore', 'pipe'],
            });
            let stderr = '';
            let failure;
            child.stderr.on('data', (b) => {
                if (stderr.length < 4096)
                    stderr += b.toString('utf8');
            });
            const timer = setTimeout(() => {
                failure = new PreviewError(422, 'fetch_failed', 'source fetch timed out');
                child.kill('SIGKILL');
            }, o.timeoutMs ?? 10_000);
            const sizer = setInterval(() => {
                if (dirSize(repo) > PREVIEW_MAX_BYTES + 1024 * 1024) {
                    failure = new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`);
                    child.kill('SIGKILL');
                }
            }, 100);
            child.on('error', (err) => {
                clearTimeout(timer);
                clearInterval(sizer);
                reject(new PreviewError(422, 'fetch_failed', `source fetch failed: ${err.message}`));
            });
            child.on('close', (code) => {
                clearTimeout(timer);
                clearInterval(sizer);
                if (failure)
                    reject(failure);
                else if (code !== 0) {
                    const line = stderr.split('\n').find((l) => l.trim() !== '') ?? `git exited with ${code}`;
                    reject(new PreviewError(422, 'fetch_failed', `source fetch failed: ${line.replace(/^fatal: /, '').trim()}`));
                }
                else
                    resolve();
            });
        });
        const size = await (0,git_cli.runGitRaw)(['cat-file', '-s', `refs/preview/tip:${o.path}`], { cwd: repo, baseEnv: env });
        if (size.code !== 0)
            throw new PreviewError(422, 'fetch_failed', `path ${o.path} not found at ${o.ref}`);
        if (Number(size.stdout.toString().trim()) > PREVIEW_MAX_BYTES) {
            throw new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`);
        }
        const blob = await (0,git_cli.runGitRaw)(['cat-file', 'blob', `refs/preview/tip:${o.path}`], { cwd: repo, baseEnv: env });
        if (blob.code !== 0)
            throw new PreviewError(422, 'fetch_failed', `path ${o.path} not found at ${o.ref}`);
        const text = blob.stdout.includes(0) ? undefined : (0,encoding/* decodeUtf8Strict */.h0)(blob.stdout);
        if (text === undefined)
            throw new PreviewError(422, 'fetch_failed', 'binary files are not supported');
        return text;
    }
    finally {
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./cli/serve/preview.ts
// `POST /api/parse/preview` (daemon-and-server.md §3.7): validate, fetch through the guarded transport (or read a
// generic git remote over smart HTTP), pick a parser, redact, answer.














const encodeSegments = (p) => p.split('/').map(encoding/* percentEncodeSegment */.Dr).join('/');
function rawTarget(req, s) {
    const src = req.source;
    if (src.kind === 'github') {
        return {
            url: new URL(`https://raw.githubusercontent.com/${encodeSegments(src.owner)}/${encodeSegments(src.repo)}/${encodeSegments(src.ref)}/${encodeSegments(src.path)}`),
            token: s.githubToken,
            credentialHost: true,
            gitlab: false,
            generic: false,
        };
    }
    if (src.kind !== 'git')
        throw new Error('inline sources are not fetched');
    const remote = req.remoteUrl;
    const segs = new URL(src.remote).pathname.split('/').filter((x) => x !== '');
    segs[segs.length - 1] = segs[segs.length - 1].replace(/\.git$/, '');
    const repoPath = segs.join('/');
    const host = (0,core_text/* asciiLower */.F)(remote.hostname);
    const origin = `${remote.protocol}//${remote.host}`;
    if (host === 'github.com') {
        return {
            url: new URL(`https://raw.githubusercontent.com/${repoPath}/${encodeSegments(src.ref)}/${encodeSegments(src.path)}`),
            token: s.githubToken,
            credentialHost: true,
            gitlab: false,
            generic: false,
        };
    }
    if (host === 'gitlab.com' || host === s.gitlabHost) {
        return {
            url: new URL(`${origin}/${repoPath}/-/raw/${encodeSegments(src.ref)}/${encodeSegments(src.path)}`),
            token: s.gitlabToken,
            credentialHost: true,
            gitlab: true,
            generic: false,
        };
    }
    return {
        url: new URL(`${origin}/${repoPath}/raw/${encodeSegments(src.ref)}/${encodeSegments(src.path)}`),
        credentialHost: false,
        gitlab: false,
        generic: true,
    };
}
/** Response checks 1-5 of §3.7 for one target. */
function responseCheck(t) {
    const host = t.url.host;
    const authError = () => t.token !== undefined
        ? new PreviewError(403, 'git_credential_forbidden', `${host} rejected the configured credential (HTTP ${401})`)
        : new PreviewError(401, 'missing_git_credential', `${host} requires authentication; set OPENSESSION_GITHUB_TOKEN or OPENSESSION_GITLAB_TOKEN for the server`);
    return (status, headers) => {
        if (status >= 300 && status < 400) {
            const loc = headers.location ?? '';
            let locPath = '';
            try {
                locPath = new URL(loc, t.url).pathname;
            }
            catch {
                // not a URL
            }
            if (t.gitlab && locPath.endsWith('/users/sign_in'))
                throw authError();
            throw new PreviewError(422, 'fetch_failed', 'redirect responses are not allowed');
        }
        if ((status === 401 || status === 403) && t.credentialHost) {
            if (t.token !== undefined) {
                throw new PreviewError(403, 'git_credential_forbidden', `${host} rejected the configured credential (HTTP ${status})`);
            }
            throw authError();
        }
        if (status === 404 && t.generic)
            return; // smart-HTTP fallback
        if (status < 200 || status > 299)
            throw new PreviewError(422, 'fetch_failed', `source fetch failed with status ${status}`);
        checkContentLength(headers);
        checkContentType(headers);
    };
}
/** Writes the bytes under their (sanitised) name in a private temp dir, runs the §3.7 parser algorithm. */
async function parseBytes(filename, bytes, hint, vscdb) {
    const dir = external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(), 'opensession-preview-'));
    external_node_fs_.chmodSync(dir, 0o700);
    const safe = filename.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'source';
    const file = external_node_path_.join(dir, safe);
    try {
        external_node_fs_.writeFileSync(file, bytes, { mode: 0o600 });
        const candidates = vscdb
            ? [{ id: 'cursor', confidence: 92, reason: 'file name ends in .vscdb' }]
            : await (0,parsers.detectCandidates)(file);
        const { sink, events } = (0,parsers.collectingSink)();
        let outcome;
        if (vscdb) {
            try {
                outcome = await (0,parsers.parseWithProfile)(file, 'cursor', sink, { sourcePath: null, displayPath: filename });
            }
            catch (err) {
                throw new PreviewError(422, 'parse_failed', 'all parser attempts failed', []);
                void err;
            }
        }
        else {
            try {
                outcome = await (0,parsers.parseAuto)(file, sink, { hint, sourcePath: null, displayPath: filename });
            }
            catch (err) {
                if (!(err instanceof parsers.SelectionFailed))
                    throw err;
                const cands = err.candidates;
                if (cands.length > 1 || (cands.length === 1 && hint !== undefined)) {
                    throw new PreviewError(422, 'parser_selection_required', err.attempts.length === 0
                        ? 'could not determine parser from source'
                        : 'auto-detection failed; choose a parser and retry', cands);
                }
                throw new PreviewError(422, 'parse_failed', cands.length === 0 && err.attempts.length === 0
                    ? 'no parser candidate matched the input'
                    : 'all parser attempts failed', cands);
            }
        }
        const h = outcome.header;
        const session = {
            version: h.version ?? types/* HAIL_VERSION */.c$,
            session_id: h.session_id,
            agent: h.agent,
            context: h.context,
            events,
            stats: (0,stats/* recomputeStats */.Qf)({ events }),
        };
        return { parserUsed: outcome.parserUsed, candidates, session, warnings: outcome.warnings };
    }
    finally {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
    }
}
function createPreviewHandler(s, env, version, resolver) {
    return async (body) => {
        try {
            const { req, echo } = validatePreview(body, { allowedHosts: s.previewAllowedHosts });
            const src = req.source;
            let filename;
            let bytes;
            let vscdb = false;
            if (src.kind === 'inline') {
                filename = src.filename;
                bytes = src.content;
                if (bytes.length > PREVIEW_MAX_BYTES)
                    throw new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`);
                vscdb = (0,core_text/* asciiLower */.F)(filename).endsWith('.vscdb');
                if (!vscdb) {
                    let ok = true;
                    try {
                        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
                    }
                    catch {
                        ok = false;
                    }
                    if (!ok)
                        throw new PreviewError(422, 'parse_failed', 'input is not valid UTF-8 text');
                }
            }
            else {
                filename = src.path.split('/').pop();
                const target = rawTarget(req, s);
                const allowPrivate = hostExplicitlyAllowed(target.url, s.previewAllowedHosts);
                const headers = { 'User-Agent': `opensession-parse-preview/${version}` };
                if (target.token !== undefined)
                    headers.Authorization = `Bearer ${target.token}`;
                const res = await guardedGet(target.url, { allowPrivate, headers, check: responseCheck(target), resolver });
                if (res.body !== undefined)
                    bytes = Buffer.from(res.body, 'utf8');
                else if (src.kind === 'git') {
                    const text = await readGitFile({
                        remote: req.remoteUrl,
                        ref: src.ref,
                        path: src.path,
                        allowPrivate,
                        workDir: external_node_path_.join(s.dataDir, 'preview'),
                        env,
                        resolver,
                    });
                    bytes = Buffer.from(text, 'utf8');
                }
                else
                    throw new PreviewError(422, 'fetch_failed', `source fetch failed with status ${res.status}`);
            }
            const parsed = await parseBytes(filename, bytes, req.hint, vscdb);
            const session = redactForServing(parsed.session);
            const parts = [
                `"parser_used":${JSON.stringify(parsed.parserUsed)}`,
                `"parser_candidates":${JSON.stringify(parsed.candidates.map((c) => ({ id: c.id, confidence: c.confidence, reason: c.reason })))}`,
                `"session":${(0,writer/* toWholeSessionJson */.xP)(session)}`,
                `"source":${JSON.stringify(echo)}`,
                `"warnings":${JSON.stringify(parsed.warnings)}`,
            ];
            if (parsed.parserUsed !== 'hail')
                parts.push(`"native_adapter":${JSON.stringify(parsed.parserUsed)}`);
            return { status: 200, json: `{${parts.join(',')}}` };
        }
        catch (err) {
            if (err instanceof PreviewError) {
                const cands = err.candidates;
                throw new ApiError(err.status, err.code, err.message, {}, {
                    parser_candidates: cands.map((c) => ({ id: c.id, confidence: c.confidence, reason: c.reason })),
                });
            }
            throw err;
        }
    };
}

// EXTERNAL MODULE: ./cli/serve/web/review-bundle.ts
var review_bundle = __webpack_require__(5189);
;// CONCATENATED MODULE: ./cli/serve/server.ts
// The HTTP transport of `opensession serve` (daemon-and-server.md §3.2-§3.4): node:http, raw-path routing,
// Host and CORS checks, JSON `{code,message}` errors for everything, and the seam to the web pages.



const BODY_LIMIT = 16 * 1024 * 1024;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
function isLoopbackAddress(host) {
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/** Strict percent-decoding of one path segment; undefined on a malformed escape or invalid UTF-8. */
function decodeSegment(seg) {
    if (!seg.includes('%'))
        return seg;
    if (/%(?![0-9A-Fa-f]{2})/.test(seg))
        return undefined;
    const bytes = [];
    for (let i = 0; i < seg.length;) {
        if (seg[i] === '%') {
            bytes.push(parseInt(seg.slice(i + 1, i + 3), 16));
            i += 3;
        }
        else {
            const cp = seg.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            for (const b of Buffer.from(ch, 'utf8'))
                bytes.push(b);
            i += ch.length;
        }
    }
    return (0,encoding/* decodeUtf8Strict */.h0)(Uint8Array.from(bytes));
}
/** Lowercase scheme and host, default port removed, no trailing `/`; undefined if not an http(s) origin. */
function normaliseOrigin(origin) {
    if (origin === 'null')
        return undefined;
    let u;
    try {
        u = new URL(origin);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        return undefined;
    if (u.pathname !== '/' || u.search !== '' || u.hash !== '' || u.username !== '' || u.password !== '') {
        return undefined;
    }
    return `${u.protocol}//${u.host}`;
}
/** Host header → hostname (port ignored, lowercased, trailing dot removed). */
function hostnameOf(hostHeader) {
    let h = hostHeader.trim().toLowerCase();
    if (h.startsWith('[')) {
        const end = h.indexOf(']');
        h = end < 0 ? h : h.slice(0, end + 1);
    }
    else {
        const colon = h.lastIndexOf(':');
        if (colon >= 0 && h.indexOf(':') === colon)
            h = h.slice(0, colon);
    }
    return h.endsWith('.') ? h.slice(0, -1) : h;
}
/** Splits the raw path on `/` before decoding; each parameter is decoded once. Throws 400 on bad encoding. */
function matchRoute(routes, rawPath) {
    const segs = rawPath.split('/');
    const decoded = [];
    for (const seg of segs) {
        const d = decodeSegment(seg);
        if (d === undefined)
            throw new ApiError(400, 'bad_request', 'invalid percent-encoding in path');
        decoded.push(d);
    }
    for (const [pattern, route] of routes) {
        const ps = pattern.split('/');
        if (ps.length !== segs.length)
            continue;
        const params = [];
        let ok = true;
        for (let i = 0; i < ps.length; i++) {
            if (ps[i] === '*') {
                if (decoded[i] === '')
                    ok = false;
                params.push(decoded[i]);
            }
            else if (ps[i] !== segs[i])
                ok = false;
            if (!ok)
                break;
        }
        if (ok)
            return { route, params, path: decoded.join('/') };
    }
    return undefined;
}
function isJsonContentType(ct) {
    if (ct === undefined)
        return false;
    return ct.split(';')[0].trim().toLowerCase() === 'application/json';
}
/** Parses a request body as a JSON object or throws the §3.2 errors. */
function parseJsonBody(bytes) {
    const text = (0,encoding/* decodeUtf8Strict */.h0)(bytes);
    let v;
    try {
        if (text === undefined)
            throw new Error('not UTF-8');
        v = JSON.parse(text);
    }
    catch {
        throw new ApiError(400, 'bad_request', 'request body is not valid JSON');
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        throw new ApiError(400, 'bad_request', 'request body must be a JSON object');
    }
    return v;
}
const tooLarge = () => new ApiError(413, 'payload_too_large', `request body exceeds ${BODY_LIMIT} bytes`, { Connection: 'close' });
function readBody(req) {
    return new Promise((resolve, reject) => {
        const len = req.headers['content-length'];
        if (len !== undefined && /^[0-9]+$/.test(len) && Number(len) > BODY_LIMIT) {
            reject(tooLarge());
            return;
        }
        const parts = [];
        let total = 0;
        let done = false;
        req.on('data', (chunk) => {
            if (done)
                return;
            total += chunk.length;
            if (total > BODY_LIMIT) {
                done = true;
                req.pause();
                reject(tooLarge());
                return;
            }
            parts.push(chunk);
        });
        req.on('end', () => {
            if (!done)
                resolve(Buffer.concat(parts));
        });
        req.on('error', (e) => {
            if (!done)
                reject(e);
        });
    });
}
const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff' };
const API_HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
function send(res, head, result, extra = {}) {
    const headers = { ...BASE_HEADERS, ...API_HEADERS, ...extra, ...(result.headers ?? {}) };
    const body = Buffer.from(result.text ?? result.json ?? '', 'utf8');
    headers['Content-Length'] = String(body.length);
    res.writeHead(result.status, headers);
    res.end(head ? undefined : body);
}
function sendError(res, head, err, extra = {}) {
    send(res, head, errorResult(err), extra);
}
const NOT_FOUND_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>404 Not Found</title></head>' +
    '<body><h1>404</h1><p>Not Found</p></body></html>';
/** `/git`, `/gh`, `/gh/*`, `/resolve`, `/resolve/*`, `/upload`: real 404s (§7). */
const RESERVED_404 = /^\/(git|gh|resolve|upload)(\/.*)?$/;
function createHttpServer(routes, t, loadWeb) {
    const allowedOrigin = (origin, hostHeader) => {
        const norm = normaliseOrigin(origin);
        if (norm === undefined)
            return false;
        const port = t.port();
        const fixed = [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://[::1]:${port}`];
        if (hostHeader !== undefined) {
            const same = normaliseOrigin(`http://${hostHeader}`);
            if (same !== undefined)
                fixed.push(same);
        }
        return fixed.map((o) => normaliseOrigin(o)).includes(norm) || t.allowedOrigins.includes(norm);
    };
    const hostAllowed = (hostHeader) => {
        const checking = isLoopbackAddress(t.host) || t.allowedHosts.length > 0;
        if (!checking)
            return true;
        if (hostHeader === undefined)
            return false;
        const h = hostnameOf(hostHeader);
        return LOOPBACK_HOSTS.has(h) || t.allowedHosts.includes(h);
    };
    /** Dispatches one API request (no Host/CORS: those are transport concerns). */
    const dispatch = async (method, rawPath, query, headers, readJson) => {
        try {
            const m = matchRoute(routes, rawPath);
            if (m === undefined)
                throw new ApiError(404, 'not_found', `no route for ${method} ${rawPath}`);
            if (!m.route.methods.includes(method)) {
                throw new ApiError(405, 'method_not_allowed', `method ${method} not allowed for ${m.path}`, {
                    Allow: m.route.methods.join(', '),
                });
            }
            let body;
            if (m.route.body) {
                if (!isJsonContentType(headers['content-type'])) {
                    throw new ApiError(415, 'unsupported_media_type', 'Content-Type must be application/json');
                }
                body = await readJson();
            }
            return await m.route.handle(m.params, query, body, headers);
        }
        catch (err) {
            if (err instanceof ApiError)
                return errorResult(err);
            t.log(`ERROR ${method} ${rawPath}: ${err.stack ?? String(err)}`);
            return errorResult(new ApiError(500, 'internal', 'internal server error'));
        }
    };
    const api = async (method, pathAndQuery, body) => {
        const q = pathAndQuery.indexOf('?');
        const rawPath = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
        const query = new URLSearchParams(q < 0 ? '' : pathAndQuery.slice(q + 1));
        const m = method.toUpperCase();
        const r = await dispatch(m, rawPath, query, { 'content-type': 'application/json' }, async () => {
            if (body === null || typeof body !== 'object' || Array.isArray(body)) {
                throw new ApiError(400, 'bad_request', 'request body must be a JSON object');
            }
            return body;
        });
        return { status: r.status, body: r.json !== undefined ? JSON.parse(r.json) : r.text };
    };
    let web = null;
    const webHandler = async () => {
        if (web === null)
            web = await loadWeb();
        return web;
    };
    const handle = async (req, res) => {
        const method = (req.method ?? 'GET').toUpperCase();
        const url = req.url ?? '/';
        const qi = url.indexOf('?');
        const rawPath = qi < 0 ? url : url.slice(0, qi);
        const query = new URLSearchParams(qi < 0 ? '' : url.slice(qi + 1));
        const head = method === 'HEAD';
        const headers = req.headers;
        const origin = headers.origin;
        if (!hostAllowed(headers.host)) {
            sendError(res, head, new ApiError(403, 'forbidden', 'host not allowed'));
            return;
        }
        if (method === 'OPTIONS') {
            const reqMethod = headers['access-control-request-method'];
            if (origin === undefined || reqMethod === undefined) {
                res.writeHead(204, { ...BASE_HEADERS, Allow: 'GET, HEAD, POST, DELETE, OPTIONS', 'Cache-Control': 'no-store' });
                res.end();
                return;
            }
            let denial;
            if (!allowedOrigin(origin, headers.host))
                denial = 'origin not allowed';
            else if (!['GET', 'HEAD', 'POST', 'DELETE'].includes(reqMethod.trim().toUpperCase())) {
                denial = `method not allowed: ${reqMethod.trim()}`;
            }
            else {
                const asked = (headers['access-control-request-headers'] ?? '')
                    .split(',')
                    .map((h) => h.trim().toLowerCase())
                    .filter((h) => h !== '');
                const badHeader = asked.find((h) => h !== 'content-type');
                if (badHeader !== undefined)
                    denial = `header not allowed: ${badHeader}`;
            }
            if (denial !== undefined) {
                sendError(res, false, new ApiError(403, 'forbidden', denial));
                return;
            }
            res.writeHead(204, {
                ...BASE_HEADERS,
                'Access-Control-Allow-Origin': origin,
                'Access-Control-Allow-Methods': 'GET, HEAD, POST, DELETE, OPTIONS',
                'Access-Control-Allow-Headers': 'Content-Type',
                'Access-Control-Max-Age': '600',
                Vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
            });
            res.end();
            return;
        }
        const cors = {};
        if (origin !== undefined) {
            if (allowedOrigin(origin, headers.host)) {
                cors['Access-Control-Allow-Origin'] = origin;
                cors.Vary = 'Origin';
            }
            else if (method !== 'GET' && method !== 'HEAD') {
                sendError(res, head, new ApiError(403, 'forbidden', 'origin not allowed'));
                return;
            }
        }
        if (rawPath === '/api' || rawPath.startsWith('/api/')) {
            let bodyError;
            const result = await dispatch(method, rawPath, query, headers, async () => {
                try {
                    return parseJsonBody(await readBody(req));
                }
                catch (err) {
                    if (err instanceof ApiError)
                        bodyError = err;
                    throw err;
                }
            });
            // HEAD is answered like GET; a HEAD-only mismatch (e.g. HEAD on POST routes) keeps its 405.
            send(res, head, result, cors);
            if (bodyError?.status === 413) {
                res.on('finish', () => req.destroy());
            }
            return;
        }
        if (method !== 'GET' && method !== 'HEAD') {
            sendError(res, false, new ApiError(405, 'method_not_allowed', `method ${method} not allowed for ${rawPath}`, {
                Allow: 'GET, HEAD',
            }));
            return;
        }
        if (!RESERVED_404.test(rawPath)) {
            const h = await webHandler();
            if (h !== undefined && (await h(req, res, { api, reviewRoot: t.reviewRoot })))
                return;
        }
        res.writeHead(404, {
            ...BASE_HEADERS,
            'Content-Type': 'text/html; charset=utf-8',
            'Cache-Control': 'no-store',
            'Content-Length': String(Buffer.byteLength(NOT_FOUND_HTML)),
        });
        res.end(head ? undefined : NOT_FOUND_HTML);
    };
    const server = external_node_http_.createServer((req, res) => {
        handle(req, res).catch((err) => {
            t.log(`ERROR ${req.method} ${req.url}: ${err.stack ?? String(err)}`);
            if (!res.headersSent)
                sendError(res, false, new ApiError(500, 'internal', 'internal server error'));
            else
                res.destroy();
        });
    });
    server.headersTimeout = 10_000;
    server.requestTimeout = 30_000;
    server.keepAliveTimeout = 5_000;
    server.on('clientError', (err, socket) => {
        if (!socket.writable) {
            socket.destroy();
            return;
        }
        let status = 400;
        let code = 'bad_request';
        let message = 'malformed HTTP request';
        if (err.code === 'HPE_HEADER_OVERFLOW') {
            status = 431;
            code = 'request_header_fields_too_large';
            message = 'request headers too large';
        }
        else if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'ERR_HTTP_HEADERS_TIMEOUT') {
            status = 408;
            code = 'request_timeout';
            message = 'request timed out';
        }
        const body = JSON.stringify({ code, message });
        const reason = external_node_http_.STATUS_CODES[status] ?? 'Error';
        socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nCache-Control: no-store\r\n` +
            `X-Content-Type-Options: nosniff\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    });
    return { server, api };
}

;// CONCATENATED MODULE: ./cli/serve/run.ts
// Starts `opensession serve`: the lock, the index (SQLite or PostgreSQL), the HTTP server; stops on SIGTERM/SIGINT.












function pidAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/** `serve.lock` (§3.1): one server per data dir; a lock naming a dead pid is stale and replaced. */
function acquireLock(dataDir) {
    external_node_fs_.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const lock = external_node_path_.join(dataDir, 'serve.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            const fd = external_node_fs_.openSync(lock, 'wx');
            external_node_fs_.writeSync(fd, `${process.pid}\n`);
            external_node_fs_.closeSync(fd);
            return () => {
                try {
                    if (external_node_fs_.readFileSync(lock, 'utf8').trim() === String(process.pid))
                        external_node_fs_.unlinkSync(lock);
                }
                catch {
                    // already gone
                }
            };
        }
        catch (err) {
            if (err.code !== 'EEXIST')
                throw err;
            const text = external_node_fs_.readFileSync(lock, 'utf8').trim();
            const pid = /^[1-9][0-9]*$/.test(text) ? Number(text) : undefined;
            if (pid !== undefined && pid !== process.pid && pidAlive(pid)) {
                throw new errors/* OpenSessionError */.RL(`another opensession serve is using ${dataDir} (pid ${pid})`);
            }
            external_node_fs_.rmSync(lock, { force: true });
        }
    }
    throw new errors/* OpenSessionError */.RL(`could not lock ${dataDir}`);
}
async function startServe(s, ctx, version) {
    const release = acquireLock(s.dataDir);
    let storage;
    try {
        const driver = s.databaseUrl
            ? await PostgresDriver.connect(s.databaseUrl).catch((err) => {
                throw new errors/* OpenSessionError */.RL(`cannot connect to the PostgreSQL index: ${err.message}`);
            })
            : new SqliteDriver(external_node_path_.join(s.dataDir, 'index.sqlite3'));
        storage = new IndexStorage(driver);
        await storage.open();
    }
    catch (err) {
        release();
        throw err;
    }
    const log = (line) => ctx.stderr(`${new Date().toISOString()} ${line}\n`);
    const cwdRepo = (0,store/* findRepoRoot */.Gn)(ctx.cwd);
    const indexer = new Indexer(storage, {
        home: s.home,
        extraRepos: [...s.repos, ...(cwdRepo ? [cwdRepo] : [])],
        env: ctx.env,
        warn: (m) => log(`WARN  ${m}`),
    });
    const apiSettings = {
        version,
        parsePreview: s.parsePreview,
        adminKey: s.adminKey,
        now: () => new Date(),
        freshMs: s.freshMs,
    };
    const routes = apiRoutes(indexer, apiSettings, createPreviewHandler(s, ctx.env, version));
    routes.set('/api/review/local/*', (0,review_bundle/* reviewApiRoute */.Kw)(s.reviewRoot)); // §4.6, owned by the web module
    let boundPort = s.port;
    const loadWeb = async () => {
        try {
            return (await __webpack_require__.e(/* import() */ 3663).then(__webpack_require__.bind(__webpack_require__, 3663))).handleWeb;
        }
        catch {
            return undefined;
        }
    };
    const { server } = createHttpServer(routes, {
        host: s.host,
        allowedHosts: s.allowedHosts,
        allowedOrigins: s.allowedOrigins,
        port: () => boundPort,
        log,
        reviewRoot: s.reviewRoot,
    }, loadWeb);
    try {
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(s.port, s.host, () => {
                server.off('error', reject);
                resolve();
            });
        });
    }
    catch (err) {
        await storage.close();
        release();
        throw new errors/* OpenSessionError */.RL(`cannot listen on ${s.host}:${s.port}: ${err.message}`);
    }
    boundPort = server.address().port;
    const hostPart = s.host.includes(':') ? `[${s.host}]` : s.host;
    const url = `http://${hostPart}:${boundPort}`;
    ctx.stdout(`opensession serve: listening on ${url}\n`);
    if (!isLoopbackAddress(s.host)) {
        ctx.stderr(`warning: opensession serve is reachable from the network on ${hostPart}:${boundPort}\n`);
    }
    void indexer.refresh(0); // the initial full scan; sessions routes await it
    let stopping;
    let resolveDone;
    const done = new Promise((r) => (resolveDone = r));
    const stop = () => {
        if (stopping)
            return stopping;
        stopping = (async () => {
            const closed = new Promise((r) => server.close(() => r()));
            server.closeIdleConnections();
            const deadline = setTimeout(() => server.closeAllConnections(), 5000);
            await closed;
            clearTimeout(deadline);
            await indexer.refresh(60_000).catch(() => undefined); // let an in-flight refresh finish before closing
            await storage.close().catch(() => undefined);
            release();
            resolveDone();
        })();
        return stopping;
    };
    return { url, port: boundPort, stop, done };
}

;// CONCATENATED MODULE: ./cli/serve/settings.ts
// `opensession serve` settings (daemon-and-server.md §3.1): flag > env > default, read once into one typed object.




const DEFAULT_PORT = 8788;
const BOOL_TRUE = new Set(['1', 'true', 'yes', 'on']);
const BOOL_FALSE = new Set(['0', 'false', 'no', 'off']);
function envBool(name, value, dflt) {
    if (value === undefined)
        return dflt;
    const v = (0,core_text/* asciiLower */.F)((0,core_text/* trim */.Bq)(value));
    if (BOOL_TRUE.has(v))
        return true;
    if (BOOL_FALSE.has(v))
        return false;
    throw new errors/* OpenSessionError */.RL(`invalid ${name} value "${value}" (expected 1, true, yes, on, 0, false, no or off)`);
}
function parsePort(value, what, usage) {
    const v = (0,core_text/* trim */.Bq)(value);
    if (!/^[0-9]{1,5}$/.test(v) || Number(v) > 65535) {
        const msg = `invalid ${what} "${value}": expected an integer from 0 to 65535`;
        throw usage ? new errors/* UsageError */.eb(msg) : new errors/* OpenSessionError */.RL(msg);
    }
    return Number(v);
}
function isIpLiteral(h) {
    if (/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(h))
        return true;
    try {
        return new URL(`http://[${h}]/`).hostname.length > 2;
    }
    catch {
        return false;
    }
}
function parseHost(value, usage) {
    const h = (0,core_text/* trim */.Bq)(value).replace(/^\[(.*)\]$/, '$1');
    if (h !== 'localhost' && !isIpLiteral(h)) {
        const msg = `invalid host "${value}": expected an IP address or localhost`;
        throw usage ? new errors/* UsageError */.eb(msg) : new errors/* OpenSessionError */.RL(msg);
    }
    return h;
}
function parseOrigin(value, usage) {
    const norm = (0,core_text/* trim */.Bq)(value) === '*' ? undefined : normaliseOrigin((0,core_text/* trim */.Bq)(value));
    if (norm === undefined) {
        const msg = `invalid origin "${value}": expected http(s)://host[:port] without a path`;
        throw usage ? new errors/* UsageError */.eb(msg) : new errors/* OpenSessionError */.RL(msg);
    }
    return norm;
}
const list = (v) => (v ?? '')
    .split(',')
    .map((s) => (0,core_text/* trim */.Bq)(s))
    .filter((s) => s !== '');
function resolveServeSettings(flags, env, cwd) {
    const home = env.HOME || env.USERPROFILE;
    if (!home)
        throw new errors/* OpenSessionError */.RL('could not determine home directory');
    let port = DEFAULT_PORT;
    if (flags.port !== undefined)
        port = parsePort(flags.port, '--port', true);
    else if (env.OPENSESSION_PORT !== undefined && (0,core_text/* trim */.Bq)(env.OPENSESSION_PORT) !== '') {
        port = parsePort(env.OPENSESSION_PORT, 'OPENSESSION_PORT', false);
    }
    else if (env.PORT !== undefined && (0,core_text/* trim */.Bq)(env.PORT) !== '')
        port = parsePort(env.PORT, 'PORT', false);
    let host = '127.0.0.1';
    if (flags.host !== undefined)
        host = parseHost(flags.host, true);
    else if (env.OPENSESSION_HOST !== undefined && (0,core_text/* trim */.Bq)(env.OPENSESSION_HOST) !== '') {
        host = parseHost(env.OPENSESSION_HOST, false);
    }
    const dataDir = external_node_path_.resolve(cwd, flags.dataDir ?? (env.OPENSESSION_DATA_DIR || external_node_path_.join(home, '.local', 'share', 'opensession', 'server')));
    const allowedOrigins = [
        ...(flags.allowedOrigin ?? []).map((o) => parseOrigin(o, true)),
        ...list(env.OPENSESSION_ALLOWED_ORIGINS).map((o) => parseOrigin(o, false)),
    ];
    const parsePreview = flags.parsePreview === false ? false : envBool('OPENSESSION_PARSE_PREVIEW', env.OPENSESSION_PARSE_PREVIEW, true);
    const dbUrl = (0,core_text/* trim */.Bq)(env.OPENSESSION_DATABASE_URL ?? '');
    if (dbUrl !== '' && !/^postgres(ql)?:\/\//i.test(dbUrl)) {
        throw new errors/* OpenSessionError */.RL('OPENSESSION_DATABASE_URL must be a postgres:// or postgresql:// URL');
    }
    return {
        port,
        host,
        dataDir,
        repos: (flags.repo ?? []).map((r) => external_node_path_.resolve(cwd, r)),
        allowedOrigins,
        allowedHosts: list(env.OPENSESSION_ALLOWED_HOSTS).map((h) => hostLower(h)),
        parsePreview,
        adminKey: (0,core_text/* trim */.Bq)(env.OPENSESSION_ADMIN_KEY ?? ''),
        databaseUrl: dbUrl === '' ? undefined : dbUrl,
        reviewRoot: flags.reviewRoot === undefined ? undefined : external_node_path_.resolve(cwd, flags.reviewRoot),
        githubToken: (0,core_text/* trim */.Bq)(env.OPENSESSION_GITHUB_TOKEN ?? '') || undefined,
        gitlabToken: (0,core_text/* trim */.Bq)(env.OPENSESSION_GITLAB_TOKEN ?? '') || undefined,
        gitlabHost: (0,core_text/* asciiLower */.F)((0,core_text/* trim */.Bq)(env.OPENSESSION_GITLAB_HOST ?? '')) || 'gitlab.com',
        previewAllowedHosts: list(env.OPENSESSION_PREVIEW_ALLOWED_HOSTS).map((h) => (0,core_text/* asciiLower */.F)(h)),
        home,
        freshMs: testFreshMs(env.OPENSESSION_TEST_FRESH_MS),
    };
}
/** `OPENSESSION_TEST_FRESH_MS`: test-only, not documented for users; an integer of milliseconds. */
function testFreshMs(value) {
    if (value === undefined || (0,core_text/* trim */.Bq)(value) === '')
        return undefined;
    const v = (0,core_text/* trim */.Bq)(value);
    if (!/^[0-9]{1,7}$/.test(v)) {
        throw new errors/* OpenSessionError */.RL(`invalid OPENSESSION_TEST_FRESH_MS "${value}": expected a whole number of milliseconds`);
    }
    return Number(v);
}
function hostLower(h) {
    const l = (0,core_text/* asciiLower */.F)(h);
    return l.endsWith('.') ? l.slice(0, -1) : l;
}

;// CONCATENATED MODULE: ./cli/commands/serve.ts
// `opensession serve` (daemon-and-server.md §3): the local HTTP API v1 and web viewer.





const collect = (value, prev = []) => [...prev, value];
function serveCommand(ctx) {
    return new esm/* Command */.uB('serve')
        .description('serve the session API and web viewer on this machine (127.0.0.1:8788 by default)')
        .option('--port <n>', 'port to listen on (0 = any free port)')
        .option('--host <addr>', 'address to bind (an IP address or localhost)')
        .option('--data-dir <dir>', 'where the session index and lock live')
        .option('--repo <path>', 'also index the ledger refs and object store of this repository', collect)
        .option('--allowed-origin <origin>', 'extra CORS origin, http(s)://host[:port]', collect)
        .option('--no-parse-preview', 'turn off POST /api/parse/preview')
        .option('--review-root <dir>', 'folder of local review bundles served at /review/local/<id> (default: $OPENSESSION_LOCAL_REVIEW_ROOT)')
        .action(async (opts) => {
        // §4.6: the environment supplies the review root when the flag is absent; an empty value means unset.
        const envRoot = (0,core_text/* trim */.Bq)(ctx.env.OPENSESSION_LOCAL_REVIEW_ROOT ?? '');
        const flags = { ...opts, reviewRoot: opts.reviewRoot ?? (envRoot === '' ? undefined : envRoot) };
        const settings = resolveServeSettings(flags, ctx.env, ctx.cwd);
        // Handlers first: a signal that arrives right after the listening line still stops the server cleanly.
        let running;
        let requested = false;
        const onSignal = () => {
            requested = true;
            void running?.stop();
        };
        const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'];
        for (const sig of signals)
            process.on(sig, onSignal);
        try {
            running = await startServe(settings, ctx, program.VERSION);
            if (requested)
                void running.stop();
            await running.done;
        }
        finally {
            for (const sig of signals)
                process.off(sig, onSignal);
        }
    });
}


/***/ }),

/***/ 5189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kw: () => (/* binding */ reviewApiRoute),
/* harmony export */   SK: () => (/* binding */ readLocalReviewBundle)
/* harmony export */ });
/* unused harmony export REVIEW_ID_PATTERN */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_hail__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(251);
/* harmony import */ var _core_redact__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4794);
// Local review bundles on the server side (daemon-and-server.md §4.6): id check, read, redact before serving.





const REVIEW_ID_PATTERN = /^[A-Za-z0-9._-]+$/;
function str(v) {
    return typeof v === 'string' ? v : '';
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof _core_hail__WEBPACK_IMPORTED_MODULE_2__/* .JsonFloat */ .Xg);
}
/** Lossless JSON value → plain JS value for `JSON.stringify` (bigints and integral floats become numbers). */
function plain(v) {
    if (typeof v === 'bigint')
        return Number(v);
    if (v !== null && typeof v === 'object') {
        if (Array.isArray(v))
            return v.map(plain);
        if (v instanceof _core_hail__WEBPACK_IMPORTED_MODULE_2__/* .JsonFloat */ .Xg)
            return v.value;
        const out = {};
        for (const k of Object.keys(v))
            out[k] = plain(v[k]);
        return out;
    }
    return v;
}
/**
 * Reads `<root>/<id>/bundle.json`. Each session is parsed, redacted and re-encoded, so what a page or the API
 * serves never carries a secret even when the bundle file was written by hand; a session that does not parse is
 * dropped from the served bundle rather than shown unredacted.
 */
function readLocalReviewBundle(root, id) {
    if (root === undefined || root === '')
        return { ok: false, status: 404, code: 'not_found', message: 'local review API is not enabled on this server' };
    if (id === '' || !REVIEW_ID_PATTERN.test(id) || id === '.' || id === '..')
        return { ok: false, status: 400, code: 'bad_request', message: 'review_id contains invalid characters' };
    const file = node_path__WEBPACK_IMPORTED_MODULE_1__.join(root, id, 'bundle.json');
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch {
        return { ok: false, status: 404, code: 'not_found', message: 'local review bundle not found' };
    }
    let doc;
    try {
        doc = (0,_core_hail__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonLossless */ .KK)(text);
    }
    catch {
        return { ok: false, status: 500, code: 'internal', message: 'invalid review bundle' };
    }
    if (!isObj(doc) || !isObj(doc.pr) || !Array.isArray(doc.commits) || !Array.isArray(doc.sessions))
        return { ok: false, status: 500, code: 'internal', message: 'invalid review bundle' };
    const pr = doc.pr;
    const num = pr.number;
    const bundle = {
        review_id: str(doc.review_id),
        generated_at: str(doc.generated_at),
        pr: {
            url: str(pr.url),
            owner: str(pr.owner),
            repo: str(pr.repo),
            number: typeof num === 'number' ? num : typeof num === 'bigint' ? Number(num) : 0,
            remote: str(pr.remote),
            base_sha: str(pr.base_sha),
            head_sha: str(pr.head_sha),
        },
        commits: doc.commits.filter(isObj).map((c) => ({
            sha: str(c.sha),
            title: str(c.title),
            author_name: str(c.author_name),
            author_email: str(c.author_email),
            authored_at: str(c.authored_at),
            session_ids: strings(c.session_ids),
        })),
        sessions: [],
    };
    for (const s of doc.sessions.filter(isObj)) {
        let session;
        try {
            const parsed = (0,_core_hail__WEBPACK_IMPORTED_MODULE_2__/* .fromWholeSessionJson */ .MW)(s.session ?? null);
            session = plain((0,_core_hail__WEBPACK_IMPORTED_MODULE_2__/* .toWholeSessionObject */ .M2)((0,_core_redact__WEBPACK_IMPORTED_MODULE_3__/* .redactSession */ .yU)(parsed, { stripHomePaths: false }).session));
        }
        catch {
            continue;
        }
        bundle.sessions.push({
            session_id: str(s.session_id),
            ledger_ref: str(s.ledger_ref),
            hail_path: str(s.hail_path),
            commit_shas: strings(s.commit_shas),
            session,
        });
    }
    return { ok: true, bundle };
}
/**
 * `GET /api/review/local/{review_id}` (§4.6) as a route of the server's table (pattern `/api/review/local/*`):
 * the bundle with its sessions redacted, or the JSON error.
 */
function reviewApiRoute(reviewRoot) {
    return {
        methods: ['GET', 'HEAD'],
        handle: async (params) => {
            const r = readLocalReviewBundle(reviewRoot, params[0] ?? '');
            return r.ok
                ? { status: 200, json: JSON.stringify(r.bundle) }
                : { status: r.status, json: JSON.stringify({ code: r.code, message: r.message }) };
        },
    };
}


/***/ }),

/***/ 251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.Br),
/* harmony export */   CY: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.CY),
/* harmony export */   KH: () => (/* reexport safe */ _stats__WEBPACK_IMPORTED_MODULE_3__.KH),
/* harmony export */   KK: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.KK),
/* harmony export */   M2: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.M2),
/* harmony export */   MW: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.MW),
/* harmony export */   P9: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.P9),
/* harmony export */   Po: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.Po),
/* harmony export */   UZ: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.UZ),
/* harmony export */   Vd: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.Vd),
/* harmony export */   Xg: () => (/* reexport safe */ _types__WEBPACK_IMPORTED_MODULE_0__.Xg),
/* harmony export */   fg: () => (/* reexport safe */ _writer__WEBPACK_IMPORTED_MODULE_5__.fg),
/* harmony export */   gQ: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.gQ),
/* harmony export */   ge: () => (/* reexport safe */ _encode__WEBPACK_IMPORTED_MODULE_6__.ge),
/* harmony export */   iL: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.iL),
/* harmony export */   ju: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.ju),
/* harmony export */   m1: () => (/* reexport safe */ _reader__WEBPACK_IMPORTED_MODULE_4__.m1),
/* harmony export */   qY: () => (/* reexport safe */ _json__WEBPACK_IMPORTED_MODULE_1__.qY),
/* harmony export */   wH: () => (/* reexport safe */ _validate__WEBPACK_IMPORTED_MODULE_7__.dk),
/* harmony export */   z_: () => (/* reexport safe */ _timestamp__WEBPACK_IMPORTED_MODULE_2__.z_)
/* harmony export */ });
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1022);
/* harmony import */ var _json__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
/* harmony import */ var _timestamp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9823);
/* harmony import */ var _stats__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(143);
/* harmony import */ var _reader__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4632);
/* harmony import */ var _writer__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2287);
/* harmony import */ var _encode__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9437);
/* harmony import */ var _validate__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4849);
// Public API of the HAIL core (hail-and-store.md sections 2-5).










/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KH: () => (/* binding */ withRecomputedStats),
/* harmony export */   Qf: () => (/* binding */ recomputeStats),
/* harmony export */   qX: () => (/* binding */ StatsAccumulator)
/* harmony export */ });
/* unused harmony export emptyStats */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
// Stats fold (hail-and-store.md section 3). Folded event by event so streaming writers need no event list.

const MAX = Number.MAX_SAFE_INTEGER;
/** A token value counts only when it is a non-negative JSON integer ≤ 2^53−1 (floats like 10.0 count 0). */
function tokenValue(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0;
}
/** amendments-2 A2: the lines of a created file's body (its first `Code` block) count as added lines. */
function createdLines(event) {
    const code = event.content.blocks.find((b) => b.type === 'Code');
    if (code === undefined || code.type !== 'Code' || code.code === '')
        return 0;
    const n = code.code.split('\n').length;
    return code.code.endsWith('\n') ? n - 1 : n;
}
function countDiff(diff, acc) {
    // split on \n; a trailing \r never changes the first characters, so it needs no stripping here
    let start = 0;
    const n = diff.length;
    while (start <= n) {
        let end = diff.indexOf('\n', start);
        if (end < 0)
            end = n;
        const c = diff.charCodeAt(start);
        if (c === 0x2b /* + */) {
            if (!(diff.charCodeAt(start + 1) === 0x2b && diff.charCodeAt(start + 2) === 0x2b && start + 2 < end)) {
                acc.added++;
            }
        }
        else if (c === 0x2d /* - */) {
            if (!(diff.charCodeAt(start + 1) === 0x2d && diff.charCodeAt(start + 2) === 0x2d && start + 2 < end)) {
                acc.removed++;
            }
        }
        start = end + 1;
    }
}
/** Incremental form of recomputeStats: `add` each event in file order, then `result()`. */
class StatsAccumulator {
    eventCount = 0;
    messageCount = 0;
    userMessageCount = 0;
    toolCallCount = 0;
    tasks = new Set();
    paths = new Set();
    lines = { added: 0, removed: 0 };
    inputSum = 0;
    outputSum = 0;
    inputMax = 0;
    outputMax = 0;
    hasInputTotal = false;
    hasOutputTotal = false;
    first;
    last;
    add(event) {
        this.eventCount++;
        if (this.first === undefined)
            this.first = event.timestamp;
        this.last = event.timestamp;
        const et = event.event_type;
        switch (et.type) {
            case 'UserMessage':
                this.userMessageCount++;
                this.messageCount++;
                break;
            case 'AgentMessage':
                this.messageCount++;
                break;
            case 'TaskEnd':
                if (et.data.summary !== undefined && (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(et.data.summary).length > 0)
                    this.messageCount++;
                break;
            case 'ToolCall':
            case 'FileRead':
            case 'CodeSearch':
            case 'FileSearch':
                this.toolCallCount++;
                break;
            case 'FileEdit':
                this.paths.add(et.data.path);
                if (et.data.diff !== undefined)
                    countDiff(et.data.diff, this.lines);
                break;
            case 'FileCreate':
                this.paths.add(et.data.path);
                this.lines.added += createdLines(event);
                break;
            case 'FileDelete':
                this.paths.add(et.data.path);
                break;
            default:
                break;
        }
        if (event.task_id !== undefined) {
            const t = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(event.task_id);
            if (t.length > 0)
                this.tasks.add(t);
        }
        const a = event.attributes;
        const own = Object.prototype.hasOwnProperty;
        if (own.call(a, 'input_tokens_total')) {
            this.hasInputTotal = true;
            const v = tokenValue(a.input_tokens_total);
            if (v > this.inputMax)
                this.inputMax = v;
        }
        if (own.call(a, 'output_tokens_total')) {
            this.hasOutputTotal = true;
            const v = tokenValue(a.output_tokens_total);
            if (v > this.outputMax)
                this.outputMax = v;
        }
        if (own.call(a, 'input_tokens'))
            this.inputSum = Math.min(this.inputSum + tokenValue(a.input_tokens), MAX);
        if (own.call(a, 'output_tokens'))
            this.outputSum = Math.min(this.outputSum + tokenValue(a.output_tokens), MAX);
    }
    result() {
        let duration = 0;
        if (this.first !== undefined && this.last !== undefined && this.last > this.first) {
            duration = Number((this.last - this.first) / 1000000000n);
        }
        return {
            event_count: this.eventCount,
            message_count: this.messageCount,
            tool_call_count: this.toolCallCount,
            task_count: this.tasks.size,
            duration_seconds: duration,
            total_input_tokens: this.hasInputTotal ? this.inputMax : this.inputSum,
            total_output_tokens: this.hasOutputTotal ? this.outputMax : this.outputSum,
            user_message_count: this.userMessageCount,
            files_changed: this.paths.size,
            lines_added: this.lines.added,
            lines_removed: this.lines.removed,
        };
    }
}
/** Stats of a session computed from its events (section 3). */
function recomputeStats(session) {
    const acc = new StatsAccumulator();
    for (const e of session.events)
        acc.add(e);
    return acc.result();
}
/** A shallow copy of the session with recomputed stats. */
function withRecomputedStats(session) {
    return { ...session, stats: recomputeStats(session) };
}
/** A stats value with every field 0. */
function emptyStats() {
    return {
        event_count: 0,
        message_count: 0,
        tool_call_count: 0,
        task_count: 0,
        duration_seconds: 0,
        total_input_tokens: 0,
        total_output_tokens: 0,
        user_message_count: 0,
        files_changed: 0,
        lines_added: 0,
        lines_removed: 0,
    };
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

/***/ 4794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yU: () => (/* reexport */ redactSession),
  Rd: () => (/* reexport */ engine/* redactText */.Rd),
  wv: () => (/* reexport */ engine/* totalCount */.wv)
});

// UNUSED EXPORTS: CONNECTION_STRING_SCHEMES, REDACTION_RULES, REDACTION_RULE_IDS, SECRET_KEY_SUFFIXES, isExcludedSecretValue, isSecretKeyName, marker, mergeCounts, redactSecrets, stripHomePaths

// EXTERNAL MODULE: ./core/redact/engine.ts + 1 modules
var engine = __webpack_require__(7472);
// EXTERNAL MODULE: ./core/hail/stats.ts
var stats = __webpack_require__(143);
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





/***/ }),

/***/ 1237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ firstLine),
/* harmony export */   h: () => (/* binding */ createGitRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ledger_git_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8843);
// The system `git` for review reads and CI network steps (ci-automation.md §16): no shell, no prompts, stable stderr.


/** Builds a runner for `cwd`. `env` is the complete base environment (the caller's, never read here). */
function createGitRunner(cwd, env) {
    const runRaw = (args, options = {}) => (0,_ledger_git_cli__WEBPACK_IMPORTED_MODULE_1__.runGitRaw)(args, { cwd, baseEnv: env, env: { ...options.env, GIT_TERMINAL_PROMPT: '0' }, input: options.input });
    return {
        cwd,
        runRaw,
        spawnStream(args) {
            // The same environment as runGitRaw gives a call (ledger/git-cli.ts).
            const full = {};
            for (const [k, v] of Object.entries({ ...env, GIT_TERMINAL_PROMPT: '0' }))
                if (v !== undefined)
                    full[k] = v;
            full.LC_ALL = 'C';
            return (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...args], { cwd, env: full, stdio: ['pipe', 'pipe', 'pipe'] });
        },
        async run(args, options) {
            const r = await runRaw(args, options);
            return { code: r.code, stdout: r.stdout.toString('utf8'), stderr: r.stderr };
        },
    };
}
/** The first non-empty line of git's stderr (or stdout), for warnings. */
function firstLine(text) {
    for (const line of text.split(/\r?\n/)) {
        const t = line.trim();
        if (t !== '')
            return t;
    }
    return '';
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

/***/ 1456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ percentEncodeSegment),
/* harmony export */   E9: () => (/* binding */ base64UrlDecodeStrict),
/* harmony export */   O0: () => (/* binding */ encodePath),
/* harmony export */   Se: () => (/* binding */ base64UrlEncodeString),
/* harmony export */   YZ: () => (/* binding */ percentDecode),
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   tS: () => (/* binding */ base64UrlDecodeBytesStrict)
/* harmony export */ });
/* unused harmony export base64UrlEncode */
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2524);
// Encodings used by source URIs (hail-and-store.md 7.2) and ledger ref names (git-native.md 2.2).

const UTF8_ENCODER = new TextEncoder();
// ignoreBOM: keep a leading U+FEFF in the output (the default decoder silently drops it).
const UTF8_DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const HEX = '0123456789ABCDEF';
function isUnreserved(b) {
    return ((b >= 0x30 && b <= 0x39) || // 0-9
        (b >= 0x41 && b <= 0x5a) || // A-Z
        (b >= 0x61 && b <= 0x7a) || // a-z
        b === 0x2d || // -
        b === 0x5f || // _
        b === 0x2e || // .
        b === 0x7e // ~
    );
}
/** Decodes UTF-8 bytes strictly; `undefined` when they are not valid UTF-8. A leading BOM is kept. */
function decodeUtf8Strict(bytes) {
    try {
        return UTF8_DECODER.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/**
 * Percent-encodes every UTF-8 byte of `s` except ASCII letters, digits and `-_.~` (uppercase hex).
 * Unlike `encodeURIComponent` this also escapes `! ' ( ) *`. A lone surrogate is encoded as U+FFFD
 * (it has no UTF-8 form).
 */
function percentEncodeSegment(s) {
    const bytes = UTF8_ENCODER.encode(s);
    let out = '';
    for (const b of bytes) {
        if (isUnreserved(b))
            out += String.fromCharCode(b);
        else
            out += '%' + HEX[b >> 4] + HEX[b & 0x0f];
    }
    return out;
}
/** Splits `path` on `/`, encodes each segment with `percentEncodeSegment`, joins with `/`. */
function encodePath(path) {
    return path.split('/').map(percentEncodeSegment).join('/');
}
function hexValue(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x41 && c <= 0x46)
        return c - 0x41 + 10;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x61 + 10;
    return -1;
}
/**
 * Percent-decodes `s`: `%XX` (hex digits of either case) becomes byte XX; a malformed escape (`%zz`, a lone
 * or truncated `%`) stays literal; `+` stays `+`; every other character contributes its UTF-8 bytes.
 * Returns `undefined` when the resulting bytes are not valid UTF-8 (or `s` itself holds a lone surrogate).
 */
function percentDecode(s) {
    if (!s.isWellFormed())
        return undefined;
    if (s.indexOf('%') < 0)
        return s;
    const out = [];
    let i = 0;
    while (i < s.length) {
        const c = s.charCodeAt(i);
        if (c === 0x25 && i + 2 < s.length) {
            const hi = hexValue(s.charCodeAt(i + 1));
            const lo = hexValue(s.charCodeAt(i + 2));
            if (hi >= 0 && lo >= 0) {
                out.push((hi << 4) | lo);
                i += 3;
                continue;
            }
        }
        // Copy one code point (1 or 2 UTF-16 units) as UTF-8.
        const cp = s.codePointAt(i);
        const len = cp > 0xffff ? 2 : 1;
        for (const b of UTF8_ENCODER.encode(s.slice(i, i + len)))
            out.push(b);
        i += len;
    }
    return decodeUtf8Strict(Uint8Array.from(out));
}
/** base64url (RFC 4648 section 5 alphabet) without padding. */
function base64UrlEncode(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}
/** base64url without padding over the UTF-8 bytes of `s` (ledger ref tokens, `project_b64`, `remote_b64`). */
function base64UrlEncodeString(s) {
    return Buffer.from(s, 'utf8').toString('base64url');
}
const B64URL_CHARS = /^[A-Za-z0-9_-]*$/;
const B64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/**
 * Strict base64url decoding to bytes, or `undefined`: padding `=`, `+`, `/` and any other character outside
 * `A-Z a-z 0-9 - _` are rejected, as are a length ≡ 1 (mod 4) and non-zero trailing bits.
 */
function base64UrlDecodeBytesStrict(s) {
    if (!B64URL_CHARS.test(s))
        return undefined;
    const rem = s.length % 4;
    if (rem === 1)
        return undefined;
    if (rem !== 0) {
        const last = B64URL_ALPHABET.indexOf(s[s.length - 1]);
        // rem 2: 12 bits carry 8 → low 4 bits unused; rem 3: 18 bits carry 16 → low 2 bits unused.
        const unusedMask = rem === 2 ? 0x0f : 0x03;
        if ((last & unusedMask) !== 0)
            return undefined;
    }
    return new Uint8Array(Buffer.from(s, 'base64url'));
}
/**
 * Strict base64url decoding to a UTF-8 string (hail-and-store.md 7.2; git-native.md 2.2). Throws
 * `UriError` (`InvalidBase64`, `invalid base64url segment: {s}`) on any rejection, including invalid UTF-8.
 */
function base64UrlDecodeStrict(s) {
    const bytes = base64UrlDecodeBytesStrict(s);
    const text = bytes === undefined ? undefined : decodeUtf8Strict(bytes);
    if (text === undefined)
        throw new _types__WEBPACK_IMPORTED_MODULE_0__/* .UriError */ .h('InvalidBase64', `invalid base64url segment: ${s}`);
    return text;
}


/***/ }),

/***/ 7778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Du: () => (/* binding */ formatSourceUri),
/* harmony export */   Lf: () => (/* binding */ parseSourceUri),
/* harmony export */   kc: () => (/* binding */ webRoute),
/* harmony export */   x4: () => (/* binding */ isValidOwnerRepoSegment),
/* harmony export */   z3: () => (/* binding */ normalizeSourceUri)
/* harmony export */ });
/* unused harmony exports isRemoteSource, localHash, artifactHash, parseWebRoute */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _encoding__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1456);
/* harmony import */ var _types__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2524);
// Parsing, formatting and web routes of source URIs (hail-and-store.md 7.3–7.5).



const SCHEME = 'os://';
const HEX64 = /^[0-9A-Fa-f]{64}$/;
const OWNER_REPO = /^[A-Za-z0-9._-]{1,200}$/;
const GH_SHAPE = 'os://src/gh/<owner>/<repo>/ref/<ref>/path/<path...>';
const GL_SHAPE = 'os://src/gl/<project_b64>/ref/<ref>/path/<path...>';
const GIT_SHAPE = 'os://src/git/<remote_b64>/ref/<ref>/path/<path...>';
const REF_PATH_SHAPE = '/ref/<ref>/path/<path...>';
function structure(detail) {
    return new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidStructure', `invalid uri structure: ${detail}`);
}
/** The gh owner/repo rule of 7.3 (also used by 7.6): `^[A-Za-z0-9._-]{1,200}$` and not `.` or `..`. */
function isValidOwnerRepoSegment(value) {
    return OWNER_REPO.test(value) && value !== '.' && value !== '..';
}
function parseHash(value) {
    if (!HEX64.test(value))
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidHash', `invalid sha256: ${value}`);
    return (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(value);
}
function decodeRef(enc) {
    const decoded = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentDecode */ .YZ)(enc);
    const ref = decoded === undefined ? '' : (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(decoded);
    if (ref.length === 0)
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidRefEncoding', `invalid ref encoding: ${enc}`);
    return ref;
}
/**
 * 7.3 step 5. Each segment is percent-decoded and split on `/`; every piece is trimmed and must then be
 * non-empty, not `.`/`..` and free of `\`. Trimming each piece (not only the whole segment) keeps
 * `parse(format(u)) = u`: `a%2F%20b` reads as `a/b`, and `a%2F%20..` is rejected like `a/..`.
 */
function decodePath(segs) {
    if (segs.length === 0)
        throw structure('path segment is required');
    const pieces = [];
    for (const enc of segs) {
        const decoded = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentDecode */ .YZ)(enc);
        if (decoded === undefined)
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidPathEncoding', `invalid path encoding: ${enc}`);
        for (const raw of decoded.split('/')) {
            const piece = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(raw);
            if (piece.length === 0 || piece === '.' || piece === '..' || piece.includes('\\')) {
                throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidPathEncoding', `invalid path encoding: ${enc}`);
            }
            pieces.push(piece);
        }
    }
    return pieces.join('/');
}
/** Parses an `os://` URI (hail-and-store.md 7.3). Throws `UriError` with the spec's message. */
function parseSourceUri(s) {
    if (!s.startsWith(SCHEME))
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidScheme', 'uri must start with os://');
    const rest = s.slice(SCHEME.length);
    if (rest.startsWith('artifact/')) {
        return { kind: 'artifact', sha256: parseHash(rest.slice('artifact/'.length)) };
    }
    const segs = rest.split('/').filter((p) => p.length > 0);
    if (segs.length < 2)
        throw structure('expected os://src/<provider>/...');
    if (segs[0] !== 'src')
        throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('UnsupportedKind', `unsupported uri kind: ${segs[0]}`);
    const provider = segs[1];
    const r = segs.slice(2);
    switch (provider) {
        case 'local':
            if (r.length !== 1)
                throw structure('local uri must be os://src/local/<sha256>');
            return { kind: 'local', sha256: parseHash(r[0]) };
        case 'gh': {
            if (r.length < 6)
                throw structure(`gh uri must be ${GH_SHAPE}`);
            if (r[2] !== 'ref' || r[4] !== 'path')
                throw structure(`gh uri must contain ${REF_PATH_SHAPE}`);
            for (const v of [r[0], r[1]]) {
                if (!isValidOwnerRepoSegment(v))
                    throw structure(`invalid owner/repo segment: ${v}`);
            }
            return { kind: 'gh', owner: r[0], repo: r[1], ref: decodeRef(r[3]), path: decodePath(r.slice(5)) };
        }
        case 'gl':
        case 'git': {
            if (r.length < 5)
                throw structure(`${provider} uri must be ${provider === 'gl' ? GL_SHAPE : GIT_SHAPE}`);
            if (r[1] !== 'ref' || r[3] !== 'path')
                throw structure(`${provider} uri must contain ${REF_PATH_SHAPE}`);
            const name = (0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlDecodeStrict */ .E9)(r[0]); // `invalid base64url segment: {seg}` (7.3 step 6)
            const ref = decodeRef(r[2]);
            const path = decodePath(r.slice(4));
            return provider === 'gl' ? { kind: 'gl', project: name, ref, path } : { kind: 'git', remote: name, ref, path };
        }
        default:
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('UnsupportedKind', `unsupported uri kind: ${provider}`);
    }
}
/**
 * Formats a source URI (hail-and-store.md 7.4). No validation: `parse(format(u)) = u` holds for every valid
 * value (see `normalizeSourceUri` to validate and canonicalise an arbitrary value).
 */
function formatSourceUri(u) {
    switch (u.kind) {
        case 'artifact':
            return `${SCHEME}artifact/${(0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(u.sha256)}`;
        case 'local':
            return `${SCHEME}src/local/${(0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(u.sha256)}`;
        case 'gh':
            return `${SCHEME}src/gh/${u.owner}/${u.repo}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
        case 'gl':
            return `${SCHEME}src/gl/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(u.project)}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
        case 'git':
            return `${SCHEME}src/git/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .base64UrlEncodeString */ .Se)(u.remote)}/ref/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .percentEncodeSegment */ .Dr)(u.ref)}/path/${(0,_encoding__WEBPACK_IMPORTED_MODULE_1__/* .encodePath */ .O0)(u.path)}`;
    }
}
/**
 * `parseSourceUri(formatSourceUri(u))`: validates a value and returns its canonical form, or throws `UriError`.
 * Empty fields (which would format to an empty, dropped segment) are reported as the field's own error, in the
 * parser's order: owner/repo `invalid uri structure: invalid owner/repo segment: `, project/remote
 * `invalid base64url segment: `, ref `invalid ref encoding: `, path `invalid uri structure: path segment is required`.
 */
function normalizeSourceUri(u) {
    if (isRemoteSource(u)) {
        if (u.kind === 'gh') {
            for (const v of [u.owner, u.repo]) {
                if (!isValidOwnerRepoSegment(v))
                    throw structure(`invalid owner/repo segment: ${v}`);
            }
        }
        else if ((u.kind === 'gl' ? u.project : u.remote) === '') {
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidBase64', 'invalid base64url segment: ');
        }
        if (u.ref === '')
            throw new _types__WEBPACK_IMPORTED_MODULE_2__/* .UriError */ .h('InvalidRefEncoding', 'invalid ref encoding: ');
        if (u.path.split('/').every((p) => p === ''))
            throw structure('path segment is required');
    }
    return parseSourceUri(formatSourceUri(u));
}
function isRemoteSource(u) {
    return u.kind === 'gh' || u.kind === 'gl' || u.kind === 'git';
}
/** The sha256 of an `os://src/local/…` URI, else `undefined`. */
function localHash(u) {
    return u.kind === 'local' ? asciiLower(u.sha256) : undefined;
}
/** The sha256 of an `os://artifact/…` URI, else `undefined`. */
function artifactHash(u) {
    return u.kind === 'artifact' ? asciiLower(u.sha256) : undefined;
}
/** The web route of a remote source (the formatted URI with `os://` replaced by `/`); `undefined` for local/artifact. */
function webRoute(u) {
    if (!isRemoteSource(u))
        return undefined;
    return '/' + formatSourceUri(u).slice(SCHEME.length);
}
/**
 * Reads a web route (hail-and-store.md 7.5) back to a source URI.
 *
 * - Anything from the first `?` or `#` on (query, fragment) is ignored; the route must start with `/`
 *   (else `InvalidScheme`, `web route must start with /`).
 * - The route is split on `/` and empty pieces are dropped, as in 7.3. Only `/src/gh|gl|git/...` are routes:
 *   another first piece or provider (including `local` and `artifact`) ⇒ `unsupported uri kind: {piece}`.
 * - Hand-written refs with an unencoded `/`: when the piece after the owner/repo (gh) or `*_b64` (gl/git) is
 *   `ref`, the ref is every piece between it and the first later piece equal to `path`, searched only after at
 *   least one ref piece (so a ref named `path` works); those pieces are joined with `%2F`. A `path` inside a
 *   ref can be written `%70ath`. Formatted routes have a single ref piece, so nothing changes for them.
 * - The result is then parsed exactly as `os://` + the pieces, with the errors and messages of 7.3 (which name
 *   the `os://` form).
 */
function parseWebRoute(route) {
    const cut = route.search(/[?#]/);
    const p = cut >= 0 ? route.slice(0, cut) : route;
    if (!p.startsWith('/'))
        throw new UriError('InvalidScheme', 'web route must start with /');
    let pieces = p.split('/').filter((x) => x.length > 0);
    if (pieces.length >= 2) {
        if (pieces[0] !== 'src')
            throw new UriError('UnsupportedKind', `unsupported uri kind: ${pieces[0]}`);
        const provider = pieces[1];
        if (provider !== 'gh' && provider !== 'gl' && provider !== 'git') {
            throw new UriError('UnsupportedKind', `unsupported uri kind: ${provider}`);
        }
        const refAt = provider === 'gh' ? 4 : 3;
        if (pieces[refAt] === 'ref') {
            const pathAt = pieces.indexOf('path', refAt + 2);
            if (pathAt > refAt + 2) {
                const refEnc = pieces.slice(refAt + 1, pathAt).join('%2F');
                pieces = [...pieces.slice(0, refAt + 1), refEnc, ...pieces.slice(pathAt)];
            }
        }
    }
    return parseSourceUri(SCHEME + pieces.join('/'));
}


/***/ }),

/***/ 819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ remoteUrlToSourceUri),
/* harmony export */   P0: () => (/* binding */ cleanRemotePath),
/* harmony export */   py: () => (/* binding */ remoteHostAndPath),
/* harmony export */   um: () => (/* binding */ stripUrlCredentials)
/* harmony export */ });
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _parse__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7778);
// Remote URL → source URI (hail-and-store.md 7.6; git-native.md 10.5).


/**
 * Removes credentials from a remote URL. `http://`/`https://` (scheme compared ASCII case-insensitively): the
 * whole userinfo (`user[:password]@`) is removed. Other `scheme://` URLs: only `:password` is removed. The
 * userinfo is everything up to the last `@` before the first `/` after `://`. Text without `://` (scp form
 * `user@host:path`, local paths) is returned unchanged.
 */
function stripUrlCredentials(url) {
    const sep = url.indexOf('://');
    if (sep < 0)
        return url;
    const scheme = url.slice(0, sep);
    const rest = url.slice(sep + 3);
    const slash = rest.indexOf('/');
    const authority = slash < 0 ? rest : rest.slice(0, slash);
    const tail = rest.slice(authority.length);
    const at = authority.lastIndexOf('@');
    if (at < 0)
        return url;
    const userinfo = authority.slice(0, at);
    const hostPort = authority.slice(at + 1);
    const lower = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(scheme);
    if (lower === 'http' || lower === 'https')
        return `${scheme}://${hostPort}${tail}`;
    const colon = userinfo.indexOf(':');
    if (colon < 0)
        return url;
    const user = userinfo.slice(0, colon);
    // `ssh://:secret@host` has no user left: drop the now-empty userinfo with its `@`.
    return user.length > 0 ? `${scheme}://${user}@${hostPort}${tail}` : `${scheme}://${hostPort}${tail}`;
}
/**
 * 7.6 step 1: (host, path) of a remote URL, or `undefined` when it has no host (local paths).
 * scp form: no `://`, `user@host:path` with `user`, `host` and `path` non-empty and no `/` before the `:`.
 * `scheme://` form: drop up to the last `@` before the first `/`, split at the first `/`, drop `:port`
 * (for a bracketed IPv6 host, everything after `]`).
 */
function remoteHostAndPath(url) {
    const sep = url.indexOf('://');
    if (sep < 0) {
        const colon = url.indexOf(':');
        if (colon < 0)
            return undefined;
        const before = url.slice(0, colon);
        const path = url.slice(colon + 1);
        const at = before.lastIndexOf('@');
        if (at <= 0 || before.includes('/'))
            return undefined;
        const host = before.slice(at + 1);
        if (host.length === 0 || path.length === 0)
            return undefined;
        return { host, path };
    }
    const rest = url.slice(sep + 3);
    const slash = rest.indexOf('/');
    let authority = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? '' : rest.slice(slash);
    const at = authority.lastIndexOf('@');
    if (at >= 0)
        authority = authority.slice(at + 1);
    let host;
    if (authority.startsWith('[')) {
        const close = authority.indexOf(']');
        host = close < 0 ? authority : authority.slice(0, close + 1);
    }
    else {
        const colon = authority.indexOf(':');
        host = colon < 0 ? authority : authority.slice(0, colon);
    }
    return { host, path };
}
/**
 * 7.6 step 2: the path without leading `/`s and with trailing `.git` removed repeatedly. Trailing `/`s are
 * removed too (interleaved with `.git`), so `group/repo.git/` and `group/repo/` clean to `group/repo`.
 */
function cleanRemotePath(path) {
    let p = path.replace(/^\/+/, '');
    for (;;) {
        const before = p;
        p = p.replace(/\/+$/, '');
        if (p.endsWith('.git'))
            p = p.slice(0, -4);
        if (p === before)
            return p;
    }
}
/**
 * Names a file at (remote URL, ref, path) as a source URI (hail-and-store.md 7.6). The URL is trimmed first.
 * github.com (≥ 2 segments passing the gh owner/repo rule) → gh; gitlab.com (≥ 1 segment) → gl with the
 * cleaned path as project; anything else → git with the credential-stripped URL as remote. The result is
 * validated and canonicalised through `parse(format(·))`, so an empty ref or a `..` path throws the `UriError`
 * of 7.3 and every returned value formats to a parseable URI.
 */
function remoteUrlToSourceUri(remoteUrl, ref, path) {
    const url = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .trim */ .Bq)(remoteUrl);
    const hp = remoteHostAndPath(url);
    if (hp !== undefined) {
        const host = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .asciiLower */ .F)(hp.host);
        const cleaned = cleanRemotePath(hp.path);
        const segments = cleaned.split('/').filter((s) => s.length > 0);
        if (host === 'github.com' &&
            segments.length >= 2 &&
            (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwnerRepoSegment */ .x4)(segments[0]) &&
            (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .isValidOwnerRepoSegment */ .x4)(segments[1])) {
            return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'gh', owner: segments[0], repo: segments[1], ref, path });
        }
        if (host === 'gitlab.com' && segments.length >= 1) {
            return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'gl', project: cleaned, ref, path });
        }
    }
    return (0,_parse__WEBPACK_IMPORTED_MODULE_1__/* .normalizeSourceUri */ .z3)({ kind: 'git', remote: stripUrlCredentials(url), ref, path });
}


/***/ }),

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ UriError)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(265);
// Source URI model (hail-and-store.md 7.1). `ref`, `path`, `project` and `remote` are stored decoded;
// hashes are stored lowercase.

/** A source-URI error (hail-and-store.md 7.3). `message` is the spec text; `kind` classifies it. */
class UriError extends _errors__WEBPACK_IMPORTED_MODULE_0__/* .OpenSessionError */ .RL {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = 'UriError';
        this.kind = kind;
    }
}


/***/ })

};
;