// Issue 16: core/providers is the lower layer — it must not import from core/review (review imports providers).
import * as fs from 'node:fs';
import * as path from 'node:path';

const DIR = path.resolve(import.meta.dirname, '../../../core/providers');

describe('core/providers layering', () => {
  it.each(fs.readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s imports nothing from core/review', (file) => {
    const text = fs.readFileSync(path.join(DIR, file), 'utf8');
    const specifiers = [...text.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1]);
    expect(specifiers.filter((s) => s.includes('/review'))).toEqual([]);
  });
});

it('the import scan sees relative imports (sanity check)', () => {
  const text = fs.readFileSync(path.join(DIR, 'sticky.ts'), 'utf8');
  expect([...text.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1])).toContain('./types');
});
