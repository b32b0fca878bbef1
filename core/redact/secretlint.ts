// Second redaction layer (amendments-2 A1.2): the rules of the secretlint recommended preset
// (@secretlint/secretlint-rule-preset-recommend), run after the spec rules on what they left.
//
// `@secretlint/core`'s `lintSource` is async only, which would make every redaction caller async. The preset's
// scanners themselves are synchronous functions of the text (`create(context).file(source)` reporting ranges through
// `context.report`), so this module drives them directly with a minimal context, the way `lintSource` does, and
// stays synchronous. A test pins the result to `lintSource` over a corpus.

import type { Span } from './rules';

export interface SecretlintFinding extends Span {
  /** `secretlint_<name>` from `@secretlint/secretlint-rule-<name>` (marker ids are `[a-z0-9_]+`). */
  ruleId: string;
}

interface Scanner {
  ruleId: string;
  file: (source: unknown) => unknown;
}

/** The comment filter only honours `secretlint-disable` comments: text in a session must not switch redaction off. */
const SKIPPED = new Set(['@secretlint/secretlint-rule-filter-comments']);

/** `@secretlint/secretlint-rule-database-connection-string` → `secretlint_database_connection_string`. */
export function secretlintMarkerId(secretlintId: string): string {
  const name = secretlintId.replace(/^@secretlint\/secretlint-rule-/, '');
  return 'secretlint_' + name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
}

let scanners: Scanner[] | undefined;
let sink: SecretlintFinding[] = [];
let currentRule = '';

function loadPreset(): typeof import('@secretlint/secretlint-rule-preset-recommend') {
  // Native ESM (the tests) has no `require`; in CommonJS this test is constant and ncc bundles the package below.
  if (typeof require !== 'function')
    return process.getBuiltinModule('module').createRequire(import.meta.url)(
      '@secretlint/secretlint-rule-preset-recommend',
    );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@secretlint/secretlint-rule-preset-recommend') as typeof import('@secretlint/secretlint-rule-preset-recommend');
}

function load(): Scanner[] {
  if (scanners !== undefined) return scanners;
  // Loaded on the first text that may hold a secret (most texts never do): the preset and the lodash it bundles
  // are the largest module a `share` or `register` start-up would otherwise evaluate.
  const { rules: presetRules } = loadPreset();
  const list: Scanner[] = [];
  for (const rule of presetRules as unknown as readonly {
    meta: { id: string; type: string; supportedContentTypes: string[] };
    create: (ctx: unknown, options: unknown) => { file?: (source: unknown) => unknown };
  }[]) {
    if (rule.meta.type !== 'scanner' || SKIPPED.has(rule.meta.id)) continue;
    const ruleId = secretlintMarkerId(rule.meta.id);
    const context = {
      sharedOptions: {},
      createTranslator: () => (messageId: string, data: unknown) => ({ message: messageId, messageId, data }),
      report: (d: { range: readonly [number, number] }) => {
        sink.push({ start: d.range[0], end: d.range[1], ruleId: currentRule });
      },
      ignore: () => undefined,
    };
    const handlers = rule.create(context, {});
    if (typeof handlers.file === 'function') list.push({ ruleId, file: handlers.file });
  }
  scanners = list;
  return list;
}

/** Ids of the preset rules that run, as they appear in markers. */
export function secretlintRuleIds(): string[] {
  return load().map((s) => s.ruleId);
}

/**
 * Cheap necessary condition: a keyword that every pattern of the preset's text rules (11.x) requires, taken from
 * their regexes (AWS key ids and `secret`/`account` assignments, PEM headers, npm, Slack, URLs with credentials,
 * OpenAI/Anthropic `sk-`, Linear, SendGrid, Shopify, GitHub, 1Password), in the letter cases those patterns accept.
 * Most strings of a session skip the scanners entirely; a test compares the findings with secretlint's `lintSource`.
 */
export const MAY_HOLD_SECRET =
  /AKIA|A3T|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA|SECRET|[Ss]ecret|ACCOUNT|[Aa]ccount|-----BEGIN|x-oauth-basic|_authToken|npm_|xox[abopr]-|xapp-|:\/\/|sk-|lin_api_|SG\.|shp(?:pa|ca|at|ss)_|gh[pousr]_|github_pat_|ops_ey/;

/** Findings of the preset over `text`, sorted by start (longer first on ties). */
export function secretlintFindings(text: string): SecretlintFinding[] {
  if (text.length < 7 || !MAY_HOLD_SECRET.test(text)) return [];
  const found: SecretlintFinding[] = [];
  sink = found;
  // No file path and no extension: the file-type rules (GCP .p12/.json key files) stay out, the text rules run.
  const source = { content: text, filePath: undefined, ext: '', contentType: 'text' };
  try {
    for (const s of load()) {
      currentRule = s.ruleId;
      const r = s.file(source);
      // Text rules are synchronous; a promise would come only from the file rules skipped above.
      if (r !== undefined && typeof (r as Promise<unknown>).then === 'function') {
        (r as Promise<unknown>).catch(() => undefined);
      }
    }
  } finally {
    sink = [];
  }
  return found.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || b.end - a.end);
}
