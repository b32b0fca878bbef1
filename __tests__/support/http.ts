// A raw HTTP client for server tests: any method, any header (including Host), chunked or sized bodies.
import * as http from 'node:http';

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
  json: () => unknown;
}

export interface HttpOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body with chunked transfer-encoding (no Content-Length). */
  chunked?: boolean;
  agent?: http.Agent;
  /** With `chunked`: write the body but never end the request; resolves on the answer. */
  keepOpen?: boolean;
  /** Send only headers with this Content-Length (the body never follows); resolves on the answer. */
  declaredLength?: number;
}

export function httpRequest(url: string, o: HttpOptions = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const headers: Record<string, string> = { ...o.headers };
    if (o.body !== undefined && !o.chunked) headers['Content-Length'] = String(Buffer.byteLength(o.body));
    if (o.declaredLength !== undefined) headers['Content-Length'] = String(o.declaredLength);
    const req = http.request(
      {
        host: u.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: u.port,
        path: u.pathname + u.search,
        method: o.method ?? 'GET',
        headers,
        agent: o.agent ?? false,
        setHost: headers.Host === undefined && headers.host === undefined,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
          if (o.declaredLength !== undefined || o.keepOpen) req.destroy();
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (o.declaredLength !== undefined) {
      req.flushHeaders();
      return;
    }
    if (o.body !== undefined) {
      if (o.chunked) {
        const body = Buffer.from(o.body);
        const step = 1024 * 1024;
        for (let i = 0; i < body.length; i += step) req.write(body.subarray(i, i + step));
        if (o.keepOpen) return;
      } else req.write(o.body);
    }
    req.end();
  });
}

/** GET/POST with a raw path (no URL normalisation: `%2F`, `..` and bad escapes reach the server as written). */
export function rawPath(base: string, pathAndQuery: string, o: HttpOptions = {}): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const u = new URL(base);
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: pathAndQuery,
        method: o.method ?? 'GET',
        headers: o.headers,
        agent: false,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (b: Buffer) => parts.push(b));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) as unknown });
        });
      },
    );
    req.on('error', reject);
    if (o.body !== undefined) req.write(o.body);
    req.end();
  });
}
