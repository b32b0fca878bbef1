// Jest resolves as CommonJS (`require` conditions). The ESM-only packages (@octokit/core 7 and its plugins, ...)
// export only an `import` condition, so retry with it; swc then compiles those files to CommonJS.
module.exports = (request, options) => {
  try {
    return options.defaultResolver(request, options);
  } catch (err) {
    try {
      return options.defaultResolver(request, { ...options, conditions: ['import', 'node', 'default'] });
    } catch {
      throw err;
    }
  }
};
