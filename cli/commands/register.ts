// `opensession register <FILE> [--quiet] [--json]` (hail-and-store.md 10.1)
import { Command } from 'commander';
import * as path from 'node:path';
import { GuidedError } from '../../core/errors';
import { canonicalizeChunks, takeDepthLimitWarning } from '../../core/hail';
import { readUtf8Strict, systemErrorText } from '../../core/io';
import { type StoredObject, storeLocalObjectStream } from '../../core/store';
import type { CliContext } from '../context';
import { storeSettings, writeJson } from '../output';

/**
 * The `parse` command that converts FILE: with the profile of the first agent-log parser that reads it
 * (auto-detection, as `parse` would do), or without `--profile` when none does.
 */
async function parseCommandFor(full: string, file: string): Promise<string> {
  let profile: string | undefined;
  try {
    // loaded only on this error path: register itself never needs the parsers
    const { parseAuto } = await import('../../core/parsers');
    const outcome = await parseAuto(full, { push: () => undefined });
    if (outcome.parserUsed !== 'hail') profile = outcome.parserUsed;
  } catch {
    profile = undefined; // no parser reads it: let `parse` report why
  }
  const flag = profile === undefined ? '' : `--profile ${profile} `;
  return `opensession parse ${flag}${file} --out ./session.hail.jsonl`;
}

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
      // The canonical bytes stream into the store (hashed and written chunk by chunk, never whole in
      // memory); an error of the input comes before any store error, as if they were made first.
      let inputError: unknown;
      let depthWarning: string | undefined;
      let stored: StoredObject;
      takeDepthLimitWarning();
      try {
        stored = await storeLocalObjectStream((consume) => {
          try {
            canonicalizeChunks(text, consume);
          } catch (err) {
            inputError = err;
            throw err;
          }
          depthWarning = takeDepthLimitWarning(); // A6: too-deep values are kept as "[depth limit]"
        }, storeSettings(ctx));
      } catch (err) {
        if (depthWarning !== undefined) ctx.stderr(`warning: ${depthWarning}\n`);
        if (err !== inputError || inputError === undefined) throw err;
        throw new GuidedError(
          `register expects canonical HAIL JSONL: ${(err as Error).message}`,
          [
            `convert source logs first: \`${await parseCommandFor(path.resolve(ctx.cwd, file), file)}\``,
            'retry register with the canonical file: `opensession register ./session.hail.jsonl`',
          ],
          'docs/hail.md',
        );
      }
      if (depthWarning !== undefined) ctx.stderr(`warning: ${depthWarning}\n`);
      if (opts.json) {
        writeJson(ctx, { bytes: stored.bytes, hash: stored.sha256, store_path: stored.path, uri: stored.uri });
      } else if (opts.quiet) {
        ctx.stdout(`${stored.uri}\n`);
      } else {
        ctx.stdout(`${stored.uri}\nstored_at: ${stored.path}\nbytes: ${stored.bytes}\n`);
      }
    });
}
