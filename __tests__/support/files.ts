// File-tree helpers for "nothing partial was left behind" checks.
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** Every file below dir (relative paths), sorted; [] when dir is absent. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: string[] = [];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}
