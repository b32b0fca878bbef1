// `opensession handoff build|artifacts ...` (hail-and-store.md section 11).
import { Command, InvalidArgumentError, Option } from 'commander';
import { GuidedError } from '../../core/errors';
import {
  buildArtifact,
  checkAlias,
  listArtifacts,
  loadRecord,
  removeArtifact,
  removePin,
  renderArtifact,
  resolveArtifactId,
  verifyArtifact,
  writePin,
  type GetEncoding,
  type GetFormat,
} from '../../core/handoff';
import type { CliContext } from '../context';
import { storeSettings, writeJson } from '../output';

function nonNegativeInt(value: string): number {
  if (!/^[0-9]+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError('expected a non-negative integer');
  }
  return Number(value);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

const JSON_FLAG = '--json';

function buildCommand(ctx: CliContext): Command {
  return new Command('build')
    .description('summarise sessions into a content-addressed handoff artifact and print its os://artifact/ URI')
    .argument('[inputs...]', 'HAIL JSONL files or agent logs (parsed with auto-detection)')
    .option('--from <uri>', 'a stored session os://src/local/<sha256> (repeatable)', collect)
    .option('--last <n>', 'the N newest sessions of the local session index', nonNegativeInt)
    .option('--validate', 'fail when a summary has error-level findings (no record is written)')
    .option('--pin <alias>', 'pin the artifact under this alias')
    .option(JSON_FLAG, 'print a JSON object instead of the URI')
    .action(
      async (
        inputs: string[],
        opts: { from?: string[]; last?: number; validate?: boolean; pin?: string; json?: boolean },
      ) => {
        const r = await buildArtifact(
          { inputs, from: opts.from ?? [], last: opts.last, validate: opts.validate === true, pin: opts.pin },
          storeSettings(ctx),
          ctx.now(),
        );
        if (!opts.json) return ctx.stdout(`${r.uri}\n`);
        const reports = r.record.validation_reports as { findings: unknown[] }[];
        writeJson(ctx, {
          created: r.created,
          findings: reports.reduce((n, rep) => n + rep.findings.length, 0),
          hash: r.sha256,
          path: r.path,
          pin: r.pinned ?? null,
          sessions: r.record.raw_sessions.length,
          source_uris: r.record.source_uris,
          uri: r.uri,
        });
      },
    );
}

function artifactsCommand(ctx: CliContext): Command {
  const settings = () => storeSettings(ctx);
  const artifacts = new Command('artifacts').description('list, read, verify, pin and remove handoff artifacts');

  artifacts
    .command('list')
    .description('print every artifact of the default root as a JSON array')
    .option(JSON_FLAG, 'accepted for symmetry: the listing is always JSON')
    .action(async () => writeJson(ctx, await listArtifacts(settings())));

  artifacts
    .command('get')
    .description('print an artifact payload')
    .argument('<id_or_uri>', 'os://artifact/<sha256>, a hash, a unique hash prefix, or a pin alias')
    .addOption(
      new Option('--format <format>', 'canonical summaries or raw sessions')
        .choices(['canonical', 'raw'])
        .default('canonical'),
    )
    .addOption(new Option('--encode <encoding>', 'output encoding').choices(['jsonl', 'json']).default('jsonl'))
    .action(async (id: string, opts: { format: GetFormat; encode: GetEncoding }) => {
      const hash = await resolveArtifactId(id, settings());
      const { record } = await loadRecord(hash, settings());
      ctx.stdout(renderArtifact(record, opts.format, opts.encode));
    });

  artifacts
    .command('verify')
    .description('recompute hashes, summaries and validation of an artifact and compare them with the record')
    .argument('<id_or_uri>', 'os://artifact/<sha256>, a hash, a unique hash prefix, or a pin alias')
    .option(JSON_FLAG, 'print a JSON object')
    .action(async (id: string, opts: { json?: boolean }) => {
      const hash = await resolveArtifactId(id, settings());
      const loaded = await loadRecord(hash, settings());
      const uri = verifyArtifact(hash, loaded);
      if (opts.json) writeJson(ctx, { ok: true, path: loaded.path, uri });
      else ctx.stdout(`artifact ok: ${uri}\n`);
    });

  artifacts
    .command('pin')
    .description('point an alias at an artifact')
    .argument('<alias>', 'letters, digits, `.`, `_` and `-`')
    .argument('<id_or_uri>', 'os://artifact/<sha256>, a hash, a unique hash prefix, or a pin alias')
    .option(JSON_FLAG, 'print a JSON object')
    .action(async (aliasArg: string, id: string, opts: { json?: boolean }) => {
      const alias = checkAlias(aliasArg);
      const hash = await resolveArtifactId(id, settings());
      await loadRecord(hash, settings());
      await writePin(alias, hash, settings());
      const uri = `os://artifact/${hash}`;
      if (opts.json) writeJson(ctx, { alias, uri });
      else ctx.stdout(`${alias} -> ${uri}\n`);
    });

  artifacts
    .command('unpin')
    .description('remove an alias')
    .argument('<alias>', 'a pin alias')
    .option(JSON_FLAG, 'print a JSON object')
    .action(async (aliasArg: string, opts: { json?: boolean }) => {
      const alias = checkAlias(aliasArg);
      if (!(await removePin(alias, settings()))) {
        throw new GuidedError(`pin not found: ${alias}`, [
          'list artifacts and their pins: `opensession handoff artifacts list`',
        ]);
      }
      if (opts.json) writeJson(ctx, { unpinned: alias });
      else ctx.stdout(`unpinned: ${alias}\n`);
    });

  artifacts
    .command('rm')
    .description('delete an unpinned artifact record (stored sessions are kept)')
    .argument('<id_or_uri>', 'os://artifact/<sha256>, a hash, a unique hash prefix, or a pin alias')
    .option(JSON_FLAG, 'print a JSON object')
    .action(async (id: string, opts: { json?: boolean }) => {
      const hash = await resolveArtifactId(id, settings());
      await removeArtifact(hash, settings());
      const uri = `os://artifact/${hash}`;
      if (opts.json) writeJson(ctx, { removed: uri });
      else ctx.stdout(`removed: ${uri}\n`);
    });

  return artifacts;
}

export function handoffCommand(ctx: CliContext): Command {
  return new Command('handoff')
    .description('build and manage handoff artifacts: session summaries one agent hands to another')
    .addCommand(buildCommand(ctx))
    .addCommand(artifactsCommand(ctx));
}
