#!/usr/bin/env node
// `npm run demo`: the main job end to end on sample data shipped in this repo, through the committed
// bundle (bin/opensession.js), in a throw-away git repo. Prints what it runs and where things went.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'bin', 'opensession.js');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'opensession-demo-'));
const home = path.join(work, 'home');
fs.mkdirSync(home);
const repo = path.join(work, 'repo');
const env = { ...process.env, HOME: home, GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'), NO_COLOR: '1' };

function git(...args) {
  return execFileSync('git', args, { cwd: repo, env, encoding: 'utf8' });
}

function step(title, args) {
  process.stdout.write(`\n$ opensession ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: repo, env, encoding: 'utf8' });
  process.stdout.write(r.stdout.replace(/^/gm, '  '));
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.stderr.write(`demo failed at: ${title}\n`);
    process.exit(1);
  }
  return r.stdout;
}

fs.mkdirSync(repo);
git('init', '-q', '-b', 'main');
git('config', 'user.name', 'Demo User');
git('config', 'user.email', 'demo@example.com');
fs.copyFileSync(path.join(root, 'samples', 'hail', 'rich.hail.jsonl'), path.join(repo, 'rich.hail.jsonl'));
fs.writeFileSync(path.join(repo, 'README.md'), '# demo project\n');
git('add', 'README.md');
git('commit', '-q', '-m', 'initial commit');

console.log(`OpenSession demo in ${repo}`);
const uri = step('register', ['register', 'rich.hail.jsonl', '--quiet']).trim();
step('inspect', ['inspect', uri]);
const stored = JSON.parse(step('register --json', ['register', 'rich.hail.jsonl', '--json']));
console.log(`\nStored canonical session: ${stored.store_path} (${stored.bytes} bytes)`);
console.log(`The store is git-ignored: git status --porcelain prints ${JSON.stringify(git('status', '--porcelain').trim() || '(nothing)')} besides the sample file.`);
console.log(`Everything lives under ${work}; delete it when done.`);
