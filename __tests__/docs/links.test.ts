// The README and docs/ stand alone: every relative link resolves inside the repository (anchors included),
// nothing sends readers to the design folder that sits beside a checkout (clones do not have it), and every `docs:` pointer printed by an error names a real file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/cli';

/**
 * Guides written in parallel branches (janitor, daemon, server, viewer, redaction) that the README already lists.
 * While one is absent its links are not checked; once it lands they are, like every other file.
 */

/** A link or path into the sibling design folder (`<parent>/shared/…`); built from parts so this test reads nothing there. */
const OUTSIDE_DESIGN_FOLDER = new RegExp(['\\.\\./shared', '|shared', '/spec'].join(''));

function markdownFiles(): string[] {
  const docs = readdirSync(path.join(REPO_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

/** GitHub's heading anchor: lowercase, punctuation dropped, spaces to `-`. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));
}

function linksOf(file: string): string[] {
  const text = readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
}

describe('documentation links', () => {
  test.each(markdownFiles())('%s: relative links and anchors resolve inside the repository', (file) => {
    const broken: string[] = [];
    for (const link of linksOf(file)) {
      if (/^[a-z]+:/i.test(link)) continue; // absolute URLs
      const [target, anchor] = link.split('#');
      const rel = target === '' ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
      if (rel.startsWith('..')) {
        broken.push(`${link} (outside the repository)`);
        continue;
      }
      if (!existsSync(path.join(REPO_ROOT, rel))) broken.push(`${link} (no ${rel})`);
      else if (anchor !== undefined && rel.endsWith('.md') && !anchorsOf(rel).has(anchor)) {
        broken.push(`${link} (no heading #${anchor} in ${rel})`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('the README lists every guide in docs/', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    for (const file of markdownFiles().filter((f) => f.startsWith('docs/'))) {
      expect(readme).toContain(`](${file})`);
    }
  });

  test('no guide sends readers outside the repository', () => {
    for (const file of markdownFiles()) {
      expect(readFileSync(path.join(REPO_ROOT, file), 'utf8')).not.toMatch(OUTSIDE_DESIGN_FOLDER);
    }
  });

  test('every `docs:` pointer of an error names a file (and heading) that exists', () => {
    const pointers = new Set<string>();
    const walk = (dir: string) => {
      for (const e of readdirSync(path.join(REPO_ROOT, dir), { withFileTypes: true })) {
        const rel = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(rel);
        else if (rel.endsWith('.ts')) {
          const text = readFileSync(path.join(REPO_ROOT, rel), 'utf8');
          for (const m of text.matchAll(/'((?:docs\/[\w-]+|README)\.md(?:#[^']*)?)'/g)) pointers.add(m[1]);
        }
      }
    };
    walk('core');
    walk('cli');
    expect(pointers.size).toBeGreaterThan(0);
    for (const p of pointers) {
      const [file, anchor] = p.split('#');
      expect(existsSync(path.join(REPO_ROOT, file))).toBe(true);
      if (anchor !== undefined) expect(anchorsOf(file)).toContain(slug(anchor));
    }
  });
});
