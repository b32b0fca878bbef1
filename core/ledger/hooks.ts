// The managed pre-push hook and the CLI shim: directory, template, install plan (git-native.md §9.1-9.3, §9.8).
import * as fs from 'fs';
import * as path from 'path';
import { OpenSessionError } from '../errors';
import { runGit } from './git-cli';
import type { Repo } from './repo';

export const MANAGED_MARKER = '# opensession-managed';
export const HOOK_BACKUP_NAME = 'pre-push.original.pre-opensession';

/** §9.3 as amended by A8 (fast path; stdin kept with shell built-ins so the no-op path starts no process). */
export const PRE_PUSH_TEMPLATE = `#!/bin/sh
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

export interface HooksDir {
  dir: string;
  /** Scope of `core.hooksPath` when it comes from global or system config (plan note, §9.1). */
  sharedScope?: 'global' | 'system';
}

/** §9.1: `core.hooksPath` (any scope; relative → repo root, `~/` → HOME), else `<common dir>/hooks`. */
export async function resolveHooksDir(
  repo: Repo,
  env: Record<string, string | undefined> = process.env,
): Promise<HooksDir> {
  if (!fs.existsSync(path.join(repo.root, '.git'))) {
    throw new OpenSessionError(`Not a git repository: ${repo.root} (missing .git metadata)`);
  }
  const res = await runGit(['config', '--show-scope', '--get', 'core.hooksPath'], { cwd: repo.root, env });
  const line = res.code === 0 ? res.stdout.replace(/\n$/, '') : '';
  let dir = path.join(repo.commonDir, 'hooks');
  let sharedScope: HooksDir['sharedScope'];
  if (line !== '') {
    const tab = line.indexOf('\t');
    const scope = tab === -1 ? '' : line.slice(0, tab);
    let value = tab === -1 ? line : line.slice(tab + 1);
    if (value.startsWith('~/')) value = path.join(env.HOME ?? env.USERPROFILE ?? '', value.slice(2));
    dir = path.resolve(repo.root, value);
    if (scope === 'global' || scope === 'system') sharedScope = scope;
  }
  return { dir, sharedScope };
}

export type HookAction = 'install' | 'refresh' | 'preserve-original+replace';

export interface HookPlan {
  action: HookAction;
  hookPath: string;
  /** `pre-push.original.pre-opensession` (preserve only). */
  backupPath?: string;
  /** Where an older backup moves first (`...pre-opensession.<unix seconds>`), when one exists. */
  olderBackupPath?: string;
  note?: string;
}

export function isManagedHook(text: string): boolean {
  return text.split(/\r?\n/).includes(MANAGED_MARKER);
}

/** §9.2 install plan for `<hooks dir>/pre-push`. */
export function planHookInstall(hooks: HooksDir, now: Date = new Date()): HookPlan {
  const hookPath = path.join(hooks.dir, 'pre-push');
  const note =
    hooks.sharedScope !== undefined
      ? `core.hooksPath is set in ${hooks.sharedScope} config; the hook applies to every repository that uses ${hooks.dir}`
      : undefined;
  let existing: string | undefined;
  try {
    existing = fs.readFileSync(hookPath, 'utf8');
  } catch {
    existing = undefined;
  }
  if (existing === undefined) return { action: 'install', hookPath, note };
  if (isManagedHook(existing)) return { action: 'refresh', hookPath, note };
  const backupPath = path.join(hooks.dir, HOOK_BACKUP_NAME);
  let olderBackupPath: string | undefined;
  if (fs.existsSync(backupPath)) {
    const secs = Math.floor(now.getTime() / 1000);
    olderBackupPath = `${backupPath}.${secs}`;
    for (let n = 1; fs.existsSync(olderBackupPath); n++) olderBackupPath = `${backupPath}.${secs + n}`; // never overwrite a backup
  }
  return { action: 'preserve-original+replace', hookPath, backupPath, olderBackupPath, note };
}

/** Applies a plan: moves backups (modes kept by rename) and writes the template with mode 0755. */
export async function applyHookInstall(plan: HookPlan): Promise<void> {
  await fs.promises.mkdir(path.dirname(plan.hookPath), { recursive: true });
  if (plan.action === 'preserve-original+replace') {
    if (plan.olderBackupPath !== undefined) await fs.promises.rename(plan.backupPath!, plan.olderBackupPath);
    await fs.promises.rename(plan.hookPath, plan.backupPath!);
  }
  const tmp = `${plan.hookPath}.tmp-${process.pid}`;
  await fs.promises.writeFile(tmp, PRE_PUSH_TEMPLATE);
  if (process.platform !== 'win32') await fs.promises.chmod(tmp, 0o755);
  await fs.promises.rename(tmp, plan.hookPath);
}

/** True when a managed pre-push hook is installed (doctor's `hidden-fanout=ok`). */
export async function managedHookInstalled(repo: Repo): Promise<boolean> {
  try {
    return isManagedHook(await fs.promises.readFile(path.join((await resolveHooksDir(repo)).dir, 'pre-push'), 'utf8'));
  } catch {
    return false;
  }
}

/** §9.8 shim text for a node executable and CLI entry script (single-quoted, `'` → `'\''`). */
export function shimText(nodeExecutable: string, entryScript: string): string {
  const q = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
  return `#!/bin/sh\n# opensession-managed shim\nexec ${q(nodeExecutable)} ${q(entryScript)} "$@"\n`;
}

export type ShimState = 'present' | 'outdated' | 'missing';

export function shimPaths(env: Record<string, string | undefined>): { opensession: string; ops: string } {
  const home = env.HOME ?? env.USERPROFILE;
  if (home === undefined || home === '')
    throw new OpenSessionError('HOME environment variable is not set; cannot resolve shim path');
  const dir = path.join(home, '.local', 'share', 'opensession', 'bin');
  return { opensession: path.join(dir, 'opensession'), ops: path.join(dir, 'ops') };
}

export function shimState(file: string, expected: string): ShimState {
  try {
    return fs.readFileSync(file, 'utf8') === expected ? 'present' : 'outdated';
  } catch {
    return 'missing';
  }
}

export async function writeShim(file: string, text: string): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  await fs.promises.writeFile(tmp, text);
  if (process.platform !== 'win32') await fs.promises.chmod(tmp, 0o755);
  await fs.promises.rename(tmp, file);
}
