// Detection (3.2), selection (3.3), parserForPath (3.4) and discovery (3.5).
import * as fs from 'fs';
import * as path from 'path';
import { SelectionFailed, detectCandidates, discoverSessions, parseAuto, parserForPath } from '../../../core/parsers';
import { FIXTURES, parseFile, tmpDir, writeLines } from './support/harness';

const short = (cs: Array<{ id: string; confidence: number }>): string[] => cs.map((c) => `${c.id} ${c.confidence}`);

describe('3.2 detectCandidates', () => {
  test('TV8: HAIL header file', async () => {
    const f = writeLines(path.join(tmpDir(), 'session.hail.jsonl'), [
      { type: 'header', version: 'hail-1.0.0', session_id: 's', agent: {}, context: {} },
    ]);
    expect(short(await detectCandidates(f))).toEqual(['hail 100', 'codex 64', 'claude-code 62', 'gemini 50']);
    const c = await detectCandidates(f);
    expect(c[0].reason).toBe('first line is a HAIL header');
    expect(c[1].reason).toBe('filename ends with .jsonl');
  });

  test('TV8: api_conversation_history.json and a renamed SQLite file', async () => {
    const dir = tmpDir();
    const cline = path.join(dir, 'api_conversation_history.json');
    fs.writeFileSync(cline, '[{"role":"user","content":[{"type":"text","text":"hi"}]}]');
    expect(short(await detectCandidates(cline))).toEqual(['cline 88', 'gemini 56', 'amp 46', 'opencode 44', 'hail 34']);
    const db = path.join(dir, 'backup.bin');
    fs.writeFileSync(db, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(100)]));
    expect(await detectCandidates(db)).toEqual([{ id: 'cursor', confidence: 90, reason: 'sqlite database header' }]);
  });

  test('content markers: exact byte substrings, replacement only by a higher confidence', async () => {
    const dir = tmpDir();
    const spaced = path.join(dir, 'x.txt');
    fs.writeFileSync(spaced, '{"type": "user", "message": {}}\n{"type": "session_meta"}');
    expect(short(await detectCandidates(spaced))).toEqual(['codex 90']);
    const whole = path.join(dir, 'doc.json');
    fs.writeFileSync(
      whole,
      JSON.stringify(
        {
          version: 'hail-1.0.0',
          session_id: 's',
          agent: {},
          context: {},
          events: [],
          messages: [],
          sessionId: 'x',
          modelID: 'm',
        },
        null,
        2,
      ),
    );
    const c = await detectCandidates(whole);
    expect(short(c)).toEqual(
      ['hail 86', 'gemini 84', 'amp 46', 'opencode 60'].sort(
        (a, b) => Number(b.split(' ')[1]) - Number(a.split(' ')[1]),
      ),
    );
    expect(c.find((x) => x.id === 'opencode')?.reason).toBe('opencode model markers');
  });

  test('a marker split across read chunks is still found', async () => {
    const f = path.join(tmpDir(), 'big.log');
    fs.writeFileSync(f, Buffer.concat([Buffer.alloc((1 << 20) - 5, 0x20), Buffer.from('"type":"event_msg"')]));
    expect(short(await detectCandidates(f))).toEqual(['codex 90']);
  });

  test('trailing garbage or a trailing comma is not a well-formed document', async () => {
    const dir = tmpDir();
    const a = path.join(dir, 'a.json');
    fs.writeFileSync(a, '{"version":"h","session_id":"s","agent":{},"context":{},"events":[]} x');
    expect((await detectCandidates(a)).some((c) => c.reason === 'document is a HAIL session object')).toBe(false);
    fs.writeFileSync(a, '{"version":"h","session_id":"s","agent":{},"context":{},"events":[1,],}');
    expect((await detectCandidates(a)).some((c) => c.reason === 'document is a HAIL session object')).toBe(false);
  });
});

describe('3.3 auto selection', () => {
  test('ranked attempts with warnings; the first successful parser wins', async () => {
    const f = writeLines(path.join(tmpDir(), 'rollout.jsonl'), [
      { timestamp: '2026-01-01T00:00:00Z', type: 'event_msg', payload: { type: 'user_message', message: 'hi' } },
    ]);
    const r = await parseFile(f, 'auto');
    expect(r.outcome.parserUsed).toBe('codex');
    expect(r.outcome.warnings).toEqual([]);
  });

  test('a failing higher candidate adds a warning; hints are tried first', async () => {
    const f = writeLines(path.join(tmpDir(), 'c.jsonl'), [
      { type: 'user', uuid: 'u', timestamp: '2026-01-01T00:00:00Z', message: { role: 'user', content: 'hi' } },
    ]);
    const events: unknown[] = [];
    const out = await parseAuto(
      f,
      { push: (e) => void events.push(e), reset: () => void (events.length = 0) },
      { hint: 'codex' },
    );
    expect(out.parserUsed).toBe('claude-code');
    expect(out.warnings).toEqual([`parser_hint 'codex' produced no events`]);
    expect(events).toHaveLength(1);
  });

  test('unsuccessful candidates are reported in ranked order', async () => {
    const f = writeLines(path.join(tmpDir(), 'x.jsonl'), ['{"type":"other"}']);
    await expect(parseAuto(f, { push: () => undefined })).rejects.toMatchObject({
      warnings: [
        "parser 'hail' failed: input is neither HAIL JSONL nor HAIL JSON",
        "parser 'codex' produced no events",
        "parser 'claude-code' produced no events",
        expect.stringMatching(/^parser 'gemini' /),
      ],
    });
  });

  test('nothing succeeds → SelectionFailed with candidates and attempts', async () => {
    const f = path.join(tmpDir(), 'notes.txt');
    fs.writeFileSync(f, 'just text');
    await expect(parseAuto(f, { push: () => undefined })).rejects.toBeInstanceOf(SelectionFailed);
    try {
      await parseAuto(f, { push: () => undefined });
    } catch (e) {
      expect((e as SelectionFailed).candidates).toEqual([]);
      expect((e as SelectionFailed).message).toBe('could not determine parser from source');
    }
  });
});

describe('3.4 parserForPath', () => {
  const env = { CODEX_HOME: '/opt/codex', CLAUDE_CONFIG_DIR: 'C:\\Users\\me\\claude' };
  test.each([
    ['/home/u/.codex/sessions/2025/10/20/rollout-x.jsonl', 'codex'],
    ['/opt/codex/sessions/a.jsonl', 'codex'],
    ['C:\\Users\\me\\.codex\\sessions\\2025\\rollout-1.jsonl', 'codex'],
    ['/home/u/.local/share/opencode/storage/session/p/ses_1.json', 'opencode'],
    ['/home/u/.cline/data/tasks/171/api_conversation_history.json', 'cline'],
    ['/home/u/.local/share/amp/threads/T-1.json', 'amp'],
    ['/x/state.vscdb', 'cursor'],
    ['/home/u/.gemini/tmp/abc/chats/session-2025-01-01T10-00-ab12cd34.json', 'gemini'],
    ['/home/u/.claude/projects/-home-u-app/4f1c.jsonl', 'claude-code'],
    ['C:\\Users\\me\\claude\\projects\\p\\s.jsonl', 'claude-code'],
    ['/home/u/.claude/projects/p/s/subagents/agent-1.jsonl', null],
    ['/home/u/.claude/projects/p/agent-1.jsonl', null],
    ['/home/u/notes/session.jsonl', null],
  ])('%p → %p', (p, id) => expect(parserForPath(p, env)).toBe(id));
  test('relative env roots are ignored', () => {
    expect(parserForPath('codex-home/sessions/a.jsonl', { CODEX_HOME: 'codex-home' })).toBeNull();
  });
});

describe('3.5 discoverSessions', () => {
  test('per-tool locations, filters, order, de-duplication; home dir injectable', async () => {
    const home = tmpDir('os-home-');
    const touch = (rel: string, text = '{}'): string => {
      const p = path.join(home, rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
      return p;
    };
    touch('.claude/projects/p1/b.jsonl');
    touch('.claude/projects/p1/a.jsonl');
    touch('.claude/projects/p1/a/subagents/agent-1.jsonl');
    touch('.claude/projects/p1/agent-2.jsonl');
    touch('.codex/sessions/2025/10/20/rollout-2025-10-20T10-00-00-x.jsonl');
    touch('.codex/sessions/2025/10/20/notes.jsonl');
    touch('.codex/sessions/rollout.jsonl');
    touch('.local/share/opencode/storage/session/proj/ses_1.json');
    touch('.cline/data/tasks/171/api_conversation_history.json');
    touch('.local/share/amp/threads/T-1.json');
    touch('.config/Cursor/User/globalStorage/state.vscdb');
    touch('.config/Cursor/User/workspaceStorage/ws1/state.vscdb');
    touch('.gemini/tmp/h1/chats/session-2025-01-01T10-00-aaaa.jsonl');
    touch('.gemini/tmp/h1/chats/session-2025-01-01T09-00-bbbb.json');
    // CLAUDE_CONFIG_DIR pointing at the same tree: de-duplicated by resolved path
    const found = await discoverSessions({
      env: { CLAUDE_CONFIG_DIR: path.join(home, '.claude'), CODEX_HOME: 'relative/ignored' },
      homeDir: home,
      platform: 'linux',
      cursorHasConversations: (p) => p.includes('globalStorage'),
    });
    const rel = found.map((f) => `${f.tool} ${path.relative(home, f.path)}`);
    expect(rel).toEqual([
      'claude-code .claude/projects/p1/a.jsonl',
      'claude-code .claude/projects/p1/b.jsonl',
      'codex .codex/sessions/2025/10/20/rollout-2025-10-20T10-00-00-x.jsonl',
      'codex .codex/sessions/rollout.jsonl',
      'opencode .local/share/opencode/storage/session/proj/ses_1.json',
      'cline .cline/data/tasks/171/api_conversation_history.json',
      'amp .local/share/amp/threads/T-1.json',
      'cursor .config/Cursor/User/globalStorage/state.vscdb',
      'gemini .gemini/tmp/h1/chats/session-2025-01-01T09-00-bbbb.json',
      'gemini .gemini/tmp/h1/chats/session-2025-01-01T10-00-aaaa.jsonl',
    ]);
  });

  test('macOS and Windows Cursor locations; missing directories are skipped', async () => {
    const home = tmpDir('os-home-');
    const mac = path.join(home, 'Library/Application Support/Cursor/User/globalStorage/state.vscdb');
    fs.mkdirSync(path.dirname(mac), { recursive: true });
    fs.writeFileSync(mac, '');
    const win = path.join(home, 'AppData/Roaming/Cursor/User/globalStorage/state.vscdb');
    fs.mkdirSync(path.dirname(win), { recursive: true });
    fs.writeFileSync(win, '');
    const yes = (): boolean => true;
    expect(
      (await discoverSessions({ env: {}, homeDir: home, platform: 'darwin', cursorHasConversations: yes })).map(
        (f) => f.path,
      ),
    ).toEqual([mac]);
    expect(
      (await discoverSessions({ env: {}, homeDir: home, platform: 'win32', cursorHasConversations: yes })).map(
        (f) => f.path,
      ),
    ).toEqual([win]);
    expect(await discoverSessions({ env: {}, homeDir: path.join(home, 'nope'), platform: 'linux' })).toEqual([]);
  });

  test('HOME, then USERPROFILE', async () => {
    const home = tmpDir('os-home-');
    const p = path.join(home, '.codex/sessions/rollout-1.jsonl');
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, '');
    expect((await discoverSessions({ env: { USERPROFILE: home }, platform: 'linux' })).map((f) => f.path)).toEqual([p]);
  });

  test('fixture tree is discovered under a fake home', async () => {
    const found = await discoverSessions({
      env: { CLAUDE_CONFIG_DIR: path.join(FIXTURES, 'claude-code') },
      homeDir: tmpDir(),
      platform: 'linux',
    });
    expect(found.map((f) => path.basename(f.path))).toEqual(['4f1c2a9e-7b3d-4e61-9a2f-0c5d8e7b1a23.jsonl']);
  });
});
