// Daemon log lines (daemon-and-server.md §2.14): `<iso time> <LEVEL> <message>`; never session content.
import type { Env } from './paths';

export type Level = 'ERROR' | 'WARN' | 'INFO' | 'DEBUG';
const RANK: Record<Level, number> = { ERROR: 0, WARN: 1, INFO: 2, DEBUG: 3 };

export interface Logger {
  error(msg: string): void;
  warn(msg: string): void;
  info(msg: string): void;
  debug(msg: string): void;
}

export function createLogger(env: Env, write: (line: string) => void): Logger {
  const raw = (env.OPENSESSION_LOG ?? '').trim().toUpperCase();
  const valid = raw === '' || raw in RANK;
  const max = RANK[(valid && raw !== '' ? raw : 'INFO') as Level];
  const emit = (level: Level, msg: string): void => {
    if (RANK[level] <= max) write(`${new Date().toISOString()} ${level.padEnd(5)} ${msg}\n`);
  };
  const log: Logger = {
    error: (m) => emit('ERROR', m),
    warn: (m) => emit('WARN', m),
    info: (m) => emit('INFO', m),
    debug: (m) => emit('DEBUG', m),
  };
  if (!valid) log.warn(`OPENSESSION_LOG=${env.OPENSESSION_LOG} is not one of error, warn, info, debug; using info`);
  return log;
}
