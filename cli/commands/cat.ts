// `opensession cat <URI> [--json]` (hail-and-store.md 10.2): the stored bytes, verbatim.
import { Command } from 'commander';
import { stringifyOrdered, toWholeSessionObject } from '../../core/hail';
import type { CliContext } from '../context';
import { storeSettings } from '../output';
import { notLocalError, parseStoredSession, parseUriArgument, readStoredObject } from '../store-helper';

export function catCommand(ctx: CliContext): Command {
  return new Command('cat')
    .description('print a stored local session object')
    .argument('<uri>', 'os://src/local/<sha256>')
    .option('--json', 'print the session as one pretty whole-session JSON object instead of its HAIL lines')
    .action(async (uri: string, opts: { json?: boolean }) => {
      const parsed = parseUriArgument(uri);
      if (parsed.kind !== 'local') throw notLocalError(parsed, 'cat');
      const obj = await readStoredObject(parsed.sha256, storeSettings(ctx));
      if (!opts.json) return ctx.stdout(obj.bytes);
      ctx.stdout(stringifyOrdered(toWholeSessionObject(parseStoredSession(obj)), 2) + '\n');
    });
}
