// Output helpers shared by commands: pretty JSON with byte-wise sorted keys (hail-and-store.md section 9).
import { compareBytewise } from '../core/text';
import type { CliContext } from './context';
import type { StoreSettings } from '../core/store';
import { homeFromEnv } from '../core/store';

/**
 * Pretty JSON (2-space, `"key": value`, empty containers as `[]`/`{}`), keys sorted byte-wise at every
 * level. Written by hand because JS objects always list integer-like keys first.
 */
export function prettySortedJson(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + prettySortedJson(v ?? null, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort(compareBytewise);
    if (keys.length === 0) return '{}';
    const inner = indent + '  ';
    const rows = keys.map(
      (k) => `${inner}${JSON.stringify(k)}: ${prettySortedJson((value as Record<string, unknown>)[k], inner)}`,
    );
    return `{\n${rows.join(',\n')}\n${indent}}`;
  }
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value) ?? 'null';
}

export function writeJson(ctx: CliContext, value: unknown): void {
  ctx.stdout(prettySortedJson(value) + '\n');
}

export function storeSettings(ctx: CliContext): StoreSettings {
  return { cwd: ctx.cwd, home: homeFromEnv(ctx.env) };
}
