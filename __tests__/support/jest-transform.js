// One jest transform: swc compiles our TypeScript (types are checked by `npm run typecheck`) to ES modules when
// jest imports it (every test and source file: the suite runs native ESM) and to CommonJS when something
// require()s it. Package files load as they are (jest.config.js sends only @secretlint here), except an ES
// module that is require()d (the secretlint preset, see jest.config.js): swc compiles that one to CommonJS,
// because jest can require() an ES module only on Node 24.9+.
const { createTransformer } = require('@swc/jest');

// @swc/jest sets the module type from jest's `supportsStaticESM`: es6 for import, commonjs for require.
const swc = createTransformer({
  // keepImportAttributes: `with { type: 'json' }` reaches jest (it warns about JSON imports without it)
  jsc: { target: 'es2022', parser: { syntax: 'typescript' }, experimental: { keepImportAttributes: true } },
  module: { type: 'es6', ignoreDynamic: false },
});
const ESM_SYNTAX = /^\s*(import\s*[\w{*'"]|export\s+(\*|\{|default|const|let|var|function|class|async))/m;

/** A package file jest can load as it is: imported (jest runs it as ESM), or CommonJS already. */
const asIs = (src, filename, options) =>
  filename.includes('/node_modules/') && (options.supportsStaticESM || !ESM_SYNTAX.test(src));

module.exports = {
  canInstrument: false,
  process(src, filename, options) {
    if (asIs(src, filename, options)) return { code: src };
    return swc.process(src, filename, options);
  },
  getCacheKey(src, filename, options) {
    return swc.getCacheKey(src, filename, options) + (asIs(src, filename, options) ? ':as-is' : ':swc');
  },
};
