// `opensession config init [--base-url <url>]` and `opensession config show` (git-native.md §12).
import { Command } from 'commander';
import { initShareConfig, loadShareBaseUrl, shareConfigPath } from '../../core/config/share';
import { findRepoRoot } from '../../core/ledger/repo';
import type { CliContext } from '../context';
import { writeJson } from '../output';

function configFile(ctx: CliContext): string {
  return shareConfigPath(findRepoRoot(ctx.cwd) ?? ctx.cwd);
}

export function configCommand(ctx: CliContext): Command {
  const config = new Command('config').description('repository config (.opensession/config.toml)');
  config
    .command('init')
    .description('create or update share.base_url, keeping the rest of the file')
    .option('--base-url <url>', 'web viewer base URL (default: https://opensession.io)')
    .action((flags: { baseUrl?: string }) => {
      const file = configFile(ctx);
      const { url } = initShareConfig(file, flags.baseUrl);
      ctx.stdout(`config: ${file}\nbase_url: ${url}\n`);
    });
  config
    .command('show')
    .description('print the config path and share.base_url')
    .option('--json', 'print a JSON object: {"base_url", "config"}')
    .action((flags: { json?: boolean }) => {
      const file = configFile(ctx);
      const url = loadShareBaseUrl(file);
      if (flags.json) writeJson(ctx, { base_url: url, config: file });
      else ctx.stdout(`config: ${file}\nbase_url: ${url}\n`);
    });
  return config;
}
