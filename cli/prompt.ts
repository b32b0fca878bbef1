// Answers typed at a terminal, one line per prompt. One reader per process: a second prompt must not
// open a second reader on stdin (lines typed ahead would go to the first), and a line must be taken
// before the reader's `close` is seen (the old doctor --fix read '' there and cancelled).
import * as readline from 'readline';

let reader: readline.Interface | undefined;
const typedAhead: string[] = [];
let waiting: ((line: string | undefined) => void) | undefined;
let ended = false;

function open(): void {
  if (reader !== undefined) return;
  ended = false;
  reader = readline.createInterface({ input: process.stdin, terminal: false });
  reader.on('line', (line) => {
    const w = waiting;
    waiting = undefined;
    if (w !== undefined) w(line);
    else typedAhead.push(line);
  });
  reader.on('close', () => {
    ended = true;
    const w = waiting;
    waiting = undefined;
    if (w !== undefined) w(undefined);
  });
}

/** The next line typed on stdin; '' when stdin ends first. */
export async function readAnswer(): Promise<string> {
  open();
  if (typedAhead.length > 0) return typedAhead.shift() as string;
  if (ended) return '';
  return new Promise<string>((resolve) => {
    waiting = (line) => resolve(line ?? '');
  });
}

/** Releases stdin so the process can exit; call once the command has asked everything. */
export function closePrompts(): void {
  const r = reader;
  reader = undefined;
  typedAhead.length = 0;
  r?.close();
}
