// The `cleanup` row of `opensession doctor` (ci-automation.md §2.8) once a config file exists.
import type { CheckRow } from '../ledger/doctor';
import { loadCleanupConfig } from './config';
import { missingTemplateFiles } from './init';

export function cleanupConfigRow(root: string): CheckRow {
  const label = 'cleanup';
  const fix = (why: string): Pick<CheckRow, 'hint' | 'hintKind' | 'showHint'> => ({
    hint: `run \`opensession cleanup init --provider auto\` to ${why}`,
    hintKind: 'recommended',
    showHint: true,
  });
  let cfg;
  try {
    cfg = loadCleanupConfig(root);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return { label, level: 'WARN', detail: `unavailable (${msg})`, ...fix('regenerate cleanup config') };
  }
  if (cfg === undefined) return { label, level: 'WARN', detail: 'not configured', ...fix('enable hidden ref cleanup') };
  if (missingTemplateFiles(root, cfg.provider).length > 0)
    return {
      label,
      level: 'WARN',
      detail: `partially configured provider=${cfg.provider} provider_template=missing`,
      ...fix('repair cleanup automation'),
    };
  return {
    label,
    level: 'OK',
    detail: `configured provider=${cfg.provider} hidden_ttl=${cfg.hidden_ttl_days}d artifact_ttl=${cfg.artifact_ttl_days}d`,
  };
}
