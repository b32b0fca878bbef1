// `npm run demo` end to end (the bundled CLI in a throw-away repo): its last step builds, pins and
// verifies a handoff artifact.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/cli';

test('the demo builds, pins and verifies a handoff artifact', () => {
  const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'demo.js')], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  const built =
    /\$ opensession handoff build --from os:\/\/src\/local\/[0-9a-f]{64} --pin demo-handoff\n {2}os:\/\/artifact\/([0-9a-f]{64})\n/.exec(
      r.stdout,
    );
  expect(built).not.toBeNull();
  const hash = built![1];
  expect(r.stdout).toContain(
    `$ opensession handoff artifacts verify demo-handoff\n  artifact ok: os://artifact/${hash}\n`,
  );
  expect(r.stdout).toContain(
    '  objective: The test for add() in src/math.ts fails. Please fix it and run the tests.\n',
  );
  const work = /Everything lives under (\S+);/.exec(r.stdout)![1];
  const pin = path.join(work, 'demo-app', '.opensession', 'artifacts', 'pins', 'demo-handoff');
  expect(existsSync(pin)).toBe(true);
  expect(readFileSync(pin, 'utf8')).toBe(`${hash}\n`);
}, 120_000);
