// The one-time cleanup setup prompt after `opensession share` pushed (ci-automation.md §2.9). It never fails
// the share: every error becomes one warning line.
import * as fs from 'node:fs';
import { configPath } from '../core/janitor/config';
import { createGitRunner } from '../core/review/git';
import { errorLine } from '../core/review/safety';
import { askLine, isInteractive } from './cleanup-helper';
import type { CliContext } from './context';

const TRUTHY = new Set(['1', 'true', 'yes', 'on']);

export async function promptCleanupAfterPush(ctx: CliContext, root: string, remote: string): Promise<void> {
  try {
    if (!isInteractive() || fs.existsSync(configPath(root))) return;
    const git = createGitRunner(root, ctx.env);
    const prompted = await git.run(['config', '--local', '--get', 'opensession.cleanup.prompted']);
    if (prompted.code === 0 && TRUTHY.has(prompted.stdout.trim().toLowerCase())) return;
    ctx.stderr('[opensession] cleanup automation is not configured for this repository.\n');
    const answer = (await askLine(ctx, '[opensession] install cleanup automation now? [y/N]: ')).trim().toLowerCase();
    for (const [key, value] of [
      ['opensession.cleanup.prompted', 'true'],
      ['opensession.cleanup.prompted-at', ctx.now().toISOString()],
    ]) {
      const r = await git.run(['config', '--local', key, value]);
      if (r.code !== 0) throw new Error(r.stderr.trim() || `git config ${key} failed`);
    }
    if (answer === 'y' || answer === 'yes') {
      const { runInit } = await import('./commands/cleanup');
      await runInit(
        ctx,
        { provider: 'auto', remote, hiddenTtlDays: '30', artifactTtlDays: '30', sessionArchiveBranch: '', yes: true },
        true,
      );
      ctx.stderr('[opensession] cleanup automation configured.\n');
    } else ctx.stderr('[opensession] cleanup automation was skipped.\n');
  } catch (err) {
    ctx.stderr(`[opensession] Warning: cleanup setup prompt failed: ${errorLine(err)}\n`);
  }
}
