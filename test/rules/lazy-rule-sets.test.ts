// rules/sets/index.ts validates a region's rule sets the first time they are asked for (issue 9 §6): the same sets
// in the same order as parsing all of them at import, and a bad file still rejected with the path of its bad field,
// now at the first use of its region instead of at import.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REGIONS } from '../../rules/model.js';

const HOOG_2024 = '../../rules/sets/hoog/2024.json';
const raw = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../rules/sets/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** rules/sets/index.ts as a fresh module, with hoog/2024.json replaced by `data` when given. */
async function freshSets(data?: unknown): Promise<typeof import('../../rules/sets/index.js')> {
  vi.resetModules();
  if (data !== undefined) vi.doMock(HOOG_2024, () => ({ default: data }));
  return import('../../rules/sets/index.js');
}

afterEach(() => {
  vi.doUnmock(HOOG_2024);
  vi.resetModules();
});

describe('rule sets parsed per region on first use', () => {
  it('RULE_SETS lists every region’s sets, by region name, then validFrom and version', async () => {
    const { RULE_SETS, ruleSetsOf } = await freshSets();
    const regions = [...REGIONS].sort((a, b) => a.localeCompare(b));
    expect(RULE_SETS).toEqual(regions.flatMap((r) => ruleSetsOf(r)));
    expect(RULE_SETS.map((s) => `${s.region}@${s.version}`)).toEqual([
      'cohaesie@2023',
      'cohaesie@2023.1',
      'eemland@2023',
      'eemland@2023.1',
      'eemland@2023.2',
      'hoog@2023',
      'hoog@2023.1',
      'hoog@2024',
      'hoog@2024.1',
      'rijn-en-duin@2026',
      'rijn-en-duin@2026.1',
      'rijn-en-duin@2026.2',
    ]);
    expect(Array.isArray(RULE_SETS)).toBe(true);
    expect(Object.isFrozen(RULE_SETS)).toBe(true);
    expect(RULE_SETS[7]).toBe(ruleSetsOf('hoog')[2]);
  });

  it('asking twice gives the same objects (parsed once)', async () => {
    const { ruleSetFor, ruleSetsOf } = await freshSets();
    const first = ruleSetsOf('eemland');
    expect(ruleSetsOf('eemland')).toBe(first);
    expect(ruleSetFor('eemland', '2024-01-01')).toBe(first.at(-1));
  });

  it('a region that does not exist has no sets', async () => {
    const { ruleSetFor, ruleSetsOf } = await freshSets();
    expect(ruleSetsOf('atlantis' as never)).toEqual([]);
    expect(ruleSetFor('atlantis' as never, '2024-01-01')).toBeUndefined();
  });

  it('a bad file is rejected with its field path when its region is first asked for; other regions still load', async () => {
    const broken = raw('hoog/2024.json') as { offers: Record<string, unknown>[] };
    delete broken.offers[0]?.source;
    const sets = await freshSets(broken);
    expect(sets.ruleSetsOf('eemland').length).toBe(3);
    for (const ask of [() => sets.ruleSetsOf('hoog'), () => sets.ruleSetFor('hoog', '2024-06-01'), () => sets.RULE_SETS.length]) {
      let error: unknown;
      try {
        ask();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(sets.RuleSetError);
      expect((error as InstanceType<typeof sets.RuleSetError>).message).toMatch(/^hoog\/2024\.json: .*offers\[0\]\.source/);
    }
  });

  it('a file that names another region than its folder is a bad file', async () => {
    const sets = await freshSets({ ...raw('hoog/2024.json'), region: 'eemland' });
    expect(() => sets.ruleSetsOf('hoog')).toThrow(/^hoog\/2024\.json: region: /);
  });
});
