// node-sqlite3-wasm (WebAssembly SQLite), loaded on first use by the session index and the Cursor parser: bundles
// that never open a database do not pay for it (scripts/post-bundle.js puts its .wasm next to the bundle).
export type SqliteWasm = typeof import('node-sqlite3-wasm');

export function loadSqliteWasm(): SqliteWasm {
  // Native ESM (the tests) has no `require`; in CommonJS this test is constant and ncc bundles the package below.
  if (typeof require !== 'function')
    return process.getBuiltinModule('module').createRequire(import.meta.url)('node-sqlite3-wasm');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node-sqlite3-wasm') as SqliteWasm;
}
