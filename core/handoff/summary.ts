// The per-session handoff summary (hail-and-store.md 11.6). These rules decide the artifact hash, so
// every string below is part of the contract: change one and every artifact URI changes.
import { formatTsOffset, statsToObject } from '../hail';
import type { HailEvent, JsonObject, JsonValue, Session } from '../hail';
import { asciiLower, collapse, compareBytewise, dedupe, setString, trim, truncate } from '../text';

export const OBJECTIVE_UNAVAILABLE = '(objective unavailable)';
export const OBJECTIVE_UNDEFINED_REASON =
  'No user prompt, task title/summary, or session title could be used to infer objective.';
const NO_COMMIT_SIGNAL = 'No committed change signal found in events.';
const NO_EVIDENCE = 'No objective/task/decision evidence could be mapped to source events.';
const ROLLBACK_HINT = 'Use `git revert <commit>` for committed changes, then re-run verification.';
const NO_VERIFICATION_AFTER_EDITS = 'No verification command found after file modifications.';
const DEFINE_COMPLETION = 'Define completion criteria and run at least one verification command.';

export interface FileChange {
  path: string;
  action: 'created' | 'edited' | 'deleted';
}
export interface CheckRun {
  command: string;
  status: 'passed' | 'failed' | 'unknown';
  exit_code: number | null;
  event_id: string;
}
export interface Evidence {
  id: string;
  claim: string;
  event_id: string;
  timestamp: string;
  source_type: string;
}
export interface WorkPackage {
  id: string;
  title: string;
  status: 'pending' | 'in_progress' | 'completed';
  sequence: number;
  started_at: string;
  completed_at?: string;
  outcome?: string;
  depends_on: string[];
  files: string[];
  commands: string[];
  evidence_refs: string[];
}
export interface OrderedStep {
  sequence: number;
  work_package_id: string;
  title: string;
  status: WorkPackage['status'];
  depends_on: string[];
  started_at?: string;
  completed_at?: string;
  evidence_refs: string[];
}
export interface ExecutionContract {
  done_definition: string[];
  next_actions: string[];
  parallel_actions: string[];
  ordered_steps: OrderedStep[];
  ordered_commands: string[];
  rollback_hint: string | null;
  rollback_hint_missing_reason?: string;
  rollback_hint_undefined_reason?: string;
}

export interface HandoffSummary {
  source_session_id: string;
  objective: string;
  objective_undefined_reason?: string;
  tool: string;
  model: string;
  duration_seconds: number;
  stats: JsonObject;
  files_modified: FileChange[];
  files_read: string[];
  shell_commands: { command: string; exit_code: number | null }[];
  errors: string[];
  task_summaries: string[];
  key_conversations: { user: string; agent: string }[];
  user_messages: string[];
  execution_contract: ExecutionContract;
  uncertainty: { assumptions: string[]; open_questions: string[]; decision_required: string[] };
  verification: {
    checks_run: CheckRun[];
    checks_passed: string[];
    checks_failed: string[];
    required_checks_missing: string[];
  };
  evidence: Evidence[];
  work_packages: WorkPackage[];
  undefined_fields: { path: string; undefined_reason: string }[];
}

/** A summary plus what validation (11.7) needs but the hashed payload does not carry. */
export interface SummaryResult {
  summary: HandoffSummary;
  objectiveAvailable: boolean;
  unresolvedFailedChecks: string[];
  /** ids of work packages that are material (W), including dropped ones. */
  anyMaterialPackage: boolean;
}

/** `text(event)`: the first Text block non-empty after trim, trimmed. */
export function eventText(e: HailEvent): string | undefined {
  for (const b of e.content.blocks) {
    if (b.type === 'Text') {
      const t = trim(b.text);
      if (t.length > 0) return t;
    }
  }
  return undefined;
}

function attr(e: HailEvent, key: string): JsonValue | undefined {
  return Object.prototype.hasOwnProperty.call(e.attributes, key) ? e.attributes[key] : undefined;
}

function attrString(e: HailEvent, key: string): string | undefined {
  return setString(attr(e, key));
}

/** Call id of an event (2.8). */
function callIdOf(e: HailEvent): string | undefined {
  const semantic = attrString(e, 'semantic.call_id');
  if (semantic !== undefined) return semantic;
  if (e.event_type.type === 'ToolResult') {
    const own = setString(e.event_type.data.call_id);
    if (own !== undefined) return own;
  }
  return attrString(e, 'call_id');
}

function sourceType(e: HailEvent): string {
  const raw = attrString(e, 'source.raw_type');
  if (raw !== undefined) return raw;
  return e.event_type.type === 'Custom' ? `Custom:${e.event_type.data.kind}` : e.event_type.type;
}

function keepEnds<T>(list: T[], limit: number, head: number, tail: number): T[] {
  return list.length <= limit ? list : [...list.slice(0, head), ...list.slice(list.length - tail)];
}

function quotedList(items: string[]): string {
  const shown = items
    .slice(0, 3)
    .map((s) => `\`${s}\``)
    .join(', ');
  return items.length > 3 ? `${shown} (+${items.length - 3} more)` : shown;
}

interface Objective {
  text: string;
  event?: HailEvent;
}

function objectiveOf(session: Session): Objective {
  const events = session.events;
  for (const e of events) {
    if (e.event_type.type !== 'UserMessage') continue;
    const t = eventText(e);
    if (t !== undefined) return { text: truncate(collapse(t), 200), event: e };
  }
  for (const e of events) {
    if (e.event_type.type === 'TaskStart' && e.event_type.data.title !== undefined) {
      const t = trim(e.event_type.data.title);
      if (t.length > 0) return { text: truncate(collapse(t), 200), event: e };
    }
  }
  for (const e of events) {
    if (e.event_type.type === 'TaskEnd') {
      const s = setString(e.event_type.data.summary);
      if (s !== undefined) return { text: truncate(collapse(s), 200), event: e };
    }
  }
  const title = setString(session.context.title);
  if (title !== undefined) return { text: truncate(collapse(title), 200) };
  return { text: OBJECTIVE_UNAVAILABLE };
}

function filesOf(events: HailEvent[]): { modified: FileChange[]; read: string[] } {
  const changes = new Map<string, FileChange['action']>();
  const reads: string[] = [];
  for (const e of events) {
    const et = e.event_type;
    if (et.type === 'FileCreate') changes.set(et.data.path, 'created');
    else if (et.type === 'FileEdit') {
      if (!changes.has(et.data.path)) changes.set(et.data.path, 'edited');
    } else if (et.type === 'FileDelete') changes.set(et.data.path, 'deleted');
    else if (et.type === 'FileRead') reads.push(et.data.path);
  }
  const modified = [...changes.keys()].sort(compareBytewise).map((p) => ({ path: p, action: changes.get(p)! }));
  const read = dedupe(reads)
    .filter((p) => !changes.has(p))
    .sort(compareBytewise);
  return { modified, read };
}

function errorsOf(events: HailEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    const et = e.event_type;
    if (et.type === 'ShellCommand' && et.data.exit_code !== undefined && et.data.exit_code !== 0) {
      out.push(`Shell: \`${truncate(et.data.command, 80)}\` \u2192 exit ${et.data.exit_code}`);
    } else if (et.type === 'ToolResult' && et.data.is_error) {
      const t = eventText(e);
      out.push(
        t === undefined ? `Tool error: ${et.data.name}` : `Tool error: ${et.data.name} \u2014 ${truncate(t, 80)}`,
      );
    }
  }
  return out;
}

function taskSummariesOf(events: HailEvent[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of events) {
    if (e.event_type.type !== 'TaskEnd' || setString(e.event_type.data.summary) === undefined) continue;
    const n = collapse(e.event_type.data.summary!);
    if (asciiLower(n) === 'synthetic end (missing task_complete)') continue;
    if (seen.has(n)) continue;
    seen.add(n);
    out.push(truncate(n, 180));
  }
  return out;
}

function conversationsOf(events: HailEvent[]): { user: string; agent: string }[] {
  const msgs = events.filter((e) => e.event_type.type === 'UserMessage' || e.event_type.type === 'AgentMessage');
  const out: { user: string; agent: string }[] = [];
  for (let i = 0; i + 1 < msgs.length; i++) {
    if (msgs[i].event_type.type !== 'UserMessage' || msgs[i + 1].event_type.type !== 'AgentMessage') continue;
    const user = eventText(msgs[i]);
    const agent = eventText(msgs[i + 1]);
    if (user !== undefined && agent !== undefined) out.push({ user: truncate(user, 300), agent: truncate(agent, 300) });
  }
  return keepEnds(out, 12, 2, 10);
}

function verificationOf(events: HailEvent[]) {
  const callErrors = new Map<string, boolean>();
  for (const e of events) {
    if (e.event_type.type !== 'ToolResult') continue;
    const id = callIdOf(e);
    if (id !== undefined && !callErrors.has(id)) callErrors.set(id, e.event_type.data.is_error);
  }
  const runs: CheckRun[] = [];
  let anyShell = false;
  let anyFileChange = false;
  for (const e of events) {
    const et = e.event_type;
    if (et.type === 'FileEdit' || et.type === 'FileCreate' || et.type === 'FileDelete') anyFileChange = true;
    if (et.type !== 'ShellCommand') continue;
    anyShell = true;
    const command = collapse(et.data.command);
    const code = et.data.exit_code;
    if (code !== undefined) {
      runs.push({ command, status: code === 0 ? 'passed' : 'failed', exit_code: code, event_id: e.event_id });
      continue;
    }
    const id = attrString(e, 'semantic.call_id') ?? attrString(e, 'call_id');
    const isError = id === undefined ? undefined : callErrors.get(id);
    const status = isError === undefined ? 'unknown' : isError ? 'failed' : 'passed';
    runs.push({ command, status, exit_code: null, event_id: e.event_id });
  }
  // a failed run is resolved by a later passing run of the same command: one backward pass
  const passedLater = new Set<string>();
  const unresolvedReversed: string[] = [];
  for (let k = runs.length - 1; k >= 0; k--) {
    const r = runs[k];
    if (r.status === 'passed') passedLater.add(r.command);
    else if (r.status === 'failed' && !passedLater.has(r.command)) unresolvedReversed.push(r.command);
  }
  const unresolved = dedupe(unresolvedReversed.reverse());
  const required = unresolved.map((c) => `Unresolved failed check: \`${c}\``);
  if (anyFileChange && !anyShell) required.push(NO_VERIFICATION_AFTER_EDITS);
  return {
    verification: {
      checks_run: runs,
      checks_passed: dedupe(runs.filter((r) => r.status === 'passed').map((r) => r.command)),
      checks_failed: dedupe(runs.filter((r) => r.status === 'failed').map((r) => r.command)),
      required_checks_missing: required,
    },
    unresolved,
  };
}

interface Decision {
  text: string;
  source?: HailEvent;
}

function uncertaintyOf(events: HailEvent[], objective: string, requiredMissing: string[]) {
  const texts = new Map<string, string>();
  const asked: { id: string; event: HailEvent }[] = [];
  const askedIds = new Set<string>();
  const answered = new Set<string>();
  const ask = (id: string, e: HailEvent) => {
    if (askedIds.has(id)) return;
    askedIds.add(id);
    asked.push({ id, event: e });
  };
  const aborts: Decision[] = [];
  for (const e of events) {
    if (e.event_type.type === 'Custom' && e.event_type.data.kind === 'turn_aborted') {
      aborts.push({ text: `Turn aborted: ${attrString(e, 'reason') ?? 'turn aborted'}`, source: e });
    }
    const source = attrString(e, 'source');
    const meta = attr(e, 'question_meta');
    const ids = attr(e, 'question_ids');
    if (source === 'interactive_question') {
      if (Array.isArray(meta)) {
        for (const item of meta) {
          if (item === null || typeof item !== 'object' || Array.isArray(item)) continue;
          const obj = item as JsonObject;
          const id = Object.prototype.hasOwnProperty.call(obj, 'id') ? setString(obj.id) : undefined;
          if (id === undefined) continue;
          const q = Object.prototype.hasOwnProperty.call(obj, 'question') ? setString(obj.question) : undefined;
          const h = Object.prototype.hasOwnProperty.call(obj, 'header') ? setString(obj.header) : undefined;
          texts.set(id, q ?? h ?? id);
          ask(id, e);
        }
      } else if (Array.isArray(ids)) {
        for (const raw of ids) {
          const id = setString(raw);
          if (id === undefined) continue;
          if (!texts.has(id)) texts.set(id, id);
          ask(id, e);
        }
      }
    } else if (source === 'interactive' && Array.isArray(ids)) {
      for (const raw of ids) {
        const id = setString(raw);
        if (id !== undefined) answered.add(id);
      }
    }
  }
  const open = asked
    .filter((q) => !answered.has(q.id))
    .map((q) => ({ text: `${q.id}: ${texts.get(q.id)}`, source: q.event }));
  const all: Decision[] = [
    ...aborts,
    ...requiredMissing.map((text) => ({ text })),
    ...open.map((q) => ({ text: `Resolve open question: ${q.text}`, source: q.source })),
  ];
  const seen = new Set<string>();
  const decisions = all.filter((d) => (seen.has(d.text) ? false : (seen.add(d.text), true)));
  return {
    uncertainty: {
      assumptions:
        objective === OBJECTIVE_UNAVAILABLE
          ? ['Objective inferred as unavailable; downstream agent must restate objective.']
          : [],
      open_questions: open.map((q) => q.text),
      decision_required: decisions.map((d) => d.text),
    },
    decisions,
  };
}

function evidenceOf(
  events: HailEvent[],
  objective: Objective,
  taskSummaries: string[],
  decisions: Decision[],
): Evidence[] {
  const out: Evidence[] = [];
  const add = (claim: string, e: HailEvent) =>
    out.push({
      id: `evidence-${out.length + 1}`,
      claim,
      event_id: e.event_id,
      timestamp: formatTsOffset(e.timestamp),
      source_type: sourceType(e),
    });
  if (objective.event) add(`objective: ${objective.text}`, objective.event);
  if (taskSummaries.length > 0) {
    const firstEnd = new Map<string, HailEvent>();
    for (const ev of events) {
      if (ev.event_type.type !== 'TaskEnd' || ev.event_type.data.summary === undefined) continue;
      const key = truncate(collapse(ev.event_type.data.summary), 180);
      if (!firstEnd.has(key)) firstEnd.set(key, ev);
    }
    for (const s of taskSummaries) {
      const e = firstEnd.get(s);
      if (e) add(`task_done: ${s}`, e);
    }
  }
  for (const d of decisions) if (d.source) add(`decision_required: ${d.text}`, d.source);
  return out;
}

interface PackageState {
  id: string;
  firstTs: bigint;
  firstIndex: number;
  title?: string;
  status: WorkPackage['status'];
  completedTs?: bigint;
  outcome?: string;
  files: Set<string>;
  commands: string[];
  evidenceRefs: string[];
}

function defaultTitle(id: string): string {
  return id === 'main' ? 'Main flow' : `Task ${id}`;
}

function packageKey(e: HailEvent): string {
  const task = e.task_id === undefined ? '' : trim(e.task_id);
  if (task.length > 0) return task;
  return attrString(e, 'semantic.group_id') ?? 'main';
}

function workPackagesOf(events: HailEvent[], evidence: Evidence[]) {
  const evidenceByEvent = new Map<string, string[]>();
  for (const ev of evidence) evidenceByEvent.set(ev.event_id, [...(evidenceByEvent.get(ev.event_id) ?? []), ev.id]);
  const byKey = new Map<string, PackageState>();
  events.forEach((e, index) => {
    const key = packageKey(e);
    let p = byKey.get(key);
    if (!p) {
      p = {
        id: key,
        firstTs: e.timestamp,
        firstIndex: index,
        status: 'pending',
        files: new Set(),
        commands: [],
        evidenceRefs: [],
      };
      byKey.set(key, p);
    }
    const refs = evidenceByEvent.get(e.event_id);
    if (refs) p.evidenceRefs.push(...refs);
    const et = e.event_type;
    if (et.type === 'TaskStart') {
      const t = et.data.title === undefined ? '' : trim(et.data.title);
      if (t.length > 0) p.title = t;
      if (p.status !== 'completed') p.status = 'in_progress';
    } else if (et.type === 'TaskEnd') {
      p.status = 'completed';
      p.completedTs = e.timestamp;
      const outcome = et.data.summary === undefined ? '' : collapse(et.data.summary);
      if (outcome.length > 0) {
        p.outcome = outcome;
        if (p.title === undefined) p.title = truncate(outcome, 160);
      }
    } else if (et.type === 'FileEdit' || et.type === 'FileCreate' || et.type === 'FileDelete') {
      p.files.add(et.data.path);
      if (p.status === 'pending') p.status = 'in_progress';
    } else if (et.type === 'ShellCommand') {
      p.commands.push(collapse(et.data.command));
      if (p.status === 'pending') p.status = 'in_progress';
    }
  });
  const ordered = [...byKey.values()].sort((a, b) =>
    a.firstTs !== b.firstTs
      ? a.firstTs < b.firstTs
        ? -1
        : 1
      : a.firstIndex !== b.firstIndex
        ? a.firstIndex - b.firstIndex
        : compareBytewise(a.id, b.id),
  );
  const deps = new Map<string, string[]>();
  ordered.forEach((p, i) => {
    const list: string[] = [];
    if (p.files.size > 0) {
      for (let j = i - 1; j >= 0; j--) {
        if ([...ordered[j].files].some((f) => p.files.has(f))) {
          list.push(ordered[j].id);
          break;
        }
      }
    }
    deps.set(p.id, list);
  });
  const title = (p: PackageState) => p.title ?? defaultTitle(p.id);
  const material = (p: PackageState) =>
    p.files.size > 0 ||
    p.commands.length > 0 ||
    p.outcome !== undefined ||
    (p.id === 'main' ? p.status !== 'pending' : title(p) !== defaultTitle(p.id)) ||
    (p.status === 'completed' && p.evidenceRefs.length > 0);
  const kept = new Set(ordered.filter((p) => p.id === 'main' || material(p)).map((p) => p.id));
  const packages: WorkPackage[] = [];
  const materialIds = new Set<string>();
  ordered.forEach((p, i) => {
    if (material(p)) materialIds.add(p.id);
    if (!kept.has(p.id)) return;
    const wp: WorkPackage = {
      id: p.id,
      title: title(p),
      status: p.status,
      sequence: i + 1,
      started_at: formatTsOffset(p.firstTs),
      depends_on: deps.get(p.id)!.filter((d) => kept.has(d)),
      files: [...p.files].sort(compareBytewise),
      commands: dedupe(p.commands),
      evidence_refs: dedupe(p.evidenceRefs),
    };
    if (p.completedTs !== undefined) wp.completed_at = formatTsOffset(p.completedTs);
    if (p.outcome !== undefined) wp.outcome = p.outcome;
    packages.push(wp);
  });
  return { packages, materialIds };
}

function executionContractOf(
  session: Session,
  packages: WorkPackage[],
  materialIds: Set<string>,
  taskSummaries: string[],
  verification: HandoffSummary['verification'],
  unresolved: string[],
  openQuestions: string[],
  filesModified: FileChange[],
): ExecutionContract {
  const steps: OrderedStep[] = packages
    .filter((p) => materialIds.has(p.id))
    .map((p) => {
      const step: OrderedStep = {
        sequence: p.sequence,
        work_package_id: p.id,
        title: p.title,
        status: p.status,
        depends_on: p.depends_on,
        started_at: p.started_at,
        evidence_refs: p.evidence_refs,
      };
      if (p.completed_at !== undefined) step.completed_at = p.completed_at;
      return step;
    });
  const byId = new Map(packages.map((p) => [p.id, p]));
  let done: string[] = [];
  for (const s of steps) {
    if (s.status !== 'completed') continue;
    const p = byId.get(s.work_package_id)!;
    const at = s.completed_at ?? s.started_at ?? 'time-unavailable';
    const footprint = [
      p.files.length > 0 ? `files: ${p.files.length}` : '',
      p.commands.length > 0 ? `commands: ${p.commands.length}` : '',
    ]
      .filter((x) => x)
      .join(', ');
    const details = [p.outcome !== undefined ? `outcome: ${truncate(p.outcome, 140)}` : '', footprint]
      .filter((x) => x)
      .join('; ');
    done.push(
      details
        ? `[${s.sequence}] Completed \`${s.title}\` at ${at} (${details}).`
        : `[${s.sequence}] Completed \`${s.title}\` at ${at}.`,
    );
  }
  if (verification.checks_passed.length > 0)
    done.push(`Verification passed: ${quotedList(verification.checks_passed)}.`);
  if (filesModified.length > 0) {
    done.push(`Changed ${filesModified.length} file(s): ${quotedList(filesModified.map((f) => f.path))}.`);
  }
  if (done.length === 0) done = taskSummaries.slice(0, 5);
  done = dedupe(done);

  let next: string[] = [
    ...unresolved.map((c) => `Fix and re-run \`${c}\` until the check passes.`),
    ...verification.required_checks_missing.map((m) => `Add/restore verification check: ${m}`),
  ];
  const parallel: string[] = [];
  for (const s of steps) {
    if (s.status === 'completed') continue;
    if (s.depends_on.length > 0) {
      next.push(
        `[${s.sequence}] After dependencies [${s.depends_on.join(', ')}], execute \`${s.title}\` (${s.work_package_id}).`,
      );
    } else if (s.work_package_id !== 'main') {
      parallel.push(
        `[${s.sequence}] \`${s.title}\` (${s.work_package_id}) \u2014 start: ${s.started_at ?? 'time-unavailable'}`,
      );
    }
  }
  next.push(...openQuestions.map((q) => `Resolve open question: ${q}`));
  if (done.length === 0 && next.length === 0 && parallel.length === 0 && steps.length === 0) next = [DEFINE_COMPLETION];

  const listed = new Set(unresolved);
  const ordered = [...unresolved];
  for (const e of session.events) {
    if (e.event_type.type !== 'ShellCommand') continue;
    const c = collapse(e.event_type.data.command);
    if (!listed.has(c)) {
      listed.add(c);
      ordered.push(c);
    }
  }
  const committed = session.events.some(
    (e) => e.event_type.type === 'ShellCommand' && asciiLower(e.event_type.data.command).includes('git commit'),
  );
  const contract: ExecutionContract = {
    done_definition: done,
    next_actions: dedupe(next),
    parallel_actions: dedupe(parallel),
    ordered_steps: steps,
    ordered_commands: ordered,
    rollback_hint: committed ? ROLLBACK_HINT : null,
  };
  if (!committed) {
    contract.rollback_hint_missing_reason = NO_COMMIT_SIGNAL;
    contract.rollback_hint_undefined_reason = NO_COMMIT_SIGNAL;
  }
  return contract;
}

/** The handoff summary of a session whose stats were already recomputed. */
export function summarizeSession(session: Session): SummaryResult {
  const events = session.events;
  const objective = objectiveOf(session);
  const objectiveAvailable = trim(objective.text).length > 0 && objective.text !== OBJECTIVE_UNAVAILABLE;
  const files = filesOf(events);
  const taskSummaries = taskSummariesOf(events);
  const { verification, unresolved } = verificationOf(events);
  const { uncertainty, decisions } = uncertaintyOf(events, objective.text, verification.required_checks_missing);
  const evidence = evidenceOf(events, objective, taskSummaries, decisions);
  const { packages, materialIds } = workPackagesOf(events, evidence);
  const contract = executionContractOf(
    session,
    packages,
    materialIds,
    taskSummaries,
    verification,
    unresolved,
    uncertainty.open_questions,
    files.modified,
  );
  const userMessages: string[] = [];
  for (const e of events) {
    if (e.event_type.type !== 'UserMessage') continue;
    const t = eventText(e);
    if (t !== undefined) userMessages.push(truncate(collapse(t), 240));
  }
  const undefinedFields: HandoffSummary['undefined_fields'] = [];
  if (!objectiveAvailable) undefinedFields.push({ path: 'objective', undefined_reason: OBJECTIVE_UNDEFINED_REASON });
  if (contract.rollback_hint === null) {
    undefinedFields.push({ path: 'execution_contract.rollback_hint', undefined_reason: NO_COMMIT_SIGNAL });
  }
  if (evidence.length === 0) undefinedFields.push({ path: 'evidence', undefined_reason: NO_EVIDENCE });

  const summary: HandoffSummary = {
    source_session_id: session.session_id,
    objective: objective.text,
    tool: session.agent.tool,
    model: session.agent.model,
    duration_seconds: session.stats.duration_seconds,
    stats: statsToObject(session.stats),
    files_modified: files.modified,
    files_read: files.read,
    shell_commands: events.flatMap((e) =>
      e.event_type.type === 'ShellCommand'
        ? [{ command: e.event_type.data.command, exit_code: e.event_type.data.exit_code ?? null }]
        : [],
    ),
    errors: errorsOf(events),
    task_summaries: taskSummaries,
    key_conversations: conversationsOf(events),
    user_messages: keepEnds(userMessages, 18, 3, 15),
    execution_contract: contract,
    uncertainty,
    verification,
    evidence,
    work_packages: packages,
    undefined_fields: undefinedFields,
  };
  if (!objectiveAvailable) summary.objective_undefined_reason = OBJECTIVE_UNDEFINED_REASON;
  return {
    summary,
    objectiveAvailable,
    unresolvedFailedChecks: unresolved,
    anyMaterialPackage: materialIds.size > 0,
  };
}
