"use strict";
exports.id = 8170;
exports.ids = [8170];
exports.modules = {

/***/ 8170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pruneRegisteredRepos: () => (/* binding */ pruneRegisteredRepos)
/* harmony export */ });
/* unused harmony export registeredRepos */
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9896);
/* harmony import */ var fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6928);
/* harmony import */ var path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_ledger_git_cli__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8843);
/* harmony import */ var _core_ledger_prune__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1172);
/* harmony import */ var _core_ledger_repo__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6790);
// Retention prune over every registered repository (daemon-and-server.md §2.12, §2.13).





function registeredRepos(home) {
    try {
        const doc = JSON.parse(fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path__WEBPACK_IMPORTED_MODULE_1__.join(home, '.config', 'opensession', 'repo-registry.json'), 'utf8'));
        return Array.isArray(doc.repos) ? doc.repos.filter((r) => typeof r === 'string') : [];
    }
    catch {
        return [];
    }
}
async function pruneRegisteredRepos(home, keepDays, log, now = new Date()) {
    let pruned = 0;
    let refs = 0;
    for (const root of registeredRepos(home)) {
        if (!fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(path__WEBPACK_IMPORTED_MODULE_1__.join(root, '.git')))
            continue; // listed but gone: skipped, not removed
        const list = await (0,_core_ledger_git_cli__WEBPACK_IMPORTED_MODULE_2__.runGit)(['for-each-ref', '--format=%(refname)', 'refs/opensession/branches/'], { cwd: root });
        for (const ref of list.stdout.split('\n').filter((l) => l !== '')) {
            try {
                const r = await (0,_core_ledger_prune__WEBPACK_IMPORTED_MODULE_3__/* .pruneLedger */ .O)((0,_core_ledger_repo__WEBPACK_IMPORTED_MODULE_4__.openRepo)(root), ref, keepDays, now);
                if (r.committed) {
                    pruned += r.expired;
                    refs++;
                }
            }
            catch (err) {
                log.warn(`retention: could not prune ${ref} in ${root}: ${err.message}`);
            }
        }
    }
    return { pruned, refs };
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


/***/ })

};
;