// Annotations, masking and outputs per platform (ci-automation.md §15): GitHub through @actions/core,
// GitLab as `[opensession] <level>: …` lines on stderr. Every message is redacted first.
import * as core from '@actions/core';
import type { Reporter } from '../../core/review/ci';
import { redact } from '../../core/review/safety';
import type { CliContext } from '../context';
import { ANNOTATION_TITLE } from './constants';

export interface CiReporter extends Reporter {
  mask(secret: string): void;
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
}

export function githubReporter(): CiReporter {
  const props = { title: ANNOTATION_TITLE };
  return {
    notice: (m) => core.notice(redact(m), props),
    warning: (m) => core.warning(redact(m), props),
    error: (m) => core.error(redact(m), props),
    mask: (s) => core.setSecret(s),
    setOutput: (name, value) => core.setOutput(name, value),
    summary: async (md) => {
      if ((process.env.GITHUB_STEP_SUMMARY ?? '') === '') return;
      await core.summary.addRaw(md, true).write();
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
