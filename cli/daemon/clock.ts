// The daemon's time source. Production: the real clock. TEST ONLY: `OPENSESSION_TEST_CLOCK=offset_secs=<n>,speed=<k>`
// shifts the retention clock by n seconds and divides the retention timers by k, so an end-to-end test sees a prune
// of sessions "older than keep_days" within seconds (interval_secs stays within its 60..31536000 range).
import type { Env } from './paths';

export interface DaemonClock {
  /** Milliseconds since the epoch, as retention sees them. */
  now(): number;
  /** A timer delay of `ms` as the daemon waits it. */
  delay(ms: number): number;
  /** Set when OPENSESSION_TEST_CLOCK is in effect (logged at startup). */
  test?: string;
}

const REAL: DaemonClock = { now: () => Date.now(), delay: (ms) => ms };

export function daemonClock(env: Env, warn: (msg: string) => void): DaemonClock {
  const raw = env.OPENSESSION_TEST_CLOCK?.trim();
  if (raw === undefined || raw === '') return REAL;
  const m = /^offset_secs=(-?\d{1,12}),speed=(\d{1,7})$/.exec(raw);
  if (m === null || Number(m[2]) < 1) {
    warn(`OPENSESSION_TEST_CLOCK=${raw} is not offset_secs=<n>,speed=<k>; using the real clock`);
    return REAL;
  }
  const offsetMs = Number(m[1]) * 1000;
  const speed = Number(m[2]);
  return { now: () => Date.now() + offsetMs, delay: (ms) => ms / speed, test: raw };
}
