// The processes people and production start are bundled (esbuild): the bot (dist/bot/main.js), the job CLI
// (dist/bot/jobs/cli.js) and `mtvp` (dist/rules/cli/main.js) are each one file with their dependencies instead of
// ~2,000 modules Node resolves, reads and compiles one by one (npm run bench: about 40 % less CPU at start).
// Each bundle replaces tsc's output at the same path, so `import.meta.url` still points where the sources expect
// (`mtvp rules validate` reads dist/rules/sets/). tsc still emits the rest of dist/ (scripts/start.js, the type check).
// Build time only: nothing at run time loads esbuild. Plain JavaScript, like scripts/build.js, which calls it.
/**
 * Entry (source) → output (under dist/), and where its lazily loaded parts go. The bot and the job CLI split their
 * `import()`s (the Blob export, @azure/identity) into chunks, so a start does not parse them; `mtvp` stays one file,
 * its commands are small. Every bundle is minified in whitespace: the bot's source is held in its heap, and 10 MB of
 * it as written took ~10 MiB more RSS than 8 MB minified (issue 10 §3, `npm run bench -- turns`). `forLogs`: the syntax
 * is left as it is, so a stack trace in the logs names the functions as written, except one esbuild renamed because
 * its name clashes in the bundle (`__awaiter2`); `npm run stack` (scripts/resolve-stack.js) adds the TypeScript file and
 * line from the source map. No bundle sets `keepNames`: it restores those few names with a `__name(fn, …)` call each
 * time a function is created, per call of every closure (each `__awaiter` of botbuilder and the Azure SDK makes three),
 * which was ~4.5 % of the bot's CPU on a `status` turn (`npm run bench -- turns`, BENCH_CPU_PROF). `mtvp` prints no
 * stack trace and its errors set their `name`, so it is minified in syntax too (less to parse, ~10 % of a `mtvp check`).
 * @type {{ entry: string, chunks?: string, forLogs: boolean }[]}
 */
export const BUNDLES = [
  { entry: 'bot/main.ts', chunks: 'bot/chunks', forLogs: true },
  { entry: 'bot/jobs/cli.ts', chunks: 'bot/jobs/chunks', forLogs: true },
  { entry: 'rules/cli/main.ts', forLogs: false },
];

/**
 * CommonJS dependencies (botbuilder, restify, the Azure SDK) call `require`, which an ES module bundle lacks; this
 * gives them Node's, resolved from the bundle's own place (for the one package left outside, below).
 */
const REQUIRE_SHIM =
  "import { createRequire as __mtvpCreateRequire } from 'node:module'; const require = __mtvpCreateRequire(import.meta.url);";

/**
 * restify's optional DTrace probes: a native addon that cannot be bundled; restify falls back to a stub without it
 * (and `allowScripts` never builds it, see the README).
 */
const EXTERNAL = ['dtrace-provider'];

/**
 * Bundles every entry of BUNDLES into `outDir`, over tsc's output, with a source map next to each file (linked,
 * without the sources: they are in the repository) for `node --enable-source-maps` while debugging and for
 * `npm run stack`. Not `--enable-source-maps` in production: Node 20 then keeps the whole map in the heap (~100 MiB for
 * the bot).
 * @param {string} root repository root
 * @param {string} outDir absolute output folder (dist/)
 * @returns {Promise<void>}
 */
export async function bundle(root, outDir) {
  const { build } = await import('esbuild');
  for (const { entry, chunks, forLogs } of BUNDLES) {
    await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outdir: outDir,
      outbase: '.',
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      ...(chunks === undefined ? {} : { splitting: true, chunkNames: `${chunks}/[name]-[hash]` }),
      external: EXTERNAL,
      sourcemap: 'linked',
      sourcesContent: false,
      minifyWhitespace: true,
      minifySyntax: !forLogs,
      banner: { js: REQUIRE_SHIM },
      logLevel: 'warning',
    });
  }
}
