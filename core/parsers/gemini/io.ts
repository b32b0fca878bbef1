// Small helpers shared by the part-2 parsers (gemini, opencode, cursor, cline, amp).
import * as path from 'path';
import type { ParserContext } from '../types';

/** Display path of a file next to the entry file (`rel` relative to the entry's directory). */
export function siblingDisplay(ctx: ParserContext, rel: string): string {
  return path.join(path.dirname(ctx.displayPath), rel);
}
