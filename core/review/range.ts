// Commit range, changed files, test files and areas of a PR/MR (ci-automation.md §7.1).
import { compareBytewise } from '../text';
import type { GitRunner } from './git';
import { resolveCommit } from './ledger-read';

export const MAX_RANGE_COMMITS = 1000;

export interface AreaCount {
  area: string;
  count: number;
}

export interface ReviewRange {
  /** Range commits, newest first (capped at 1000, keeping the newest). */
  commits: string[];
  /** True when `<base>..<head>` was used; false when the range fell back to `[head]`. */
  usedBase: boolean;
  changedFiles: string[];
  testFiles: string[];
  areas: AreaCount[];
}

const TEST_SUFFIXES = [
  '.test.ts',
  '.test.tsx',
  '.test.js',
  '.test.jsx',
  '.spec.ts',
  '.spec.tsx',
  '.spec.js',
  '.spec.jsx',
  '_test.rs',
  '_spec.rs',
  '_test.py',
];

export function isTestFile(file: string): boolean {
  const n = '/' + file.replace(/\\/g, '/').toLowerCase();
  if (n.includes('/tests/') || n.includes('/test/') || n.includes('/__tests__/')) return true;
  return TEST_SUFFIXES.some((s) => n.endsWith(s));
}

export function areaOf(file: string): string {
  const slash = file.indexOf('/');
  return slash < 0 ? '(root)' : file.slice(0, slash);
}

/** Files per area, count descending then name byte-wise. */
export function countAreas(files: readonly string[]): AreaCount[] {
  const counts = new Map<string, number>();
  for (const f of files) counts.set(areaOf(f), (counts.get(areaOf(f)) ?? 0) + 1);
  return [...counts]
    .map(([area, count]) => ({ area, count }))
    .sort((a, b) => b.count - a.count || compareBytewise(a.area, b.area));
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l !== '');
}

/** Sorted, deduplicated, non-empty file list. */
export function normalizeFiles(list: readonly string[]): string[] {
  return [...new Set(list.filter((f) => f !== ''))].sort(compareBytewise);
}

/** §7.1 with a usable base (`base` undefined → head only). */
export async function computeRange(git: GitRunner, base: string | undefined, head: string): Promise<ReviewRange> {
  // rev-list and the name diff are independent: run them side by side.
  const [list, names] = await Promise.all([
    base !== undefined ? git.run(['rev-list', `${base}..${head}`]) : undefined,
    base !== undefined ? git.run(['diff', '--name-only', '--no-renames', `${base}...${head}`]) : undefined,
  ]);
  let commits: string[] = [];
  let usedBase = false;
  if (list !== undefined && list.code === 0) {
    commits = lines(list.stdout);
    usedBase = true;
  }
  if (commits.length === 0) {
    commits = [(await resolveCommit(git, head)) ?? head];
  }
  if (commits.length > MAX_RANGE_COMMITS) commits = commits.slice(0, MAX_RANGE_COMMITS);

  let files: string[] | undefined;
  if (usedBase && names !== undefined && names.code === 0) files = lines(names.stdout);
  if (files === undefined) {
    const r = await git.run(['show', '--name-only', '--pretty=format:', head]);
    files = r.code === 0 ? lines(r.stdout) : [];
  }
  const changedFiles = normalizeFiles(files);
  return {
    commits,
    usedBase,
    changedFiles,
    testFiles: changedFiles.filter(isTestFile),
    areas: countAreas(changedFiles),
  };
}
