exports.id = 9871;
exports.ids = [9871];
exports.modules = {

/***/ 2673:
/***/ ((module) => {

module.exports=n=>{if(!n)return[];if(typeof n!="string"||n.match(/^\s+$/))return[];const s=n.split(`
`);if(s.length===0)return[];const a=[];let o=null,d=null,u=0,m=0,l=null;const g=e=>{d?.changes.push({type:"normal",normal:!0,ln1:u++,ln2:m++,content:e}),l.oldLines--,l.newLines--},p=e=>{const[t,r]=parseFiles(e)??[];o={chunks:[],deletions:0,additions:0,from:t,to:r},a.push(o)},i=()=>{(!o||o.chunks.length)&&p()},$=(e,t)=>{i(),o.new=!0,o.newMode=t[1],o.from="/dev/null"},N=(e,t)=>{i(),o.deleted=!0,o.oldMode=t[1],o.to="/dev/null"},x=(e,t)=>{i(),o.oldMode=t[1]},F=(e,t)=>{i(),o.newMode=t[1]},S=(e,t)=>{i(),o.index=e.split(" ").slice(1),t[1]&&(o.oldMode=o.newMode=t[1].trim())},k=e=>{i(),o.from=parseOldOrNewFile(e)},y=e=>{i(),o.to=parseOldOrNewFile(e)},f=e=>+(e||1),M=(e,t)=>{o||p(e);const[r,c,w,L]=t.slice(1);u=+r,m=+w,d={content:e,changes:[],oldStart:+r,oldLines:f(c),newStart:+w,newLines:f(L)},l={oldLines:f(c),newLines:f(L)},o.chunks.push(d)},R=e=>{d&&(d.changes.push({type:"del",del:!0,ln:u++,content:e}),o.deletions++,l.oldLines--)},b=e=>{d&&(d.changes.push({type:"add",add:!0,ln:m++,content:e}),o.additions++,l.newLines--)},h=e=>{if(!d)return;const[t]=d.changes.slice(-1);d.changes.push({type:t.type,[t.type]:!0,ln1:t.ln1,ln2:t.ln2,ln:t.ln,content:e})},_=[[/^diff\s/,p],[/^new file mode (\d+)$/,$],[/^deleted file mode (\d+)$/,N],[/^old mode (\d+)$/,x],[/^new mode (\d+)$/,F],[/^index\s[\da-zA-Z]+\.\.[\da-zA-Z]+(\s(\d+))?$/,S],[/^---\s/,k],[/^\+\+\+\s/,y],[/^@@\s+-(\d+),?(\d+)?\s+\+(\d+),?(\d+)?\s@@/,M],[/^\\ No newline at end of file$/,h]],v=[[/^\\ No newline at end of file$/,h],[/^-/,R],[/^\+/,b],[/^\s*/,g]],C=e=>{for(const[t,r]of v){const c=e.match(t);if(c){r(e,c);break}}l.oldLines===0&&l.newLines===0&&(l=null)},H=e=>{for(const[t,r]of _){const c=e.match(t);if(c){r(e,c);break}}},O=e=>{l?C(e):H(e)};for(const e of s)O(e);return a};const fileNameDiffRegex=/(a|i|w|c|o|1|2)\/.*(?=["']? ["']?(b|i|w|c|o|1|2)\/)|(b|i|w|c|o|1|2)\/.*$/g,gitFileHeaderRegex=/^(a|b|i|w|c|o|1|2)\//,parseFiles=n=>n?.match(fileNameDiffRegex)?.map(a=>a.replace(gitFileHeaderRegex,"").replace(/("|')$/,"")),qoutedFileNameRegex=/^\\?['"]|\\?['"]$/g,parseOldOrNewFile=n=>{let s=leftTrimChars(n,"-+").trim();return s=removeTimeStamp(s),s.replace(qoutedFileNameRegex,"").replace(gitFileHeaderRegex,"")},leftTrimChars=(n,s)=>{if(n=makeString(n),!s&&String.prototype.trimLeft)return n.trimLeft();const a=formTrimmingString(s);return n.replace(new RegExp(`^${a}+`),"")},timeStampRegex=/\t.*|\d{4}-\d\d-\d\d\s\d\d:\d\d:\d\d(.\d+)?\s(\+|-)\d\d\d\d/,removeTimeStamp=n=>{const s=timeStampRegex.exec(n);return s&&(n=n.substring(0,s.index).trim()),n},formTrimmingString=n=>n==null?"\\s":n instanceof RegExp?n.source:`[${makeString(n).replace(/([.*+?^=!:${}()|[\]/\\])/g,"\\$1")}]`,makeString=n=>`${n??""}`;


/***/ }),

/***/ 4349:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ buildReviewData)
/* harmony export */ });
/* harmony import */ var _discover__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(642);
/* harmony import */ var _git_batch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4804);
/* harmony import */ var _ledger_read__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3549);
/* harmony import */ var _qa__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1819);
/* harmony import */ var _range__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7688);
/* harmony import */ var _session_detail__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9399);
/* harmony import */ var _share__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3870);







/**
 * Hail texts of sessions from their chosen ledgers (session id → text), read through one object reader. Each
 * text is decoded when asked for and not kept: bytes outside the JS heap cost the garbage collector nothing.
 */
async function readHails(reader, sessions) {
    const blobs = await (0,_git_batch__WEBPACK_IMPORTED_MODULE_1__/* .readLedgerBlobs */ .YV)(reader, sessions.map((s) => ({ ref: s.ledgerRef, path: s.hailPath })));
    const byId = new Map();
    for (const s of sessions) {
        const b = blobs.get(`${s.ledgerRef}:${s.hailPath}`);
        if (b !== undefined && !byId.has(s.sessionId))
            byId.set(s.sessionId, b);
    }
    return (id) => byId.get(id)?.toString('utf8');
}
/** Committer time of merge-base(base, head) from `git merge-base`'s answer, the commit read through `reader`. */
async function mergeBaseTimeOf(git, reader, mb) {
    const sha = mb !== undefined && mb.code === 0 ? mb.stdout.trim() : '';
    if (sha === '')
        return undefined;
    const obj = (await reader.read([sha])).get(sha);
    const t = obj?.type === 'commit' ? (0,_git_batch__WEBPACK_IMPORTED_MODULE_1__/* .commitCommitterTime */ .tM)(obj.data) : undefined;
    return t ?? (0,_ledger_read__WEBPACK_IMPORTED_MODULE_2__/* .committerTime */ .Mw)(git, sha); // an odd committer line: ask git, as before
}
async function buildReviewData(git, opts) {
    return (0,_git_batch__WEBPACK_IMPORTED_MODULE_1__/* .withObjectReader */ .B)(git, opts.reader, (reader) => build(git, reader, opts));
}
async function build(git, reader, opts) {
    // Every git process starts here, side by side, while the heap is still small: each spawn costs more than the
    // work it does. Objects (revisions, ledger trees and blobs) all go through the one `cat-file` reader.
    const headSpec = `${opts.head}^{commit}`;
    const baseSpec = opts.base !== undefined ? `${opts.base}^{commit}` : undefined;
    const [range, revs, mb, diff, refs] = await Promise.all([
        (0,_range__WEBPACK_IMPORTED_MODULE_4__/* .computeRange */ .T8)(git, opts.base, opts.head),
        reader.read(baseSpec !== undefined ? [headSpec, baseSpec] : [headSpec]),
        opts.base !== undefined ? git.run(['merge-base', opts.base, opts.head]) : undefined,
        (0,_share__WEBPACK_IMPORTED_MODULE_6__/* .readPrDiff */ .ML)(git, opts.base, opts.head),
        (0,_ledger_read__WEBPACK_IMPORTED_MODULE_2__/* .listLedgerRefs */ ._h)(git, opts.ledgerPrefixes),
    ]);
    const commitOf = (spec) => {
        const o = revs.get(spec);
        return o?.type === 'commit' ? o.oid : undefined;
    };
    const headSha = commitOf(headSpec) ?? opts.head;
    let baseSha;
    if (opts.base !== undefined && baseSpec !== undefined)
        baseSha = commitOf(baseSpec) ?? opts.base;
    const discovery = await (0,_discover__WEBPACK_IMPORTED_MODULE_0__/* .discoverSessions */ .re)(git, {
        commits: range.commits,
        headLedgerRef: opts.headLedgerRef,
        mergeBaseTime: await mergeBaseTimeOf(git, reader, mb),
        ledgerPrefixes: opts.ledgerPrefixes,
        base: range.usedBase ? opts.base : undefined,
        reader,
        ledgerRefs: refs,
    });
    // Every linked session's hail is read once, then shared by the Q&A digest and the details.
    const hail = await readHails(reader, discovery.sessions);
    const qa = await (0,_qa__WEBPACK_IMPORTED_MODULE_3__/* .buildQaDigest */ .Jg)(discovery.sessions, async (batch) => {
        const texts = new Map();
        for (const s of batch) {
            const text = hail(s.sessionId);
            if (text !== undefined)
                texts.set(s.sessionId, text);
        }
        return texts;
    });
    const details = new Map();
    for (const s of discovery.sessions) {
        const text = hail(s.sessionId);
        if (text !== undefined)
            details.set(s.sessionId, (0,_session_detail__WEBPACK_IMPORTED_MODULE_5__/* .readSessionDetail */ .E_)(text));
    }
    // Without a base the diff above is already the head commit's; with a base git could not use, ask for it.
    const prDiff = range.usedBase || opts.base === undefined ? diff : await (0,_share__WEBPACK_IMPORTED_MODULE_6__/* .readPrDiff */ .ML)(git, undefined, opts.head);
    const agentShare = (0,_share__WEBPACK_IMPORTED_MODULE_6__/* .computeAgentShare */ .Uo)(prDiff, details);
    return { baseSha, headSha, range, discovery, qa, details, agentShare };
}


/***/ }),

/***/ 642:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   re: () => (/* binding */ discoverSessions)
/* harmony export */ });
/* unused harmony exports parseIndexRecord, parseMeta, mergeBaseTime */
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9823);
/* harmony import */ var _ledger_layout__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3972);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1509);
/* harmony import */ var _git_batch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4804);
/* harmony import */ var _ledger_read__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3549);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(764);
/* harmony import */ var _safety__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8467);
// Which sessions belong to a PR/MR (ci-automation.md §7.2): the per-commit index across every ledger ref, plus
// recent sessions of the head branch's ledger; merged by session id, primary sessions only.







const HAIL_PATH = /^v1\/[^/]+\/[^/]+\.hail\.jsonl$/;
const META_PATH = /^v1\/[^/]+\/[^/]+\.meta\.json$/;
/** A blob holding one JSON object, or undefined. */
function jsonObject(bytes) {
    let v;
    try {
        v = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return undefined;
    }
    return v === null || typeof v !== 'object' || Array.isArray(v) ? undefined : v;
}
/** An index blob, or undefined when rejected (§7.2 rule 3). */
function parseIndexRecord(bytes, ref, isHead) {
    const o = jsonObject(bytes);
    if (o === undefined)
        return undefined;
    const sessionId = typeof o.session_id === 'string' ? o.session_id : '';
    const hailPath = typeof o.hail_path === 'string' ? o.hail_path : '';
    const metaPath = typeof o.meta_path === 'string' ? o.meta_path : '';
    if (sessionId === '' || !HAIL_PATH.test(hailPath) || !META_PATH.test(metaPath))
        return undefined;
    const storedAt = typeof o.stored_at === 'string' ? o.stored_at : '';
    return { sessionId, hailPath, metaPath, storedAt, storedNs: (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .tryParseTimestamp */ .z_)(storedAt), ref, isHead };
}
/** Copy priority: the head ledger first, then the newest `stored_at`, then the lowest ref name. */
function better(a, b) {
    if (a.isHead !== b.isHead)
        return a.isHead;
    const an = a.storedNs;
    const bn = b.storedNs;
    if (an !== bn) {
        if (an === undefined)
            return false;
        if (bn === undefined)
            return true;
        return an > bn;
    }
    return (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .compareBytewise */ .GV)(a.ref, b.ref) < 0;
}
/** §7.2 rule 5: meta fields; a missing or unreadable meta counts as primary with empty fields. */
function parseMeta(bytes) {
    const empty = { primary: true, title: null, tool: null, filesChanged: 0 };
    const o = bytes === undefined ? undefined : jsonObject(bytes);
    if (o === undefined)
        return empty;
    const role = typeof o.session_role === 'string' ? o.session_role.trim().toLowerCase() : '';
    let title = null;
    if (typeof o.title === 'string') {
        const t = (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .collapse */ .ap)((0,_safety__WEBPACK_IMPORTED_MODULE_6__/* .redact */ .E)(o.title));
        title = t === '' ? null : (0,_markdown__WEBPACK_IMPORTED_MODULE_5__/* .truncateCodePoints */ .Bm)(t, 96);
    }
    const tool = typeof o.tool === 'string' && o.tool.trim() !== '' ? o.tool.trim() : null;
    const stats = o.stats !== null && typeof o.stats === 'object' ? o.stats : {};
    const fc = stats.files_changed;
    const filesChanged = typeof fc === 'number' && Number.isFinite(fc) && fc >= 0 ? fc : 0;
    return { primary: role !== 'auxiliary', title, tool, filesChanged };
}
/**
 * The 40/64-hex commit names of `dirs` that exist here but are not ancestors of the base: commits of this branch
 * that a rebase or squash replaced. Commits absent here are left to rule 2 (stored after the merge-base).
 */
async function notInBase(git, reader, base, dirs) {
    const shas = dirs.filter((d) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(d));
    const out = new Set();
    if (shas.length === 0)
        return out;
    const objects = await reader.read(shas);
    const present = shas.filter((sha) => objects.get(sha)?.type === 'commit');
    if (present.length === 0)
        return out;
    // Commits reachable from the given ones but not from the base: a given commit is listed iff it is not an ancestor.
    const r = await git.run(['rev-list', '--stdin'], { input: `^${base}\n${present.join('\n')}\n` });
    if (r.code === 0) {
        const listed = new Set(r.stdout.split('\n').map((l) => l.trim()));
        for (const sha of present)
            if (listed.has(sha))
                out.add(sha);
    }
    return out;
}
async function discoverSessions(git, opts) {
    return (0,_git_batch__WEBPACK_IMPORTED_MODULE_3__/* .withObjectReader */ .B)(git, opts.reader, (reader) => discoverWith(git, reader, opts));
}
async function discoverWith(git, reader, opts) {
    const refs = opts.ledgerRefs !== undefined ? [...opts.ledgerRefs] : await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_4__/* .listLedgerRefs */ ._h)(git, opts.ledgerPrefixes);
    const H = opts.headLedgerRef;
    const ledgerFound = refs.includes(H) || (await reader.read([`${H}^{commit}`])).get(`${H}^{commit}`)?.type === 'commit';
    const rangeOrder = new Map();
    const bySanitized = new Map();
    opts.commits.forEach((c, i) => {
        rangeOrder.set(c, i);
        bySanitized.set((0,_ledger_layout__WEBPACK_IMPORTED_MODULE_1__/* .safeSegment */ .LX)(c), c);
    });
    const cutoffNs = opts.mergeBaseTime === undefined ? undefined : BigInt(opts.mergeBaseTime) * 1000000000n;
    const chosen = new Map();
    const linked = new Map();
    const scanRefs = ledgerFound && !refs.includes(H) ? [...refs, H] : refs;
    // The index trees of every ledger, then every wanted index blob, through the one reader.
    const listed = await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_4__/* .listIndexEntriesBatch */ .Tk)(reader, scanRefs);
    const wanted = [];
    scanRefs.forEach((ref, i) => {
        const isHead = ref === H;
        for (const e of listed[i])
            if (isHead || bySanitized.has(e.commitDir))
                wanted.push({ ref, isHead, ...e });
    });
    const objects = await reader.read(wanted.map((e) => e.oid));
    const late = [];
    const take = (rec) => {
        const cur = chosen.get(rec.sessionId);
        if (cur === undefined || better(rec, cur))
            chosen.set(rec.sessionId, rec);
    };
    // A session's index records in several commit directories are one blob: parse each blob once.
    const parsed = new Map();
    for (const e of wanted) {
        let base = parsed.get(e.oid);
        if (base === undefined && !parsed.has(e.oid)) {
            const obj = objects.get(e.oid);
            base = obj === undefined || obj.type !== 'blob' ? undefined : parseIndexRecord(obj.data, e.ref, e.isHead);
            parsed.set(e.oid, base);
        }
        if (base === undefined)
            continue;
        const rec = { ...base, ref: e.ref, isHead: e.isHead };
        const commit = bySanitized.get(e.commitDir);
        const recent = e.isHead && cutoffNs !== undefined && rec.storedNs !== undefined && rec.storedNs >= cutoffNs;
        if (commit === undefined && !recent) {
            if (e.isHead && opts.base !== undefined)
                late.push({ rec, commitDir: e.commitDir });
            continue;
        }
        if (commit !== undefined) {
            let set = linked.get(rec.sessionId);
            if (set === undefined)
                linked.set(rec.sessionId, (set = new Set()));
            set.add(commit);
        }
        take(rec);
    }
    if (late.length > 0 && opts.base !== undefined) {
        const gone = await notInBase(git, reader, opts.base, [...new Set(late.map((l) => l.commitDir))]);
        for (const l of late)
            if (gone.has(l.commitDir))
                take(l.rec);
    }
    // Meta of every chosen copy, looked up in its ledger's tree.
    const metas = await (0,_git_batch__WEBPACK_IMPORTED_MODULE_3__/* .readLedgerBlobs */ .YV)(reader, [...chosen.values()].map((r) => ({ ref: r.ref, path: r.metaPath })));
    const sessions = [];
    for (const rec of chosen.values()) {
        const meta = parseMeta(metas.get(`${rec.ref}:${rec.metaPath}`));
        if (!meta.primary)
            continue;
        const commits = [...(linked.get(rec.sessionId) ?? [])].sort((a, b) => rangeOrder.get(a) - rangeOrder.get(b));
        sessions.push({
            sessionId: rec.sessionId,
            ledgerRef: rec.ref,
            hailPath: rec.hailPath,
            metaPath: rec.metaPath,
            storedAt: rec.storedAt,
            commits,
            title: meta.title,
            tool: meta.tool,
            filesChanged: meta.filesChanged,
        });
    }
    sessions.sort((a, b) => b.filesChanged - a.filesChanged ||
        b.commits.length - a.commits.length ||
        (0,_text__WEBPACK_IMPORTED_MODULE_2__/* .compareBytewise */ .GV)(a.sessionId, b.sessionId));
    const others = new Set(sessions.map((s) => s.ledgerRef).filter((r) => r !== H));
    return { ledgerRef: H, ledgerFound, ledgerRefs: refs, sessions, otherLedgerRefs: others.size };
}
/** Committer time of merge-base(base, head), or undefined. */
async function mergeBaseTime(git, base, head) {
    if (base === undefined)
        return undefined;
    const mb = await git.run(['merge-base', base, head]);
    if (mb.code !== 0 || mb.stdout.trim() === '')
        return undefined;
    return committerTime(git, mb.stdout.trim());
}


/***/ }),

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ reviewId),
/* harmony export */   Sg: () => (/* binding */ artifactBranchName),
/* harmony export */   ZU: () => (/* binding */ parseChangeNumber),
/* harmony export */   g_: () => (/* binding */ changeHeadSource),
/* harmony export */   gp: () => (/* binding */ reviewHeadRef)
/* harmony export */ });
/* unused harmony export slug */
// Review ids and artifact branch names (ci-automation.md §1).
/** Lowercase; each run of characters outside [a-z0-9] becomes one `-`; leading/trailing `-` trimmed. */
function slug(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
/** `gh-<slug(owner)>-<slug(repo)>-pr<N>-<head7>` or `gl-<slug(project)>-mr<IID>-<head7>`. */
function reviewId(platform, repo, number, headSha) {
    const head7 = headSha.slice(0, 7);
    if (platform === 'github') {
        const slash = repo.indexOf('/');
        const owner = slash < 0 ? repo : repo.slice(0, slash);
        const name = slash < 0 ? '' : repo.slice(slash + 1);
        return `gh-${slug(owner)}-${slug(name)}-pr${number}-${head7}`;
    }
    return `gl-${slug(repo)}-mr${number}-${head7}`;
}
/** The trimmed archive branch when configured, else `opensession/pr-<N>-sessions` / `opensession/mr-<IID>-sessions`. */
function artifactBranchName(platform, number, archiveBranch) {
    const archive = (archiveBranch ?? '').trim();
    if (archive !== '')
        return archive;
    return platform === 'github' ? `opensession/pr-${number}-sessions` : `opensession/mr-${number}-sessions`;
}
/** Where a platform publishes the head of PR/MR `number`: `refs/pull/<N>/head` or `refs/merge-requests/<IID>/head`. */
function changeHeadSource(kind, number) {
    return kind === 'mr' ? `refs/merge-requests/${number}/head` : `refs/pull/${number}/head`;
}
/** The local ref a review fetches that head into. */
function reviewHeadRef(kind, number) {
    return `refs/opensession/review/${kind}/${number}/head`;
}
/** A PR/MR number from text: all digits and positive, else undefined (treated as absent, §6.3). */
function parseChangeNumber(value) {
    const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (!/^[0-9]+$/.test(s))
        return undefined;
    const n = Number(s);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}


/***/ }),

/***/ 1819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ buildQaDigest)
/* harmony export */ });
/* unused harmony exports MAX_QA_PAIRS, QA_TEXT_MAX, MISSING_QUESTION, extractEvents, sessionPairs */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(764);
/* harmony import */ var _safety__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8467);
// Q&A digest (ci-automation.md §7.3): interactive questions and answers of primary sessions, paired per session.



const MAX_QA_PAIRS = 6;
const QA_TEXT_MAX = 220;
const MISSING_QUESTION = '(interactive question missing)';
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function asEvent(v) {
    return isObj(v) && 'event_type' in v && 'content' in v ? v : undefined;
}
/** The events of a hail file: a whole-JSON `{events: [...]}` document, else JSONL lines (or their `data`/`event`). */
function extractEvents(text, lineFilter) {
    try {
        const whole = JSON.parse(text);
        if (isObj(whole) && Array.isArray(whole.events))
            return whole.events.filter(isObj);
    }
    catch {
        // not one JSON document: read it as JSONL
    }
    const events = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '' || (lineFilter !== undefined && !line.includes(lineFilter)))
            continue;
        let v;
        try {
            v = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (!isObj(v))
            continue;
        const ev = asEvent(v) ?? asEvent(v.data) ?? asEvent(v.event);
        if (ev !== undefined)
            events.push(ev);
    }
    return events;
}
function firstText(ev) {
    const content = ev.content;
    if (!isObj(content) || !Array.isArray(content.blocks))
        return '';
    for (const b of content.blocks) {
        if (isObj(b) && b.type === 'Text' && typeof b.text === 'string')
            return (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)(b.text);
    }
    return '';
}
function stringList(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
/** Collapse, redact, then truncate (redacting first so a cut never leaves half a secret behind). */
function finish(text) {
    return (0,_markdown__WEBPACK_IMPORTED_MODULE_1__/* .truncateCodePoints */ .Bm)((0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)((0,_safety__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E)(text)), QA_TEXT_MAX);
}
/** Pairs of one session's events, in event order; still-pending questions are appended unanswered. */
function sessionPairs(events) {
    const pending = [];
    const out = [];
    for (const ev of events) {
        const attrs = isObj(ev.attributes) ? ev.attributes : {};
        const source = typeof attrs.source === 'string' ? attrs.source.trim() : '';
        if (source === 'interactive_question') {
            let text = firstText(ev);
            const meta = Array.isArray(attrs.question_meta) ? attrs.question_meta.filter(isObj) : [];
            if (text === '') {
                text = (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)(meta
                    .map((m) => {
                    const q = typeof m.question === 'string' ? (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)(m.question) : '';
                    if (q !== '')
                        return q;
                    return typeof m.header === 'string' ? (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .collapse */ .ap)(m.header) : '';
                })
                    .filter((s) => s !== '')
                    .join(' / '));
            }
            if (text === '')
                continue;
            const ids = new Set([
                ...stringList(attrs.question_ids),
                ...meta.map((m) => m.id).filter((x) => typeof x === 'string'),
            ]);
            pending.push({ text: finish(text), ids });
        }
        else if (source === 'interactive') {
            const text = firstText(ev);
            if (text === '')
                continue;
            const answerIds = stringList(attrs.question_ids);
            let idx = pending.findIndex((p) => answerIds.some((id) => p.ids.has(id)));
            if (idx < 0 && pending.length > 0)
                idx = 0;
            const question = idx >= 0 ? pending.splice(idx, 1)[0].text : MISSING_QUESTION;
            out.push({ question, answer: finish(text) });
        }
    }
    for (const p of pending)
        out.push({ question: p.text });
    return out;
}
/**
 * Walks sessions in order until 6 distinct pairs are found. Hail files are read in batches through
 * `readHails` (session id → text), so a long session list costs a few git calls, not one per session.
 */
async function buildQaDigest(sessions, readHails, batchSize = 32) {
    const pairs = [];
    const seen = new Set();
    for (let start = 0; start < sessions.length && pairs.length < MAX_QA_PAIRS; start += batchSize) {
        const batch = sessions.slice(start, start + batchSize);
        const texts = await readHails(batch);
        for (const s of batch) {
            if (pairs.length >= MAX_QA_PAIRS)
                break;
            const text = texts.get(s.sessionId);
            if (text === undefined)
                continue;
            for (const p of sessionPairs(extractEvents(text, 'interactive'))) {
                const key = JSON.stringify([p.question, p.answer ?? null]);
                if (seen.has(key))
                    continue;
                seen.add(key);
                pairs.push({ question: p.question, answer: p.answer, sessionId: s.sessionId, commit: s.commits[0] });
                if (pairs.length >= MAX_QA_PAIRS)
                    break;
            }
        }
    }
    return pairs;
}


/***/ }),

/***/ 7688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T8: () => (/* binding */ computeRange)
/* harmony export */ });
/* unused harmony exports MAX_RANGE_COMMITS, isTestFile, areaOf, countAreas, normalizeFiles */
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1509);
/* harmony import */ var _ledger_read__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3549);
// Commit range, changed files, test files and areas of a PR/MR (ci-automation.md §7.1).


const MAX_RANGE_COMMITS = 1000;
const TEST_SUFFIXES = [
    '.test.ts',
    '.test.tsx',
    '.test.js',
    '.test.jsx',
    '.spec.ts',
    '.spec.tsx',
    '.spec.js',
    '.spec.jsx',
    '_test.rs',
    '_spec.rs',
    '_test.py',
];
function isTestFile(file) {
    const n = '/' + file.replace(/\\/g, '/').toLowerCase();
    if (n.includes('/tests/') || n.includes('/test/') || n.includes('/__tests__/'))
        return true;
    return TEST_SUFFIXES.some((s) => n.endsWith(s));
}
function areaOf(file) {
    const slash = file.indexOf('/');
    return slash < 0 ? '(root)' : file.slice(0, slash);
}
/** Files per area, count descending then name byte-wise. */
function countAreas(files) {
    const counts = new Map();
    for (const f of files)
        counts.set(areaOf(f), (counts.get(areaOf(f)) ?? 0) + 1);
    return [...counts]
        .map(([area, count]) => ({ area, count }))
        .sort((a, b) => b.count - a.count || (0,_text__WEBPACK_IMPORTED_MODULE_0__/* .compareBytewise */ .GV)(a.area, b.area));
}
function lines(text) {
    return text
        .split('\n')
        .map((l) => l.replace(/\r$/, ''))
        .filter((l) => l !== '');
}
/** Sorted, deduplicated, non-empty file list. */
function normalizeFiles(list) {
    return [...new Set(list.filter((f) => f !== ''))].sort(_text__WEBPACK_IMPORTED_MODULE_0__/* .compareBytewise */ .GV);
}
/** §7.1 with a usable base (`base` undefined → head only). */
async function computeRange(git, base, head) {
    // rev-list and the name diff are independent: run them side by side.
    const [list, names] = await Promise.all([
        base !== undefined ? git.run(['rev-list', `${base}..${head}`]) : undefined,
        base !== undefined ? git.run(['diff', '--name-only', '--no-renames', `${base}...${head}`]) : undefined,
    ]);
    let commits = [];
    let usedBase = false;
    if (list !== undefined && list.code === 0) {
        commits = lines(list.stdout);
        usedBase = true;
    }
    if (commits.length === 0) {
        commits = [(await (0,_ledger_read__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(git, head)) ?? head];
    }
    if (commits.length > MAX_RANGE_COMMITS)
        commits = commits.slice(0, MAX_RANGE_COMMITS);
    let files;
    if (usedBase && names !== undefined && names.code === 0)
        files = lines(names.stdout);
    if (files === undefined) {
        const r = await git.run(['show', '--name-only', '--pretty=format:', head]);
        files = r.code === 0 ? lines(r.stdout) : [];
    }
    const changedFiles = normalizeFiles(files);
    return {
        commits,
        usedBase,
        changedFiles,
        testFiles: changedFiles.filter(isTestFile),
        areas: countAreas(changedFiles),
    };
}


/***/ }),

/***/ 2653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ll: () => (/* binding */ STICKY_MARKER),
/* harmony export */   YE: () => (/* binding */ FINAL_MARKER),
/* harmony export */   wQ: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony exports BODY_LIMIT, MAX_LINKED_SESSIONS, NO_LEDGER_TEXT, NO_QA_TEXT, NO_SESSIONS_TEXT, groupDigits, formatDuration */
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(764);

const STICKY_MARKER = '<!-- opensession-session-review -->';
const FINAL_MARKER = '<!-- opensession-session-review-final -->';
/** GitHub rejects bodies over 65,536 characters; GitLab's note limit (1,000,000) is larger. */
const BODY_LIMIT = 65_000;
/** Sessions shown with their full block; later ones get one line each while the body fits (A11). */
const MAX_LINKED_SESSIONS = 50;
const MAX_FILES_LISTED = 10;
const MAX_COMMANDS_LISTED = 5;
const NO_LEDGER_TEXT = 'No ledger ref found for this branch yet. Push at least one tracked session and retry.';
const NO_QA_TEXT = 'No interactive Q&A excerpts were captured from primary sessions.';
const NO_SESSIONS_TEXT = 'No indexed sessions matched this commit range.';
function hostOf(url) {
    if (url === undefined)
        return '';
    try {
        return new URL(url).host.toLowerCase();
    }
    catch {
        return '';
    }
}
function buildLinks(input) {
    const { target, artifact, reviewId } = input;
    const gl = target.platform === 'gitlab';
    const repoUrl = target.repoUrl?.replace(/\/+$/, '');
    const dash = gl ? '/-' : '';
    const commit = (sha) => repoUrl === undefined ? (0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(sha.slice(0, 7)) : `[${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(sha.slice(0, 7))}](${repoUrl}${dash}/commit/${sha})`;
    const changeUrl = repoUrl !== undefined && target.number !== undefined
        ? gl
            ? `${repoUrl}/-/merge_requests/${target.number}`
            : `${repoUrl}/pull/${target.number}`
        : undefined;
    const b = artifact.branch;
    const treePrefix = repoUrl !== undefined && b !== undefined ? `${repoUrl}${dash}/tree/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(b)}` : undefined;
    const blobPrefix = repoUrl !== undefined && b !== undefined ? `${repoUrl}${dash}/blob/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(b)}` : undefined;
    const web = (hailPath) => {
        const base = target.webBaseUrl.replace(/\/+$/, '');
        if (base === '' || !artifact.published || b === undefined || reviewId === undefined || repoUrl === undefined)
            return undefined;
        const host = hostOf(repoUrl);
        const tail = `/ref/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .enc */ .fk)(b)}/path/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(`reviews/${reviewId}/${hailPath}`)}`;
        if (!gl && host === 'github.com') {
            const [owner, name] = target.repo.split('/');
            return `${base}/src/gh/${owner}/${name}${tail}`;
        }
        if (gl && host === 'gitlab.com')
            return `${base}/src/gl/${Buffer.from(target.repo, 'utf8').toString('base64url')}${tail}`;
        return `${base}/src/git/${Buffer.from(`${repoUrl}.git`, 'utf8').toString('base64url')}${tail}`;
    };
    return { commit, changeUrl, treePrefix, blobPrefix, web };
}
function subjectOf(input) {
    const n = input.target.number;
    if (n !== undefined)
        return input.target.platform === 'gitlab' ? `MR !${n}` : `PR #${n}`;
    if (input.baseSha !== undefined)
        return `range ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`${input.baseSha.slice(0, 7)}..${input.headSha.slice(0, 7)}`)}`;
    return `commit ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.headSha.slice(0, 7))}`;
}
function moreSuffix(total, shown) {
    return total > shown ? `, +${total - shown} more` : '';
}
function digestBlock(input, links) {
    const { target, range, discovery, qa, artifact, reviewId } = input;
    const gl = target.platform === 'gitlab';
    const lines = ['#### Reviewer Quick Digest'];
    lines.push(`- **Comment type:** ${input.mode === 'final' ? 'final snapshot' : 'sticky update'}`);
    if (reviewId !== undefined)
        lines.push(`- **Review ID:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(reviewId)}`);
    lines.push(`- **Updated at (UTC):** ${input.updatedAt}`);
    const k = discovery.otherLedgerRefs;
    const others = k > 0 ? ` (+${k} other ledger ${k === 1 ? 'ref' : 'refs'})` : '';
    lines.push(discovery.ledgerFound
        ? `- **Ledger:** available on ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(discovery.ledgerRef)}${others}`
        : `- **Ledger:** missing (${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(discovery.ledgerRef)})${others}`);
    if (input.baseSha !== undefined) {
        lines.push(`- **Range:** ${links.commit(input.baseSha)} -> ${links.commit(input.headSha)}`);
    }
    else {
        lines.push(`- **Head:** ${links.commit(input.headSha)}`);
    }
    const sessions = discovery.sessions.length;
    const commits = range.commits.length;
    const perCommit = commits === 0 ? '0.0' : (sessions / commits).toFixed(1);
    lines.push(`- **Coverage:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(qa.length, 'Q&A excerpt', 'Q&A excerpts')}, ` +
        `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(range.areas.length, 'changed area', 'changed areas')}, ` +
        `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(range.changedFiles.length, 'modified file', 'modified files')}, ` +
        `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(range.testFiles.length, 'added or updated test file', 'added or updated test files')}, ` +
        `${perCommit} sessions per commit.`);
    if (input.agentShare !== undefined) {
        const a = input.agentShare;
        lines.push(`- **Agent share:** ${a.traced} of ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(a.added, 'added line', 'added lines')} (${a.percent}%) traced to session edits`);
    }
    if (range.areas.length > 0) {
        const shown = range.areas.slice(0, 4).map((a) => `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(a.area)} (${a.count})`);
        lines.push(`- **Top areas:** ${shown.join(', ')}${moreSuffix(range.areas.length, shown.length)}`);
    }
    if (sessions > 0) {
        const shown = discovery.sessions.slice(0, 3).map((s) => (0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.title ?? s.sessionId));
        lines.push(`- **Linked session titles:** ${shown.join(', ')}${moreSuffix(sessions, shown.length)}`);
    }
    const quick = [];
    if (links.changeUrl !== undefined) {
        quick.push(gl ? `[Changes](${links.changeUrl}/diffs)` : `[Files changed](${links.changeUrl}/files)`);
        quick.push(`[Commits](${links.changeUrl}/commits)`);
    }
    const repoUrl = target.repoUrl?.replace(/\/+$/, '');
    if (input.baseSha !== undefined && repoUrl !== undefined) {
        quick.push(`[Compare](${repoUrl}${gl ? '/-' : ''}/compare/${input.baseSha}...${input.headSha})`);
    }
    if (quick.length > 0)
        lines.push(`- **Quick links:** ${quick.join(' · ')}`);
    if (links.changeUrl !== undefined) {
        lines.push(`- **Local replay:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(`opensession review ${links.changeUrl}`)}`);
        lines.push(`- **${gl ? 'MR URL' : 'PR URL'}:** ${links.changeUrl}`);
    }
    if (artifact.branch !== undefined) {
        let policy;
        if (artifact.published) {
            policy = artifact.persistent
                ? 'persistent archive branch'
                : gl
                    ? 'ephemeral branch (deleted on MR merge or by the janitor)'
                    : 'ephemeral branch (deleted on PR close)';
        }
        else {
            policy = artifact.persistent
                ? 'not published in this run; persistent archive branch is configured'
                : 'not published in this run; ephemeral cleanup policy applies';
        }
        let part = (0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(artifact.branch);
        if (artifact.published &&
            reviewId !== undefined &&
            links.treePrefix !== undefined &&
            links.blobPrefix !== undefined) {
            const root = `reviews/${reviewId}`;
            part = `[${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(artifact.branch)}](${links.treePrefix}/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(root)}) · [manifest.json](${links.blobPrefix}/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(`${root}/manifest.json`)}), root ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(root)}`;
        }
        lines.push(`- **Artifact storage:** ${policy} on ${part}`);
    }
    if (artifact.attempted && !artifact.published && artifact.error !== undefined) {
        lines.push(`- **Artifact publish:** failed (${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(artifact.error)})`);
    }
    return lines.join('\n');
}
function qaBlocks(qa, links) {
    if (qa.length === 0)
        return [`#### Interactive Q&A\n${NO_QA_TEXT}`];
    const blocks = qa.map((p) => {
        const on = p.commit !== undefined ? ` on ${links.commit(p.commit)}` : '';
        return [
            `- **Session:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.sessionId)}${on}\\`,
            `  **Question:** ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(p.question)}\\`,
            `  **Answer:** ${p.answer !== undefined ? (0,_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(p.answer) : '_No answer captured yet._'}`,
        ].join('\n');
    });
    blocks[0] = `#### Interactive Q&A\n${blocks[0]}`;
    return blocks;
}
function details(title, total, items, more) {
    const lines = ['<details>', `<summary>${title} (${total})</summary>`, '', ...items.map((i) => `- ${i}`)];
    if (more !== undefined)
        lines.push(`- ${more}`);
    lines.push('</details>');
    return lines.join('\n');
}
function listBlock(title, all, max, fmt) {
    if (all.length === 0)
        return undefined;
    const shown = all.slice(0, max).map(fmt);
    return details(title, all.length, shown, all.length > max ? `...and ${all.length - max} more` : undefined);
}
function sessionEntry(s, input, links) {
    const lines = [`- **${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(s.title ?? s.sessionId)}**\\`];
    lines.push(`  Session ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.sessionId)} via ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.tool ?? '-')}, ` +
        `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.filesChanged, 'file changed', 'files changed')}, ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(s.commits.length, 'commit linked', 'commits linked')}.\\`);
    if (s.commits.length === 0) {
        lines.push('  Commits: none in this range (recorded on the head branch ledger)\\');
    }
    else {
        const extra = s.commits.length > 3 ? ` +${s.commits.length - 3}` : '';
        lines.push(`  Commits: ${s.commits.slice(0, 3).map(links.commit).join(', ')}${extra}\\`);
    }
    const art = [];
    const web = links.web(s.hailPath);
    if (web !== undefined)
        art.push(`[web](${web})`);
    if (input.artifact.published && input.reviewId !== undefined && links.blobPrefix !== undefined) {
        const root = `reviews/${input.reviewId}`;
        art.push(`[jsonl](${links.blobPrefix}/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(`${root}/${s.hailPath}`)})`);
        art.push(`[meta](${links.blobPrefix}/${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .encPath */ .YB)(`${root}/${s.metaPath}`)})`);
    }
    if (art.length > 0) {
        lines.push(`  Artifact links: ${art.join(' · ')}`);
    }
    else {
        lines.push('  Artifact links: -\\');
        lines.push(`  Meta path: ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.metaPath)}`);
    }
    const detail = input.details?.get(s.sessionId);
    if (detail !== undefined) {
        lines[lines.length - 1] += '\\';
        lines.push(...detailLines(detail, input.agentShare?.sessions.get(s.sessionId)?.files ?? []));
    }
    return lines.join('\n');
}
/** `12,345` without depending on the runtime's locale data. */
function groupDigits(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
/** `45s`, `4m 12s`, `2h 05m`. */
function formatDuration(seconds) {
    const s = Math.max(0, Math.round(seconds));
    if (s < 60)
        return `${s}s`;
    if (s < 3600)
        return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
    return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
function listWithMore(items, max) {
    if (items.length === 0)
        return 'none';
    const shown = items.slice(0, max).join(', ');
    return items.length > max ? `${shown}, +${items.length - max} more` : shown;
}
function commandItem(c) {
    return `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.command)} (${c.exitCode === undefined ? 'exit code not recorded' : `exit ${c.exitCode}`})`;
}
/** The A11 block of one session, as continuation lines of its list item. */
function detailLines(d, files) {
    const started = d.startedAt === null
        ? 'start not recorded'
        : `${d.startedAt}${d.durationSeconds !== null ? `, ran ${formatDuration(d.durationSeconds)}` : ''}`;
    const later = d.laterPrompts > 0 ? ` (${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(d.laterPrompts, 'later prompt', 'later prompts')} followed)` : '';
    const out = [
        `  Agent: ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(d.tool ?? '-')}, model ${d.model !== null ? (0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(d.model) : 'not recorded'}\\`,
        `  Started: ${started}\\`,
        `  Tokens: ${groupDigits(d.tokensIn)} in / ${groupDigits(d.tokensOut)} out\\`,
    ];
    if (d.firstPrompt === null)
        out.push('  First prompt: none recorded\\');
    else
        out.push(`  First prompt${later}:`, '', `  > ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(d.firstPrompt)}`, '');
    const fileItems = files.map((f) => `${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(f.path)} (${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(f.tracedLines, 'traced line', 'traced lines')})`);
    out.push(`  PR files changed: ${listWithMore(fileItems, MAX_FILES_LISTED)}\\`);
    out.push(`  Failed shell commands: ${listWithMore(d.failedCommands.map(commandItem), MAX_COMMANDS_LISTED)}\\`);
    out.push(`  Test commands: ${listWithMore(d.testCommands.map(commandItem), MAX_COMMANDS_LISTED)}`);
    return out;
}
/** A session collapsed to one line (A11): sessions beyond the full blocks while the body fits. */
function shortEntry(s, input) {
    const share = input.agentShare?.sessions.get(s.sessionId);
    const traced = share !== undefined ? `, ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(share.tracedLines, 'traced line', 'traced lines')}` : '';
    const tool = input.details?.get(s.sessionId)?.tool ?? s.tool ?? '-';
    return `- ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__.md)(s.title ?? s.sessionId)}: ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.sessionId)} via ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(tool)}${traced}`;
}
function linkedSessionsBlock(total, entries) {
    const lines = ['<details>', `<summary>Linked sessions (${total})</summary>`, '', ...entries];
    if (total > entries.length)
        lines.push(`- ...and ${total - entries.length} more sessions.`);
    lines.push('</details>');
    return lines.join('\n');
}
/** Exact length of `linkedSessionsBlock(total, entries.slice(0, n))` given prefix sums of entry lengths. */
function linkedBlockLength(total, n, entryChars) {
    const headLen = `<details>\n<summary>Linked sessions (${total})</summary>\n\n`.length;
    const more = total > n ? `- ...and ${total - n} more sessions.\n`.length : 0;
    return headLen + entryChars + n + more + '</details>'.length;
}
function join(blocks) {
    return blocks.join('\n\n') + '\n';
}
/** Renders the comment body. Never longer than BODY_LIMIT characters. */
function renderComment(input) {
    const links = buildLinks(input);
    const head = [
        `${input.mode === 'final' ? FINAL_MARKER : STICKY_MARKER}\n### OpenSession Review${input.mode === 'final' ? ' (final snapshot)' : ''}`,
        `Snapshot for ${(0,_markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(input.target.repo)} ${subjectOf(input)}.\nSession scope is primary only (auxiliary filtered).`,
        digestBlock(input, links),
    ];
    const { discovery, range } = input;
    if (discovery.sessions.length === 0 && !discovery.ledgerFound)
        return fit([...head, NO_LEDGER_TEXT], undefined);
    const middle = [...qaBlocks(input.qa, links)];
    const lists = [
        listBlock('Changed paths', range.changedFiles, 12, _markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY),
        listBlock('Added/updated tests', range.testFiles, 12, _markdown__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY),
        listBlock('Commit trail', range.commits, 20, links.commit),
    ].filter((b) => b !== undefined);
    if (discovery.sessions.length === 0)
        return fit([...head, ...middle, ...lists, NO_SESSIONS_TEXT], undefined);
    const full = discovery.sessions.slice(0, MAX_LINKED_SESSIONS).map((s) => sessionEntry(s, input, links));
    // Without A11 details the §9.1 rule holds: at most 50 entries, no one-line tail.
    const short = input.details !== undefined ? discovery.sessions.map((s) => shortEntry(s, input)) : [];
    return fit([...head, ...middle, ...lists], { total: discovery.sessions.length, full, short });
}
/**
 * Applies the length cap: Linked sessions entries are dropped from the end (adjusting `...and <k> more
 * sessions.`) until the body fits. Should the rest still be too long (pathological paths), list items and
 * finally the text itself are cut, so an API call is never rejected for length.
 */
function fit(blocks, linked) {
    if (linked !== undefined) {
        const prefixLen = blocks.join('\n\n').length + 2;
        const fullSums = [0];
        for (const e of linked.full)
            fullSums.push(fullSums[fullSums.length - 1] + e.length);
        const shortSums = [0];
        for (const e of linked.short)
            shortSums.push(shortSums[shortSums.length - 1] + e.length);
        const fits = (f, k) => {
            const chars = fullSums[f] + (k === 0 ? 0 : shortSums[f + k] - shortSums[f]);
            return prefixLen + linkedBlockLength(linked.total, f + k, chars) + 1 <= BODY_LIMIT;
        };
        // Full blocks first while they fit, then one line per further session, then `...and <k> more sessions.`
        let f = linked.full.length;
        while (f > 0 && !fits(f, 0))
            f--;
        let k = 0;
        const room = Math.max(0, linked.short.length - f);
        let lo = 0;
        let hi = room;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (fits(f, mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        k = lo;
        const entries = [...linked.full.slice(0, f), ...linked.short.slice(f, f + k)];
        blocks = [...blocks, linkedSessionsBlock(linked.total, entries)];
    }
    let body = join(blocks);
    if (body.length <= BODY_LIMIT)
        return body;
    // Pathological (huge paths): cut every over-long line, then the tail.
    body = join(blocks.map((b) => b
        .split('\n')
        .map((l) => (l.length > 1000 ? Array.from(l).slice(0, 999).join('') + '…' : l))
        .join('\n')));
    if (body.length <= BODY_LIMIT)
        return body;
    return (Array.from(body)
        .slice(0, BODY_LIMIT - 2)
        .join('')
        .replace(/[\uD800-\uDBFF]$/, '') + '…\n');
}
/** Kept here for callers of the review API; the sticky upsert in core/providers owns it. */



/***/ }),

/***/ 9399:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E_: () => (/* binding */ readSessionDetail),
/* harmony export */   zz: () => (/* binding */ traceKey)
/* harmony export */ });
/* unused harmony exports FIRST_PROMPT_MAX, MIN_TRACE_CHARS, isTestCommand */
/* harmony import */ var _hail_timestamp__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9823);
/* harmony import */ var _text__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1509);
/* harmony import */ var _markdown__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(764);
/* harmony import */ var _safety__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8467);
// What one linked session did (amendments-2 A11): agent and model, start and duration, tokens, the first prompt,
// the lines it wrote per path (FileEdit diffs and FileCreate bodies) and the shell and test commands it ran.
// Read straight from the ledger's hail text; lines that cannot matter are skipped before JSON parsing.




const FIRST_PROMPT_MAX = 500;
/** A written line is compared trimmed and must carry at least this many non-space characters. */
const MIN_TRACE_CHARS = 4;
const MAX_COMMANDS = 20;
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A line worth tracing: trimmed, with at least four non-space characters. */
function traceKey(line) {
    const t = line.trim();
    if (t.length < MIN_TRACE_CHARS)
        return undefined;
    let n = 0;
    for (let i = 0; i < t.length && n < MIN_TRACE_CHARS; i++)
        if (t.charCodeAt(i) > 32)
            n++;
    return n >= MIN_TRACE_CHARS ? t : undefined;
}
const TEST_COMMAND = /(^|[\s;&|(/])(jest|vitest|mocha|ava|pytest|py\.test|tox|nox|rspec|phpunit|ctest|nextest|playwright test|(npm|pnpm|yarn|bun|deno)( run)? test\S*|(cargo|go|dotnet|mix|swift|gradle|\.\/gradlew|mvn|make|bazel|zig) test\S*|python3? -m (pytest|unittest))(\s|$)/;
function isTestCommand(command) {
    return TEST_COMMAND.test(command);
}
function blocksOf(ev) {
    const c = ev.content;
    return isObj(c) && Array.isArray(c.blocks) ? c.blocks.filter(isObj) : [];
}
function textOf(ev) {
    const parts = [];
    for (const b of blocksOf(ev))
        if (b.type === 'Text' && typeof b.text === 'string')
            parts.push(b.text);
    return parts.join('\n');
}
/** Lines of a FileCreate body: Code/Text/File blocks and a Json tool input's `content`; `+` of Codex patches dropped. */
function createdLines(ev, path) {
    const out = [];
    for (const b of blocksOf(ev)) {
        let text;
        if (b.type === 'Code' && typeof b.code === 'string')
            text = b.code;
        else if (b.type === 'Text' && typeof b.text === 'string' && b.text !== path)
            text = b.text;
        else if (b.type === 'File' && typeof b.content === 'string')
            text = b.content;
        else if (b.type === 'Json' && isObj(b.data)) {
            const d = b.data;
            text = typeof d.content === 'string' ? d.content : typeof d.file_text === 'string' ? d.file_text : undefined;
        }
        if (text === undefined)
            continue;
        const lines = text.split('\n');
        const patch = lines[0]?.startsWith('*** Add File');
        for (let i = patch ? 1 : 0; i < lines.length; i++)
            out.push(patch ? lines[i].replace(/^\+/, '') : lines[i]);
    }
    return out;
}
/** Added lines of a unified diff (`+x`, not `+++ b/...`). */
function diffAddedLines(diff) {
    const out = [];
    for (const l of diff.split('\n'))
        if (l.startsWith('+') && !l.startsWith('+++'))
            out.push(l.slice(1));
    return out;
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
/** Nanoseconds of a timestamp string (the ISO form is made once, for the start only). */
function nsOf(v) {
    return typeof v === 'string' ? (0,_hail_timestamp__WEBPACK_IMPORTED_MODULE_0__/* .tryParseTimestamp */ .z_)(v) : undefined;
}
function isoOfNs(ns) {
    return new Date(Number(ns / 1000000n)).toISOString().replace('.000Z', 'Z');
}
/** A getter computing `make()` once, on first read: redaction is the costly part and most sessions of a long list
 * are only shown as one line (A11 collapse), so their prompt and commands are never redacted or rendered. */
function lazy(obj, key, make) {
    let done = false;
    let value;
    Object.defineProperty(obj, key, {
        enumerable: true,
        configurable: true,
        get: () => {
            if (!done) {
                value = make();
                done = true;
            }
            return value;
        },
    });
}
function commandText(s) {
    return (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .truncateCodePoints */ .Bm)((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .collapse */ .ap)((0,_safety__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(s)), 200);
}
// Cheap pre-filter: only lines holding one of these are parsed. Searched across the whole text (one regex run per
// file, no array of every line): most lines of a session are messages the detail never reads.
const WANTED = /"(header|stats|UserMessage|FileEdit|FileCreate|ShellCommand|ToolResult)"/g;
/** The lines of `text` (split at `\n`) that contain a WANTED token, in order, each once. */
function wantedLines(text) {
    const out = [];
    WANTED.lastIndex = 0;
    for (let m = WANTED.exec(text); m !== null; m = WANTED.exec(text)) {
        const start = text.lastIndexOf('\n', m.index) + 1;
        const nl = text.indexOf('\n', m.index);
        const end = nl < 0 ? text.length : nl;
        out.push(text.slice(start, end));
        if (nl < 0)
            break;
        WANTED.lastIndex = nl + 1;
    }
    WANTED.lastIndex = 0;
    return out;
}
function eventOf(v) {
    if (!isObj(v))
        return undefined;
    for (const c of [v, v.data, v.event])
        if (isObj(c) && 'event_type' in c)
            return c;
    return undefined;
}
/** Reads the detail of one hail file (JSONL, or one JSON document with `events`). */
function readSessionDetail(text) {
    const d = {
        tool: null,
        model: null,
        startedAt: null,
        durationSeconds: null,
        tokensIn: 0,
        tokensOut: 0,
        firstPrompt: null,
        laterPrompts: 0,
        written: new Map(),
        failedCommands: [],
        testCommands: [],
    };
    let records = [];
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
        try {
            const whole = JSON.parse(text);
            if (isObj(whole) && Array.isArray(whole.events)) {
                records = [{ type: 'header', ...whole }, ...whole.events.filter(isObj)];
                if (isObj(whole.stats))
                    records.push({ type: 'stats', ...whole.stats });
            }
        }
        catch {
            records = [];
        }
    }
    if (records.length === 0) {
        for (const line of wantedLines(text)) {
            if (line.length < 2)
                continue;
            try {
                const v = JSON.parse(line);
                if (isObj(v))
                    records.push(v);
            }
            catch {
                // an unreadable line is skipped, as in the Q&A digest
            }
        }
    }
    let rawPrompt;
    let created;
    let updated;
    let first;
    let last;
    let statsDuration;
    let statsIn;
    let statsOut;
    let sumIn = 0;
    let sumOut = 0;
    const shells = new Map();
    const runs = [];
    const addWritten = (path, lines) => {
        let set = d.written.get(path);
        if (set === undefined)
            d.written.set(path, (set = new Set()));
        for (const l of lines) {
            const k = traceKey(l);
            if (k !== undefined)
                set.add(k);
        }
    };
    for (const rec of records) {
        if (rec.type === 'header') {
            const agent = isObj(rec.agent) ? rec.agent : {};
            if (typeof agent.tool === 'string' && agent.tool.trim() !== '')
                d.tool = agent.tool.trim();
            if (typeof agent.model === 'string' && agent.model.trim() !== '')
                d.model = agent.model.trim();
            const ctx = isObj(rec.context) ? rec.context : {};
            created = nsOf(ctx.created_at);
            updated = nsOf(ctx.updated_at);
            continue;
        }
        if (rec.type === 'stats') {
            statsDuration = num(rec.duration_seconds);
            statsIn = num(rec.total_input_tokens);
            statsOut = num(rec.total_output_tokens);
            continue;
        }
        const ev = eventOf(rec);
        if (ev === undefined || !isObj(ev.event_type))
            continue;
        const et = ev.event_type;
        const data = isObj(et.data) ? et.data : {};
        const attrs = isObj(ev.attributes) ? ev.attributes : {};
        const ts = nsOf(ev.timestamp);
        if (ts !== undefined) {
            if (first === undefined || ts < first)
                first = ts;
            if (last === undefined || ts > last)
                last = ts;
        }
        sumIn += num(attrs.input_tokens) ?? 0;
        sumOut += num(attrs.output_tokens) ?? 0;
        switch (et.type) {
            case 'UserMessage': {
                const source = typeof attrs.source === 'string' ? attrs.source.trim() : '';
                if (source === 'interactive')
                    break; // an answer to the agent's question, not a prompt
                const t = textOf(ev);
                if (!/\S/.test(t))
                    break;
                // Only the head of a long prompt can reach the comment; redaction handles a secret cut at the edge.
                if (rawPrompt === undefined)
                    rawPrompt = t.slice(0, FIRST_PROMPT_MAX * 8);
                else
                    d.laterPrompts++;
                break;
            }
            case 'FileEdit':
                if (typeof data.path === 'string')
                    addWritten(data.path, typeof data.diff === 'string' ? diffAddedLines(data.diff) : []);
                break;
            case 'FileCreate':
                if (typeof data.path === 'string')
                    addWritten(data.path, createdLines(ev, data.path));
                break;
            case 'ShellCommand': {
                if (typeof data.command !== 'string' || data.command.trim() === '')
                    break;
                const exitCode = num(data.exit_code);
                const run = {
                    raw: data.command,
                    exitCode,
                    failed: exitCode !== undefined && exitCode !== 0,
                    test: isTestCommand((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .collapse */ .ap)(data.command)),
                };
                runs.push(run);
                for (const k of [attrs['semantic.call_id'], ev.event_id])
                    if (typeof k === 'string')
                        shells.set(k, run);
                break;
            }
            case 'ToolResult': {
                const callId = typeof data.call_id === 'string' ? data.call_id : attrs['semantic.call_id'];
                const run = typeof callId === 'string' ? shells.get(callId) : undefined;
                if (run !== undefined && run.exitCode === undefined && data.is_error === true)
                    run.failed = true;
                break;
            }
            default:
                break;
        }
    }
    // The header's created/updated times bound the session; events (only the parsed kinds) are the fallback.
    const start = created ?? first;
    d.startedAt = start !== undefined ? isoOfNs(start) : null;
    if (statsDuration !== undefined && statsDuration > 0)
        d.durationSeconds = Math.round(statsDuration);
    else if (start !== undefined && updated !== undefined && updated >= start)
        d.durationSeconds = Number((updated - start) / 1000000000n);
    else if (first !== undefined && last !== undefined)
        d.durationSeconds = Number((last - first) / 1000000000n);
    d.tokensIn = statsIn ?? sumIn;
    d.tokensOut = statsOut ?? sumOut;
    // The command text is made on first read (see `lazy`), through a getter of the literal: cheaper to build.
    const strip = (r) => {
        let text;
        const command = () => (text ??= commandText(r.raw));
        return r.exitCode === undefined
            ? {
                get command() {
                    return command();
                },
                failed: r.failed,
            }
            : {
                get command() {
                    return command();
                },
                exitCode: r.exitCode,
                failed: r.failed,
            };
    };
    if (rawPrompt !== undefined) {
        const text = rawPrompt;
        lazy(d, 'firstPrompt', () => (0,_markdown__WEBPACK_IMPORTED_MODULE_2__/* .truncateCodePoints */ .Bm)((0,_text__WEBPACK_IMPORTED_MODULE_1__/* .collapse */ .ap)((0,_safety__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(text)), FIRST_PROMPT_MAX));
    }
    d.failedCommands = runs
        .filter((r) => r.failed && !r.test)
        .slice(0, MAX_COMMANDS)
        .map(strip);
    d.testCommands = runs
        .filter((r) => r.test)
        .slice(0, MAX_COMMANDS)
        .map(strip);
    return d;
}


/***/ }),

/***/ 3870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

"use strict";
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ readPrDiff),
/* harmony export */   Uo: () => (/* binding */ computeAgentShare)
/* harmony export */ });
/* unused harmony exports parsePrDiff, matchPrPath */
/* harmony import */ var parse_diff__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2673);
/* harmony import */ var parse_diff__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(parse_diff__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _session_detail__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9399);
// Agent share (amendments-2 A11): the added lines of the PR diff (base...head, per path) that equal a line a linked
// session wrote on the same path — an added line of a FileEdit diff or a line of a FileCreate body.


/** Parses `git diff` text into added lines per path. */
function parsePrDiff(text) {
    const added = new Map();
    let totalAdded = 0;
    for (const f of parse_diff__WEBPACK_IMPORTED_MODULE_0___default()(text)) {
        const path = f.to !== undefined && f.to !== '/dev/null' ? f.to : undefined;
        if (path === undefined)
            continue;
        const lines = added.get(path) ?? [];
        for (const c of f.chunks)
            for (const ch of c.changes)
                if (ch.type === 'add')
                    lines.push(ch.content.slice(1));
        totalAdded += lines.length - (added.get(path)?.length ?? 0);
        added.set(path, lines);
    }
    return { added, totalAdded };
}
/** The PR diff (`base...head`, or the head commit alone without a usable base); empty when git cannot give it. */
async function readPrDiff(git, base, head) {
    const common = ['-c', 'core.quotePath=false'];
    const opts = ['--no-color', '--no-ext-diff', '--no-renames', '--unified=0'];
    let r = base !== undefined
        ? await git.run([...common, 'diff', ...opts, `${base}...${head}`])
        : { code: 1, stdout: '', stderr: '' };
    if (r.code !== 0)
        r = await git.run([...common, 'show', ...opts, '--pretty=format:', head]);
    return r.code === 0 ? parsePrDiff(r.stdout) : { added: new Map(), totalAdded: 0 };
}
/**
 * Which PR path a session path names: the same path, or an absolute/longer path ending in `/<pr path>` (agents
 * record absolute paths). The longest PR path wins.
 */
function matchPrPath(sessionPath, prPaths, bySuffix) {
    const p = sessionPath.replace(/\\/g, '/').replace(/^\.\//, '');
    if (prPaths.has(p))
        return p;
    const base = p.slice(p.lastIndexOf('/') + 1);
    let best;
    for (const cand of bySuffix.get(base) ?? []) {
        if (p.endsWith('/' + cand) && (best === undefined || cand.length > best.length))
            best = cand;
    }
    return best;
}
/** The share of the PR's added lines traced to the linked sessions, overall and per session. */
function computeAgentShare(diff, details) {
    const prPaths = new Set(diff.added.keys());
    const bySuffix = new Map();
    for (const p of prPaths) {
        const base = p.slice(p.lastIndexOf('/') + 1);
        const list = bySuffix.get(base) ?? [];
        list.push(p);
        bySuffix.set(base, list);
    }
    // PR path → session id → the session's written lines there (several session paths may map to one PR path).
    const perPath = new Map();
    for (const [id, d] of details) {
        for (const [sp, lines] of d.written) {
            const pr = matchPrPath(sp, prPaths, bySuffix);
            if (pr === undefined)
                continue;
            let m = perPath.get(pr);
            if (m === undefined)
                perPath.set(pr, (m = new Map()));
            const cur = m.get(id);
            if (cur === undefined)
                m.set(id, new Set(lines));
            else
                for (const l of lines)
                    cur.add(l);
        }
    }
    let traced = 0;
    const sessions = new Map();
    for (const id of details.keys())
        sessions.set(id, { files: [], tracedLines: 0 });
    for (const [path, lines] of diff.added) {
        const writers = perPath.get(path);
        if (writers === undefined)
            continue;
        const perSession = new Map();
        for (const id of writers.keys())
            perSession.set(id, 0);
        for (const line of lines) {
            const k = (0,_session_detail__WEBPACK_IMPORTED_MODULE_1__/* .traceKey */ .zz)(line);
            if (k === undefined)
                continue;
            let hit = false;
            for (const [id, set] of writers) {
                if (set.has(k)) {
                    hit = true;
                    perSession.set(id, perSession.get(id) + 1);
                }
            }
            if (hit)
                traced++;
        }
        for (const [id, n] of perSession) {
            const s = sessions.get(id);
            s.files.push({ path, tracedLines: n });
            s.tracedLines += n;
        }
    }
    const added = diff.totalAdded;
    return { traced, added, percent: added === 0 ? 0 : Math.round((traced * 100) / added), sessions };
}


/***/ })

};
;