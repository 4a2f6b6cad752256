// The compiled fast path (cards/compiled-template.ts) against adaptivecards-templating, its definition: every template
// of ours compiles, each construct expands to the library's JSON, and what the fast path does not know goes to the
// library. all-cards.test.ts (through expectValidCard) checks that every real card took the fast path, and
// cards/render.ts compares both ways on every render in the tests.
import { readdirSync, readFileSync } from 'node:fs';
import { Template } from 'adaptivecards-templating/lib/template-engine.js';
import { describe, expect, it } from 'vitest';
import { compileTemplate, NOT_COMPILED } from '../../cards/compiled-template.js';
import { CardParityError, prepareTemplate } from '../../cards/render.js';

const TEMPLATES = new URL('../../cards/templates/', import.meta.url);

const library = (template: unknown, view: unknown): unknown => new Template(template).expand({ $root: view });

function compiled(template: unknown, view: unknown): unknown {
  const expand = compileTemplate(template);
  if (expand === undefined) throw new Error('not compiled');
  return expand(view);
}

function expectSame(template: unknown, view: unknown): unknown {
  const fast = compiled(template, view);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(library(template, view)));
  return fast;
}

describe('compiled card templates', () => {
  it.each(readdirSync(TEMPLATES).filter((f) => f.endsWith('.card.json')))('%s compiles', (file) => {
    expect(compileTemplate(JSON.parse(readFileSync(new URL(file, TEMPLATES), 'utf8')))).toBeTypeOf('function');
  });

  it('repeats an element per item: none is dropped, one is inserted, more are spread', () => {
    const template = { body: ['head', { $data: '${rows}', type: 'TextBlock', text: '${text}' }, 'tail'] };
    for (const rows of [[], [{ text: 'a' }], [{ text: 'a' }, { text: 'b' }, { text: 'c' }]]) expectSame(template, { rows });
    expect(compiled(template, { rows: [] })).toEqual({ body: ['head', 'tail'] });
  });

  it('a repeated property is null for no items, the object for one and an array for more', () => {
    const template = { card: { $data: '${rows}', text: '${text}' } };
    for (const rows of [[], [{ text: 'a' }], [{ text: 'a' }, { text: 'b' }]]) expectSame(template, { rows });
    expect(compiled(template, { rows: [] })).toEqual({ card: null });
  });

  it('scopes by an object, reads $root, $data and $index, and restores the scope after', () => {
    const template = {
      a: { $data: '${inner}', own: '${name}', explicit: '${$data.name}', root: '${$root.title}' },
      list: [{ $data: '${rows}', index: '${$index}', text: '${text}', nested: { $data: '${deep}', x: '${x}', i: '${$index}' } }],
      after: '${title}',
    };
    const view = {
      title: 'T',
      inner: { name: 'N' },
      rows: [
        { text: 'r0', deep: { x: 1 } },
        { text: 'r1', deep: [{ x: 2 }, { x: 3 }] },
      ],
    };
    expect(expectSame(template, view)).toMatchObject({ a: { own: 'N', explicit: 'N', root: 'T' }, after: 'T' });
  });

  it('gives numbers, booleans and bound objects as they are, the objects shared', () => {
    const segments = [{ type: 'Column' }, { type: 'Column' }];
    const data = { verb: 'go', cardId: 'c' };
    const template = {
      size: '${n}',
      on: '${flag}',
      columns: '${segments}',
      data: '${data}',
      plain: 'text',
      keep: null,
      list: [1, null, false],
    };
    const out = expectSame(template, { n: 3, flag: false, segments, data }) as Record<string, unknown>;
    expect(out['size']).toBe(3);
    expect(out['columns']).toBe(segments);
    expect(out['data']).toBe(data);
    expect(out['list']).toEqual([1, false]);
  });

  it('leaves out the reserved fields and keeps $schema', () => {
    const template = { $schema: 's', data: { $index: 'i', $host: 'h', $root: 'r', keep: 'k' } };
    expect(expectSame(template, {})).toEqual({ $schema: 's', data: { keep: 'k' } });
  });

  it.each([
    ['$when', { $when: '${show}', text: 'x' }],
    ['text around an expression', { text: 'Hallo ${name}' }],
    ['a function', { text: '${count(rows)}' }],
    ['an index', { text: '${rows[0]}' }],
    ['a $data that is not one expression', { $data: [{ a: 1 }], text: '${a}' }],
    ['an unknown $ name', { text: '${$host.name}' }],
    ['a constant', { text: '${true}' }],
  ])('does not compile %s', (_, template) => {
    expect(compileTemplate(template)).toBeUndefined();
  });

  it.each([
    ['a missing value', { text: '${name}' }, {}],
    ['a null value', { text: '${name}' }, { name: null }],
    ['a path through an array', { text: '${rows.length}' }, { rows: [] }],
    ['a path through text', { text: '${name.first}' }, { name: 'Anna' }],
    ['$index outside a repetition', { text: '${$index}' }, {}],
  ])('leaves %s to the library', (_, template, view) => {
    let thrown: unknown;
    try {
      compiled(template, view);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe(NOT_COMPILED);
  });

  it('a card with a view the fast path does not take is expanded by the library, as before', () => {
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '${name}' }] };
    const expansion = prepareTemplate<{ name?: string }>(card).expand({});
    expect(expansion.by).toBe('library');
    expect(expansion.card.body).toEqual([{ type: 'TextBlock', text: '${name}' }]);
    expect(prepareTemplate<{ name?: string }>(card).expand({ name: 'Anna' }).by).toBe('compiled');
  });

  it('a difference from the library is an error while views are checked (names that differ only in case)', () => {
    // The library reads `${label}` without case, from the first key that matches; the fast path reads the key itself.
    const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '${label}' }] };
    expect(() => prepareTemplate<object>(card).expand({ Label: 'first', label: 'second' })).toThrow(CardParityError);
  });
});
