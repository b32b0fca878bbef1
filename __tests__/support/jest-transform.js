// One jest transform: swc compiles our TypeScript (types are checked by `npm run typecheck`) and the
// ESM-only packages in node_modules (@octokit/core 7, nock 15, smol-toml, ...) to CommonJS.
// CommonJS files in node_modules are passed through untouched.
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
  module: { type: 'commonjs', ignoreDynamic: false },
});
const ESM_SYNTAX = /^\s*(import\s*[\w{*'"]|export\s+(\*|\{|default|const|let|var|function|class|async))/m;

const isForeignCjs = (src, filename) => filename.includes('/node_modules/') && !ESM_SYNTAX.test(src);

module.exports = {
  canInstrument: false,
  process(src, filename, options) {
    if (isForeignCjs(src, filename)) return { code: src };
    return swc.process(src, filename, options);
  },
  getCacheKey(src, filename, options) {
    return swc.getCacheKey(src, filename, options) + (isForeignCjs(src, filename) ? ':cjs' : ':swc');
  },
};
