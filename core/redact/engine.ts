// Secret redaction of one string (hail-and-store.md 6.3) and home-path stripping (6.4).

import { setOwn } from '../text';
import { CUT_SECRET_PREFIX, RedactionRule, SECRET_RULES, Span } from './rules';
import { secretlintFindings } from './secretlint';

export type RedactionCounts = Record<string, number>;

export interface RedactOptions {
  stripHomePaths: boolean;
}

export interface RedactTextResult {
  text: string;
  counts: RedactionCounts;
}

/** An existing marker; such spans are taken as already accepted (6.3 step 1). */
const MARKER = /\[REDACTED:[a-z0-9_]+\]/g;

export function marker(ruleId: string): string {
  return `[REDACTED:${ruleId}]`;
}

/** Spans of `rule` by running its normative pattern with the spec's scanning loop (6.3 step 2). */
export function regexSpans(rule: RedactionRule, text: string): Span[] {
  const re = new RegExp(
    rule.pattern.source,
    rule.pattern.flags.includes('d') ? rule.pattern.flags : rule.pattern.flags + 'd',
  );
  const spans: Span[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (rule.accept !== undefined && !rule.accept(m)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (m[0].length === 0) re.lastIndex++; // never for the baseline rules; guards added rules
    if (rule.spanGroups === undefined) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    } else {
      for (const g of rule.spanGroups) {
        const range = m.indices?.[g];
        if (range !== undefined) {
          spans.push({ start: range[0], end: range[1] });
          break;
        }
      }
    }
  }
  return spans;
}

/** Spans of one rule over `text` (its linear scanner when it has one). */
export function ruleSpans(rule: RedactionRule, text: string): Span[] {
  return rule.scan !== undefined ? rule.scan(text) : regexSpans(rule, text);
}

interface Candidate {
  start: number;
  end: number;
  /** index in the rule list; -1 for an existing marker */
  priority: number;
}

/** Compiled view of a rule list: the combined pre-check and the per-rule hints. */
interface Compiled {
  rules: readonly RedactionRule[];
  anyHint: RegExp | null;
}

const compiledCache = new WeakMap<readonly RedactionRule[], Compiled>();

function compile(rules: readonly RedactionRule[]): Compiled {
  let c = compiledCache.get(rules);
  if (c === undefined) {
    const everyRuleHinted = rules.every((r) => r.hint !== undefined);
    const anyHint = everyRuleHinted ? new RegExp(rules.map((r) => `(?:${r.hint!.source})`).join('|'), 'i') : null;
    c = { rules, anyHint };
    compiledCache.set(rules, c);
  }
  return c;
}

/** Adds `n` to `counts[id]` (an own property, also for the id `__proto__`). */
export function addCount(counts: RedactionCounts, id: string, n: number): void {
  setOwn(counts, id, (Object.hasOwn(counts, id) ? counts[id] : 0) + n);
}

/**
 * Replaces secrets in `text` by `[REDACTED:<rule>]` markers, adding to `counts`: the spec rules (A1 additions, then
 * the 6.3 table), then the secretlint layer on what they left (A1.2), then the cut-token rule (A1.3). `redactText` is
 * the public entry point.
 */
export function redactSecrets(
  text: string,
  counts: RedactionCounts,
  rules: readonly RedactionRule[] = SECRET_RULES,
): string {
  return redactCutTail(redactSecretlint(applyRules(text, counts, rules), counts), counts);
}

/** Spans of existing markers in `text`. */
function markerSpans(text: string): Span[] {
  const out: Span[] = [];
  if (!text.includes('[REDACTED:')) return out;
  for (const m of text.matchAll(MARKER)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * A1.2: secretlint findings over the text the spec rules left. A finding that overlaps a marker is skipped: the spec
 * rule already took the secret part of it (a connection string keeps its host, as 6.3 wants).
 */
export function redactSecretlint(text: string, counts: RedactionCounts): string {
  const findings = secretlintFindings(text);
  if (findings.length === 0) return text;
  const markers = markerSpans(text);
  const parts: string[] = [];
  let copied = 0;
  for (const f of findings) {
    if (f.start < copied) continue;
    if (markers.some((m) => m.start < f.end && m.end > f.start)) continue;
    parts.push(text.slice(copied, f.start), marker(f.ruleId));
    copied = f.end;
    addCount(counts, f.ruleId, 1);
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * A1.3: where only a cut text exists (it ends in `...` or `…`), a final token that starts with a known secret prefix
 * lost its end to the cut and no longer matches its rule: replace it from the prefix on.
 */
export function redactCutTail(text: string, counts: RedactionCounts): string {
  const ellipsis = text.endsWith('...') ? '...' : text.endsWith('…') ? '…' : '';
  if (ellipsis === '') return text;
  const tokenEnd = text.length - ellipsis.length;
  let tokenStart = tokenEnd;
  while (tokenStart > 0 && !/\s/.test(text[tokenStart - 1])) tokenStart--;
  const p = CUT_SECRET_PREFIX.exec(text.slice(tokenStart, tokenEnd));
  if (p === null) return text;
  const cutFrom = tokenStart + p.index;
  // Never split a marker: a prefix inside `[REDACTED:…]` is not a secret.
  if (/\[REDACTED:[a-z0-9_]*$/.test(text.slice(Math.max(0, cutFrom - 64), cutFrom))) return text;
  addCount(counts, 'cut_secret', 1);
  return text.slice(0, cutFrom) + marker('cut_secret') + ellipsis;
}

/** The rule-table pass of `redactSecrets` (6.3 steps 1–3). */
function applyRules(text: string, counts: RedactionCounts, rules: readonly RedactionRule[]): string {
  const compiled = compile(rules);
  if (compiled.anyHint !== null && !compiled.anyHint.test(text)) return text;

  const candidates: Candidate[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    if (rule.hint !== undefined && !rule.hint.test(text)) continue;
    for (const s of ruleSpans(rule, text)) candidates.push({ start: s.start, end: s.end, priority: i });
  }
  if (candidates.length === 0) return text;

  const markers: Candidate[] = [];
  if (text.includes('[REDACTED:')) {
    for (const m of text.matchAll(MARKER)) markers.push({ start: m.index, end: m.index + m[0].length, priority: -1 });
  }
  const all = markers.length > 0 ? candidates.concat(markers) : candidates;
  all.sort((a, b) => a.start - b.start || a.priority - b.priority);

  // Single sweep (6.3 step 3). Markers take part as accepted spans that win ties; a rule span that starts before a
  // marker and reaches into it covers it (extended to the marker's end so no marker is ever cut in half).
  const parts: string[] = [];
  let lastEnd = 0; // end of the previously accepted span
  let copied = 0; // text copied to `parts` up to here
  let mi = 0; // next marker that could be cut by an accepted rule span
  let lastWasRule = false;
  let lastStart = 0; // start of the last replaced span
  for (const c of all) {
    if (c.start < lastEnd) {
      // A rule span that reaches past the one just replaced would leave its tail in clear text
      // (`X_CREDENTIAL=token=a;b` : the baseline value stops at `;`, the A1 `token=` value does not): the replaced
      // region grows to cover it, so a secret is never left half redacted.
      if (lastWasRule && c.priority >= 0 && c.start > lastStart && c.end > lastEnd) {
        let end = c.end;
        for (let k = mi; k < markers.length && markers[k].start < end; k++) {
          if (markers[k].end > end) end = markers[k].end;
        }
        copied = end;
        lastEnd = end;
      }
      continue;
    }
    if (c.priority < 0) {
      lastEnd = c.end;
      lastWasRule = false;
      continue;
    }
    let end = c.end;
    while (mi < markers.length && markers[mi].end <= c.start) mi++;
    for (let k = mi; k < markers.length && markers[k].start < end; k++) {
      if (markers[k].end > end) end = markers[k].end;
    }
    const id = rules[c.priority].id;
    parts.push(text.slice(copied, c.start), marker(id));
    copied = end;
    lastEnd = end;
    lastStart = c.start;
    lastWasRule = true;
    addCount(counts, id, 1);
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/** 6.4: `/home/<user>`, `/Users/<user>`, `C:\Users\<user>` at a path boundary. */
// eslint-disable-next-line no-useless-escape -- verbatim from the spec
const HOME_PATH = /(?<![A-Za-z0-9_.-])(?:\/home\/|\/Users\/|[Cc]:\\[Uu][Ss][Ee][Rr][Ss]\\)[^\s\/\\"'`<>|:;,()\[\]{}]+/g;

/** Replaces every home directory prefix by `~` (section 6.4). */
export function stripHomePaths(text: string): string {
  if (!text.includes('/home/') && !text.includes('/Users/') && !text.includes(':\\')) return text;
  return text.replace(HOME_PATH, '~');
}

/**
 * Redacts secrets (6.3), then strips home paths when `stripHomePaths` is on (6.4). `counts` has an entry only for
 * rules that replaced something; home-path stripping is not counted.
 */
export function redactText(text: string, opts: RedactOptions): RedactTextResult {
  const counts: RedactionCounts = {};
  let out = redactSecrets(text, counts);
  if (opts.stripHomePaths) out = stripHomePaths(out);
  return { text: out, counts };
}

/** Sums per-rule counts into a new object (rules in first-seen order). */
export function mergeCounts(...parts: readonly RedactionCounts[]): RedactionCounts {
  const out: RedactionCounts = {};
  for (const p of parts) for (const [id, n] of Object.entries(p)) if (n !== 0) addCount(out, id, n);
  return out;
}

/** Total number of replacements in `counts`. */
export function totalCount(counts: RedactionCounts): number {
  let n = 0;
  for (const v of Object.values(counts)) n += v;
  return n;
}
