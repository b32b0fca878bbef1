// Output spool for `opensession parse` (parsers.md 7.2): events are serialised to a private temp file as
// they arrive while stats and validation are folded event by event, so the header can be written first
// without holding the events in memory.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { writeUtf8 } from '../hail/bytes';
import { StatsAccumulator } from '../hail/stats';
import type { HailEvent, Stats } from '../hail/types';
import { encodeEventLine, encodeHeaderLine, encodeStatsLine } from '../hail/writer';
import type { SessionHeader } from './types';
import { orderWarning } from '../hail/validate';

const FLUSH_BYTES = 1 << 20;

/**
 * Streaming form of validateSession (hail-and-store.md section 5): same checks and message order,
 * folded event by event. Time order is a warning, not an error (A7).
 */
export class StreamingValidator {
  private index = 0;
  private readonly ids = new Set<string>();
  private prevTs: bigint | undefined;
  private readonly eventErrors: string[] = [];
  private readonly duplicateErrors: string[] = [];
  private readonly orderWarnings: string[] = [];

  add(e: HailEvent): void {
    const i = this.index++;
    const inner = eventError(e);
    if (inner !== undefined) this.eventErrors.push(`invalid event at index ${i}: ${inner}`);
    if (this.ids.has(e.event_id)) this.duplicateErrors.push(`duplicate event_id: ${e.event_id}`);
    else this.ids.add(e.event_id);
    if (this.prevTs !== undefined && e.timestamp < this.prevTs) this.orderWarnings.push(orderWarning(i));
    this.prevTs = e.timestamp;
  }

  errors(header: { version: string; session_id: string; agent: { provider: string; tool: string } }): string[] {
    const out: string[] = [];
    if (!header.version.startsWith('hail-')) out.push(`invalid version: ${header.version}, expected prefix 'hail-'`);
    if (header.session_id.length === 0) out.push('missing required field: session_id');
    if (header.agent.provider.length === 0) out.push('missing required field: agent.provider');
    if (header.agent.tool.length === 0) out.push('missing required field: agent.tool');
    if (this.index === 0) out.push('empty session: no events');
    return [...out, ...this.eventErrors, ...this.duplicateErrors];
  }

  /** Events earlier than their predecessor (A7: real logs are in file order, not time order). */
  warnings(): string[] {
    return [...this.orderWarnings];
  }
}

function eventError(e: HailEvent): string | undefined {
  if (e.event_id.length === 0) return 'missing required field: event_id';
  const et = e.event_type;
  switch (et.type) {
    case 'ToolCall':
    case 'ToolResult':
      return et.data.name.length === 0 ? 'missing required field: event_type.name' : undefined;
    case 'FileEdit':
    case 'FileCreate':
    case 'FileDelete':
    case 'FileRead':
      return et.data.path.length === 0 ? 'missing required field: event_type.path' : undefined;
    case 'ShellCommand':
      return et.data.command.length === 0 ? 'missing required field: event_type.command' : undefined;
    default:
      return undefined;
  }
}

/** An EventSink writing event lines to a private temporary file. Call `dispose()` in a `finally`. */
export class HailSpool {
  readonly dir: string;
  readonly file: string;
  private fd: number;
  // Event lines are encoded straight into this buffer (no joined string, no second UTF-8 copy) and
  // written to the spool when it fills.
  private buf = Buffer.allocUnsafe(FLUSH_BYTES);
  private off = 0;
  private stats = new StatsAccumulator();
  private validator: StreamingValidator | undefined;
  count = 0;

  private constructor(
    dir: string,
    private readonly validate: boolean,
  ) {
    this.dir = dir;
    this.file = path.join(dir, 'events.jsonl');
    this.fd = fs.openSync(this.file, 'w', 0o600);
    if (validate) this.validator = new StreamingValidator();
  }

  static async create(opts: { validate: boolean }): Promise<HailSpool> {
    const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'opensession-parse-'));
    return new HailSpool(dir, opts.validate);
  }

  push(event: HailEvent): void {
    const line = encodeEventLine(event);
    const max = line.length * 3 + 1; // UTF-8 needs at most 3 bytes per UTF-16 unit
    if (this.off + max > this.buf.length) {
      this.flush();
      if (max > this.buf.length) this.buf = Buffer.allocUnsafe(max);
    }
    this.off += writeUtf8(this.buf, line, this.off);
    this.buf[this.off++] = 0x0a;
    this.stats.add(event);
    this.validator?.add(event);
    this.count++;
  }

  /** Drops everything pushed so far (auto selection retries with a clean spool). */
  reset(): void {
    this.off = 0;
    fs.ftruncateSync(this.fd, 0);
    fs.closeSync(this.fd);
    this.fd = fs.openSync(this.file, 'w', 0o600);
    this.stats = new StatsAccumulator();
    if (this.validate) this.validator = new StreamingValidator();
    this.count = 0;
  }

  private flush(): void {
    let done = 0;
    while (done < this.off) done += fs.writeSync(this.fd, this.buf, done, this.off - done);
    this.off = 0;
  }

  /** Finishes writing; returns the stats. */
  close(): Stats {
    this.flush();
    fs.closeSync(this.fd);
    this.fd = -1;
    if (this.buf.length > FLUSH_BYTES) this.buf = Buffer.allocUnsafe(FLUSH_BYTES);
    return this.stats.result();
  }

  validationErrors(header: SessionHeader): string[] {
    return this.validator
      ? this.validator.errors({
          version: header.version ?? 'hail-1.0.0',
          session_id: header.session_id,
          agent: header.agent,
        })
      : [];
  }

  /** Validation warnings (A7): events earlier than the one before them. */
  validationWarnings(): string[] {
    return this.validator ? this.validator.warnings() : [];
  }

  /** Header line for the outcome header. */
  static headerLine(header: SessionHeader): string {
    return (
      encodeHeaderLine({
        version: header.version ?? 'hail-1.0.0',
        session_id: header.session_id,
        agent: header.agent,
        context: header.context,
      }) + '\n'
    );
  }

  static statsLine(stats: Stats): string {
    return encodeStatsLine(stats) + '\n';
  }

  /** Appends the spooled event lines to the open file `out` (one reused buffer, no per-chunk copies). */
  copyTo(out: number, size = 1 << 20): void {
    for (const chunk of this.reads(size)) {
      let done = 0;
      while (done < chunk.length) done += fs.writeSync(out, chunk, done, chunk.length - done);
    }
  }

  /** Streams the spooled event lines in chunks. */
  *chunks(size = 1 << 20): Generator<Buffer> {
    for (const chunk of this.reads(size)) yield Buffer.from(chunk);
  }

  /** The spool file read through one reused buffer: each view is valid until the next one is taken. */
  private *reads(size: number): Generator<Buffer> {
    const fd = fs.openSync(this.file, 'r');
    try {
      const buf = Buffer.allocUnsafe(size);
      for (;;) {
        const n = fs.readSync(fd, buf, 0, size, null);
        if (n === 0) return;
        yield buf.subarray(0, n);
      }
    } finally {
      fs.closeSync(fd);
    }
  }

  dispose(): void {
    try {
      if (this.fd >= 0) fs.closeSync(this.fd);
    } catch {
      // already closed
    }
    this.fd = -1;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
