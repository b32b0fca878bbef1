// Annotations, masking and outputs per platform (ci-automation.md §15, amendments-2 A10). GitHub workflow
// commands go to stderr (the runner reads both streams) and outputs to $GITHUB_OUTPUT, so stdout carries only the
// command's own result — with `--json`, exactly one JSON document. GitLab gets `[opensession] <level>: …` lines on
// stderr. Every message is redacted first. Written without @actions/core: it is three file appends and a format,
// and loading it cost start-up time before the first API request.
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import type { Reporter } from '../../core/review/ci';
import { redact } from '../../core/review/safety';
import type { CliContext } from '../context';
import { ANNOTATION_TITLE } from './constants';

export interface CiReporter extends Reporter {
  mask(secret: string): void;
  setOutput(name: string, value: string): void;
  summary(markdown: string): Promise<void>;
}

/** Workflow command data escaping (the runner's own rules). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `name<<delimiter` block for $GITHUB_OUTPUT (a delimiter the value cannot contain). */
export function outputBlock(name: string, value: string): string {
  let delimiter = `ghadelimiter_${randomUUID()}`;
  while (value.includes(delimiter)) delimiter = `ghadelimiter_${randomUUID()}`;
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** `ctx` defaults to the process's own stderr and env (callers written before A10 pass nothing). */
export function githubReporter(
  ctx: Pick<CliContext, 'env' | 'stderr'> = { env: process.env, stderr: (c) => void process.stderr.write(c) },
): CiReporter {
  const command = (name: string, m: string): void =>
    ctx.stderr(`::${name} title=${escapeProperty(ANNOTATION_TITLE)}::${escapeData(redact(m))}\n`);
  const file = (key: string): string | undefined => {
    const f = ctx.env[key];
    return f !== undefined && f !== '' ? f : undefined;
  };
  return {
    notice: (m) => command('notice', m),
    warning: (m) => command('warning', m),
    error: (m) => command('error', m),
    mask: (s) => {
      if (s !== '') ctx.stderr(`::add-mask::${escapeData(s)}\n`);
    },
    setOutput: (name, value) => {
      const f = file('GITHUB_OUTPUT');
      if (f !== undefined) fs.appendFileSync(f, outputBlock(name, value), 'utf8');
    },
    summary: async (md) => {
      const f = file('GITHUB_STEP_SUMMARY');
      if (f !== undefined) await fs.promises.appendFile(f, md.endsWith('\n') ? md : md + '\n', 'utf8');
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
