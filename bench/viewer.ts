// Web viewer benchmark: the bundled `opensession serve` in a fresh process over a 2,000-session object store.
// Each page is timed against the API call it is built from, on the same keep-alive connection in the same run:
// list_page_vs_api_ratio = median `GET /?search=…` / median `GET /api/sessions?search=…`;
// session_page_vs_api_ratio = median `GET /sessions/<id>` / median `GET /api/sessions/<id>`.
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

const SESSIONS = 2_000;
const TOOLS = ['codex', 'claude-code', 'gemini', 'opencode'];

function sessionText(n: number): string {
  const created = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString().replace('.000Z', 'Z');
  const header = {
    type: 'header',
    version: 'hail-1.0.0',
    session_id: `view-${n}`,
    agent: { provider: 'p', model: 'm', tool: TOOLS[n % TOOLS.length] },
    context: {
      title: `Viewer bench session ${n} ${n % 5 === 0 ? 'ledger' : 'parser'}`,
      tags: [],
      created_at: created,
      updated_at: created,
    },
  };
  const event = (i: number, type: string) =>
    JSON.stringify({
      type: 'event',
      event_id: `e${i}`,
      timestamp: created,
      event_type: { type },
      content: { blocks: [{ type: 'Text', text: `message ${i} of ${n}` }] },
    });
  return [JSON.stringify(header), event(0, 'UserMessage'), event(1, 'AgentMessage')].join('\n') + '\n';
}

function get(agent: http.Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

/** Alternates subject and baseline requests so both see the same load; returns their samples (ms). */
async function pair(subject: string, baseline: string, n: number): Promise<{ s: number[]; b: number[] }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const s: number[] = [];
  const b: number[] = [];
  try {
    for (let i = 0; i < 10; i++) {
      await get(agent, subject);
      await get(agent, baseline);
    }
    for (let i = 0; i < n; i++) {
      let t0 = process.hrtime.bigint();
      if ((await get(agent, subject)) !== 200) throw new Error(`${subject} did not answer 200`);
      s.push(elapsedMs(t0));
      t0 = process.hrtime.bigint();
      if ((await get(agent, baseline)) !== 200) throw new Error(`${baseline} did not answer 200`);
      b.push(elapsedMs(t0));
    }
  } finally {
    agent.destroy();
  }
  return { s, b };
}

export const viewerBench: Bench = {
  name: 'viewer',
  goals: { list_page_vs_api_ratio: '<= 3', session_page_vs_api_ratio: '<= 3' },
  run: async (work) => {
    const home = mkdtempSync(path.join(work, 'home-'));
    seedGlobalObjectStore(home, SESSIONS, sessionText);
    const child = spawn(
      process.execPath,
      [BUNDLED_CLI, 'serve', '--port', '0', '--data-dir', path.join(work, 'data')],
      {
        cwd: home,
        env: isolatedEnv(home),
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const url = await serveUrl(child);
      const list = await pair(`${url}/?search=ledger`, `${url}/api/sessions?search=ledger`, 100);
      const one = await pair(`${url}/sessions/view-42`, `${url}/api/sessions/view-42`, 100);
      return {
        list_page_p50_ms: {
          value: round(median(list.s), 2),
          raw: list.s.map((x) => round(x, 2)),
          baseline: list.b.map((x) => round(x, 2)),
        },
        list_page_vs_api_ratio: round(median(list.s) / median(list.b), 2),
        session_page_p50_ms: {
          value: round(median(one.s), 2),
          raw: one.s.map((x) => round(x, 2)),
          baseline: one.b.map((x) => round(x, 2)),
        },
        session_page_vs_api_ratio: round(median(one.s) / median(one.b), 2),
      };
    } finally {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
  },
};
