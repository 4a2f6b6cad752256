// Issue 12 §7: production needs neither the storage emulator nor the Playground. Every package the bot's own code
// imports (bot/, cards/, dialogs/, rules/, storage/) is a production dependency, and the local-only tools are
// devDependencies, so `npm ci --omit=dev` gives a working bot from the compiled build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const RUNTIME_DIRS = ['bot', 'cards', 'dialogs', 'rules', 'storage'];
const LOCAL_ONLY = ['azurite', '@microsoft/m365agentsplayground'];

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** The package of a bare import specifier (`@scope/name/sub` → `@scope/name`), or undefined for relative and node: ones. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('production dependencies', () => {
  it('every package the runtime code imports is a production dependency', () => {
    const used = new Set<string>();
    for (const file of RUNTIME_DIRS.flatMap(sources)) {
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const name = packageOf(m[1] ?? m[2] ?? '');
        if (name !== undefined) used.add(name);
      }
    }
    expect([...used].filter((name) => pkg.dependencies[name] === undefined).sort()).toEqual([]);
  });

  it('the storage emulator and the Playground are devDependencies only', () => {
    for (const name of LOCAL_ONLY) {
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.devDependencies[name], name).toBeDefined();
    }
  });
});
