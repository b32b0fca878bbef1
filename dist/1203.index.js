"use strict";
exports.id = 1203;
exports.ids = [1203];
exports.modules = {

/***/ 1203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   completionScript: () => (/* binding */ completionScript),
/* harmony export */   docsCommand: () => (/* binding */ docsCommand),
/* harmony export */   quickstartText: () => (/* binding */ quickstartText)
/* harmony export */ });
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
// `opensession docs quickstart|completion` (git-native.md 15)

function quickstartText(o) {
    return `# OpenSession 5-minute first-user flow

# 1) Check and apply local setup
opensession doctor
opensession doctor --fix

# 2) Convert a raw agent log into canonical HAIL JSONL
opensession parse --profile ${o.profile} ${o.input} --out ${o.out}

# 3) Register the canonical session locally
opensession register ${o.out}
# -> os://src/local/<sha256>

# 4) Publish it to the branch ledger and push
opensession share os://src/local/<sha256> --git --remote ${o.remote} --push

# 5) Turn the printed remote source URI into a web link
opensession config init --base-url https://opensession.io
opensession share <remote source uri from step 4> --web
`;
}
/** Flattens the visible command tree: each command path with its subcommands and flags. */
function commandTree(root) {
    const out = [];
    const walk = (cmd, prefix) => {
        const visible = cmd.commands.filter((c) => !c._hidden);
        const flags = cmd.options.flatMap((o) => [o.short, o.long].filter((f) => !!f));
        out.push({ path: prefix, subcommands: visible.map((c) => c.name()), flags: [...flags, '--help'] });
        for (const c of visible)
            walk(c, [...prefix, c.name()]);
    };
    walk(root, []);
    return out;
}
function completionScript(shell, root) {
    const tree = commandTree(root);
    const words = (n) => [...n.subcommands, ...n.flags].join(' ');
    if (shell === 'bash') {
        const cases = tree.map((n) => `    "${n.path.join(' ')}") words="${words(n)}" ;;`).join('\n');
        return `# bash completion for opensession
_opensession() {
  local cur path="" w i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ "$w" == -* ]] && continue
    path="\${path:+$path }$w"
  done
  local words=""
  case "$path" in
${cases}
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -F _opensession opensession
`;
    }
    if (shell === 'zsh') {
        const cases = tree.map((n) => `    "${n.path.join(' ')}") words=(${words(n)}) ;;`).join('\n');
        return `#compdef opensession
_opensession() {
  local path="" w
  local -a words
  for w in \${words[2,CURRENT-1]}; do
    [[ "$w" == -* ]] || path="\${path:+$path }$w"
  done
  case "$path" in
${cases}
  esac
  compadd -- $words
}
compdef _opensession opensession
`;
    }
    // fish
    const lines = ['# fish completion for opensession', 'complete -c opensession -f'];
    for (const n of tree) {
        const cond = n.path.length === 0 ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${n.path[n.path.length - 1]}`;
        for (const s of n.subcommands)
            lines.push(`complete -c opensession -n '${cond}' -a ${s}`);
        for (const f of n.flags) {
            if (f.startsWith('--'))
                lines.push(`complete -c opensession -n '${cond}' -l ${f.slice(2)}`);
            else
                lines.push(`complete -c opensession -n '${cond}' -s ${f.slice(1)}`);
        }
    }
    return lines.join('\n') + '\n';
}
function docsCommand(ctx) {
    const docs = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB('docs').description('print guides and shell completions');
    docs
        .command('quickstart')
        .description('print the 5-minute first-user flow')
        .option('--profile <id>', 'parser profile', 'codex')
        .option('--input <path>', 'raw agent log', './raw-session.jsonl')
        .option('--out <path>', 'canonical output', './session.hail.jsonl')
        .option('--remote <name>', 'git remote', 'origin')
        .action((o) => {
        ctx.stdout(quickstartText(o));
    });
    docs
        .command('completion')
        .description('print a shell completion script')
        .addArgument(new commander__WEBPACK_IMPORTED_MODULE_0__/* .Argument */ .ef('<shell>', 'shell').choices(['bash', 'zsh', 'fish']))
        .action((shell, _opts, cmd) => {
        let root = cmd;
        while (root.parent)
            root = root.parent;
        ctx.stdout(completionScript(shell, root));
    });
    return docs;
}


/***/ })

};
;