// The janitor (ci-automation.md §5): one `ls-remote`, one batched shallow fetch for tip times, chunked
// non-atomic deletion pushes. Git round trips stay constant in the number of refs; only a failing chunk is split.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OpenSessionError } from '../errors';
import type { GitRunner } from '../review/git';
import { createGitRunner, firstLine } from '../review/git';
import { compareBytewise } from '../text';
import { decodeLedgerToken, HEADS, LEDGER_PREFIX, isArtifactBranchRef, isUrlLike } from './refs';

export interface JanitorSettings {
  /** Remote name or URL: listing, fetch and (by default) deletion all use it. */
  remote: string;
  hiddenTtlDays: number;
  artifactTtlDays: number;
  /** Trimmed archive branch name; never a candidate. */
  archiveBranch?: string;
  apply: boolean;
  /** `CI=true` (or a shallow repository): fetch tips into the repository itself instead of a throw-away one. */
  ci: boolean;
  /** Full refs that must be kept whatever their age (artifact branches of open PRs/MRs). */
  protectedRefs?: ReadonlySet<string>;
}

export interface JanitorDeps {
  /** Runner bound to the repository root (its environment is the caller's, never read here). */
  git: GitRunner;
  env: Record<string, string | undefined>;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  /** Deleting pushes may go elsewhere (GitLab: token extraHeader on CI_REPOSITORY_URL). */
  push?: { remote: string; env?: Record<string, string | undefined> };
  /** Progress lines for long runs (a TTY): counts, written as the run goes. */
  progress?: (line: string) => void;
  tmpdir?: string;
  /** Builds the runner of the throw-away bare repository (default createGitRunner); tests count spawns through it. */
  makeRunner?: (cwd: string, env: Record<string, string | undefined>) => GitRunner;
}

export interface JanitorSummary {
  mode: 'dry-run' | 'apply';
  remote: string;
  hidden_ttl_days: number;
  artifact_ttl_days: number;
  hidden_candidates: string[];
  artifact_candidates: string[];
  deleted: string[];
  failed: string[];
  kept_due_to_ttl: number;
  kept_active_branch: number;
  ignored: string[];
  warnings: string[];
}

export const CHUNK_REFS = 200;
export const CHUNK_BYTES = 24_000;
const DAY = 86_400;
/** Above this many refs the tip fetch uses one glob refspec per namespace (see fetchTipTimes). */
export const GLOB_THRESHOLD = 100;
const GLOB_SOURCES = [LEDGER_PREFIX, 'refs/heads/opensession/'];

/** §5.2: `remoteRefs` from one `ls-remote`; a failure is an error, never "nothing to do". */
export async function listRemote(git: GitRunner, remote: string): Promise<Map<string, string>> {
  const r = await git.run(['ls-remote', '--refs', remote, 'refs/heads/*', `${LEDGER_PREFIX}*`]);
  if (r.code !== 0)
    throw new OpenSessionError(`failed to list refs on remote \`${remote}\`: ${r.stderr.trim() || `exit ${r.code}`}`);
  return parseListing(r.stdout);
}

function parseListing(text: string): Map<string, string> {
  const refs = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    refs.set(line.slice(tab + 1).trim(), line.slice(0, tab).trim());
  }
  return refs;
}

/** Reads the committer time of every commit in `oids` with one `git cat-file --batch`; absent oids are left out. */
export async function localCommitTimes(git: GitRunner, oids: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (oids.length === 0) return out;
  const r = await git.runRaw(['cat-file', '--batch'], { input: oids.join('\n') + '\n' });
  if (r.code !== 0) return out;
  const buf = r.stdout;
  let pos = 0;
  while (pos < buf.length) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) break;
    const header = buf.subarray(pos, nl).toString('latin1').split(' ');
    pos = nl + 1;
    if (header.length !== 3) continue; // `<oid> missing`
    const size = Number(header[2]);
    const body = buf.subarray(pos, pos + size);
    pos += size + 1;
    if (header[1] !== 'commit') continue;
    const m = /^committer .* (-?\d+) [+-]\d{4}$/m.exec(body.toString('utf8'));
    if (m) out.set(header[0], Number(m[1]));
  }
  return out;
}

async function fetchUrl(git: GitRunner, root: string, remote: string): Promise<string> {
  if (isUrlLike(remote)) return remote;
  const r = await git.run(['remote', 'get-url', remote]);
  const url = r.code === 0 ? r.stdout.trim() : remote;
  if (isUrlLike(url)) return url;
  return path.resolve(root, url); // a relative path remote resolves against the repository root
}

interface TipRead {
  times: Map<string, number>;
  warnings: string[];
}

/** §5.4: one shallow fetch of every ref that needs an age (stdin refspecs), then one for-each-ref for the times. */
async function fetchTipTimes(
  settings: JanitorSettings,
  deps: JanitorDeps,
  refs: readonly string[],
): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  if (refs.length === 0) return times;
  const shallow = (await deps.git.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
  const inRepo = settings.ci || shallow;
  const ns = `refs/opensession/tmp/janitor-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  let runner = deps.git;
  let source = settings.remote;
  let bare: string | undefined;
  if (!inRepo) {
    bare = fs.mkdtempSync(path.join(deps.tmpdir ?? os.tmpdir(), 'opensession-janitor-'));
    source = await fetchUrl(deps.git, deps.git.cwd, settings.remote);
    runner = (deps.makeRunner ?? createGitRunner)(bare, deps.env);
    const init = await runner.run(['init', '--bare', '-q']);
    if (init.code !== 0) throw new OpenSessionError(`cannot create a temporary repository: ${firstLine(init.stderr)}`);
  }
  try {
    // git matches every explicit refspec against every advertised ref (quadratic in n), so a large set is
    // fetched through one glob per namespace instead; a small set names its refs exactly.
    const globs = refs.length > GLOB_THRESHOLD;
    const fetch = async (batch: readonly string[], offset: number): Promise<boolean> => {
      const specs = globs
        ? GLOB_SOURCES.map((src, i) => `+${src}*:${ns}/g${i}/*`).join('\n') + '\n'
        : batch.map((ref, i) => `+${ref}:${ns}/${offset + i}`).join('\n') + '\n';
      const r = await runner.run(['fetch', '--no-tags', '--no-write-fetch-head', '--depth=1', '--stdin', source], {
        input: specs,
      });
      return r.code === 0;
    };
    if (!(await fetch(refs, 0)) && !globs) {
      // A ref vanished between listing and fetching: fall back to one fetch per ref.
      for (let i = 0; i < refs.length; i++) await fetch([refs[i]], i);
    }
    const list = await runner.run(['for-each-ref', '--format=%(refname) %(committerdate:unix)', `${ns}/`]);
    const wanted = new Set(refs);
    for (const line of list.stdout.split('\n')) {
      const [name, ts] = line.split(' ');
      if (name === undefined || ts === undefined || ts === '') continue;
      const rest = name.slice(ns.length + 1);
      if (globs) {
        const m = /^g(\d+)\/(.*)$/.exec(rest);
        const ref = m === null ? undefined : GLOB_SOURCES[Number(m[1])] + m[2];
        if (ref !== undefined && wanted.has(ref)) times.set(ref, Number(ts));
        continue;
      }
      const idx = Number(rest);
      if (Number.isInteger(idx) && refs[idx] !== undefined) times.set(refs[idx], Number(ts));
    }
    if (bare === undefined && list.stdout.trim() !== '') {
      const del = list.stdout
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => `delete ${l.split(' ')[0]}\n`)
        .join('');
      await runner.run(['update-ref', '--stdin'], { input: del });
    }
  } finally {
    if (bare !== undefined) fs.rmSync(bare, { recursive: true, force: true });
  }
  return times;
}

async function tipTimes(
  settings: JanitorSettings,
  deps: JanitorDeps,
  refs: readonly string[],
  listing: Map<string, string>,
): Promise<TipRead> {
  const local = await localCommitTimes(
    deps.git,
    refs.map((r) => listing.get(r)!),
  );
  const times = new Map<string, number>();
  const missing: string[] = [];
  for (const ref of refs) {
    const t = local.get(listing.get(ref)!);
    if (t !== undefined) times.set(ref, t);
    else missing.push(ref);
  }
  if (missing.length > 0) deps.progress?.(`janitor: reading tip times of ${missing.length} ref(s)`);
  const fetched = await fetchTipTimes(settings, deps, missing);
  const warnings: string[] = [];
  for (const ref of missing) {
    const t = fetched.get(ref);
    if (t !== undefined) times.set(ref, t);
    else warnings.push(`could not read tip commit time of \`${ref}\`; kept`);
  }
  return { times, warnings };
}

interface Plan {
  hidden: string[];
  artifact: string[];
  keptTtl: number;
  keptActive: number;
  ignored: string[];
  warnings: string[];
}

/** §5.3–5.4: candidates from the listing. */
export async function planCleanup(
  settings: JanitorSettings,
  deps: JanitorDeps,
  listing: Map<string, string>,
): Promise<Plan> {
  const plan: Plan = { hidden: [], artifact: [], keptTtl: 0, keptActive: 0, ignored: [], warnings: [] };
  const archiveRef = settings.archiveBranch !== undefined ? HEADS + settings.archiveBranch : undefined;
  const aged: Array<{ ref: string; ttl: number; kind: 'hidden' | 'artifact' }> = [];
  for (const ref of listing.keys()) {
    if (ref.startsWith(LEDGER_PREFIX)) {
      const branch = decodeLedgerToken(ref.slice(LEDGER_PREFIX.length));
      if (branch === undefined) {
        plan.ignored.push(ref);
        continue;
      }
      if (listing.has(HEADS + branch)) {
        plan.keptActive += 1;
        continue;
      }
      aged.push({ ref, ttl: settings.hiddenTtlDays, kind: 'hidden' });
    } else if (ref !== archiveRef && isArtifactBranchRef(ref)) {
      if (settings.protectedRefs?.has(ref) === true) {
        plan.keptActive += 1; // the branch of an open pull/merge request
        continue;
      }
      aged.push({ ref, ttl: settings.artifactTtlDays, kind: 'artifact' });
    }
  }
  const needAge = aged.filter((a) => a.ttl > 0).map((a) => a.ref);
  const { times, warnings } = await tipTimes(settings, deps, needAge, listing);
  plan.warnings.push(...warnings);
  const now = Math.floor(deps.now().getTime() / 1000);
  for (const a of aged) {
    let eligible = a.ttl === 0;
    if (!eligible) {
      const t = times.get(a.ref);
      eligible = t !== undefined && now - t >= 0 && now - t >= a.ttl * DAY;
    }
    if (!eligible) plan.keptTtl += 1;
    else (a.kind === 'hidden' ? plan.hidden : plan.artifact).push(a.ref);
  }
  return plan;
}

/** Splits refs into push chunks: at most CHUNK_REFS refs and CHUNK_BYTES bytes of arguments each. */
export function chunkRefs(refs: readonly string[], listing: Map<string, string>): string[][] {
  const chunks: string[][] = [];
  let cur: string[] = [];
  let bytes = 0;
  for (const ref of refs) {
    const cost = deleteArgs(ref, listing).reduce((n, a) => n + Buffer.byteLength(a) + 1, 0);
    if (cur.length > 0 && (cur.length >= CHUNK_REFS || bytes + cost > CHUNK_BYTES)) {
      chunks.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(ref);
    bytes += cost;
  }
  if (cur.length > 0) chunks.push(cur);
  return chunks;
}

function deleteArgs(ref: string, listing: Map<string, string>): string[] {
  return [`--force-with-lease=${ref}:${listing.get(ref) ?? ''}`, `:${ref}`];
}

interface PushOutcome {
  deleted: Set<string>;
  /** Per-ref reason of the last failed push (first stderr line, else the porcelain summary). */
  reasons: Map<string, string>;
}

async function pushChunk(
  deps: JanitorDeps,
  remote: string,
  refs: readonly string[],
  listing: Map<string, string>,
  out: PushOutcome,
): Promise<boolean> {
  const leases = refs.map((r) => deleteArgs(r, listing)[0]);
  const specs = refs.map((r) => `:${r}`);
  const r = await deps.git.run(['push', '--no-verify', '--porcelain', remote, ...leases, ...specs], {
    env: deps.push?.env,
  });
  const done = new Set<string>();
  const porcelain = new Map<string, string>();
  for (const line of r.stdout.split('\n')) {
    const parts = line.split('\t');
    if (parts.length < 3) continue;
    const ref = parts[1].startsWith(':') ? parts[1].slice(1) : parts[1];
    if (parts[0] === '-' && parts[2].startsWith('[deleted]')) done.add(ref);
    else porcelain.set(ref, parts[2].trim());
  }
  const errLine = firstLine(r.stderr);
  for (const ref of refs) {
    if (done.has(ref)) {
      out.deleted.add(ref);
      out.reasons.delete(ref);
    } else out.reasons.set(ref, errLine || porcelain.get(ref) || `git push exited ${r.code}`);
  }
  return refs.every((ref) => done.has(ref));
}

/** A chunk that did not fully delete is split in halves until the refs that fail are alone (retry pass). */
async function pushSplitting(
  deps: JanitorDeps,
  remote: string,
  refs: readonly string[],
  listing: Map<string, string>,
  out: PushOutcome,
): Promise<void> {
  if (refs.length === 0) return;
  if (await pushChunk(deps, remote, refs, listing, out)) return;
  const left = refs.filter((r) => !out.deleted.has(r));
  if (left.length <= 1) return;
  const mid = Math.ceil(left.length / 2);
  await pushSplitting(deps, remote, left.slice(0, mid), listing, out);
  await pushSplitting(deps, remote, left.slice(mid), listing, out);
}

interface DeleteResult {
  deleted: string[];
  failed: string[];
  warnings: string[];
}

/** §5.5: chunked deletes, then one re-list for unsettled refs, one retry (splitting failing chunks), one re-list. */
export async function deleteCandidates(
  settings: JanitorSettings,
  deps: JanitorDeps,
  refs: readonly string[],
  listing: Map<string, string>,
): Promise<DeleteResult> {
  const remote = deps.push?.remote ?? settings.remote;
  const out: PushOutcome = { deleted: new Set(), reasons: new Map() };
  const chunks = chunkRefs(refs, listing);
  let sent = 0;
  for (const chunk of chunks) {
    await pushChunk(deps, remote, chunk, listing, out);
    sent += chunk.length;
    deps.progress?.(`janitor: deleted ${out.deleted.size} of ${refs.length} ref(s) (${sent} sent)`);
  }
  const result: DeleteResult = { deleted: [], failed: [], warnings: [] };
  let unsettled = refs.filter((r) => !out.deleted.has(r));
  for (let attempt = 0; unsettled.length > 0; attempt++) {
    await deps.sleep(1000);
    const now = await listRemote(deps.git, settings.remote);
    const again: string[] = [];
    for (const ref of unsettled) {
      const oid = now.get(ref);
      if (oid === undefined) out.deleted.add(ref);
      else if (oid !== listing.get(ref)) result.warnings.push(`${ref} changed on the remote during cleanup; kept`);
      else if (attempt === 0) again.push(ref);
      else {
        result.failed.push(ref);
        result.warnings.push(`failed to delete ${ref}: ${out.reasons.get(ref) ?? 'still present'}`);
      }
    }
    if (again.length === 0) break;
    deps.progress?.(`janitor: retrying ${again.length} ref(s)`);
    for (const chunk of chunkRefs(again, listing)) await pushSplitting(deps, remote, chunk, listing, out);
    unsettled = again.filter((r) => !out.deleted.has(r));
  }
  result.deleted = refs.filter((r) => out.deleted.has(r));
  return result;
}

const sorted = (xs: Iterable<string>): string[] => [...xs].sort(compareBytewise);

/** Runs the janitor: plan, and with `apply` delete. Throws on a listing failure. */
export async function runJanitor(settings: JanitorSettings, deps: JanitorDeps): Promise<JanitorSummary> {
  deps.progress?.(`janitor: listing refs on ${settings.remote}`);
  const listing = await listRemote(deps.git, settings.remote);
  deps.progress?.(`janitor: ${listing.size} ref(s) listed`);
  const plan = await planCleanup(settings, deps, listing);
  const warnings = [...plan.warnings];
  let deleted: string[] = [];
  let failed: string[] = [];
  if (settings.apply) {
    const candidates = sorted([...plan.hidden, ...plan.artifact]);
    if (candidates.length > 0) {
      const d = await deleteCandidates(settings, deps, candidates, listing);
      deleted = d.deleted;
      failed = d.failed;
      warnings.push(...d.warnings);
    }
  }
  return {
    mode: settings.apply ? 'apply' : 'dry-run',
    remote: settings.remote,
    hidden_ttl_days: settings.hiddenTtlDays,
    artifact_ttl_days: settings.artifactTtlDays,
    hidden_candidates: sorted(plan.hidden),
    artifact_candidates: sorted(plan.artifact),
    deleted: sorted(deleted),
    failed: sorted(failed),
    kept_due_to_ttl: plan.keptTtl,
    kept_active_branch: plan.keptActive,
    ignored: sorted(plan.ignored),
    warnings: sorted(warnings),
  };
}

/** §5.6 text output. */
export function renderJanitorText(s: JanitorSummary): string {
  const lines = [`mode: ${s.mode}`, `remote: ${s.remote}`];
  const list = (name: string, xs: string[], show: boolean): void => {
    lines.push(`${name}: ${xs.length}`);
    if (show) for (const x of xs) lines.push(`  - ${x}`);
  };
  list('hidden_candidates', s.hidden_candidates, true);
  list('artifact_candidates', s.artifact_candidates, true);
  list('deleted', s.deleted, s.mode === 'apply');
  list('failed', s.failed, s.mode === 'apply');
  lines.push(`kept_due_to_ttl: ${s.kept_due_to_ttl}`, `kept_active_branch: ${s.kept_active_branch}`);
  for (const w of s.warnings) lines.push(`warning: ${w}`);
  for (const r of s.ignored) lines.push(`ignored: ${r} (undecodable ledger token)`);
  return lines.join('\n') + '\n';
}

/** Exit code of every janitor front end (§5.6): 1 when any ref failed. */
export function janitorExitCode(s: JanitorSummary): number {
  return s.failed.length > 0 ? 1 : 0;
}
