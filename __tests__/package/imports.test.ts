// Every package the code imports is declared in package.json (issue 16): nothing may work only
// because some other package happened to pull it into node_modules.
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/cli';

const DIRS = ['core', 'cli', 'bench', '__tests__', 'scripts', 'bin'];
/**
 * Imported but not yet declared; package.json is the coordinator's to edit. Remove an entry once
 * it is declared (the test then fails until the entry is gone, so the list cannot go stale).
 */
// jest-runtime 30.5.2 (installed with jest): the base class of __tests__/support/jest-runtime.js
const NOT_YET_DECLARED = new Set<string>([]);
// `from` only as a keyword: not the `--from` of a command line in a test; a specifier has no spaces (not `from ' + x + '`)
// Also the forms of native ESM code: `import.meta.resolve(<name>)`, `createRequire(import.meta.url)(<name>)`.
const IMPORT =
  /(?:(?<![-.'"\w])from\s*|\bimport\s*\(\s*|\bimport\.meta\.resolve\s*\(\s*|\brequire(?:\.resolve)?\s*\(\s*|\bcreateRequire\([^()]*\)\s*\(\s*|\bimport\s+)(['"])([^'"\s]+)\1/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, ent.name);
      if (ent.isDirectory()) {
        if (ent.name !== 'node_modules' && ent.name !== 'fixtures') walk(full);
      } else if (/\.(ts|js|cjs|mjs)$/.test(ent.name)) out.push(full);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

/** `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`; undefined for relative paths and builtins. */
export function packageOf(spec: string): string | undefined {
  if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:')) return undefined;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return builtinModules.includes(name) ? undefined : name;
}

describe('imported packages', () => {
  test('packageOf', () => {
    expect(packageOf('zod')).toBe('zod');
    expect(packageOf('zod/v4')).toBe('zod');
    expect(packageOf('@octokit/plugin-retry')).toBe('@octokit/plugin-retry');
    expect(packageOf('@actions/core/lib/x')).toBe('@actions/core');
    expect(packageOf('fs')).toBeUndefined();
    expect(packageOf('node:fs')).toBeUndefined();
    expect(packageOf('../core/hail')).toBeUndefined();
  });

  test('every import form is seen', () => {
    // `#` stands for a quote, so that this file's own scan does not find these names
    const forms = [
      'import a from #p1#;',
      'import type { B } from #p2#;',
      'import #p3#;',
      'export { c } from #p4#;',
      'const d = await import(#p5#);',
      'const e = require(#p6#);',
      'const f = require.resolve(#p7/x.json#);',
      'fs.readFileSync(fileURLToPath(import.meta.resolve(#p8/y.json#)));',
      'const g = createRequire(import.meta.url)(#p9#);',
      'process.getBuiltinModule(#module#).createRequire(import.meta.url)(#p10#);',
      'import json from #p11/package.json# with { type: #json# };',
    ]
      .join('\n')
      .replace(/#/g, "'");
    expect([...forms.matchAll(IMPORT)].map((m) => packageOf(m[2]))).toEqual(
      Array.from({ length: 11 }, (_, i) => `p${i + 1}`),
    );
    // not imports: an option on a command line, text that only mentions `from`
    expect([...'run(#--from#, #main#); #taken from # + name'.replace(/#/g, "'").matchAll(IMPORT)]).toEqual([]);
  });

  test('are all declared in package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})]);
    const missing: string[] = [];
    let imports = 0;
    for (const dir of DIRS) {
      for (const file of sourceFiles(path.join(REPO_ROOT, dir))) {
        const text = fs.readFileSync(file, 'utf8');
        for (const m of text.matchAll(IMPORT)) {
          const name = packageOf(m[2]);
          if (name === undefined) continue;
          imports++;
          if (!declared.has(name)) missing.push(`${path.relative(REPO_ROOT, file)}: ${name}`);
        }
      }
    }
    expect(imports).toBeGreaterThan(30);
    expect([...new Set(missing)].filter((m) => !NOT_YET_DECLARED.has(m.split(': ')[1]))).toEqual([]);
    for (const name of NOT_YET_DECLARED)
      expect({ name, declared: declared.has(name) }).toEqual({ name, declared: false });
  });
});
