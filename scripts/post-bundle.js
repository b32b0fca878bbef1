#!/usr/bin/env node
// ncc does not copy node-sqlite3-wasm's .wasm file (it is loaded by path at run time); put it next to the bundle.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const wasm = require.resolve('node-sqlite3-wasm/dist/node-sqlite3-wasm.wasm');
fs.copyFileSync(wasm, path.join(__dirname, '..', 'dist', path.basename(wasm)));
