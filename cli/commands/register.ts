// `opensession register <FILE> [--quiet] [--json]` (hail-and-store.md 10.1)
import { Command } from 'commander';
import * as path from 'node:path';
import { GuidedError } from '../../core/errors';
import { canonicalizeBytes, takeDepthLimitWarning } from '../../core/hail';
import { readUtf8Strict, systemErrorText } from '../../core/io';
import { storeLocalObject } from '../../core/store';
import type { CliContext } from '../context';
import { storeSettings, writeJson } from '../output';

export function registerCommand(ctx: CliContext): Command {
  return new Command('register')
    .description('canonicalize a HAIL JSONL session and store it in the local object store')
    .argument('<file>', 'HAIL JSONL file')
    .option('--quiet', 'print only the source URI')
    .option('--json', 'print a JSON object')
    .action(async (file: string, opts: { quiet?: boolean; json?: boolean }) => {
      let text: string;
      try {
        text = await readUtf8Strict(path.resolve(ctx.cwd, file));
      } catch (err) {
        throw new GuidedError(`failed to read input file \`${file}\`: ${systemErrorText(err)}`, [
          `check file path and permissions: ${file}`,
          'run `opensession register --help`',
        ]);
      }
      let canonical: Buffer;
      takeDepthLimitWarning();
      try {
        canonical = canonicalizeBytes(text);
      } catch (err) {
        throw new GuidedError(
          `register expects canonical HAIL JSONL: ${(err as Error).message}`,
          [
            // `auto` detects the agent: a raw Claude Code log must not be sent to the Codex parser
            `convert source logs first: \`opensession parse --profile auto ${file} --out ./session.hail.jsonl\``,
            'retry register with the canonical file: `opensession register ./session.hail.jsonl`',
          ],
          'docs/hail-format.md',
        );
      }
      const depthWarning = takeDepthLimitWarning(); // A6: too-deep values are kept as "[depth limit]"
      if (depthWarning !== undefined) ctx.stderr(`warning: ${depthWarning}\n`);
      const stored = await storeLocalObject(canonical, storeSettings(ctx));
      if (opts.json) {
        writeJson(ctx, { bytes: stored.bytes, hash: stored.sha256, store_path: stored.path, uri: stored.uri });
      } else if (opts.quiet) {
        ctx.stdout(`${stored.uri}\n`);
      } else {
        ctx.stdout(`${stored.uri}\nstored_at: ${stored.path}\nbytes: ${stored.bytes}\n`);
      }
    });
}
