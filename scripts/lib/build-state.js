// Is dist/ the compiled form of the sources as they are now? Plain JavaScript, because it must run before there is
// a build: `npm run build`, `npm start`, bin/mtvp.js and the vitest global setup all ask this module.
// The answer is a content hash of the sources, written to dist/ by the build: unlike file times it survives
// `git checkout`, copies and clock skew, and a deleted or added file changes it too. Every `mtvp` call asks, so the
// common case is cheaper still: when every source file has the size and mtime the build saw, the sources are the
// ones it hashed (~2 ms for ~150 stats, without loading node:crypto); only otherwise are they hashed (~15 ms).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The folders tsconfig.build.json compiles; every file in them counts, so a changed JSON asset makes dist stale too. */
export const SOURCE_DIRS = ['bot', 'cards', 'dialogs', 'rules', 'storage', 'scripts'];
/** Files outside those folders that change what the build emits. */
const BUILD_FILES = ['tsconfig.json', 'tsconfig.build.json'];
/**
 * Non-TypeScript files the compiled code may read (JSON imports, or fs reads relative to import.meta.url):
 * the build copies every such file from SOURCE_DIRS to the same path under dist/.
 */
export const ASSET_EXTENSIONS = ['.json'];
export const OUT_DIR = 'dist';
export const STAMP_FILE = join(OUT_DIR, '.build-stamp.json');
/** What must exist for a build to be usable at all. */
const ENTRY_POINTS = [join(OUT_DIR, 'bot', 'main.js'), join(OUT_DIR, 'rules', 'cli', 'main.js'), join(OUT_DIR, 'scripts', 'start.js')];

/**
 * Every file under the source folders, relative to `root`, with `/` separators, sorted.
 * @param {string} root
 * @returns {string[]}
 */
export function sourceFiles(root = repoRoot) {
  const files = [];
  for (const dir of SOURCE_DIRS) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }
  }
  for (const file of BUILD_FILES) if (existsSync(join(root, file))) files.push(file);
  return files.sort();
}

/**
 * A hash of the names and contents of every source file.
 * @param {string} root
 * @returns {string}
 */
export function sourceFingerprint(root = repoRoot) {
  /** @type {typeof import('node:crypto')} */
  const crypto = createRequire(import.meta.url)('node:crypto');
  const hash = crypto.createHash('sha256');
  for (const file of sourceFiles(root)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * Size and mtime of every source file: `path size mtimeMs` lines, for the quick check.
 * @param {string} root
 * @returns {string}
 */
export function sourceStats(root = repoRoot) {
  return sourceFiles(root)
    .map((file) => {
      const stat = statSync(join(root, file));
      return `${file} ${stat.size} ${stat.mtimeMs}`;
    })
    .join('\n');
}

/**
 * `fresh`: dist/ was built from exactly these sources. `missing`: no complete build. `stale`: built from other
 * sources. `no-sources`: a copy without the TypeScript sources (only dist/), which can only be trusted as it is.
 * @param {string} root
 * @returns {{ state: 'fresh' | 'missing' | 'stale' | 'no-sources', detail: string }}
 */
export function buildState(root = repoRoot) {
  const complete = existsSync(join(root, STAMP_FILE)) && ENTRY_POINTS.every((file) => existsSync(join(root, file)));
  if (!existsSync(join(root, 'rules', 'cli', 'main.ts'))) {
    return complete
      ? { state: 'no-sources', detail: 'no TypeScript sources next to dist/' }
      : { state: 'missing', detail: `${OUT_DIR}/ is missing or incomplete` };
  }
  if (!complete) return { state: 'missing', detail: `${OUT_DIR}/ is missing or incomplete` };
  /** @type {unknown} */
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, STAMP_FILE), 'utf8'));
  } catch {
    return { state: 'missing', detail: `${STAMP_FILE} is unreadable` };
  }
  const field = (/** @type {string} */ name) => (typeof stamp === 'object' && stamp !== null ? Reflect.get(stamp, name) : undefined);
  const fresh = field('stats') === sourceStats(root) || field('fingerprint') === sourceFingerprint(root);
  return fresh
    ? { state: 'fresh', detail: `${OUT_DIR}/ matches the sources` }
    : { state: 'stale', detail: `the sources changed since ${OUT_DIR}/ was built` };
}
