// Markdown text safety (ci-automation.md §7.4) and the strict URL encoders (§1).
import { collapse } from '../text';
import { encodePath, percentEncodeSegment } from '../uri/encoding';

/** Strict percent-encoder: everything but ASCII letters, digits and `-_.~`. */
export function enc(s: string): string {
  return percentEncodeSegment(s);
}

/** `enc` per `/`-separated segment. */
export function encPath(p: string): string {
  return encodePath(p);
}

/** Free text for markdown: whitespace collapsed, markdown metacharacters escaped, mentions neutralised. */
export function md(s: string): string {
  return collapse(s)
    .replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c)
    .replace(/@/g, '@\u200b');
}

/** A code span; a text holding backticks gets a fence one longer than its longest backtick run, space-padded. */
export function code(s: string): string {
  if (!s.includes('`')) return '`' + s + '`';
  let longest = 0;
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${s} ${fence}`;
}

/** At most `max` code points: the first `max - 1` plus `…` when longer. */
export function truncateCodePoints(s: string, max: number): string {
  const cps = Array.from(s);
  if (cps.length <= max) return s;
  return cps.slice(0, max - 1).join('') + '…';
}

/** `1 modified file` / `2 modified files`. */
export function plural(n: number, singular: string, pluralForm: string): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
