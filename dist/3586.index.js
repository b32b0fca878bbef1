"use strict";
exports.id = 3586;
exports.ids = [3586];
exports.modules = {

/***/ 3586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERSION: () => (/* binding */ VERSION),
  buildProgram: () => (/* binding */ buildProgram),
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./cli/context.ts
var context = __webpack_require__(1636);
;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./cli/program.ts
// Commander wiring: one addCommand per command file; exit codes are mapped here (command errors: reportCommandError).



const VERSION = package_namespaceObject.rE;
const HELP_FOOTER = `
First-user flow (5 minutes):
  opensession doctor
  opensession doctor --fix
  opensession parse --profile codex ./raw-session.jsonl --out ./session.hail.jsonl
  opensession register ./session.hail.jsonl
  opensession share os://src/local/<sha256> --git --remote origin --push
  opensession config init --base-url https://opensession.io
  opensession share <remote source uri> --web

Common next steps:
  opensession doctor --fix
  opensession view HEAD
  opensession review <pr-url>
`;
/**
 * Every command, loaded on demand: a run loads only the module of the command it names, so start-up
 * stays small (the pre-push hook has a latency budget) while the bundle stays one file.
 */
const COMMANDS = {
    register: async () => (await Promise.all(/* import() */[__webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(1785)]).then(__webpack_require__.bind(__webpack_require__, 1785))).registerCommand,
    cat: async () => (await Promise.all(/* import() */[__webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(6726)]).then(__webpack_require__.bind(__webpack_require__, 6726))).catCommand,
    inspect: async () => (await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(3440), __webpack_require__.e(4025), __webpack_require__.e(6680), __webpack_require__.e(8982)]).then(__webpack_require__.bind(__webpack_require__, 8982))).inspectCommand,
    parse: async () => (await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(3440), __webpack_require__.e(4025), __webpack_require__.e(3818)]).then(__webpack_require__.bind(__webpack_require__, 7144))).parseCommand,
    share: async () => (await Promise.all(/* import() */[__webpack_require__.e(3137), __webpack_require__.e(7617)]).then(__webpack_require__.bind(__webpack_require__, 7617))).shareCommand,
    review: async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(3137), __webpack_require__.e(4210), __webpack_require__.e(7895), __webpack_require__.e(9871), __webpack_require__.e(573)]).then(__webpack_require__.bind(__webpack_require__, 573))).reviewCommand,
    view: async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(7472), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(3137), __webpack_require__.e(4210), __webpack_require__.e(7895), __webpack_require__.e(9871), __webpack_require__.e(8241)]).then(__webpack_require__.bind(__webpack_require__, 8241))).viewCommand,
    doctor: async () => (await __webpack_require__.e(/* import() */ 5411).then(__webpack_require__.bind(__webpack_require__, 5411))).doctorCommand,
    config: async () => (await Promise.all(/* import() */[__webpack_require__.e(3292), __webpack_require__.e(3137), __webpack_require__.e(6630)]).then(__webpack_require__.bind(__webpack_require__, 6630))).configCommand,
    docs: async () => (await __webpack_require__.e(/* import() */ 1203).then(__webpack_require__.bind(__webpack_require__, 1203))).docsCommand,
    ci: async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(7472), __webpack_require__.e(3137), __webpack_require__.e(9036), __webpack_require__.e(4210), __webpack_require__.e(7895), __webpack_require__.e(9871), __webpack_require__.e(832)]).then(__webpack_require__.bind(__webpack_require__, 832))).ciCommand,
    hook: async () => (await __webpack_require__.e(/* import() */ 8171).then(__webpack_require__.bind(__webpack_require__, 8171))).hookCommand,
    daemon: async () => (await __webpack_require__.e(/* import() */ 5652).then(__webpack_require__.bind(__webpack_require__, 5652))).daemonCommand,
    serve: async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(1183), __webpack_require__.e(2745), __webpack_require__.e(7472), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(3440), __webpack_require__.e(4025), __webpack_require__.e(7895), __webpack_require__.e(1695)]).then(__webpack_require__.bind(__webpack_require__, 1016))).serveCommand,
    cleanup: async () => (await Promise.all(/* import() */[__webpack_require__.e(1577), __webpack_require__.e(3292), __webpack_require__.e(5586), __webpack_require__.e(7472), __webpack_require__.e(3137), __webpack_require__.e(4210), __webpack_require__.e(8562)]).then(__webpack_require__.bind(__webpack_require__, 8562))).cleanupCommand,
    handoff: async () => (await Promise.all(/* import() */[__webpack_require__.e(1183), __webpack_require__.e(4632), __webpack_require__.e(393), __webpack_require__.e(9967), __webpack_require__.e(3440), __webpack_require__.e(4025), __webpack_require__.e(6680), __webpack_require__.e(6820)]).then(__webpack_require__.bind(__webpack_require__, 6820))).handoffCommand,
};
/** The command modules a run needs: the named command when argv starts with one, else all (help, errors). */
async function loadCommands(argv, ctx) {
    const first = argv[0];
    if (first === '-V' || first === '--version')
        return [];
    // `docs completion` describes the whole command tree, so it needs every command too.
    const single = first !== undefined && first !== 'docs' && Object.hasOwn(COMMANDS, first);
    const names = single ? [first] : Object.keys(COMMANDS);
    const factories = await Promise.all(names.map((n) => COMMANDS[n]()));
    return factories.map((make) => make(ctx));
}
async function buildProgram(ctx, argv = []) {
    const program = new esm/* Command */.uB('opensession')
        .description('OpenSession CLI - local-first source URI workflows')
        .version(VERSION, '-V, --version')
        .exitOverride()
        .configureOutput({
        writeOut: (s) => ctx.stdout(s),
        writeErr: (s) => ctx.stderr(s),
    })
        .showSuggestionAfterError(true)
        .addHelpText('after', HELP_FOOTER);
    for (const cmd of await loadCommands(argv, ctx)) {
        program.addCommand(cmd);
    }
    // Sub-commands inherit exitOverride/output settings only when configured after being added.
    const configure = (c) => {
        c.exitOverride().configureOutput({ writeOut: (s) => ctx.stdout(s), writeErr: (s) => ctx.stderr(s) });
        c.commands.forEach(configure);
    };
    program.commands.forEach(configure);
    return program;
}
/** Runs one CLI invocation and returns the exit code (0 ok, 1 command error, 2 usage error). */
async function runCli(argv, ctx) {
    const program = await buildProgram(ctx, argv);
    try {
        await program.parseAsync(argv, { from: 'user' });
        return 0;
    }
    catch (err) {
        if (err instanceof esm/* CommanderError */.b7) {
            if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version')
                return 0;
            // `commander.help` is also thrown (exitCode 1, help on stderr) for a missing or unknown subcommand
            // (`opensession`, `opensession docs`, `help nosuch`): a usage error. Only an explicit `help` is a success.
            if (err.code === 'commander.help' && err.exitCode === 0)
                return 0;
            return 2; // commander already printed the usage message
        }
        return (0,context/* reportCommandError */._)(ctx, err);
    }
}


/***/ })

};
;