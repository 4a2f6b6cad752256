// The processes that start from dist/ are bundles (scripts/lib/bundle.js): loading the bot takes no package from
// node_modules (only restify's optional native DTrace addon, left outside), never esbuild or tsx, and with
// `--enable-source-maps` (debugging only, never in the bot's flags) a stack trace names the TypeScript file. dist/ is the build of these sources (test/setup/build.ts).
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUNDLES } from '../../scripts/lib/bundle.js';
import { BOT_NODE_FLAGS, botCommand, repoRoot } from '../../scripts/lib/local-stack.js';

const run = promisify(execFile);

/** Runs `command` with `input` on its stdin; its stdout. */
function runWithInput(command: string, args: string[], input: string): Promise<{ stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { cwd: repoRoot }, (err, stdout) => (err ? reject(err) : resolve({ stdout })));
    child.stdin?.end(input);
  });
}
const BOT = join(repoRoot, 'dist/bot/main.js');

/** Runs `script` as an ES module in a fresh node with `flags`; its stdout. */
async function node(flags: string[], script: string): Promise<string> {
  const { stdout } = await run(process.execPath, [...flags, '--disable-warning=DEP0111', '--input-type=module', '-e', script], {
    cwd: repoRoot,
  });
  return stdout;
}

describe('the bundles in dist/', () => {
  it('exist for every entry, each with its source map', () => {
    for (const { entry } of BUNDLES) {
      const out = join(repoRoot, 'dist', entry.replace(/\.ts$/, '.js'));
      expect(existsSync(out), out).toBe(true);
      expect(existsSync(`${out}.map`), `${out}.map`).toBe(true);
    }
  });

  it('the bot loads no package from node_modules except the optional DTrace addon', async () => {
    const loaded = JSON.parse(
      await node(
        [],
        `import { createRequire } from 'node:module'; await import(${JSON.stringify(BOT)});
        console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`,
      ),
    ) as string[];
    const packages = loaded.filter((file) => file.includes('/node_modules/') && !file.includes('/node_modules/dtrace-provider/'));
    expect(packages).toEqual([]);
  });

  it('the bot and the job CLI run without --enable-source-maps (Node 20 would keep the whole map in the heap)', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const args of [
      BOT_NODE_FLAGS,
      botCommand('compiled').args,
      pkg.scripts['start:bot']?.split(' '),
      pkg.scripts['job']?.split(' '),
    ]) {
      expect(args).toBeDefined();
      expect(args).not.toContain('--enable-source-maps');
    }
  });

  it('npm run stack adds the TypeScript file and line to a logged stack trace of the minified bot', async () => {
    // createApp without a config fails on its first line: a TypeError thrown in bot/main.ts, logged without source maps.
    const stack = await node(
      [],
      `const { createApp } = await import(${JSON.stringify(BOT)});
        try { await createApp(undefined); } catch (err) { console.log(err.stack); }`,
    );
    expect(stack).toMatch(/TypeError/);
    expect(stack).toMatch(/at createApp \(file:\/\/.*dist\/bot\/main\.js:\d+:\d+\)/);
    const { stdout } = await runWithInput(process.execPath, [join(repoRoot, 'scripts/resolve-stack.js')], stack);
    expect(stdout).toMatch(/at createApp \(.*dist\/bot\/main\.js:\d+:\d+ \[bot\/main\.ts:\d+:\d+\]\)/);
  });

  it('a stack trace through the bot names the TypeScript source with --enable-source-maps', async () => {
    // createApp without a config fails on its first line: a TypeError thrown in bot/main.ts.
    const stack = await node(
      ['--enable-source-maps'],
      `const { createApp } = await import(${JSON.stringify(BOT)});
        try { await createApp(undefined); } catch (err) { console.log(err.stack); }`,
    );
    expect(stack).toMatch(/TypeError/);
    expect(stack).toContain(join(repoRoot, 'bot/main.ts'));
  });
});
