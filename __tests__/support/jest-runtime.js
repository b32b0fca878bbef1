// jest's runtime with one change for the native-ESM run: the link step of import()s runs one at a time.
//
// Node's vm modules (up to Node 24.9, where jest moves to the synchronous loader) can finish `link()` of a
// module while a dependency it shares with a concurrent import() is still being linked by that other import;
// evaluating it then fails with "request for './x' is not in cache" (nodejs/node#33216). The CLI does
// `Promise.all([import(a), import(b)])` in several places, so in-process tests hit it at random. Linking runs no
// module code, so queueing it cannot deadlock; evaluation still runs as jest does it.
const Runtime = require('jest-runtime').default;

class SerialLinkRuntime extends Runtime {
  constructor(...args) {
    super(...args);
    const loader = this.esmLoader;
    if (loader === undefined || typeof loader.linkAndEvaluateModule !== 'function') return;
    const linkAndEvaluate = loader.linkAndEvaluateModule.bind(loader);
    const linker = async (specifier, referencingModule, extra) => {
      const resolved = await loader.resolveModule(specifier, referencingModule.identifier, referencingModule.context);
      loader.importAttributeValidator.validate(
        resolved.identifier,
        extra?.attributes ?? extra?.assert ?? {},
        referencingModule.identifier,
      );
      return resolved;
    };
    let queue = Promise.resolve();
    loader.linkAndEvaluateModule = async (module) => {
      if (module.status === 'unlinked' && !loader.linkingMap.has(module)) {
        const linked = queue.then(async () => {
          if (module.status !== 'unlinked') return; // linked meanwhile, as part of another module's graph
          const link = module.link(linker);
          loader.linkingMap.set(module, link);
          await link;
        });
        queue = linked.catch(() => undefined);
        await linked;
      }
      return linkAndEvaluate(module);
    };
  }
}

module.exports = SerialLinkRuntime;
