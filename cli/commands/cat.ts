// `opensession cat <URI>` (hail-and-store.md 10.2): the stored bytes, verbatim.
import { Command } from 'commander';
import { OpenSessionError } from '../../core/errors';
import { readLocalObject } from '../../core/store';
import { parseSourceUri } from '../../core/uri';
import type { CliContext } from '../context';
import { storeSettings } from '../output';

export function catCommand(ctx: CliContext): Command {
  return new Command('cat')
    .description('print a stored local session object')
    .argument('<uri>', 'os://src/local/<sha256>')
    .action(async (uri: string) => {
      const parsed = parseSourceUri(uri);
      if (parsed.kind !== 'local') throw new OpenSessionError('object not found: uri is not a local source object');
      const obj = await readLocalObject(parsed.sha256, storeSettings(ctx));
      ctx.stdout(obj.bytes);
    });
}
