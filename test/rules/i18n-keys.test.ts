// Every catalog key is used somewhere in the source, and every key built from an id (`metric.${id}`) belongs to a
// declared family whose ids all have a text. A key nobody asks for is a text nobody sees: remove it or use it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_KEYS, FIELD_NAMES } from '../../cards/i18n/submit.js';
import { PRESSURE_POINTS, TEAM_SIZES } from '../../rules/advise/guided.js';
import { isMessageKey, type MessageKey } from '../../rules/i18n/index.js';
import { nl } from '../../rules/i18n/nl.js';
import { ELEMENTS, FUNDING_SCHEMES, INTERVENTION_IDS, METRICS, REGIONS } from '../../rules/model.js';
import { REMINDER_FREQUENCIES, REMINDER_REASONS } from '../../rules/reminder-settings.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE_DIRS = ['bot', 'cards', 'dialogs', 'rules', 'storage', 'scripts'];
/** The catalogs themselves define keys; they do not use them. */
const CATALOG_FILES = new Set(['rules/i18n/nl.ts', 'rules/i18n/en.ts']);

/**
 * Keys built at run time from an id: the prefix as it appears in a template literal, and the ids it takes. A new
 * `prefix.${id}` in the source fails below until it is declared here.
 */
const FAMILIES: Readonly<Record<string, readonly string[]>> = {
  'element.': ELEMENTS,
  'metric.': METRICS,
  'region.': REGIONS,
  'funding.': FUNDING_SCHEMES,
  'intervention.': INTERVENTION_IDS,
  'advice.pressure.': PRESSURE_POINTS,
  'advice.teamSize.': TEAM_SIZES,
  'status.state.': ['met', 'on-track', 'at-risk', 'missed', 'not-applicable'],
  'status.trend.state.': ['met', 'rising', 'flat'],
  'doc.': ['000', '001', '002', '003', '004'],
  'submit.field.': FIELD_NAMES,
  'submit.error.': ERROR_KEYS,
  'reminder.reason.': REMINDER_REASONS,
  'reminder.frequency.': REMINDER_FREQUENCIES,
  'reminder.weekday.': ['1', '2', '3', '4', '5'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) =>
      relative(ROOT, join(ROOT, dir, f))
        .split('\\')
        .join('/'),
    )
    .filter((f) => !CATALOG_FILES.has(f));
}

const files = SOURCE_DIRS.flatMap(sourceFiles);
const text = files.map((f) => readFileSync(join(ROOT, f), 'utf8')).join('\n');
const KEY = /['"`]([a-z][a-zA-Z]*(?:\.[a-z0-9][a-zA-Z0-9-]*)+)['"`]/g;
const PREFIX = /`([a-z][a-zA-Z]*(?:\.[a-z0-9][a-zA-Z0-9-]*)*\.)\$\{/g;

const literalKeys = new Set([...text.matchAll(KEY)].map((m) => m[1] ?? '').filter(isMessageKey));
const KEYS = Object.keys(nl) as MessageKey[];
// Rule ids and other dotted strings are built the same way: only a prefix of catalog keys is a key family.
const prefixes = new Set([...text.matchAll(PREFIX)].map((m) => m[1] ?? '').filter((p) => KEYS.some((key) => key.startsWith(p))));
const familyKeys = new Set([...prefixes].flatMap((prefix) => (FAMILIES[prefix] ?? []).map((id) => `${prefix}${id}`)));

describe('catalog keys in use', () => {
  it('scans the whole source tree', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(files).toContain('cards/status.card.ts');
    expect(literalKeys.size).toBeGreaterThan(100);
  });

  it('every key built from an id belongs to a declared family', () => {
    expect([...prefixes].filter((p) => !Object.hasOwn(FAMILIES, p))).toEqual([]);
  });

  it.each(Object.entries(FAMILIES))('family %s has a text for every id', (prefix, ids) => {
    expect(ids.map((id) => `${prefix}${id}`).filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('every key is used: as a literal, or through its family', () => {
    const unused = KEYS.filter((key) => !literalKeys.has(key) && !familyKeys.has(key));
    expect(unused).toEqual([]);
  });
});

/** dialogs/ and bot/ keep their short names as adapters: a short name nobody uses would keep its catalog key alive. */
describe.each([
  ['dialogs/messages.ts', 'dialogs'],
  ['bot/messages.ts', 'bot'],
])('the short names of %s', (adapter, dir) => {
  const source = readFileSync(join(ROOT, adapter), 'utf8');
  const names = [...source.matchAll(/^\s+(\w+): '[a-z][\w.-]*',$/gm)].map((m) => m[1] ?? '');
  const users = sourceFiles(dir)
    .filter((f) => f !== adapter)
    .map((f) => readFileSync(join(ROOT, f), 'utf8'))
    .join('\n');

  it('are all used', () => {
    expect(names.length).toBeGreaterThan(2);
    expect(names.filter((name) => !users.includes(`'${name}'`))).toEqual([]);
  });
});
