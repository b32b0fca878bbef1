// `opensession parse` (parsers.md section 7): native agent log → canonical HAIL JSONL.
import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Command } from 'commander';
import { GuidedError, UsageError } from '../../core/errors';
import { systemErrorText } from '../../core/io';
import {
  NoEvents,
  ParserFailed,
  SelectionFailed,
  detectCandidates,
  formatCandidates,
  isProfileId,
  PROFILE_IDS,
  parseAuto,
  parseWithProfile,
  type Candidate,
  type ParseOutcome,
  type ProfileId,
} from '../../core/parsers';
import { takeDepthLimitWarning } from '../../core/hail/json';
import { HailSpool } from '../../core/parsers/spool';
import { trim } from '../../core/text';
import type { CliContext } from '../context';
import { writeJson } from '../output';

const HELP_STEP = 'run `opensession parse --help`';
const SUPPORTED = 'supported profiles: hail, codex, claude-code, gemini, amp, cline, cursor, opencode, auto';

const RECOVERY_EXAMPLES = `
Recovery examples:
  opensession parse --profile codex ./raw-session.jsonl --preview
  opensession parse --profile codex ./raw-session.jsonl --out ./session.hail.jsonl`;

interface ParseFlags {
  profile?: string;
  preview?: boolean;
  validate?: boolean;
  out?: string;
  sessionId?: string;
  json?: boolean;
}

function readError(file: string, err: unknown): GuidedError {
  return new GuidedError(`failed to read input file \`${file}\`: ${systemErrorText(err)}`, [
    `check file path and permissions: ${file}`,
    HELP_STEP,
  ]);
}

/** Opens the input from its real path; true when it holds anything but whitespace and a BOM (7.2 step 4). */
async function checkInput(real: string, file: string): Promise<void> {
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(real, 'r');
    const st = await handle.stat();
    if (st.isDirectory()) {
      const e = new Error('Is a directory') as NodeJS.ErrnoException;
      e.code = 'EISDIR';
      e.errno = -21;
      throw e;
    }
    const buf = Buffer.allocUnsafe(1 << 16);
    let pos = 0;
    let first = true;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) break;
      let i = 0;
      if (first && bytesRead >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) i = 3;
      first = false;
      for (; i < bytesRead; i++) {
        const c = buf[i];
        if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0b && c !== 0x0c) return;
      }
      pos += bytesRead;
    }
  } catch (e) {
    throw readError(file, e);
  } finally {
    await handle?.close();
  }
  throw new GuidedError(`input file \`${file}\` is empty`, [`check file path: ${file}`, HELP_STEP]);
}

function mismatchError(reason: string, profile: ProfileId, file: string, candidates: Candidate[]): GuidedError {
  const steps = [`detected candidates: ${formatCandidates(candidates)}`];
  const best = candidates.find((c) => c.id !== profile);
  if (best) steps.push(`retry with a detected profile, e.g. \`opensession parse --profile ${best.id} ${file}\``);
  steps.push(HELP_STEP);
  return new GuidedError(reason, steps);
}

function printPreview(ctx: CliContext, parserUsed: ProfileId | undefined, warnings: string[]): void {
  let text = parserUsed !== undefined ? `parser_used: ${parserUsed}\n` : '';
  if (warnings.length > 0) text += 'warnings:\n' + warnings.map((w) => `- ${w}\n`).join('');
  if (text !== '') ctx.stderr(text);
}

function isEpipe(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.code === 'EPIPE';
}

/** Removes the spool when the process is interrupted (7.2, section 9 "Spool"). */
function cleanupOnSignals(spool: HailSpool): () => void {
  const handlers: Array<[NodeJS.Signals, () => void]> = [];
  for (const sig of ['SIGINT', 'SIGTERM'] as NodeJS.Signals[]) {
    const h = (): void => {
      spool.dispose();
      for (const [s, fn] of handlers) process.removeListener(s, fn);
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    };
    handlers.push([sig, h]);
    process.once(sig, h);
  }
  return () => {
    for (const [s, fn] of handlers) process.removeListener(s, fn);
  };
}

async function runParse(ctx: CliContext, file: string, flags: ParseFlags): Promise<void> {
  // 1. usage checks
  if (flags.json && flags.out === undefined) throw new UsageError('--json requires --out');
  const given = flags.profile === undefined ? '' : trim(flags.profile);
  const auto = given === '' || given === 'auto';
  if (flags.sessionId !== undefined && !(auto || given === 'cursor'))
    throw new UsageError('--session-id can only be used with --profile cursor or auto');
  // 2. profile
  if (!auto && !isProfileId(given)) {
    throw new GuidedError(`unknown parser ${JSON.stringify(given)} (one of: ${PROFILE_IDS.join(', ')}, auto)`, [
      HELP_STEP,
      `retry with an explicit profile, e.g. \`opensession parse --profile codex ${file}\``,
      SUPPORTED,
    ]);
  }
  // 3–4. input
  let real: string;
  try {
    real = await fs.promises.realpath(path.resolve(ctx.cwd, file));
  } catch (e) {
    throw readError(file, e);
  }
  await checkInput(real, file);
  // 5. parse into the spool
  const spool = await HailSpool.create({ validate: flags.validate === true });
  takeDepthLimitWarning(); // count only what this parse cuts
  const stopCleanup = cleanupOnSignals(spool);
  let tmpOut: string | undefined;
  try {
    const options = { displayPath: file, sessionId: flags.sessionId };
    let outcome: ParseOutcome;
    try {
      outcome = auto
        ? await parseAuto(real, spool, options)
        : await parseWithProfile(real, given as ProfileId, spool, options);
    } catch (e) {
      if (!auto && (e instanceof ParserFailed || e instanceof NoEvents)) {
        const reason = e instanceof ParserFailed ? `failed: ${e.message}` : `produced no events from ${file}`;
        throw mismatchError(
          `parser/input mismatch: profile '${given}' ${reason}`,
          given as ProfileId,
          file,
          await detectCandidates(real),
        );
      }
      if (e instanceof SelectionFailed) {
        if (flags.preview) printPreview(ctx, undefined, e.warnings);
        const list = `detected candidates: ${formatCandidates(e.candidates)}`;
        if (e.candidates.length === 0) {
          throw new GuidedError('could not determine parser from source', [
            list,
            `retry with an explicit profile, e.g. \`opensession parse --profile codex ${file}\``,
            HELP_STEP,
          ]);
        }
        throw new GuidedError('auto-detection failed; choose a parser and retry', [
          list,
          `retry with an explicit profile, e.g. \`opensession parse --profile ${e.candidates[0].id} ${file}\``,
          HELP_STEP,
        ]);
      }
      if (typeof (e as NodeJS.ErrnoException)?.code === 'string') throw readError(file, e);
      throw e;
    }
    const stats = spool.close();
    const depthWarning = takeDepthLimitWarning(); // A6: too-deep values are kept as "[depth limit]"
    if (depthWarning !== undefined) {
      outcome.warnings.push(depthWarning);
      if (!flags.preview) ctx.stderr(`warning: ${depthWarning}\n`);
    }
    // 7. preview
    if (flags.preview) printPreview(ctx, outcome.parserUsed, outcome.warnings);
    // 8. validation
    if (flags.validate) {
      // A7: time order is a warning, printed before any error
      for (const w of spool.validationWarnings()) ctx.stderr(`warning: ${w}\n`);
      const errors = spool.validationErrors(outcome.header);
      if (errors.length > 0) {
        throw new GuidedError(`validation failed: ${errors.join('; ')}`, [
          `run \`opensession parse --profile ${auto ? 'auto' : given} ${file} --preview\` to inspect parser warnings`,
          'fix source session content and retry parse',
        ]);
      }
    }
    // 9. output
    const headerLine = HailSpool.headerLine(outcome.header);
    const statsLine = HailSpool.statsLine(stats);
    if (flags.out !== undefined) {
      const target = path.resolve(ctx.cwd, flags.out);
      tmpOut = `${target}.tmp-${randomBytes(6).toString('hex')}`;
      try {
        const fd = fs.openSync(tmpOut, 'wx', 0o644);
        try {
          fs.writeSync(fd, headerLine);
          spool.copyTo(fd);
          fs.writeSync(fd, statsLine);
        } finally {
          fs.closeSync(fd);
        }
        fs.renameSync(tmpOut, target);
        tmpOut = undefined;
      } catch (e) {
        throw new GuidedError(`failed to write parsed output \`${flags.out}\`: ${systemErrorText(e)}`, [
          `check output path permissions: ${flags.out}`,
          'retry without `--out` to print JSONL to stdout',
        ]);
      }
      if (flags.json) {
        writeJson(ctx, {
          profile: outcome.parserUsed,
          session_id: outcome.header.session_id,
          event_count: outcome.eventCount,
          out: flags.out,
          warnings: outcome.warnings,
        });
      }
      return;
    }
    try {
      ctx.stdout(headerLine);
      for (const chunk of spool.chunks()) ctx.stdout(chunk);
      ctx.stdout(statsLine);
    } catch (e) {
      if (isEpipe(e)) return; // closed stdout (`| head`): end quietly
      throw e;
    }
  } finally {
    stopCleanup();
    spool.dispose();
    if (tmpOut !== undefined) fs.rmSync(tmpOut, { force: true });
  }
}

export function parseCommand(ctx: CliContext): Command {
  return new Command('parse')
    .description('parse a native agent session log into canonical HAIL JSONL')
    .argument('<file>', 'session log to parse (read in place from its real path)')
    .option('--profile <id>', 'parser profile: hail, codex, claude-code, gemini, amp, cline, cursor, opencode, auto')
    .option('--preview', 'print the parser used and warnings to stderr')
    .option('--validate', 'run the HAIL validator before writing output')
    .option('--out <path>', 'write the JSONL to PATH instead of stdout')
    .option('--session-id <id>', 'Cursor conversation to parse (composerId); only with --profile cursor or auto')
    .option('--json', 'with --out: print a JSON summary to stdout')
    .addHelpText('after', RECOVERY_EXAMPLES)
    .action(async (file: string, flags: ParseFlags) => {
      await runParse(ctx, file, flags);
    });
}
