// `opensession inspect <URI> [--json]` (hail-and-store.md 10.3)
import { Command } from 'commander';
import { loadRecord } from '../../core/handoff';
import type { CliContext } from '../context';
import { storeSettings, writeJson } from '../output';
import { notLocalError, parseStoredSession, parseUriArgument, readStoredObject } from '../store-helper';

export function inspectCommand(ctx: CliContext): Command {
  return new Command('inspect')
    .description('summarize a stored local session or handoff artifact')
    .argument('<uri>', 'os://src/local/<sha256> or os://artifact/<sha256>')
    .option('--json', 'print a JSON object')
    .action(async (uri: string, opts: { json?: boolean }) => {
      const parsed = parseUriArgument(uri);
      const settings = storeSettings(ctx);
      if (parsed.kind === 'artifact') {
        const { path, record } = await loadRecord(parsed.sha256, settings);
        const view = {
          uri: `os://artifact/${record.sha256}`,
          path,
          created_at: record.created_at,
          source_count: record.source_uris.length,
          raw_session_count: record.raw_sessions.length,
          validation_report_count: record.validation_reports.length,
        };
        if (opts.json) return writeJson(ctx, view);
        ctx.stdout(
          [
            `uri: ${view.uri}`,
            `path: ${view.path}`,
            `created_at: ${view.created_at}`,
            `source_count: ${view.source_count}`,
            `raw_session_count: ${view.raw_session_count}`,
            `validation_reports: ${view.validation_report_count}`,
          ].join('\n') + '\n',
        );
        return;
      }
      if (parsed.kind !== 'local') throw notLocalError(parsed, 'inspect');
      const obj = await readStoredObject(parsed.sha256, settings);
      const session = parseStoredSession(obj);
      const { stats } = session;
      const view = {
        uri: `os://src/local/${obj.sha256}`,
        path: obj.path,
        session_id: session.session_id,
        tool: session.agent.tool,
        model: session.agent.model,
        event_count: stats.event_count,
        message_count: stats.message_count,
        task_count: stats.task_count,
        duration_seconds: stats.duration_seconds,
        total_input_tokens: stats.total_input_tokens,
        total_output_tokens: stats.total_output_tokens,
      };
      if (opts.json) return writeJson(ctx, view);
      ctx.stdout(
        [
          `uri: ${view.uri}`,
          `path: ${view.path}`,
          `session_id: ${view.session_id}`,
          `tool: ${view.tool}`,
          `model: ${view.model}`,
          `event_count: ${view.event_count}`,
          `message_count: ${view.message_count}`,
          `task_count: ${view.task_count}`,
          `duration_seconds: ${view.duration_seconds}`,
          `total_tokens: in=${view.total_input_tokens} out=${view.total_output_tokens}`,
        ].join('\n') + '\n',
      );
    });
}
