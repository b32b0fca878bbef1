// Redaction of every free text before it reaches a comment, a log line or an artifact (ci-automation.md §7.4, §15).
import { redactText } from '../redact';
import { firstLine } from './git';
import { truncateCodePoints } from './markdown';

export function redact(text: string): string {
  return redactText(text, { stripHomePaths: false }).text;
}

/** An embedded error for annotations and the comment: first line, redacted, at most 300 characters. */
export function errorLine(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  return truncateCodePoints(redact(firstLine(raw)), 300);
}
