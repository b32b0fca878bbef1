// Runs a command in a real pseudo-terminal (python3's pty module) and answers prompts as a person would.
import { spawnSync } from 'node:child_process';

export interface PtyResult {
  code: number;
  /** Everything the terminal showed (stdout and stderr share the pty). */
  output: string;
}

const DRIVER = `
import os, pty, sys, json, time, select
spec = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.chdir(spec["cwd"])
    os.execvpe(spec["argv"][0], spec["argv"], spec["env"])
out = b""
answers = [(a["when"].encode(), a["send"].encode()) for a in spec["answers"]]
deadline = time.time() + 60
while time.time() < deadline:
    r, _, _ = select.select([fd], [], [], 0.1)
    if fd in r:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    if answers and answers[0][0] in out:
        os.write(fd, answers.pop(0)[1])
else:
    os.kill(pid, 9)  # still waiting for input after the deadline
_, status = os.waitpid(pid, 0)
sys.stdout.write(out.decode("utf-8", "replace"))
sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 99)
`;

/** Runs `argv` in a pty; each answer is typed once its `when` text has appeared on the terminal. */
export function runInPty(
  argv: string[],
  opts: { cwd: string; env: Record<string, string | undefined>; answers: Array<{ when: string; send: string }> },
): PtyResult {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.env)) if (v !== undefined) env[k] = v;
  const r = spawnSync('python3', ['-c', DRIVER, JSON.stringify({ argv, cwd: opts.cwd, env, answers: opts.answers })], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, output: (r.stdout ?? '').replace(/\r\n/g, '\n') };
}
