// Call/result pairing of a rollout (parsers.md 2.12): CallTracker's rules, without a map entry per call. A
// rollout answers almost every call within the next few lines, so the newest calls are searched directly and
// the older ones are indexed only when a lookup reaches past them (each call is indexed at most once).
import type { CallInfo } from '../common/tools';

interface Entry {
  info: CallInfo;
  done: boolean;
}

/** How many of the newest calls a lookup scans before it turns to the index. */
const RECENT = 16;

/** Same answers as CallTracker (open, closeById, closeLatest) for every sequence of calls. */
export class RolloutCalls {
  /** Every call in open order; a repeated id's newest entry is the one that counts. */
  private readonly entries: Entry[] = [];
  /** Newest entry per id among entries[0, indexed). */
  private readonly index = new Map<string, Entry>();
  private indexed = 0;
  /** Ids in open order, popped by closeLatest (CallTracker's `order`). */
  private readonly order: string[] = [];
  private last: CallInfo | undefined;

  /** Registers a call; a repeated id replaces the earlier entry and re-opens it. */
  open(info: CallInfo): void {
    this.entries.push({ info, done: false });
    this.order.push(info.callId);
    this.last = info;
  }

  /** The newest entry with this id. */
  private find(callId: string): Entry | undefined {
    const entries = this.entries;
    const stop = Math.max(this.indexed, entries.length - RECENT);
    for (let i = entries.length - 1; i >= stop; i--) if (entries[i].info.callId === callId) return entries[i];
    if (stop > this.indexed) {
      // entries[indexed, stop) were not scanned: index them (oldest first, so the newest of an id wins)
      for (let i = this.indexed; i < stop; i++) this.index.set(entries[i].info.callId, entries[i]);
      this.indexed = stop;
    }
    return this.index.get(callId);
  }

  /** Marks the call answered and returns it; undefined when the id is unknown. */
  closeById(callId: string): CallInfo | undefined {
    const entry = this.find(callId);
    if (!entry) return undefined;
    entry.done = true;
    return entry.info;
  }

  /** Pairs a result that carries no call id (2.12); undefined when there is no call at all. */
  closeLatest(): CallInfo | undefined {
    const order = this.order;
    while (order.length > 0) {
      const id = order[order.length - 1];
      const entry = this.find(id);
      if (entry && !entry.done && entry.info.callId === id) {
        entry.done = true;
        order.pop();
        return entry.info;
      }
      order.pop();
    }
    return this.last;
  }
}
