// Copies of ../shared/seeds (the regional plans, the authority for every rule), so the quote check runs on any checkout.
// Every rule set parses, every source points at a seed, and every quote is verbatim in its seed document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DOCS } from '../../rules/schema.js';
import { compareVersions, isSuperseded, parseRuleSet, RULE_SETS, RuleSetError } from '../../rules/sets/index.js';

const SETS_DIR = join(import.meta.dirname, '../../rules/sets');
const SEEDS_DIR = join(import.meta.dirname, '../fixtures/seeds');
const FILES = [
  'hoog/2023.json',
  'hoog/2023.1.json',
  'hoog/2024.json',
  'hoog/2024.1.json',
  'eemland/2023.json',
  'eemland/2023.1.json',
  'eemland/2023.2.json',
  'cohaesie/2023.json',
  'cohaesie/2023.1.json',
  'rijn-en-duin/2026.json',
  'rijn-en-duin/2026.1.json',
  'rijn-en-duin/2026.2.json',
];

const seeds = new Map<string, string>(
  readdirSync(SEEDS_DIR).flatMap((f) => {
    const doc = /^(\d{3})_.*\.txt$/.exec(f)?.[1];
    return doc ? [[doc, readFileSync(join(SEEDS_DIR, f), 'utf8')] as const] : [];
  }),
);

/** Quotes compare after unifying quote marks and removing whitespace (PDF line breaks) and soft hyphenation. */
function squash(s: string): string {
  return s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, '');
}

function occursIn(doc: string, quote: string): boolean {
  const text = squash(seeds.get(doc) ?? '');
  let from = 0;
  for (const part of quote.split('…').map(squash).filter(Boolean)) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

interface Quoted {
  path: string;
  docs: string[];
  quote: string;
}

/** Every `{doc, quote}` source, and every reading quote with the documents of its offer/rule and of its set. */
function quotes(data: unknown, path = '', docs: string[] = []): Quoted[] {
  if (Array.isArray(data)) return data.flatMap((x, i) => quotes(x, `${path}[${i}]`, docs));
  if (!data || typeof data !== 'object') return [];
  const o = data as Record<string, unknown>;
  const own = [o.source, ...(Array.isArray(o.seeAlso) ? o.seeAlso : [])].flatMap((s) =>
    s && typeof s === 'object' && 'doc' in s ? [String(s.doc)] : [],
  );
  const scope = [...own, ...docs];
  const here: Quoted[] = typeof o.quote === 'string' ? [{ path, docs: typeof o.doc === 'string' ? [o.doc] : docs, quote: o.quote }] : [];
  return [...here, ...Object.entries(o).flatMap(([k, v]) => quotes(v, `${path}.${k}`, scope))];
}

const raw = FILES.map((file) => [file, JSON.parse(readFileSync(join(SETS_DIR, file), 'utf8')) as unknown] as const);

describe('rule-set files', () => {
  it.each(FILES)('%s parses against the schema', (file) => {
    const data = raw.find(([f]) => f === file)?.[1];
    expect(() => parseRuleSet(data, file)).not.toThrow();
  });

  it('every file is loaded: five published versions and their issue-9 corrections', () => {
    expect(RULE_SETS.map((s) => `${s.region}@${s.version}`).sort()).toEqual(
      FILES.map((f) => f.replace('/', '@').replace(/\.json$/, '')).sort(),
    );
    expect(RULE_SETS.filter(isSuperseded).map((s) => `${s.region}@${s.version}`)).toEqual([
      'cohaesie@2023',
      'eemland@2023',
      'eemland@2023.1',
      'hoog@2023',
      'hoog@2024',
      'rijn-en-duin@2026',
      'rijn-en-duin@2026.1',
    ]);
  });

  it('issue 9 §3: every reading of a version in force carries its own source {doc, section, quote}', () => {
    for (const set of RULE_SETS.filter((s) => !isSuperseded(s)))
      for (const item of [...set.offers, ...set.rules, ...(set.milestones ?? [])])
        if (item.reading) {
          expect('source' in item.reading, `${set.region}@${set.version} ${item.id}`).toBe(true);
          if ('source' in item.reading) expect(seeds.has(item.reading.source.doc)).toBe(true);
        }
  });

  it('a correction has the validFrom of the version it corrects, and a version of the form YYYY.N', () => {
    for (const old of RULE_SETS.filter(isSuperseded)) {
      const next = RULE_SETS.find((s) => s.region === old.region && s.validFrom === old.validFrom && s !== old && !isSuperseded(s));
      expect(next?.version, `${old.region}@${old.version}`).toMatch(new RegExp(`^${old.version.split('.')[0] ?? ''}\\.\\d+$`));
      expect(compareVersions(next?.version ?? '', old.version)).toBeGreaterThan(0);
    }
  });

  it('README: the reading table lists every reading of the versions in force, with its source quote', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    for (const set of RULE_SETS.filter((s) => !isSuperseded(s)))
      for (const item of [...set.offers, ...set.rules, ...(set.milestones ?? [])])
        if (item.reading && 'source' in item.reading) {
          expect(readme, `${set.region}@${set.version} ${item.id}`).toContain(`\`${item.id}\``);
          expect(readme, `${set.region}@${set.version} ${item.id}`).toContain(item.reading.source.quote);
        }
  });

  it('rule ids are unique within a set, region-prefixed and stable-looking', () => {
    for (const set of RULE_SETS) {
      const ids = set.rules.map((r) => r.id);
      expect(new Set(ids).size, `${set.region}@${set.version}`).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(new RegExp(`^${set.region}\\.[a-z0-9]+(?:[.-][a-z0-9]+)*$`));
    }
  });

  it('a rule id means the same rule in every version of a region (same kind)', () => {
    const kinds = new Map<string, string>();
    for (const set of RULE_SETS)
      for (const rule of set.rules) {
        expect(kinds.get(rule.id) ?? rule.kind, rule.id).toBe(rule.kind);
        kinds.set(rule.id, rule.kind);
      }
    expect(kinds.size).toBeGreaterThan(30);
  });

  it('every offer and rule has a source whose doc is a seed file', () => {
    expect([...seeds.keys()].sort()).toEqual([...SEED_DOCS]);
    for (const set of RULE_SETS)
      for (const item of [set, ...set.offers, ...set.rules, set.outsideOfferedYears]) {
        expect(seeds.has(item.source.doc)).toBe(true);
        expect(item.source.section.trim()).not.toBe('');
      }
  });

  it.each(raw)('every quote in %s occurs verbatim in its seed document', (_file, data) => {
    const found = quotes(data);
    expect(found.length).toBeGreaterThan(20);
    const missing = found
      .filter((q) => !q.docs.some((d) => occursIn(d, q.quote)))
      .map((q) => `${q.path} (${q.docs.join(',')}): ${q.quote}`);
    expect(missing).toEqual([]);
  });

  it('the quote check itself rejects a quote that is not in the seed', () => {
    expect(occursIn('000', 'Intervisie: verplicht onderdeel')).toBe(true);
    expect(occursIn('000', 'Intervisie is facultatief voor alle praktijken')).toBe(false);
  });

  it('a broken copy (offers[0].source deleted) is rejected with the field path', () => {
    const copy = structuredClone(raw[0]?.[1]) as { offers: Record<string, unknown>[] };
    delete copy.offers[0]?.source;
    let error: unknown;
    try {
      parseRuleSet(copy, 'broken.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).issues.map((i) => i.path)).toContain('offers[0].source');
    expect((error as RuleSetError).message).toMatch(/^broken\.json: .*offers\[0\]\.source/);
  });

  it('evidence (004 B.1–B.3) must name an offer of the same rule set', () => {
    const file = 'rijn-en-duin/2026.1.json';
    const copy = structuredClone(raw.find(([f]) => f === file)?.[1]) as { milestones: { due: { intervention: string } }[] };
    expect(() => parseRuleSet(copy, file)).not.toThrow();
    const first = copy.milestones[0];
    if (first) first.due.intervention = 'sn.meekijkconsult-typo';
    expect(() => parseRuleSet(copy, file)).toThrow(RuleSetError);
    if (first) first.due.intervention = 'upc.poh-ouderen';
    expect(() => parseRuleSet(copy, file)).toThrow(/milestones\[0\]\.due\.intervention/);
  });
});
