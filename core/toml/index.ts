// TOML 1.0 for the package's config files (`.opensession/config.toml`, cleanup and daemon config):
// read by smol-toml (a maintained, spec-complete reader) and adapted to the shapes callers use.
// Dates and times come back as text; integers beyond 2^53 as bigint; errors as TomlError.
import { parse, TomlDate, TomlError as SmolTomlError } from 'smol-toml';

export type TomlValue = string | number | bigint | boolean | TomlValue[] | TomlTable;
export interface TomlTable {
  [key: string]: TomlValue;
}

export class TomlError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} at line ${line}, column ${column}`);
    this.name = 'TomlError';
  }
}

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

/** The 1-based line where an integer literal of value `n` is written (1 when it cannot be found). */
function lineOfInteger(text: string, n: bigint): number {
  const at = text.replace(/_/g, '').indexOf(n.toString().replace(/^-/, ''));
  return at < 0 ? 1 : text.replace(/_/g, '').slice(0, at).split('\n').length;
}

/**
 * Dates as their text, and 64-bit range checked for integers (TOML 1.0: an integer that does not fit
 * is an error), walked with an explicit stack.
 */
function adapt(root: Record<string, unknown>, text: string): TomlTable {
  const stack: Array<Record<string, unknown> | unknown[]> = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string | number, unknown>;
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (v instanceof TomlDate) node[key] = v.toISOString();
      else if (typeof v === 'bigint' && (v < I64_MIN || v > I64_MAX)) {
        throw new TomlError(`integer ${v} does not fit in 64 bits`, lineOfInteger(text, v), 1);
      } else if (typeof v === 'object' && v !== null) stack.push(v as Record<string, unknown>);
    }
  }
  return root as TomlTable;
}

/** Parses a TOML document. Throws TomlError (`<what> at line L, column C`). */
export function parseToml(text: string): TomlTable {
  try {
    return adapt(parse(text, { integersAsBigInt: 'asNeeded' }) as Record<string, unknown>, text);
  } catch (e) {
    if (e instanceof SmolTomlError) {
      const what = e.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
      throw new TomlError(what, e.line, e.column);
    }
    throw e;
  }
}
