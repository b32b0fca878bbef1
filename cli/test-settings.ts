// Test-only settings read from the environment (docs/testing.md). Only cli/ reads them; core takes plain values.

/**
 * `OPENSESSION_TEST_BACKOFF_SCALE`: a number from 0 to 1 that shortens the ledger write retry backoff (§4.2) and the
 * waits the GitHub client sleeps, so the suite can reach "is busy" and rate-limit paths without waiting them out.
 * Anything else than a number in [0, 1] is ignored and the real timing applies.
 */
export function testBackoffScale(env: Record<string, string | undefined>): number | undefined {
  const raw = env.OPENSESSION_TEST_BACKOFF_SCALE?.trim();
  return raw !== undefined && /^(0|1|0?\.[0-9]+)$/.test(raw) ? Number(raw) : undefined;
}
