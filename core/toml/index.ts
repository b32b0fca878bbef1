// A TOML 1.0 reader for the package's config files (`.opensession/config.toml`, cleanup config, daemon config).
// Dates and times are returned as their source text; integers beyond 2^53 as bigint.

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

const BARE_KEY = /[A-Za-z0-9_-]/;

class Parser {
  private pos = 0;
  private readonly root: TomlTable = Object.create(null) as TomlTable;
  /** Tables created by a header or dotted keys, and whether they may still be opened by a header. */
  private readonly explicit = new Set<TomlTable>();
  private readonly implicitByDotted = new Set<TomlTable>();
  private readonly inline = new Set<TomlTable>();
  private readonly staticArrays = new Set<TomlValue[]>();

  constructor(private readonly src: string) {}

  private fail(message: string, at = this.pos): never {
    let line = 1;
    let col = 1;
    for (let i = 0; i < at && i < this.src.length; i++) {
      if (this.src[i] === '\n') {
        line++;
        col = 1;
      } else col++;
    }
    throw new TomlError(message, line, col);
  }

  private peek(o = 0): string {
    return this.src[this.pos + o] ?? '';
  }

  private skipWs(): void {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }

  private skipComment(): void {
    if (this.peek() !== '#') return;
    while (this.pos < this.src.length && this.peek() !== '\n') {
      const c = this.src.charCodeAt(this.pos);
      if ((c < 0x20 && c !== 0x09) || c === 0x7f) {
        if (!(c === 0x0d && this.peek(1) === '\n')) this.fail('control character in comment');
      }
      this.pos++;
    }
  }

  private expectLineEnd(): void {
    this.skipWs();
    this.skipComment();
    if (this.pos >= this.src.length) return;
    if (this.peek() === '\n') {
      this.pos++;
      return;
    }
    if (this.peek() === '\r' && this.peek(1) === '\n') {
      this.pos += 2;
      return;
    }
    this.fail('expected end of line');
  }

  parse(): TomlTable {
    let current = this.root;
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
    while (this.pos < this.src.length) {
      this.skipWs();
      const c = this.peek();
      if (c === '\n' || (c === '\r' && this.peek(1) === '\n') || c === '#') {
        this.expectLineEnd();
        continue;
      }
      if (c === '') break;
      if (c === '[') current = this.header();
      else this.keyValue(current);
      this.expectLineEnd();
    }
    return this.root;
  }

  private key(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipWs();
      const c = this.peek();
      if (c === '"') parts.push(this.basicString());
      else if (c === "'") parts.push(this.literalString());
      else {
        const start = this.pos;
        while (BARE_KEY.test(this.peek())) this.pos++;
        if (this.pos === start) this.fail('expected a key');
        parts.push(this.src.slice(start, this.pos));
      }
      this.skipWs();
      if (this.peek() !== '.') return parts;
      this.pos++;
    }
  }

  private header(): TomlTable {
    const array = this.peek(1) === '[';
    this.pos += array ? 2 : 1;
    const key = this.key();
    if (this.peek() !== ']' || (array && this.peek(1) !== ']')) this.fail('expected ]');
    this.pos += array ? 2 : 1;
    let table = this.root;
    for (let i = 0; i < key.length - 1; i++) table = this.descend(table, key[i], false);
    const last = key[key.length - 1];
    if (array) {
      let arr = table[last];
      if (arr === undefined) {
        arr = [];
        table[last] = arr;
      } else if (!Array.isArray(arr) || this.staticArrays.has(arr))
        this.fail(`cannot redefine key \`${key.join('.')}\` as an array of tables`);
      const t = Object.create(null) as TomlTable;
      (arr as TomlValue[]).push(t);
      this.explicit.add(t);
      return t;
    }
    const existing = table[last];
    if (existing === undefined) {
      const t = Object.create(null) as TomlTable;
      table[last] = t;
      this.explicit.add(t);
      return t;
    }
    if (
      !isTable(existing) ||
      this.explicit.has(existing) ||
      this.implicitByDotted.has(existing) ||
      this.inline.has(existing)
    ) {
      this.fail(`duplicate table \`${key.join('.')}\``);
    }
    this.explicit.add(existing);
    return existing;
  }

  /** Walks into (or creates) a sub-table; arrays of tables resolve to their last element. */
  private descend(table: TomlTable, k: string, dotted: boolean): TomlTable {
    const v = table[k];
    if (v === undefined) {
      const t = Object.create(null) as TomlTable;
      table[k] = t;
      if (dotted) this.implicitByDotted.add(t);
      return t;
    }
    if (Array.isArray(v)) {
      if (dotted || this.staticArrays.has(v)) this.fail(`cannot extend key \`${k}\``);
      const last = v[v.length - 1];
      if (!isTable(last)) this.fail(`cannot extend key \`${k}\``);
      return last;
    }
    if (!isTable(v) || this.inline.has(v) || (dotted && this.explicit.has(v))) this.fail(`cannot extend key \`${k}\``);
    return v;
  }

  private keyValue(table: TomlTable): void {
    const key = this.key();
    if (this.peek() !== '=') this.fail('expected =');
    this.pos++;
    this.skipWs();
    const value = this.value();
    let t = table;
    for (let i = 0; i < key.length - 1; i++) t = this.descend(t, key[i], true);
    const last = key[key.length - 1];
    if (Object.prototype.hasOwnProperty.call(t, last)) this.fail(`duplicate key \`${key.join('.')}\``);
    t[last] = value;
  }

  private value(): TomlValue {
    const c = this.peek();
    if (c === '"') return this.peek(1) === '"' && this.peek(2) === '"' ? this.mlBasicString() : this.basicString();
    if (c === "'") return this.peek(1) === "'" && this.peek(2) === "'" ? this.mlLiteralString() : this.literalString();
    if (c === '[') return this.array();
    if (c === '{') return this.inlineTable();
    if (this.src.startsWith('true', this.pos) && !BARE_KEY.test(this.peek(4))) {
      this.pos += 4;
      return true;
    }
    if (this.src.startsWith('false', this.pos) && !BARE_KEY.test(this.peek(5))) {
      this.pos += 5;
      return false;
    }
    return this.scalar();
  }

  private escape(): string {
    const c = this.peek();
    this.pos++;
    const simple: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', '"': '"', '\\': '\\' };
    if (c in simple) return simple[c];
    if (c === 'u' || c === 'U') {
      const n = c === 'u' ? 4 : 8;
      const hex = this.src.slice(this.pos, this.pos + n);
      if (!new RegExp(`^[0-9A-Fa-f]{${n}}$`).test(hex)) this.fail('invalid unicode escape');
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) this.fail('invalid unicode scalar');
      this.pos += n;
      return String.fromCodePoint(cp);
    }
    return this.fail('invalid escape', this.pos - 2);
  }

  private checkChar(c: string, allowNewline: boolean): void {
    const code = c.charCodeAt(0);
    if ((code < 0x20 && code !== 0x09 && !(allowNewline && (code === 0x0a || code === 0x0d))) || code === 0x7f)
      this.fail('control character in string');
  }

  private basicString(): string {
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === '') this.fail('unterminated string');
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '\\') {
        this.pos++;
        out += this.escape();
        continue;
      }
      this.checkChar(c, false);
      out += c;
      this.pos++;
    }
  }

  private literalString(): string {
    this.pos++;
    const start = this.pos;
    for (;;) {
      const c = this.peek();
      if (c === '') this.fail('unterminated string');
      if (c === "'") {
        this.pos++;
        return this.src.slice(start, this.pos - 1);
      }
      this.checkChar(c, false);
      this.pos++;
    }
  }

  private skipFirstNewline(): void {
    if (this.peek() === '\n') this.pos++;
    else if (this.peek() === '\r' && this.peek(1) === '\n') this.pos += 2;
  }

  private mlBasicString(): string {
    this.pos += 3;
    this.skipFirstNewline();
    let out = '';
    for (;;) {
      const c = this.peek();
      if (c === '') this.fail('unterminated string');
      if (this.src.startsWith('"""', this.pos)) {
        let n = 3;
        while (this.peek(n) === '"' && n < 5) n++;
        out += '"'.repeat(n - 3);
        this.pos += n;
        return out;
      }
      if (c === '\\') {
        const m = /^\\[ \t]*\r?\n[\s]*/.exec(this.src.slice(this.pos, this.pos + 4096));
        if (m !== null) {
          this.pos += m[0].length;
          continue;
        }
        this.pos++;
        out += this.escape();
        continue;
      }
      if (c === '\r' && this.peek(1) !== '\n') this.fail('bare carriage return');
      this.checkChar(c, true);
      out += c;
      this.pos++;
    }
  }

  private mlLiteralString(): string {
    this.pos += 3;
    this.skipFirstNewline();
    const start = this.pos;
    for (;;) {
      if (this.peek() === '') this.fail('unterminated string');
      if (this.src.startsWith("'''", this.pos)) {
        let n = 3;
        while (this.peek(n) === "'" && n < 5) n++;
        const out = this.src.slice(start, this.pos) + "'".repeat(n - 3);
        this.pos += n;
        return out;
      }
      if (this.peek() === '\r' && this.peek(1) !== '\n') this.fail('bare carriage return');
      this.checkChar(this.peek(), true);
      this.pos++;
    }
  }

  private skipWsCommentsNewlines(): void {
    for (;;) {
      this.skipWs();
      this.skipComment();
      if (this.peek() === '\n') this.pos++;
      else if (this.peek() === '\r' && this.peek(1) === '\n') this.pos += 2;
      else return;
    }
  }

  private array(): TomlValue[] {
    this.pos++;
    const out: TomlValue[] = [];
    this.staticArrays.add(out);
    for (;;) {
      this.skipWsCommentsNewlines();
      if (this.peek() === ']') {
        this.pos++;
        return out;
      }
      out.push(this.value());
      this.skipWsCommentsNewlines();
      if (this.peek() === ',') {
        this.pos++;
        continue;
      }
      if (this.peek() === ']') {
        this.pos++;
        return out;
      }
      this.fail('expected , or ] in array');
    }
  }

  private inlineTable(): TomlTable {
    this.pos++;
    const t = Object.create(null) as TomlTable;
    this.skipWs();
    if (this.peek() === '}') {
      this.pos++;
      this.inline.add(t);
      return t;
    }
    for (;;) {
      this.keyValue(t);
      this.skipWs();
      if (this.peek() === ',') {
        this.pos++;
        this.skipWs();
        continue;
      }
      if (this.peek() === '}') {
        this.pos++;
        this.inline.add(t);
        return t;
      }
      this.fail('expected , or } in inline table');
    }
  }

  private scalar(): TomlValue {
    const start = this.pos;
    // Dates/times may contain one space between date and time.
    const m =
      /^(\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}:\d{2}(\.\d+)?)/.exec(
        this.src.slice(start, start + 64),
      );
    if (m !== null) {
      this.pos += m[0].length;
      return m[0];
    }
    while (this.pos < this.src.length && /[0-9A-Za-z_+\-.]/.test(this.peek())) this.pos++;
    const tok = this.src.slice(start, this.pos);
    if (tok === '') this.fail('expected a value');
    if (/^[+-]?(inf|nan)$/.test(tok)) return tok.endsWith('inf') ? (tok.startsWith('-') ? -Infinity : Infinity) : NaN;
    if (/^0x[0-9A-Fa-f](_?[0-9A-Fa-f])*$/.test(tok)) return toInt(BigInt(tok.replace(/_/g, '')));
    if (/^0o[0-7](_?[0-7])*$/.test(tok)) return toInt(BigInt(tok.replace(/_/g, '')));
    if (/^0b[01](_?[01])*$/.test(tok)) return toInt(BigInt(tok.replace(/_/g, '')));
    if (/^[+-]?(0|[1-9](_?\d)*)$/.test(tok)) return toInt(BigInt(tok.replace(/_/g, '')));
    if (/^[+-]?(0|[1-9](_?\d)*)(\.\d(_?\d)*)?([eE][+-]?\d(_?\d)*)?$/.test(tok)) return Number(tok.replace(/_/g, ''));
    return this.fail(`invalid value \`${tok}\``, start);
  }
}

function toInt(b: bigint): number | bigint {
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

function isTable(v: TomlValue | undefined): v is TomlTable {
  return v !== undefined && typeof v === 'object' && !Array.isArray(v);
}

/** Parses a TOML document; throws `TomlError` (message ends with `at line L, column C`). */
export function parseToml(text: string): TomlTable {
  return new Parser(text).parse();
}
