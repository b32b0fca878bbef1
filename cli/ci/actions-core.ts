// @actions/core for the GitHub Actions paths: inputs, outputs, masking, annotations, the job summary, setFailed.
// It is loaded on first use (the CLI's other commands never pay for it), and a host that brings its own copy —
// @github/local-action stubs @actions/core to show inputs and outputs — hands it in with `provideActionsCore`.
import type * as ActionsCoreModule from '@actions/core';

export type ActionsCore = Pick<
  typeof ActionsCoreModule,
  'getInput' | 'setSecret' | 'setOutput' | 'notice' | 'warning' | 'error' | 'setFailed' | 'summary'
>;

let provided: ActionsCore | undefined;

/** Use this @actions/core instead of the bundled one (for hosts such as @github/local-action). */
export function provideActionsCore(core: ActionsCore | undefined): void {
  provided = core;
}

export async function loadActionsCore(): Promise<ActionsCore> {
  return provided ?? (await import('@actions/core'));
}

/**
 * Runs `fn` with the process's stdout writes sent to `write`. @actions/core prints workflow commands
 * (`::add-mask::`, `::warning::`) on stdout; here they go to stderr (the runner reads both streams), so stdout
 * carries only the command's result — with `--json`, exactly one JSON document (A10). The @actions/core calls
 * wrapped here write synchronously, so no other output can slip into the redirect.
 */
export function commandsTo<T>(write: (chunk: string) => void, fn: () => T): T {
  const restore = redirectStdout(write);
  try {
    return fn();
  } finally {
    restore();
  }
}

/**
 * `commandsTo` for an asynchronous step (loading a module whose top level prints). Only for steps during which
 * nothing else of this process writes its result.
 */
export async function commandsToAsync<T>(write: (chunk: string) => void, fn: () => Promise<T>): Promise<T> {
  const restore = redirectStdout(write);
  try {
    return await fn();
  } finally {
    restore();
  }
}

function redirectStdout(write: (chunk: string) => void): () => void {
  const original = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    write(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof process.stdout.write;
  return () => {
    process.stdout.write = original;
  };
}
