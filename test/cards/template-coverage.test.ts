// cards/render.ts checks only the top of a rendered card per turn (issue 10 §4); the full Adaptive Card 1.5 schema
// check of every template's output is all-cards.test.ts. This keeps that guarantee when a template is added: each
// template in cards/templates/ must be rendered there.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const TEMPLATES = new URL('../../cards/templates/', import.meta.url);
const ALL_CARDS = readFileSync(new URL('./all-cards.test.ts', import.meta.url), 'utf8');
/** `log-intervisie.card.json` → `logIntervisieTemplate`, the name its card module exports. */
const exportName = (file: string): string =>
  `${file.replace(/\.card\.json$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}Template`;

describe('card templates', () => {
  const files = readdirSync(TEMPLATES).filter((f) => f.endsWith('.card.json'));

  it('are found', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s is rendered and schema-checked by all-cards.test.ts', (file) => {
    const name = exportName(file);
    expect(ALL_CARDS).toMatch(new RegExp(`\\b${name}\\.expand\\(`));
  });
});
