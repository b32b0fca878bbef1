// Annotations, masking and outputs per platform (ci-automation.md §15, amendments-2 A10). GitHub goes through
// @actions/core: `setSecret` for every token, `notice`/`warning`/`error` annotations, `setOutput` ($GITHUB_OUTPUT),
// `summary` ($GITHUB_STEP_SUMMARY); its workflow commands are sent to stderr (`commandsTo`), so stdout carries only
// the command's own result — with `--json`, exactly one JSON document. GitLab gets `[opensession] <level>: …` lines
// on stderr. Every message is redacted first.
import type { Reporter } from '../../core/review/ci';
import { redact } from '../../core/review/safety';
import type { CliContext } from '../context';
import { ActionsCore, commandsTo } from './actions-core';
import { ANNOTATION_TITLE } from './constants';

export interface CiReporter extends Reporter {
  mask(secret: string): void;
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
}

/**
 * GitHub reporter over @actions/core. Outputs and the summary are written only when the job provides their files
 * (`GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`); outside a runner they are dropped, as before.
 */
export function githubReporter(ctx: Pick<CliContext, 'env' | 'stderr'>, core: ActionsCore): CiReporter {
  const title = { title: ANNOTATION_TITLE };
  const has = (key: string): boolean => (ctx.env[key] ?? '') !== '';
  return {
    notice: (m) => commandsTo(ctx.stderr, () => core.notice(redact(m), title)),
    warning: (m) => commandsTo(ctx.stderr, () => core.warning(redact(m), title)),
    error: (m) => commandsTo(ctx.stderr, () => core.error(redact(m), title)),
    mask: (s) => {
      if (s !== '') commandsTo(ctx.stderr, () => core.setSecret(s));
    },
    setOutput: (name, value) => {
      if (has('GITHUB_OUTPUT')) commandsTo(ctx.stderr, () => core.setOutput(name, value));
    },
    summary: async (md) => {
      if (has('GITHUB_STEP_SUMMARY')) await core.summary.addRaw(md.endsWith('\n') ? md : md + '\n').write();
    },
  };
}

export function gitlabReporter(ctx: CliContext): CiReporter {
  const line = (level: string, m: string): void => ctx.stderr(`[opensession] ${level}: ${redact(m)}\n`);
  return {
    notice: (m) => line('notice', m),
    warning: (m) => line('warning', m),
    error: (m) => line('error', m),
    mask: () => undefined, // GitLab masks CI/CD variables itself
    setOutput: () => undefined,
    summary: async () => undefined,
  };
}
