#!/usr/bin/env node
// `npm run demo`: the main job end to end on sample data shipped in this repo, through the committed
// bundle (bin/opensession.js), in a throw-away git repo with a local bare remote:
//   parse (raw Claude Code log) -> register -> pre-push hook writes the ledger ref -> review comment
//   -> handoff artifact (built, pinned, verified).
// Prints every command it runs and where things went.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'bin', 'opensession.js');
const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'opensession-demo-')));
const home = path.join(work, 'home');
const repo = path.join(work, 'demo-app');
const remote = path.join(work, 'remote.git');
// Isolated HOME: the demo never touches your own git config, agent logs or OpenSession settings.
const env = {
  ...process.env,
  HOME: home,
  XDG_CONFIG_HOME: path.join(home, '.config'),
  XDG_CACHE_HOME: path.join(home, '.cache'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
  NO_COLOR: '1',
};
delete env.OPENSESSION_INTERNAL_PUSH;

function run(cmd, args, opts = {}) {
  const shown = cmd === process.execPath ? `opensession ${args.slice(1).join(' ')}` : `${cmd} ${args.join(' ')}`;
  process.stdout.write(`\n$ ${shown}\n`);
  const r = spawnSync(cmd, args, { cwd: repo, env: { ...env, ...opts.env }, encoding: 'utf8' });
  const out = (r.stdout || '') + (opts.showStderr ? r.stderr || '' : '');
  if (!opts.quiet) process.stdout.write(out.replace(/^(?=.)/gm, '  '));
  if (r.status !== 0) {
    process.stderr.write(r.stderr || '');
    process.stderr.write(`\ndemo failed at: ${shown}\n`);
    process.exit(1);
  }
  return r.stdout;
}
const opensession = (args, opts) => run(process.execPath, [cli, ...args], opts);
const git = (args, opts) => run('git', args, opts);
const gitQuiet = (...args) => execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
/** Commits the staged changes with fixed author and committer dates, so every demo run has the same history. */
const commitAt = (message, date) =>
  execFileSync('git', ['commit', '-q', '-m', message], {
    cwd: repo,
    env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });

// 1. A small project with a remote, and the agent log of a Claude Code session that fixed a bug in it.
fs.mkdirSync(home, { recursive: true });
fs.mkdirSync(path.join(repo, 'src'), { recursive: true });
execFileSync('git', ['init', '-q', '--bare', remote], { env });
gitQuiet('init', '-q', '-b', 'main');
gitQuiet('config', 'user.name', 'Demo User');
gitQuiet('config', 'user.email', 'demo@example.com');
gitQuiet('remote', 'add', 'origin', remote);
fs.writeFileSync(
  path.join(repo, 'src', 'math.ts'),
  'export function add(a: number, b: number): number {\n  return a - b;\n}\n',
);
gitQuiet('add', '.');
commitAt('add math helpers', '2026-01-05T09:00:00Z');
gitQuiet('push', '-q', 'origin', 'main');

const sample = fs.readFileSync(path.join(root, 'samples', 'claude-code', 'demo-session.jsonl'), 'utf8');
const projectDir = path.join(home, '.claude', 'projects', repo.replace(/[^A-Za-z0-9]/g, '-'));
fs.mkdirSync(projectDir, { recursive: true });
const agentLog = path.join(projectDir, '4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23.jsonl');
// The sample was recorded in /home/dev/demo-app; point it at this demo repo.
fs.writeFileSync(agentLog, sample.split('/home/dev/demo-app').join(repo));

console.log(`OpenSession demo in ${work}`);
console.log(`agent log (Claude Code): ${agentLog}`);

// 2. Raw agent log -> canonical HAIL, stored locally.
const hailFile = path.join(work, 'session.hail.jsonl');
opensession(['parse', '--profile', 'claude-code', agentLog, '--out', hailFile, '--validate', '--json']);
const uri = opensession(['register', hailFile, '--quiet']).trim();
opensession(['inspect', uri]);

// 3. One-time setup: the managed pre-push hook that carries sessions along with each push.
opensession(['doctor', '--fix', '--yes', '--fanout-mode', 'hidden_ref'], { quiet: true });
console.log(`  installed ${path.join(repo, '.git', 'hooks', 'pre-push')}`);

// 4. The commit the session produced, pushed on a feature branch: the hook writes the ledger ref.
gitQuiet('checkout', '-q', '-b', 'fix-add');
fs.writeFileSync(
  path.join(repo, 'src', 'math.ts'),
  'export function add(a: number, b: number): number {\n  return a + b;\n}\n',
);
gitQuiet('add', '.');
commitAt('fix add()', '2026-01-05T10:00:20Z');
git(['push', 'origin', 'fix-add'], { showStderr: true });
const ledgerRef = gitQuiet('for-each-ref', '--format=%(refname)', 'refs/opensession/').trim().split('\n')[0];
if (!ledgerRef) {
  process.stderr.write('demo failed: the pre-push hook wrote no ledger ref\n');
  process.exit(1);
}
git(['log', '--stat', '--format=%h %s', ledgerRef]);
git(['ls-remote', remote, 'refs/opensession/*']);

// 5. The session review comment CI would post on the pull request, rendered locally.
const comment = opensession(['review', '--base', 'main', '--head', 'fix-add', '--web-base-url', ''], { quiet: true });
process.stdout.write(comment.replace(/^/gm, '  '));
const commentFile = path.join(work, 'review-comment.md');
fs.writeFileSync(commentFile, comment);

// 6. A handoff artifact for the next agent: built from the stored session, pinned, verified.
const artifact = opensession(['handoff', 'build', '--from', uri, '--pin', 'demo-handoff']).trim();
opensession(['handoff', 'artifacts', 'verify', 'demo-handoff']);
opensession(['inspect', artifact]);
const [handoff] = JSON.parse(
  opensession(['handoff', 'artifacts', 'get', 'demo-handoff', '--encode', 'json'], { quiet: true }),
);
console.log(`  objective: ${handoff.objective}`);
console.log(`  files_modified: ${handoff.files_modified.map((f) => `${f.path} (${f.action})`).join(', ')}`);
console.log(`  done_definition: ${handoff.execution_contract.done_definition.join(' ')}`);

console.log('\nWhere things went:');
console.log(`  canonical session:  ${hailFile} (${uri})`);
console.log(`  local object store: ${path.join(repo, '.opensession', 'objects')} (git-ignored)`);
console.log(`  ledger ref:         ${ledgerRef} (local and on ${remote})`);
console.log(`  review comment:     ${commentFile}`);
console.log(
  `  handoff artifact:   ${artifact} (pinned as demo-handoff, in ${path.join(repo, '.opensession', 'artifacts')})`,
);
console.log(`Everything lives under ${work}; delete it when done.`);
