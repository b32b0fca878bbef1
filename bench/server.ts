// `opensession serve` benchmark: the bundled server in a fresh process over a 10,000-session object store.
// api_sessions_p50_ms = median of 200 keep-alive `GET /api/sessions?search=…&per_page=50` requests (goal < 20);
// the baseline is `GET /api/health` on the same connection in the same run. index_build_10k_ms = time from the
// listening line to the first sessions answer (which awaits the initial scan), minus the same with an empty store.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import {
  BUNDLED_CLI,
  elapsedMs,
  type Bench,
  isolatedEnv,
  median,
  round,
  seedGlobalObjectStore,
  serveUrl,
} from './harness';

const WORDS = ['parser', 'ledger', 'review', 'refactor', 'daemon', 'viewer', 'search', 'index', 'cursor', 'codex'];
const SESSIONS = 10_000;

function sessionText(n: number): string {
  const created = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString().replace('.000Z', 'Z');
  const header = {
    type: 'header',
    version: 'hail-1.0.0',
    session_id: `bench-${n}`,
    agent: { provider: 'anthropic', model: 'claude-x', tool: n % 3 === 0 ? 'codex' : 'claude-code' },
    context: {
      title: `Session ${n} about the ${WORDS[n % WORDS.length]} and ${WORDS[(n * 7) % WORDS.length]}`,
      tags: [WORDS[(n * 3) % WORDS.length]],
      created_at: created,
      updated_at: created,
    },
  };
  const events = [0, 1, 2, 3].map((i) =>
    JSON.stringify({
      type: 'event',
      event_id: `e${i}`,
      timestamp: created,
      event_type: { type: i % 2 === 0 ? 'UserMessage' : 'AgentMessage' },
      content: { blocks: [{ type: 'Text', text: `message ${i} of session ${n}: ${'lorem ipsum '.repeat(8)}` }] },
    }),
  );
  return [JSON.stringify(header), ...events].join('\n') + '\n';
}

interface Served {
  url: string;
  /** Milliseconds from the listening line to the first `/api/sessions` answer. */
  firstSessionsMs: number;
  stop: () => Promise<void>;
}

function get(agent: http.Agent, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let body = '';
        res.on('data', (b: Buffer) => (body += b.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

async function serve(home: string, work: string): Promise<Served> {
  const dataDir = mkdtempSync(path.join(work, 'data-'));
  const child = spawn(process.execPath, [BUNDLED_CLI, 'serve', '--port', '0', '--data-dir', dataDir], {
    cwd: home,
    env: isolatedEnv(home),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await serveUrl(child);
  const t0 = process.hrtime.bigint();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const first = await get(agent, `${url}/api/sessions?per_page=1`);
  const firstSessionsMs = elapsedMs(t0);
  agent.destroy();
  if (first.status !== 200) throw new Error(`GET /api/sessions answered ${first.status}: ${first.body}`);
  return {
    url,
    firstSessionsMs,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function timeRequests(url: string, n: number): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const out: number[] = [];
  try {
    for (let i = 0; i < 20; i++) await get(agent, url); // warm-up
    for (let i = 0; i < n; i++) {
      const t0 = process.hrtime.bigint();
      const r = await get(agent, url);
      out.push(elapsedMs(t0));
      if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
    }
  } finally {
    agent.destroy();
  }
  return out;
}

export const serverBench: Bench = {
  name: 'server',
  goals: { api_sessions_p50_ms: '< 20' },
  run: async (work) => {
    const emptyHome = mkdtempSync(path.join(work, 'empty-home-'));
    const empty = await serve(emptyHome, work);
    await empty.stop();
    const home = mkdtempSync(path.join(work, 'home-'));
    seedGlobalObjectStore(home, SESSIONS, sessionText);
    const full = await serve(home, work);
    try {
      const search = await get(new http.Agent(), `${full.url}/api/sessions?search=ledger&per_page=1`);
      const total = (JSON.parse(search.body) as { total: number }).total;
      if (total === 0) throw new Error('the bench search matched nothing');
      const sessions = await timeRequests(`${full.url}/api/sessions?search=ledger&per_page=50`, 200);
      const health = await timeRequests(`${full.url}/api/health`, 200);
      return {
        index_build_10k_ms: {
          value: Math.round(full.firstSessionsMs - empty.firstSessionsMs),
          raw: [round(full.firstSessionsMs, 1)],
          baseline: [round(empty.firstSessionsMs, 1)],
        },
        api_sessions_p50_ms: {
          value: round(median(sessions), 2),
          raw: sessions.map((x) => round(x, 2)),
          baseline: health.map((x) => round(x, 2)),
        },
        api_sessions_vs_health_ratio: round(median(sessions) / median(health), 2),
        api_sessions_search_total: total,
      };
    } finally {
      await full.stop();
    }
  },
};
