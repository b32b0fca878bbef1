// Validation reports of handoff summaries (hail-and-store.md 11.7).
import { tryParseTimestamp } from '../hail';
import type { SummaryResult } from './summary';

export interface Finding {
  code: string;
  severity: 'warning' | 'error';
  message: string;
}

export interface ValidationReport {
  session_id: string;
  passed: boolean;
  findings: Finding[];
}

function hasCycle(packages: { id: string; depends_on: string[] }[]): boolean {
  const deps = new Map(packages.map((p) => [p.id, p.depends_on]));
  const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
  const visit = (id: string): boolean => {
    const s = state.get(id);
    if (s === 1) return true;
    if (s === 2) return false;
    state.set(id, 1);
    for (const d of deps.get(id) ?? []) if (deps.has(d) && visit(d)) return true;
    state.set(id, 2);
    return false;
  };
  return packages.some((p) => visit(p.id));
}

function stepsInconsistent(result: SummaryResult): boolean {
  const { ordered_steps: steps } = result.summary.execution_contract;
  const ids = new Set(result.summary.work_packages.map((p) => p.id));
  for (let i = 0; i < steps.length; i++) {
    if (!ids.has(steps[i].work_package_id)) return true;
    if (i === 0) continue;
    if (steps[i].sequence <= steps[i - 1].sequence) return true;
    const a = steps[i - 1].started_at;
    const b = steps[i].started_at;
    if (a !== undefined && b !== undefined) {
      const ta = tryParseTimestamp(a);
      const tb = tryParseTimestamp(b);
      if (ta === undefined || tb === undefined || tb < ta) return true;
    }
  }
  return false;
}

export function validateSummary(result: SummaryResult): ValidationReport {
  const s = result.summary;
  const findings: Finding[] = [];
  const add = (code: string, severity: Finding['severity'], message: string) =>
    findings.push({ code, severity, message });
  if (!result.objectiveAvailable) add('objective_missing', 'warning', 'Objective is unavailable.');
  const failedRuns = s.verification.checks_run.some((r) => r.status === 'failed');
  if (failedRuns && result.unresolvedFailedChecks.length > 0 && s.execution_contract.next_actions.length === 0) {
    add('next_actions_missing', 'warning', 'Unresolved failed checks exist but no next action was generated.');
  }
  if (s.files_modified.length > 0 && s.verification.checks_run.length === 0) {
    add('verification_missing', 'warning', 'Files were modified but no verification check was recorded.');
  }
  if (s.evidence.length === 0) add('evidence_missing', 'warning', 'No evidence references were generated.');
  else if (result.objectiveAvailable && !s.evidence.some((e) => e.claim.startsWith('objective:'))) {
    add('objective_evidence_missing', 'warning', 'Objective exists but objective evidence is missing.');
  }
  if (hasCycle(s.work_packages)) add('work_package_cycle', 'error', 'work_packages.depends_on contains a cycle.');
  if (result.anyMaterialPackage && s.execution_contract.ordered_steps.length === 0) {
    add(
      'ordered_steps_missing',
      'warning',
      'Material work packages exist but execution_contract.ordered_steps is empty.',
    );
  } else if (stepsInconsistent(result)) {
    add(
      'ordered_steps_inconsistent',
      'error',
      'execution_contract.ordered_steps is not temporally or referentially consistent.',
    );
  }
  return { session_id: s.source_session_id, passed: findings.length === 0, findings };
}
