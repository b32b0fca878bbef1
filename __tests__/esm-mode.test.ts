// The suite runs as native ES modules (issue 16; docs/testing.md): a silent fallback to CommonJS fails here.
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import * as fs from 'node:fs';
import { REPO_ROOT } from './support/cli';
import { secretlintRuleIds } from '../core/redact/secretlint';

describe('native ESM test run', () => {
  test('this file is an ES module, not CommonJS compiled by the transform', () => {
    expect(typeof require).toBe('undefined');
    expect(typeof module).toBe('undefined');
    expect(typeof exports).toBe('undefined');
    expect(import.meta.url).toMatch(/^file:\/\//);
    expect(fileURLToPath(import.meta.url)).toBe(path.join(REPO_ROOT, '__tests__', 'esm-mode.test.ts'));
    expect(import.meta.filename).toBe(fileURLToPath(import.meta.url));
    expect(import.meta.dirname).toBe(path.join(REPO_ROOT, '__tests__'));
  });

  test('jest is reached through import.meta, not a global', () => {
    expect(typeof import.meta.jest.fn).toBe('function');
    expect((globalThis as { jest?: unknown }).jest).toBeUndefined();
  });

  test('an ESM-only package loads natively as ESM', async () => {
    const smol = await import('smol-toml');
    expect(smol.parse('a = 1')).toEqual({ a: 1 });
    // an ES module namespace object, not a CommonJS exports object that swc made
    expect(Object.prototype.toString.call(smol)).toBe('[object Module]');
    expect((smol as { __esModule?: unknown }).__esModule).toBeUndefined();
  });

  test('a lazy require in core reaches an ESM-only package (the secretlint preset)', () => {
    const preset = path.join(REPO_ROOT, 'node_modules', '@secretlint', 'secretlint-rule-preset-recommend');
    expect(JSON.parse(fs.readFileSync(path.join(preset, 'package.json'), 'utf8')).type).toBe('module');
    expect(secretlintRuleIds()).toContain('secretlint_github');
  });
});
