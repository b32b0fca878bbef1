// `opensession share <uri>` (git-native.md §10): publish a local session into a ledger ref (git mode),
// optionally pushing it; web mode turns a remote source URI into a web link.
import { Command } from 'commander';
import { GuidedError } from '../../core/errors';
import { plainRemoteUrl } from '../../core/ledger/git-config';
import { trim } from '../../core/text';
import { formatSourceUri, parseSourceUri, remoteUrlToSourceUri, stripUrlCredentials } from '../../core/uri';
import type { SourceUri } from '../../core/uri';
import { readLocalObjectSync } from '../../core/store';
import type { CliContext } from '../context';
import { openRepoAt } from '../repo-helper';
import { storeSettings, writeJson } from '../output';

interface ShareFlags {
  git?: boolean;
  web?: boolean;
  quick?: boolean;
  remote?: string;
  ref?: string;
  path?: string;
  push?: boolean;
  copy?: boolean;
  json?: boolean;
}

const F2_STEPS = [
  'a local uri comes from `opensession register ./session.hail.jsonl` (os://src/local/<sha256>)',
  'a remote uri comes from `opensession share <local_uri> --git --remote origin`',
];

function f1(): GuidedError {
  return new GuidedError('choose one mode: --web or --git', [
    'for remote source uri to web url: `opensession share <uri> --web`',
    'for local source uri to git source uri: `opensession share <uri> --git --remote origin`',
  ]);
}

function parseUri(uri: string): SourceUri {
  try {
    return parseSourceUri(uri);
  } catch (err) {
    throw new GuidedError(err instanceof Error ? err.message : String(err), F2_STEPS);
  }
}

async function copyToClipboard(text: string, ctx: CliContext): Promise<void> {
  const tools: Array<[string, string[]]> =
    process.platform === 'darwin'
      ? [['pbcopy', []]]
      : process.platform === 'win32'
        ? [['clip', []]]
        : [
            ['wl-copy', []],
            ['xclip', ['-selection', 'clipboard']],
            ['xsel', ['--clipboard', '--input']],
          ];
  const { spawn } = await import('child_process');
  for (const [cmd, args] of tools) {
    const ok = await new Promise<boolean>((resolve) => {
      const child = spawn(cmd, args, { stdio: ['pipe', 'ignore', 'ignore'] });
      child.on('error', () => resolve(false));
      child.on('close', (code) => resolve(code === 0));
      child.stdin.on('error', () => undefined);
      child.stdin.end(text);
    });
    if (ok) return;
  }
  ctx.stderr('[opensession] Warning: could not copy to clipboard\n');
}

async function askYesNo(question: string): Promise<string> {
  const readline = await import('readline');
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  try {
    return await new Promise<string>((resolve) => {
      process.stderr.write(question);
      rl.once('line', resolve);
      rl.once('close', () => resolve(''));
    });
  } finally {
    rl.close();
  }
}

async function shareGit(ctx: CliContext, uri: string, flags: ShareFlags): Promise<void> {
  const parsed = parseUri(uri);
  if (parsed.kind !== 'local') {
    throw new GuidedError('`share --git` requires a local source uri (os://src/local/<sha256>)', [
      'first register a canonical session: `opensession register ./session.hail.jsonl`',
      'then share that local uri with `--git --remote <name|url>`',
    ]);
  }
  const remoteFlag = flags.remote !== undefined ? trim(flags.remote) : undefined;
  if (remoteFlag === undefined && flags.quick !== true) {
    throw new GuidedError('`--remote <name|url>` is required for `share --git`', [
      'example: `opensession share <local_uri> --git --remote origin`',
      'or use a direct URL: `opensession share <local_uri> --git --remote https://github.com/org/repo.git`',
    ]);
  }
  // The ledger modules this command uses, not the `core/ledger` barrel (hooks, sync, merge: start-up cost).
  const [{ runGit }, { readHead }, { ledgerRef, resolveLedgerBranch }, shareLib, { storeBlob }, { addToRepoRegistry }] =
    await Promise.all([
      import('../../core/ledger/git-cli'),
      import('../../core/ledger/repo'),
      import('../../core/ledger/refs'),
      import('../../core/ledger/share'),
      import('../../core/ledger/store'),
      import('../../core/ledger/registry'),
    ]);
  const ledger = { runGit, readHead, ledgerRef, resolveLedgerBranch, storeBlob, addToRepoRegistry, ...shareLib };
  const repo = await openRepoAt(ctx.cwd);
  let remoteName = remoteFlag;
  if (remoteName === undefined) {
    const list = await ledger.runGit(['remote'], { cwd: repo.root });
    const remotes = list.stdout.split('\n').filter((r) => r !== '');
    if (remotes.includes('origin')) remoteName = 'origin';
    else if (remotes.length === 1) remoteName = remotes[0];
    else {
      throw new GuidedError(
        `\`share --quick\` could not choose a git remote (no \`origin\` and ${remotes.length} other remotes)`,
        ['add one: `git remote add origin <url>`', 'or name it: `opensession share <uri> --quick --remote <name|url>`'],
      );
    }
  }
  const head = ledger.readHead(repo);
  let ref: string;
  if (flags.ref !== undefined) {
    ref = flags.ref;
    const steps = ['omit --ref to use the branch ledger ref (refs/opensession/branches/<token>)'];
    if (!(await ledger.isValidFullRef(repo, ref))) {
      throw new GuidedError(`invalid ref \`${ref}\`: expected a full ref name under refs/`, [
        ...steps,
        'or pass a full ref, e.g. `--ref refs/opensession/shared`',
      ]);
    }
    if (head.branch !== 'HEAD' && ref === `refs/heads/${head.branch}`) {
      throw new GuidedError(`refusing to write to the checked-out branch \`${ref}\``, [
        ...steps,
        'or choose a ref that is not checked out',
      ]);
    }
  } else {
    ref = ledger.ledgerRef(ledger.resolveLedgerBranch(head.branch, head.head));
  }
  const sharePath = flags.path !== undefined ? trim(flags.path) : `sessions/${parsed.sha256}.jsonl`;
  const problem = ledger.sharePathProblem(sharePath);
  if (problem !== undefined)
    throw new GuidedError(problem, ['use a repository-relative path such as `sessions/<name>.jsonl`']);

  let object: Buffer;
  try {
    object = readLocalObjectSync(parsed.sha256, storeSettings(ctx)).bytes;
  } catch {
    throw new GuidedError(`object not found: ${parsed.sha256}`, [
      'register the session in this repository first: `opensession register ./session.hail.jsonl`',
      'objects are looked up in <repo>/.opensession/objects, then ~/.local/share/opensession/objects',
    ]);
  }

  const remoteSteps = ['list remotes: `git remote -v`', 'or pass a URL: `--remote https://github.com/org/repo.git`'];
  let pushTarget: string;
  let resolvedUrl: string;
  if (remoteName.includes('://') || remoteName.startsWith('git@')) {
    pushTarget = remoteName;
    resolvedUrl = remoteName;
  } else {
    // Read the URL from the config when nothing can rewrite it; otherwise ask git (one process less).
    const plain = plainRemoteUrl(repo.commonDir, repo.gitDir, remoteName, ctx.env);
    if (plain !== undefined) resolvedUrl = plain;
    else {
      const res = await ledger.runGit(['remote', 'get-url', remoteName], { cwd: repo.root });
      if (res.code !== 0)
        throw new GuidedError(`failed to resolve git remote \`${remoteName}\`: ${res.stderr.trim()}`, remoteSteps);
      resolvedUrl = res.stdout.trim();
    }
    if (resolvedUrl === '') throw new GuidedError(`git remote \`${remoteName}\` resolved to empty url`, remoteSteps);
    pushTarget = remoteName;
  }
  const strippedUrl = stripUrlCredentials(resolvedUrl);
  const shownTarget =
    pushTarget === remoteName && !(remoteName.includes('://') || remoteName.startsWith('git@'))
      ? pushTarget
      : stripUrlCredentials(pushTarget);

  const { bytes, redactions } = ledger.redactObjectBytes(object);
  try {
    await ledger.storeBlob(repo, ref, sharePath, bytes, `opensession share ${parsed.sha256}`);
    ledger.addToRepoRegistry(repo.root, ctx.env);
  } catch (err) {
    if (err instanceof GuidedError) throw err; // already names its ref and repair steps (A9)
    throw new GuidedError(`failed to store git object: ${err instanceof Error ? err.message : String(err)}`, [
      'check that the repository is writable and no other git process holds a lock',
      'retry the command',
    ]);
  }
  const resultUri = formatSourceUri(remoteUrlToSourceUri(strippedUrl, ref, sharePath));
  const pushCmd = ledger.pushCommandText(shownTarget, ref);

  // Push decision (§10.2 step 10, §10.3).
  let consent: boolean | undefined;
  let doPush = flags.push === true;
  if (flags.quick === true) {
    const stored = await ledger.runGit(['config', '--local', '--get', 'opensession.share.auto-push-consent'], {
      cwd: repo.root,
    });
    const value = stored.code === 0 ? trim(stored.stdout).toLowerCase() : '';
    consent = value === 'true' ? true : value === 'false' ? false : undefined;
    if (!doPush) {
      if (consent !== undefined) doPush = consent;
      else if (process.stdin.isTTY === true && process.stderr.isTTY === true && flags.json !== true) {
        const answer = trim(
          await askYesNo('[opensession] push now and enable auto push for future --quick in this repo? [Y/n]: '),
        ).toLowerCase();
        consent = answer === '' || answer === 'y' || answer === 'yes';
        await ledger.runGit(['config', '--local', 'opensession.share.auto-push-consent', String(consent)], {
          cwd: repo.root,
        });
        doPush = consent;
      }
    }
  }
  let pushed = false;
  if (doPush) {
    try {
      await (await import('../../core/ledger/push')).pushRef(repo, pushTarget, ref, { env: ctx.env });
      pushed = true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      let cause = message.startsWith('git push failed: ') ? message.slice('git push failed: '.length) : message;
      // A URL push target is only ever shown credential-stripped (§10.2 step 9), also inside the F14 cause.
      if (shownTarget !== pushTarget) cause = cause.split(pushTarget).join(shownTarget);
      throw new GuidedError(`git push failed: ${cause}`, [
        `check access to the remote: \`git ls-remote ${ledger.shellArg(shownTarget)}\``,
        `retry manually: \`${pushCmd}\``,
      ]);
    }
  }
  if (pushed && flags.json !== true)
    await (await import('../cleanup-prompt')).promptCleanupAfterPush(ctx, repo.root, pushTarget);
  if (flags.copy === true) await copyToClipboard(resultUri, ctx);
  if (redactions > 0)
    ctx.stderr(`[opensession] Warning: redacted ${redactions} secret(s) before writing ${sharePath} to ${ref}\n`);

  const consentText = consent === undefined ? 'unset' : String(consent);
  if (flags.json === true) {
    writeJson(ctx, {
      auto_push_consent: consent === undefined ? null : consent,
      path: sharePath,
      push_cmd: pushCmd,
      pushed,
      quick: flags.quick === true,
      redactions,
      ref,
      remote: strippedUrl,
      remote_target: shownTarget,
      source_uri: uri,
      uri: resultUri,
    });
    return;
  }
  const lines = [
    resultUri,
    `remote: ${strippedUrl}`,
    `ref: ${ref}`,
    `path: ${sharePath}`,
    `pushed: ${pushed}`,
    `push_cmd: ${pushed ? '(executed) ' : ''}${pushCmd}`,
  ];
  if (flags.quick === true) lines.push('quick: true', `auto_push_consent: ${consentText}`);
  ctx.stdout(lines.join('\n') + '\n');
}

async function shareWeb(ctx: CliContext, uri: string, flags: ShareFlags): Promise<void> {
  const parsed = parseUri(uri);
  if (parsed.kind === 'local' || parsed.kind === 'artifact') {
    throw new GuidedError('`share --web` supports only remote sources', [
      'convert local uri first: `opensession share <uri> --git --remote origin`',
      'then run web share with the returned remote source uri',
    ]);
  }
  for (const [flag, set] of [
    ['--remote', flags.remote !== undefined],
    ['--ref', flags.ref !== undefined],
    ['--path', flags.path !== undefined],
    ['--push', flags.push === true],
  ] as const) {
    if (set) {
      throw new GuidedError(`\`${flag}\` applies only to \`share --git\``, [
        'for a web url drop it: `opensession share <uri> --web`',
        'to publish a local uri: `opensession share <local_uri> --git --remote origin`',
      ]);
    }
  }
  const { findRepoRoot } = await import('../../core/ledger/repo');
  const { loadShareBaseUrl, shareConfigPath } = await import('../../core/config/share');
  const file = shareConfigPath(findRepoRoot(ctx.cwd) ?? ctx.cwd);
  const base = loadShareBaseUrl(file);
  const webUrl = base + formatSourceUri(parsed).slice('os:/'.length);
  if (flags.copy === true) await copyToClipboard(webUrl, ctx);
  if (flags.json === true) {
    writeJson(ctx, { base_url: base, config: file, uri, web_url: webUrl });
    return;
  }
  ctx.stdout(`${webUrl}\nbase_url: ${base}\nconfig: ${file}\n`);
}

export function shareCommand(ctx: CliContext): Command {
  return new Command('share')
    .description('publish a local session into a git ledger ref, or turn a remote source uri into a web link')
    .argument('<uri>', 'source uri (os://src/local/<sha256> for git mode, a remote source uri for web mode)')
    .option('--git', 'git mode: store the session in a ledger ref')
    .option('--web', 'web mode: print the web URL of a remote source uri')
    .option('--quick', 'git mode with automatic remote choice and remembered push consent')
    .option('--remote <name|url>', 'git remote name or URL')
    .option('--ref <ref>', 'target ref (default: the branch ledger ref)')
    .option('--path <rel>', 'path inside the ref (default: sessions/<sha256>.jsonl)')
    .option('--push', 'push the ref after writing it')
    .option('--copy', 'copy the resulting URI to the clipboard')
    .option('--json', 'print one JSON object')
    .action(async (uri: string, flags: ShareFlags) => {
      if (flags.web === true && (flags.git === true || flags.quick === true)) throw f1();
      const git =
        flags.git === true || flags.quick === true || (flags.web !== true && uri.startsWith('os://src/local/'));
      if (git) await shareGit(ctx, uri, flags);
      else await shareWeb(ctx, uri, flags);
    });
}
