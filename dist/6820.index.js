"use strict";
exports.id = 6820;
exports.ids = [6820];
exports.modules = {

/***/ 6820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   handoffCommand: () => (/* binding */ handoffCommand)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(265);
/* harmony import */ var _core_handoff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9527);
/* harmony import */ var _output__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5338);
// `opensession handoff build|artifacts ...` (hail-and-store.md section 11).




function nonNegativeInt(value) {
    if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
        throw new commander__WEBPACK_IMPORTED_MODULE_0__/* .InvalidArgumentError */ .Di('expected a non-negative integer');
    }
    return Number(value);
}
function collect(value, previous) {
    return [...(previous ?? []), value];
}
const JSON_FLAG = '--json';
function buildCommand(ctx) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('build')
        .description('summarise sessions into a content-addressed handoff artifact and print its os://artifact/ URI')
        .argument('[inputs...]', 'HAIL JSONL files or agent logs (parsed with auto-detection)')
        .option('--from <uri>', 'a stored session os://src/local/<sha256> (repeatable)', collect)
        .option('--last <n>', 'the N newest sessions of the local session index', nonNegativeInt)
        .option('--validate', 'fail when a summary has error-level findings (no record is written)')
        .option('--pin <alias>', 'pin the artifact under this alias')
        .option(JSON_FLAG, 'print a JSON object instead of the URI')
        .action(async (inputs, opts) => {
        const r = await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .buildArtifact */ .LR)({ inputs, from: opts.from ?? [], last: opts.last, validate: opts.validate === true, pin: opts.pin }, (0,_output__WEBPACK_IMPORTED_MODULE_3__/* .storeSettings */ .lj)(ctx), ctx.now());
        if (!opts.json)
            return ctx.stdout(`${r.uri}\n`);
        const reports = r.record.validation_reports;
        (0,_output__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, {
            created: r.created,
            findings: reports.reduce((n, rep) => n + rep.findings.length, 0),
            hash: r.sha256,
            path: r.path,
            pin: r.pinned ?? null,
            sessions: r.record.raw_sessions.length,
            source_uris: r.record.source_uris,
            uri: r.uri,
        });
    });
}
function artifactsCommand(ctx) {
    const settings = () => (0,_output__WEBPACK_IMPORTED_MODULE_3__/* .storeSettings */ .lj)(ctx);
    const artifacts = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('artifacts').description('list, read, verify, pin and remove handoff artifacts');
    artifacts
        .command('list')
        .description('print every artifact of the default root as a JSON array')
        .option(JSON_FLAG, 'accepted for symmetry: the listing is always JSON')
        .action(async () => (0,_output__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .listArtifacts */ .wn)(settings())));
    artifacts
        .command('get')
        .description('print an artifact payload')
        .argument('<id_or_uri>', 'os://artifact/<sha256>, a hash, a unique hash prefix, or a pin alias')
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--format <format>', 'canonical summaries or raw sessions')
        .choices(['canonical', 'raw'])
        .default('canonical'))
        .addOption(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Option */ .c$('--encode <encoding>', 'output encoding').choices(['jsonl', 'json']).default('jsonl'))
        .action(async (id, opts) => {
        const hash = await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .resolveArtifactId */ .Ux)(id, settings());
        const { record } = await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .loadRecord */ .Ck)(hash, settings());
        ctx.stdout((0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .renderArtifact */ .x3)(record, opts.format, opts.encode));
    });
    artifacts
        .command('verify')
        .description('recompute hashes, summaries and validation of an artifact and compare them with the record')
        .argument('<id_or_uri>', 'os://artifact/<sha256>, a hash, a unique hash prefix, or a pin alias')
        .option(JSON_FLAG, 'print a JSON object')
        .action(async (id, opts) => {
        const hash = await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .resolveArtifactId */ .Ux)(id, settings());
        const loaded = await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .loadRecord */ .Ck)(hash, settings());
        const uri = (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .verifyArtifact */ .oc)(hash, loaded);
        if (opts.json)
            (0,_output__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, { ok: true, path: loaded.path, uri });
        else
            ctx.stdout(`artifact ok: ${uri}\n`);
    });
    artifacts
        .command('pin')
        .description('point an alias at an artifact')
        .argument('<alias>', 'letters, digits, `.`, `_` and `-`')
        .argument('<id_or_uri>', 'os://artifact/<sha256>, a hash, a unique hash prefix, or a pin alias')
        .option(JSON_FLAG, 'print a JSON object')
        .action(async (aliasArg, id, opts) => {
        const alias = (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .checkAlias */ .ff)(aliasArg);
        const hash = await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .resolveArtifactId */ .Ux)(id, settings());
        await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .loadRecord */ .Ck)(hash, settings());
        await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .writePin */ .hV)(alias, hash, settings());
        const uri = `os://artifact/${hash}`;
        if (opts.json)
            (0,_output__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, { alias, uri });
        else
            ctx.stdout(`${alias} -> ${uri}\n`);
    });
    artifacts
        .command('unpin')
        .description('remove an alias')
        .argument('<alias>', 'a pin alias')
        .option(JSON_FLAG, 'print a JSON object')
        .action(async (aliasArg, opts) => {
        const alias = (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .checkAlias */ .ff)(aliasArg);
        if (!(await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .removePin */ .yI)(alias, settings()))) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_1__/* .GuidedError */ .FQ(`pin not found: ${alias}`, [
                'list artifacts and their pins: `opensession handoff artifacts list`',
            ]);
        }
        if (opts.json)
            (0,_output__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, { unpinned: alias });
        else
            ctx.stdout(`unpinned: ${alias}\n`);
    });
    artifacts
        .command('rm')
        .description('delete an unpinned artifact record (stored sessions are kept)')
        .argument('<id_or_uri>', 'os://artifact/<sha256>, a hash, a unique hash prefix, or a pin alias')
        .option(JSON_FLAG, 'print a JSON object')
        .action(async (id, opts) => {
        const hash = await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .resolveArtifactId */ .Ux)(id, settings());
        await (0,_core_handoff__WEBPACK_IMPORTED_MODULE_2__/* .removeArtifact */ .bG)(hash, settings());
        const uri = `os://artifact/${hash}`;
        if (opts.json)
            (0,_output__WEBPACK_IMPORTED_MODULE_3__/* .writeJson */ .GF)(ctx, { removed: uri });
        else
            ctx.stdout(`removed: ${uri}\n`);
    });
    return artifacts;
}
function handoffCommand(ctx) {
    return new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('handoff')
        .description('build and manage handoff artifacts: session summaries one agent hands to another')
        .addCommand(buildCommand(ctx))
        .addCommand(artifactsCommand(ctx));
}


/***/ })

};
;