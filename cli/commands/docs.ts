// `opensession docs quickstart|completion` (git-native.md 15)
import { Argument, Command, Option } from 'commander';
import type { CliContext } from '../context';

export function quickstartText(o: { profile: string; input: string; out: string; remote: string }): string {
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

interface TreeNode {
  path: string[];
  subcommands: string[];
  flags: string[];
}

/** Flattens the visible command tree: each command path with its subcommands and flags. */
function commandTree(root: Command): TreeNode[] {
  const out: TreeNode[] = [];
  const walk = (cmd: Command, prefix: string[]) => {
    const visible = cmd.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
    const flags = cmd.options.flatMap((o: Option) => [o.short, o.long].filter((f): f is string => !!f));
    out.push({ path: prefix, subcommands: visible.map((c) => c.name()), flags: [...flags, '--help'] });
    for (const c of visible) walk(c, [...prefix, c.name()]);
  };
  walk(root, []);
  return out;
}

export function completionScript(shell: string, root: Command): string {
  const tree = commandTree(root);
  const words = (n: TreeNode) => [...n.subcommands, ...n.flags].join(' ');
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
    const cond =
      n.path.length === 0 ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${n.path[n.path.length - 1]}`;
    for (const s of n.subcommands) lines.push(`complete -c opensession -n '${cond}' -a ${s}`);
    for (const f of n.flags) {
      if (f.startsWith('--')) lines.push(`complete -c opensession -n '${cond}' -l ${f.slice(2)}`);
      else lines.push(`complete -c opensession -n '${cond}' -s ${f.slice(1)}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function docsCommand(ctx: CliContext): Command {
  const docs = new Command('docs').description('print guides and shell completions');
  docs
    .command('quickstart')
    .description('print the 5-minute first-user flow')
    .option('--profile <id>', 'parser profile', 'codex')
    .option('--input <path>', 'raw agent log', './raw-session.jsonl')
    .option('--out <path>', 'canonical output', './session.hail.jsonl')
    .option('--remote <name>', 'git remote', 'origin')
    .action((o: { profile: string; input: string; out: string; remote: string }) => {
      ctx.stdout(quickstartText(o));
    });
  docs
    .command('completion')
    .description('print a shell completion script')
    .addArgument(new Argument('<shell>', 'shell').choices(['bash', 'zsh', 'fish']))
    .action((shell: string, _opts: unknown, cmd: Command) => {
      let root = cmd;
      while (root.parent) root = root.parent;
      ctx.stdout(completionScript(shell, root));
    });
  return docs;
}
