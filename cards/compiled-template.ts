// A fast path for the part of the Adaptive Card template language our templates use: values that are one `${path}`
// and objects repeated or scoped by a `$data` that is one `${path}`. Every template of cards/templates/ is only that
// (599 expressions, all `${name}` or `${$root.a.b}`). adaptivecards-templating stays the definition: a template with
// anything else (`$when`, text around an expression, a function, an index) is not compiled, and a value the fast path
// would not resolve the way the library does (missing, null, not a plain object on the way) hands the whole expansion
// back to the library. cards/render.ts compares both on every render while card views are checked (all tests).
//
// Why: expanding the `status` card with the library was ~15 % of a warm `status` turn's CPU (issue 10). It builds a
// memory object and an options object per expression, re-parses the path and saves and restores its context for every
// node, including each string and number. The compiled form resolves a path with property reads.

/** The library's reserved fields: never copied to the output (adaptivecards-templating EvaluationContext). */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

const CONSTANTS = new Set(['true', 'false', 'null', 'undefined']);

const ONE_PATH = /^\$\{(\$?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\}$/;

/** Thrown inside an expansion the fast path does not take: the caller expands with the library instead. */
export const NOT_COMPILED: unique symbol = Symbol('not compiled');

interface Scope {
  readonly root: unknown;
  data: unknown;
  index: number | undefined;
}

type Expand = (scope: Scope) => unknown;

/** Where a path starts: `$root`, `$data` (the current data, else the root), `$index`; a bare name reads `$data`. */
type Start = (scope: Scope) => unknown;
const STARTS: Readonly<Record<string, Start>> = {
  $root: (scope) => scope.root,
  $data: (scope) => (scope.data !== undefined ? scope.data : scope.root),
  $index: (scope) => scope.index,
};

/**
 * A property read as the library's accessor does it, for the case where both agree: an own property of a plain
 * object. The library matches names without case (the first key that does); our views never have two keys that differ
 * only in case, and the render comparison in tests would show it. Anything else is left to the library.
 */
function resolver(path: string): Expand | undefined {
  const parts = path.split('.');
  const first = parts[0] ?? '';
  // The expression language reads these as constants, not as names of the data.
  if (CONSTANTS.has(first)) return undefined;
  const start = first.startsWith('$') ? STARTS[first] : STARTS['$data'];
  if (start === undefined) return undefined;
  const names = first.startsWith('$') ? parts.slice(1) : parts;
  return (scope) => {
    let value = start(scope);
    for (const name of names) {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Map) throw NOT_COMPILED;
      if (!Object.hasOwn(value, name)) throw NOT_COMPILED;
      value = (value as Record<string, unknown>)[name];
    }
    // The library puts the text `${path}` for a missing value, and null goes its own ways in arrays and text.
    if (value === undefined || value === null) throw NOT_COMPILED;
    return value;
  };
}

function compileString(text: string): Expand | undefined {
  if (!text.includes('${')) return () => text;
  const path = ONE_PATH.exec(text)?.[1];
  return path === undefined ? undefined : resolver(path);
}

function compileArray(nodes: unknown[]): Expand | undefined {
  const items: Expand[] = [];
  for (const node of nodes) {
    const item = compileNode(node);
    if (item === undefined) return undefined;
    items.push(item);
  }
  return (scope) => {
    const out: unknown[] = [];
    for (const item of items) {
      const value = item(scope);
      // As the library: an element that expanded to nothing is dropped, one that expanded to several is spread.
      if (value === null) continue;
      if (Array.isArray(value)) for (const each of value) out.push(each);
      else out.push(value);
    }
    return out;
  };
}

function compileObject(node: Record<string, unknown>): Expand | undefined {
  if ('$when' in node) return undefined;
  const fields: [string, Expand][] = [];
  for (const key of Object.keys(node)) {
    if (RESERVED.has(key)) continue;
    const field = compileNode(node[key]);
    if (field === undefined) return undefined;
    fields.push([key, field]);
  }
  const build = (scope: Scope): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, field] of fields) out[key] = field(scope);
    return out;
  };
  if (!('$data' in node)) return build;
  const source = node['$data'];
  const path = typeof source === 'string' ? ONE_PATH.exec(source)?.[1] : undefined;
  const data = path === undefined ? undefined : resolver(path);
  if (data === undefined) return undefined;
  return (scope) => {
    const value = data(scope);
    const [savedData, savedIndex] = [scope.data, scope.index];
    try {
      if (!Array.isArray(value)) {
        scope.data = value;
        return build(scope);
      }
      // One object per element; none is null (the parent drops it), one is that object, more are an array.
      const out: Record<string, unknown>[] = [];
      for (let i = 0; i < value.length; i += 1) {
        const element: unknown = value[i];
        if (element === undefined) throw NOT_COMPILED;
        scope.index = i;
        scope.data = element;
        out.push(build(scope));
      }
      return out.length === 0 ? null : out.length === 1 ? out[0] : out;
    } finally {
      scope.data = savedData;
      scope.index = savedIndex;
    }
  };
}

function compileNode(node: unknown): Expand | undefined {
  if (typeof node === 'string') return compileString(node);
  if (Array.isArray(node)) return compileArray(node);
  if (typeof node === 'object' && node !== null) return compileObject(node as Record<string, unknown>);
  return () => node;
}

/**
 * The template as a function of the view (`$root`), or undefined when it uses more than the fast path knows. The
 * function throws `NOT_COMPILED` for a view it does not expand the way the library would.
 */
export function compileTemplate(payload: unknown): ((root: unknown) => unknown) | undefined {
  const expand = compileNode(payload);
  return expand === undefined ? undefined : (root) => expand({ root, data: undefined, index: undefined });
}
