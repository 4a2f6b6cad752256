#!/usr/bin/env node
// `npm run stack < trace.txt`: a stack trace from the logs with each position in a bundle of dist/ (the bot, the job CLI,
// `mtvp`) followed by the TypeScript file, line and column it came from, read from the bundle's source map next to it.
// The bundles are minified in whitespace (scripts/lib/bundle.js: ~10 MiB less memory for the bot), so a logged position
// is a column on a long line; the function names stay as written (but for the few esbuild renamed, `Foo2`). Plain
// JavaScript on node:module's SourceMap: it runs wherever the bot runs, with no dependency and without
// --enable-source-maps (which would keep the map in the bot's heap).
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
// file:///…/x.js:12:345 or /…/x.js:12:345, inside parentheses or after "at "
const POSITION = /((?:file:\/\/)?[^\s()]+\.js):(\d+):(\d+)/g;
/** @type {Map<string, SourceMap | null>} */
const maps = new Map();

/** @param {string} file */
function mapOf(file) {
  if (!maps.has(file)) {
    try {
      maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))));
    } catch {
      maps.set(file, null);
    }
  }
  return maps.get(file) ?? null;
}

/**
 * The line with the source position after each bundle position it has.
 * @param {string} line
 * @returns {string}
 */
export function resolveLine(line) {
  return line.replace(POSITION, (whole, file, lineNo, column) => {
    const path = file.startsWith('file://') ? fileURLToPath(file) : file;
    const entry = mapOf(path)?.findEntry(Number(lineNo) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry) || !entry.originalSource) return whole;
    const source = entry.originalSource.startsWith('file://')
      ? fileURLToPath(entry.originalSource)
      : resolve(path, '..', entry.originalSource);
    return `${whole} [${relative(root, source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}]`;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = readFileSync(0, 'utf8');
  process.stdout.write(text.split('\n').map(resolveLine).join('\n'));
}
