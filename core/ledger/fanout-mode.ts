// `opensession.fanout-mode` (git-native.md §8.1). Kept free of object-database imports for the hook's fast path.
import { asciiLower, trim } from '../text';
import { plainLocalConfigGet } from './git-config';
import { runGit } from './git-cli';
import type { Repo } from './repo';

export type FanoutMode = 'hidden_ref' | 'git_notes';

export interface FanoutSetting {
  /** Effective mode (`hidden_ref` when absent or invalid). */
  mode: FanoutMode;
  /** The raw value, or undefined when not configured. */
  raw?: string;
  /** False when a value is set but not one of the accepted spellings. */
  valid: boolean;
}

/** §8.1 value parsing. */
export function parseFanoutMode(value: string | undefined): FanoutSetting {
  if (value === undefined || trim(value) === '') return { mode: 'hidden_ref', valid: true };
  const v = asciiLower(trim(value));
  if (['hidden_ref', 'hidden-ref', 'hidden', '1'].includes(v)) return { mode: 'hidden_ref', raw: value, valid: true };
  if (['git_notes', 'git-notes', 'notes', 'note', '2'].includes(v))
    return { mode: 'git_notes', raw: value, valid: true };
  return { mode: 'hidden_ref', raw: value, valid: false };
}

/**
 * Reads local `opensession.fanout-mode`. With `env` (the hook's), a plain repository config file is read
 * directly instead of starting `git config` (same answer; git is asked whenever the file is not plain).
 */
export async function readFanoutMode(repo: Repo, env?: Record<string, string | undefined>): Promise<FanoutSetting> {
  const plain = env !== undefined ? plainLocalConfigGet(repo.commonDir, 'opensession', 'fanout-mode', env) : undefined;
  if (plain !== undefined) return parseFanoutMode(plain.value);
  const res = await runGit(['config', '--local', '--get', 'opensession.fanout-mode'], { cwd: repo.root });
  return parseFanoutMode(res.code === 0 ? res.stdout.replace(/\n$/, '') : undefined);
}
