// esbuild plugin: commander requires node:child_process as it loads, for subcommands that are programs of their
// own, which this CLI has none of; with it come child_process, dgram and their internals, about 13 M instructions
// of every start. In the bundle commander gets an object that loads the module when it first reads from it.
export const esbuildLazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    build.onLoad({ filter: /^/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
