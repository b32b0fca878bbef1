// Drives a command in a real pseudo-terminal (python3's `pty`): stdin, stdout and stderr are the
// terminal, so `isTTY` is true in the child exactly as for a person at a keyboard. Each step waits
// for a prompt text to appear, then types a line.
import { spawn } from 'node:child_process';

export interface PtyStep {
  /** Text to wait for in the terminal output (since the previous step). */
  expect: string;
  /** Line to type once it appears (a newline is added). */
  send: string;
}

export interface PtyResult {
  code: number;
  /** Everything the terminal showed (stdout and stderr together, CRLF as the terminal writes it). */
  output: string;
}

const DRIVER = String.raw`
import json, os, pty, select, subprocess, sys, time
spec = json.loads(sys.argv[1])
master, slave = pty.openpty()
proc = subprocess.Popen(spec["argv"], cwd=spec["cwd"], env=spec["env"], stdin=slave, stdout=slave, stderr=slave, close_fds=True)
os.close(slave)
out = b""
seen = 0
deadline = time.time() + spec["timeout"]
def pump(wait):
    global out
    r, _, _ = select.select([master], [], [], wait)
    if not r:
        return True
    try:
        chunk = os.read(master, 65536)
    except OSError:
        return False
    if not chunk:
        return False
    out += chunk
    return True
for step in spec["steps"]:
    want = step["expect"].encode()
    while want not in out[seen:]:
        if time.time() > deadline or proc.poll() is not None and not pump(0.05):
            print(json.dumps({"code": -1, "output": out.decode("utf-8", "replace"), "stuck": step["expect"]}))
            sys.exit(0)
        pump(0.05)
    seen = out.index(want, seen) + len(want)
    os.write(master, (step["send"] + "\n").encode())
while time.time() < deadline:
    if not pump(0.05) and proc.poll() is not None:
        break
    if proc.poll() is not None:
        while pump(0.05):
            pass
        break
try:
    code = proc.wait(timeout=max(0.1, deadline - time.time()))
except subprocess.TimeoutExpired:
    proc.kill()
    code = -1
print(json.dumps({"code": code, "output": out.decode("utf-8", "replace")}))
`;

/**
 * Runs `argv` in a pseudo-terminal, answering `steps` in order. Asynchronous on purpose: a loopback
 * git server in the test process must keep serving while the child pushes to it.
 */
export async function runInPty(
  argv: string[],
  opts: { cwd: string; env: Record<string, string | undefined>; steps: PtyStep[]; timeoutMs?: number },
): Promise<PtyResult & { stuck?: string }> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.env)) if (v !== undefined) env[k] = v;
  const spec = { argv, cwd: opts.cwd, env, steps: opts.steps, timeout: (opts.timeoutMs ?? 60000) / 1000 };
  const child = spawn('python3', ['-c', DRIVER, JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`pty driver failed: ${err}`);
  return JSON.parse(out) as PtyResult & { stuck?: string };
}
