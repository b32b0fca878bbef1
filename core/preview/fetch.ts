// The guarded transport of parse preview (daemon-and-server.md §3.7 "Fetch"): one DNS lookup whose answers are all
// checked, the connection pinned to those answers through a custom `lookup` (no second resolution, so no
// rebinding window), no proxies, no redirects followed, a 10 s overall deadline and a 10 MiB body cap.
import * as dns from 'node:dns';
import * as http from 'node:http';
import * as https from 'node:https';
import type { LookupFunction } from 'node:net';
import { decodeUtf8Strict } from '../uri/encoding';
import { isBlockedAddress } from './address';
import { PREVIEW_MAX_BYTES, PreviewError } from './validate';

export interface ResolvedHost {
  addresses: Array<{ address: string; family: number }>;
}

export type Resolver = (host: string) => Promise<Array<{ address: string; family: number }>>;

export const systemResolver: Resolver = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

/**
 * Resolves `hostname` once and checks every answer. `allowPrivate` (a host listed in
 * OPENSESSION_PREVIEW_ALLOWED_HOSTS) skips the range rule only.
 */
export async function resolveChecked(
  hostname: string,
  allowPrivate: boolean,
  resolver: Resolver = systemResolver,
): Promise<ResolvedHost> {
  const bare = hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: Array<{ address: string; family: number }>;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(bare)) addresses = [{ address: bare, family: 4 }];
  else if (bare.includes(':')) addresses = [{ address: bare, family: 6 }];
  else {
    try {
      addresses = await resolver(bare);
    } catch {
      throw new PreviewError(422, 'fetch_failed', `could not resolve ${bare}`);
    }
    if (addresses.length === 0) throw new PreviewError(422, 'fetch_failed', `could not resolve ${bare}`);
  }
  if (!allowPrivate && addresses.some((a) => isBlockedAddress(a.address))) {
    throw new PreviewError(400, 'invalid_source', 'remote host resolves to a disallowed address');
  }
  return { addresses };
}

/** A `lookup` that only ever returns the already validated answers. */
export function pinnedLookup(resolved: ResolvedHost): LookupFunction {
  return ((_host: string, options: dns.LookupOptions, cb: (...args: unknown[]) => void) => {
    const family = typeof options === 'object' && options !== null ? options.family : undefined;
    const list = resolved.addresses.filter((a) => !family || a.family === family);
    const pick = list.length > 0 ? list : resolved.addresses;
    if (typeof options === 'object' && options !== null && options.all) cb(null, pick);
    else cb(null, pick[0].address, pick[0].family);
  }) as LookupFunction;
}

export interface GuardedResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Present for 2xx answers that passed every check. */
  body?: string;
}

export interface FetchOptions {
  allowPrivate: boolean;
  headers: Record<string, string>;
  timeoutMs?: number;
  resolver?: Resolver;
  /** Called with the status and headers before the body is read; may throw to stop (response checks 1-5). */
  check: (status: number, headers: http.IncomingHttpHeaders) => void;
}

/** GET through the guarded transport. Body checks 6-7 (size while streaming, NUL / invalid UTF-8) happen here. */
export async function guardedGet(url: URL, o: FetchOptions): Promise<GuardedResponse> {
  const timeoutMs = o.timeoutMs ?? 10_000;
  const timedOut = (): PreviewError => new PreviewError(422, 'fetch_failed', 'source fetch timed out');
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), timeoutMs);
  });
  let request: http.ClientRequest | undefined;
  const work = (async (): Promise<GuardedResponse> => {
    const resolved = await resolveChecked(url.hostname, o.allowPrivate, o.resolver);
    const mod = url.protocol === 'https:' ? https : http;
    return new Promise<GuardedResponse>((resolve, reject) => {
      const req = mod.request(url, {
        method: 'GET',
        agent: false,
        lookup: pinnedLookup(resolved),
        headers: { ...o.headers, 'Accept-Encoding': 'identity', Connection: 'close' },
      });
      request = req;
      req.on('error', (err) => reject(new PreviewError(422, 'fetch_failed', `source fetch failed: ${err.message}`)));
      req.on('response', (res) => {
        const status = res.statusCode ?? 0;
        try {
          o.check(status, res.headers);
        } catch (err) {
          res.destroy();
          reject(err);
          return;
        }
        if (status < 200 || status > 299) {
          res.resume();
          resolve({ status, headers: res.headers });
          return;
        }
        const parts: Buffer[] = [];
        let total = 0;
        res.on('data', (chunk: Buffer) => {
          total += chunk.length;
          if (total > PREVIEW_MAX_BYTES) {
            res.destroy();
            reject(new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`));
            return;
          }
          parts.push(chunk);
        });
        res.on('error', (err) => reject(new PreviewError(422, 'fetch_failed', `source fetch failed: ${err.message}`)));
        res.on('end', () => {
          const bytes = Buffer.concat(parts);
          const text = bytes.includes(0) ? undefined : decodeUtf8Strict(bytes);
          if (text === undefined) {
            reject(new PreviewError(422, 'fetch_failed', 'binary files are not supported'));
            return;
          }
          resolve({ status, headers: res.headers, body: text });
        });
      });
      req.end();
    });
  })();
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
    request?.destroy();
    work.catch(() => undefined);
  }
}

const TEXTUAL = /^(text\/[^;]+|application\/json|application\/jsonl|application\/x-ndjson|[^/;]+\/[^;]+\+json)$/;

/** Response check 5: the content type, when present, must be textual or JSON. */
export function checkContentType(headers: http.IncomingHttpHeaders): void {
  const raw = headers['content-type'];
  if (raw === undefined || raw.trim() === '') return;
  const media = raw.split(';')[0].trim().toLowerCase();
  if (!TEXTUAL.test(media)) throw new PreviewError(422, 'fetch_failed', `unsupported content type ${media}`);
}

/** Response check 4. */
export function checkContentLength(headers: http.IncomingHttpHeaders): void {
  const len = headers['content-length'];
  if (len !== undefined && /^[0-9]+$/.test(len) && Number(len) > PREVIEW_MAX_BYTES) {
    throw new PreviewError(422, 'file_too_large', `source exceeds ${PREVIEW_MAX_BYTES} bytes`);
  }
}
