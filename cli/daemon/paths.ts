// Where the daemon keeps its files (daemon-and-server.md §1, §2.2): one place, resolved from HOME once.
import * as path from 'path';
import { OpenSessionError } from '../../core/errors';

export type Env = Record<string, string | undefined>;

export interface DaemonPaths {
  home: string;
  configDir: string;
  configFile: string;
  pidfile: string;
  dataDir: string;
  stateFile: string;
  statusFile: string;
  logFile: string;
}

/** §1: HOME, else USERPROFILE; neither set (or empty) is fatal. */
export function resolveHome(env: Env): string {
  for (const key of ['HOME', 'USERPROFILE']) {
    const v = env[key];
    if (v !== undefined && v.trim() !== '') return v;
  }
  throw new OpenSessionError('could not determine home directory');
}

export function daemonPaths(env: Env): DaemonPaths {
  const home = resolveHome(env);
  const configDir = path.join(home, '.config', 'opensession');
  const dataDir = path.join(home, '.local', 'share', 'opensession', 'daemon');
  return {
    home,
    configDir,
    configFile: path.join(configDir, 'opensession.toml'),
    pidfile: path.join(configDir, 'daemon.pid'),
    dataDir,
    stateFile: path.join(dataDir, 'state.json'),
    statusFile: path.join(dataDir, 'status.json'),
    logFile: path.join(dataDir, 'daemon.log'),
  };
}
