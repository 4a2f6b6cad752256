// The `mtvp` command through the real binary (RULES.md §6): JSON on stdout, exit codes 0/1/2, field paths on stderr.
// Every process is spawned up front and concurrently; the tests only read the results.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FINDING_KINDS, INTERVENTION_IDS } from '../../rules/model.js';
import { buildState } from '../../scripts/lib/build-state.js';
import { runAll, type Case, type Run } from '../fixtures/cli/run-mtvp.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/cli');
const fixturePath = (name: string): string => join(FIXTURES, name);

interface PlanJson {
  region: string;
  subregion?: string;
  startDate?: string;
  ruleSetVersion?: string;
  years: { year: number; interventions: { id?: string; route?: string }[] }[];
}
const fixture = (name: string): PlanJson => JSON.parse(readFileSync(fixturePath(name), 'utf8')) as PlanJson;
function changed(name: string, change: (plan: PlanJson) => void): string {
  const plan = fixture(name);
  change(plan);
  return JSON.stringify(plan);
}

const REGION_PLANS = ['hoog-2023', 'hoog-2024', 'eemland', 'cohaesie', 'rijn-en-duin'] as const;
const NOT_OK_PLANS = ['hoog-2024', 'eemland', 'cohaesie', 'rijn-en-duin'] as const;
const QUESTION = 'De telefoon staat de hele ochtend roodgloeiend en de assistentes komen niet toe aan triage';
const tmp = mkdtempSync(join(tmpdir(), 'mtvp-cli-'));
const brokenSource = join(tmp, 'broken-source');
const brokenTarget = join(tmp, 'broken-target');

/**
 * A checkout of the CLI without dist/: bin/mtvp.js and the build-state module copied, the sources linked, and
 * node_modules (with tsx) linked or not.
 */
function checkoutWithoutBuild(name: string, withNodeModules: boolean): string {
  const root = join(tmp, name);
  mkdirSync(join(root, 'bin'), { recursive: true });
  mkdirSync(join(root, 'scripts/lib'), { recursive: true });
  cpSync(join(ROOT, 'bin/mtvp.js'), join(root, 'bin/mtvp.js'));
  cpSync(join(ROOT, 'scripts/lib/build-state.js'), join(root, 'scripts/lib/build-state.js'));
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  symlinkSync(join(ROOT, 'rules'), join(root, 'rules'));
  if (withNodeModules) symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return join(root, 'bin/mtvp.js');
}

function cases() {
  return {
    help: { args: ['--help'] },
    noArgs: { args: [] },
    unknownCommand: { args: ['toets', 'plan.json'] },
    ...Object.fromEntries(REGION_PLANS.map((r) => [`ok:${r}`, { args: ['check', fixturePath(`${r}-ok.json`)] }])),
    ...Object.fromEntries(NOT_OK_PLANS.map((r) => [`notOk:${r}`, { args: ['check', fixturePath(`${r}-not-ok.json`)] }])),
    example: { args: ['check', fixturePath('hoog-rules-example.json')] },
    stdin: { args: ['check', '-'], input: readFileSync(fixturePath('eemland-ok.json'), 'utf8') },
    badJson: { args: ['check', '-'], input: '{ "region": "hoog", ' },
    badJsonEn: { args: ['check', '-'], input: '{ "region": ', lang: 'en_GB.UTF-8' },
    missingFile: { args: ['check', join(tmp, 'nope.json')] },
    missingId: { args: ['check', '-'], input: changed('hoog-2024-ok.json', (p) => delete p.years[1]?.interventions[0]?.id) },
    missingStart: { args: ['check', '-'], input: changed('cohaesie-ok.json', (p) => delete p.startDate) },
    unknownRegion: { args: ['check', '-'], input: changed('eemland-ok.json', (p) => (p.region = 'utrecht')) },
    notADate: { args: ['check', '-'], input: changed('rijn-en-duin-ok.json', (p) => (p.startDate = '2025-02-30')) },
    unknownVersion: { args: ['check', '-'], input: changed('hoog-2024-ok.json', (p) => (p.ruleSetVersion = '1999')) },
    unknownSubregion: { args: ['check', '-'], input: changed('hoog-2024-ok.json', (p) => (p.subregion = 'deventer')) },
    status: { args: ['status', fixturePath('rijn-en-duin-practice.json'), '--on', '2024-07-01'] },
    statusStdin: { args: ['status', '-', '--on', '2025-06-30'], input: readFileSync(fixturePath('hoog-practice.json'), 'utf8') },
    statusNoOn: { args: ['status', fixturePath('hoog-practice.json')] },
    statusBadOn: { args: ['status', fixturePath('hoog-practice.json'), '--on', '2025-02-30'] },
    statusBadInput: { args: ['status', '-', '--on', '2025-01-01'], input: changed('hoog-practice.json', (p) => delete p.startDate) },
    statusRoute: {
      args: ['status', '-', '--on', '2024-06-01'],
      input: changed('hoog-practice.json', (p) => p.years[0]?.interventions.push({ id: 'awp.taakherschikking', route: 'pa-vs' })),
    },
    statusBadRoute: {
      args: ['status', '-', '--on', '2024-06-01'],
      input: changed('hoog-practice.json', (p) => p.years[0]?.interventions.push({ id: 'awp.taakherschikking', route: 'poh' })),
    },
    advise: { args: ['advise', '--region', 'hoog', '--subregion', 'apeldoorn', '--year', '1', QUESTION] },
    adviseAgain: { args: ['advise', '--region', 'hoog', '--subregion', 'apeldoorn', '--year', '1', QUESTION] },
    adviseRijnEnDuin: { args: ['advise', '--region', 'rijn-en-duin', '--year', '2', 'eenzame ouderen en schulden'] },
    adviseUnknownRegion: { args: ['advise', '--region', 'utrecht', QUESTION] },
    adviseBadYear: { args: ['advise', '--region', 'hoog', '--year', '0', QUESTION] },
    adviseNoQuestion: { args: ['advise', '--region', 'eemland', '  '] },
    adviseNoRegion: { args: ['advise', QUESTION] },
    rulesAlone: { args: ['rules'] },
    list: { args: ['rules', 'list'] },
    show: { args: ['rules', 'show', 'hoog@2023'] },
    showLatest: { args: ['rules', 'show', 'hoog'] },
    showUnknown: { args: ['rules', 'show', 'utrecht@2024'] },
    showUnknownVersion: { args: ['rules', 'show', 'hoog@1999'] },
    validate: { args: ['rules', 'validate'] },
    validateBrokenSource: { args: ['rules', 'validate', brokenSource] },
    validateBrokenTarget: { args: ['rules', 'validate', brokenTarget] },
    validateMissingDir: { args: ['rules', 'validate', join(tmp, 'no-such-dir')] },
    unbuiltWithTsx: { args: ['rules', 'list'], bin: checkoutWithoutBuild('unbuilt', true) },
    unbuiltWithoutTsx: { args: ['rules', 'list'], bin: checkoutWithoutBuild('unbuilt-bare', false) },
  } satisfies Record<string, Case>;
}

type Json = Record<string, unknown>;
interface SetJson {
  offers: { source?: unknown; thresholds: { target: number }[] }[];
}
function breakCopy(dir: string, file: string, change: (set: SetJson) => void): void {
  cpSync(join(ROOT, 'rules/sets'), dir, { recursive: true, filter: (src) => !src.endsWith('.ts') });
  const set = JSON.parse(readFileSync(join(dir, file), 'utf8')) as SetJson;
  change(set);
  writeFileSync(join(dir, file), JSON.stringify(set, null, 2));
}

let r: Record<string, Run>;
const get = (key: string): Run => r[key] ?? expect.unreachable(`no run ${key}`);
const json = (key: string): Json => JSON.parse(get(key).stdout) as Json;

beforeAll(async () => {
  breakCopy(brokenSource, 'hoog/2023.json', (set) => delete set.offers[0]?.source);
  breakCopy(brokenTarget, 'hoog/2024.json', (set) => {
    const threshold = set.offers.flatMap((o) => o.thresholds)[0];
    if (threshold) threshold.target = -1;
  });
  r = await runAll(cases());
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function expectUnusable(key: string, ...named: string[]): void {
  const { code, stdout, stderr } = get(key);
  expect(code, stderr).toBe(2);
  expect(stdout).toBe('');
  for (const text of named) expect(stderr).toContain(text);
  expect(stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
}

function expectCheckResult(key: string): Json {
  const { code, stdout, stderr } = get(key);
  expect(stderr).toBe('');
  const result = JSON.parse(stdout) as { ok: unknown; ruleSet: unknown; findings: Json[] };
  expect(typeof result.ok).toBe('boolean');
  expect(result.ruleSet).toMatch(/^[a-z-]+@\d{4}/);
  expect(code).toBe(result.ok ? 0 : 1);
  for (const f of result.findings) {
    expect(FINDING_KINDS).toContain(f.kind);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    for (const field of ['message', 'source', 'ruleId']) expect(f[field], field).toEqual(expect.any(String));
  }
  expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
  expect(stdout).toBe(`${JSON.stringify(result, null, 2)}\n`);
  return result;
}

describe('the mtvp binary', () => {
  it('runs the compiled build: dist/ is the build of these sources (test/setup/build.ts)', () => {
    expect(buildState().state).toBe('fresh');
  });
  it('without a build, runs the sources through tsx with the same output', () => {
    expect(get('unbuiltWithTsx')).toEqual(get('list'));
  });
  it('without a build and without tsx, says what to run (exit 2)', () => {
    expectUnusable('unbuiltWithoutTsx', 'dist/ is missing or incomplete', 'npm run build');
  });
});

describe('mtvp usage', () => {
  it.each(['help', 'noArgs'])('%s prints the usage in Dutch and English', (key) => {
    expect(get(key).code).toBe(0);
    expect(get(key).stdout).toContain('mtvp check <plan.json|->');
    expect(get(key).stdout).toContain('Which intervention fits');
  });
  it('rejects an unknown command', () => expectUnusable('unknownCommand', 'toets'));
  it('asks which rules subcommand', () => expectUnusable('rulesAlone', 'list'));
});

describe('mtvp check', () => {
  it.each(REGION_PLANS)('passes a realistic three-year plan for %s (exit 0)', (region) => {
    expect(expectCheckResult(`ok:${region}`).ok).toBe(true);
  });
  it.each(NOT_OK_PLANS)('fails a faulty plan for %s with exit 1 and an error finding', (region) => {
    expect(expectCheckResult(`notOk:${region}`).ok).toBe(false);
  });
  it('checks the RULES.md §6 example against hoog@2024', () => {
    expect(expectCheckResult('example').ruleSet).toBe('hoog@2024');
  });
  it('issue 9 §2: lists the version of every programme year (the example pins 2024 for all)', () => {
    expect(expectCheckResult('example')['versions']).toEqual([
      { year: 1, yearStart: '2023-07-01', ruleSet: 'hoog@2024' },
      { year: 2, yearStart: '2024-07-01', ruleSet: 'hoog@2024' },
      { year: 3, yearStart: '2025-07-01', ruleSet: 'hoog@2024' },
    ]);
  });
  it('issue 9 §2: without a pin, a plan started in 2023 has year 1 under hoog@2023.1 and later years under hoog@2024.1', () => {
    const versions = expectCheckResult('ok:hoog-2023')['versions'] as { ruleSet: string }[];
    expect(versions.map((v) => v.ruleSet)).toEqual(['hoog@2023.1', 'hoog@2024.1', 'hoog@2024.1']);
  });
  it('reads the plan from stdin with -', () => expect(expectCheckResult('stdin').ruleSet).toBe('eemland@2023.2'));
  it('exits 2 on bad JSON, in Dutch by default and in English under LANG=en', () => {
    expectUnusable('badJson', 'Ongeldige JSON in <stdin>');
    expectUnusable('badJsonEn', 'Invalid JSON in <stdin>');
  });
  it('exits 2 on a file that cannot be read', () => expectUnusable('missingFile', 'nope.json'));
  it.each([
    ['missingId', 'years[1].interventions[0].id'],
    ['missingStart', 'startDate'],
    ['unknownRegion', 'region'],
    ['notADate', 'startDate'],
    ['unknownVersion', 'ruleSetVersion'],
    ['unknownSubregion', 'subregion'],
  ])('exits 2 on %s, naming %s', (key, path) => expectUnusable(key, `${path}: `));
});

describe('mtvp status', () => {
  it.each([
    ['status', '2024-07-01'],
    ['statusStdin', '2025-06-30'],
  ])('%s prints the items on %s', (key, asOf) => {
    const { code, stdout, stderr } = get(key);
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout) as { asOf: string; programmeYear: number; items: Json[] };
    expect(result.asOf).toBe(asOf);
    expect(result.programmeYear).toEqual(expect.any(Number));
    for (const item of result.items) {
      expect(['intervisie-count', 'intervisie-first', 'praktijkplan-deadline', 'threshold']).toContain(item.kind);
      expect(['met', 'on-track', 'at-risk', 'missed', 'not-applicable']).toContain(item.status);
      expect([typeof item.message, typeof item.source]).toEqual(['string', 'string']);
    }
  });
  it('requires --on', () => expectUnusable('statusNoOn', '--on'));
  it('rejects an --on that is not a date', () => expectUnusable('statusBadOn', '--on', '2025-02-30'));
  it('rejects unusable practice facts', () => expectUnusable('statusBadInput', 'startDate: '));
  it('000 §2.5: reads the route from the plan: taakherschikking via PA/VS has no SOH-hours item', () => {
    const { code, stdout } = get('statusRoute');
    expect(code).toBe(0);
    const items = (JSON.parse(stdout) as { items: Json[] }).items;
    expect(items.filter((i) => i.metric === 'soh-hours-per-week')).toEqual([]);
    expect(items.find((i) => i.kind === 'intervisie-count')).toMatchObject({ period: { kind: 'programme-year', year: 1 } });
  });
  it('rejects a route the offer does not have, naming the field and the routes', () =>
    expectUnusable('statusBadRoute', 'years[0].interventions[2].route: ', 'soh, pa-vs'));
});

describe('mtvp advise', () => {
  it.each(['advise', 'adviseRijnEnDuin'])('%s ranks at most 5 allowed interventions', (key) => {
    const { code, stdout, stderr } = get(key);
    expect([code, stderr]).toEqual([0, '']);
    const { suggestions } = JSON.parse(stdout) as { suggestions: Json[] };
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(5);
    for (const s of suggestions) {
      expect(INTERVENTION_IDS).toContain(s.id);
      expect(s.score).toEqual(expect.any(Number));
      for (const field of ['name', 'why', 'support', 'condition', 'cost']) expect(s[field], field).toEqual(expect.any(String));
    }
  });
  it('is deterministic', () => expect(get('adviseAgain').stdout).toBe(get('advise').stdout));
  it.each([
    ['adviseUnknownRegion', '--region'],
    ['adviseBadYear', '--year'],
    ['adviseNoQuestion', 'vraag'],
    ['adviseNoRegion', '--region'],
  ])('%s exits 2 naming %s', (key, named) => expectUnusable(key, named));
});

describe('mtvp rules', () => {
  it('lists every rule set (published versions and their corrections) with their documented fields', () => {
    expect(get('list').code).toBe(0);
    const list = JSON.parse(get('list').stdout) as Json[];
    expect(list.map((s) => s.id).sort()).toEqual([
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
    for (const s of list) {
      expect(Object.keys(s).sort()).toEqual(['doc', 'id', 'region', 'validFrom', 'version']);
      expect(s.id).toBe(`${String(s.region)}@${String(s.version)}`);
      expect(s.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.doc).toMatch(/^00[0-4]$/);
    }
  });
  it('shows hoog@2023 with a source for every offer', () => {
    const set = json('show') as { region: string; version: string; offers: { source: { doc: string; section: string } }[] };
    expect([set.region, set.version]).toEqual(['hoog', '2023']);
    expect(set.offers.length).toBeGreaterThan(0);
    for (const o of set.offers)
      expect(o.source).toEqual(expect.objectContaining({ doc: expect.stringMatching(/^00[0-4]$/), section: expect.any(String) }));
  });
  it('shows the latest version (with its corrections) when none is given', () => expect(json('showLatest').version).toBe('2024.1'));
  it.each(['showUnknown', 'showUnknownVersion'])('%s exits 2', (key) => expectUnusable(key, 'hoog@2023'));
  it('validates the project rule sets (exit 0)', () => {
    expect(get('validate').code, get('validate').stderr).toBe(0);
    const report = json('validate') as { ok: boolean; files: { file: string; ok: boolean }[] };
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => f.file)).toContain('rijn-en-duin/2026.json');
  });
  it.each([
    ['validateBrokenSource', 'hoog/2023.json', 'offers[0].source'],
    ['validateBrokenTarget', 'hoog/2024.json', '.thresholds[0].target'],
  ])('%s exits 1 naming the bad field', (key, file, path) => {
    const { code, stderr } = get(key);
    expect(code).toBe(1);
    const report = json(key) as { ok: boolean; files: { file: string; ok: boolean; issues: { path: string }[] }[] };
    expect(report.ok).toBe(false);
    const bad = report.files.filter((f) => !f.ok);
    expect(bad.map((f) => f.file)).toEqual([file]);
    expect(bad[0]?.issues.map((i) => i.path).join(' ')).toContain(path);
    expect(stderr).toContain(`${file}: `);
    expect(stderr).toContain(path);
  });
  it('exits 2 for a directory that does not exist', () => expectUnusable('validateMissingDir', 'no-such-dir'));
});
