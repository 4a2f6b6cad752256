// Every published rule set, validated the first time its region is asked for: a one-shot `mtvp check` of a HOOG
// plan parses the four HOOG files with zod, not all ten (issue 9 §6). A bad file still fails with the path of the bad
// field (STYLE.md §4), at the first use of its region; RULE_SETS, read whole, parses every region.
import { issueMessage } from '../i18n/index.js';
import { REGIONS, type IsoDate, type Region } from '../model.js';
import { RuleSet, ruleSetId } from '../schema.js';
import cohaesie2023 from './cohaesie/2023.json' with { type: 'json' };
import cohaesie2023p1 from './cohaesie/2023.1.json' with { type: 'json' };
import eemland2023 from './eemland/2023.json' with { type: 'json' };
import eemland2023p1 from './eemland/2023.1.json' with { type: 'json' };
import eemland2023p2 from './eemland/2023.2.json' with { type: 'json' };
import hoog2023 from './hoog/2023.json' with { type: 'json' };
import hoog2023p1 from './hoog/2023.1.json' with { type: 'json' };
import hoog2024 from './hoog/2024.json' with { type: 'json' };
import hoog2024p1 from './hoog/2024.1.json' with { type: 'json' };
import rijnEnDuin2026 from './rijn-en-duin/2026.json' with { type: 'json' };
import rijnEnDuin2026p1 from './rijn-en-duin/2026.1.json' with { type: 'json' };
import rijnEnDuin2026p2 from './rijn-en-duin/2026.2.json' with { type: 'json' };

export class RuleSetError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly { path: string; message: string }[],
  ) {
    super(`${file}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
    this.name = 'RuleSetError';
  }
}

export function issuePath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '') || '(root)'
  );
}

/** Parses one rule set; throws RuleSetError naming every bad field. */
export function parseRuleSet(data: unknown, file: string): RuleSet {
  const result = RuleSet.safeParse(data);
  if (!result.success) {
    throw new RuleSetError(
      file,
      // At start-up the operator reads the product's default language, Dutch.
      result.error.issues.map((i) => ({
        path: issuePath(i.path),
        message: issueMessage('nl', i.message, i.code === 'custom' ? i.params : undefined),
      })),
    );
  }
  return result.data;
}

// `YYYY.N` is a correction of `YYYY` with the same validFrom (README "Een nieuwe versie publiceren"): it supersedes
// it for every date, while `ruleSetVersion: "YYYY"` still reproduces a verdict stored with the old version.
// Each region's files are in the folder named after it (a file that names another region is a bad file).
const FILES: ReadonlyMap<string, Readonly<Record<string, unknown>>> = new Map<Region, Readonly<Record<string, unknown>>>([
  ['hoog', { 'hoog/2023.json': hoog2023, 'hoog/2023.1.json': hoog2023p1, 'hoog/2024.json': hoog2024, 'hoog/2024.1.json': hoog2024p1 }],
  ['eemland', { 'eemland/2023.json': eemland2023, 'eemland/2023.1.json': eemland2023p1, 'eemland/2023.2.json': eemland2023p2 }],
  ['cohaesie', { 'cohaesie/2023.json': cohaesie2023, 'cohaesie/2023.1.json': cohaesie2023p1 }],
  [
    'rijn-en-duin',
    {
      'rijn-en-duin/2026.json': rijnEnDuin2026,
      'rijn-en-duin/2026.1.json': rijnEnDuin2026p1,
      'rijn-en-duin/2026.2.json': rijnEnDuin2026p2,
    },
  ],
]);

/** Orders versions `2023` < `2023.1` < `2023.10` < `2024`. */
export function compareVersions(a: string, b: string): number {
  const [ay = 0, ap = 0] = a.split('.').map(Number);
  const [by = 0, bp = 0] = b.split('.').map(Number);
  return ay - by || ap - bp;
}

const byValidFrom = (a: RuleSet, b: RuleSet): number => a.validFrom.localeCompare(b.validFrom) || compareVersions(a.version, b.version);

const parsed = new Map<string, readonly RuleSet[]>();

/** The region's versions in order (validFrom, then version), parsed on first use; none for a region we do not know. */
export function ruleSetsOf(region: Region): readonly RuleSet[] {
  let sets = parsed.get(region);
  if (sets === undefined) {
    sets = Object.freeze(
      Object.entries(FILES.get(region) ?? {})
        .map(([file, data]) => {
          const set = parseRuleSet(data, file);
          if (set.region !== region)
            throw new RuleSetError(file, [{ path: 'region', message: `${set.region} ≠ ${region} (map ${region}/)` }]);
          return set;
        })
        .sort(byValidFrom),
    );
    parsed.set(region, sets);
  }
  return sets;
}

// Every set, by region (in name order) and then as in ruleSetsOf. A read-only array whose content is parsed on its
// first use, through whatever operation comes first; afterwards the proxy only forwards to the frozen array.
const everySet: RuleSet[] = [];
let filled = false;
function fill(): void {
  if (filled) return;
  // Parsed whole before the first push: a bad file leaves the array empty for the next try, not half filled.
  const sets = [...REGIONS].sort((a, b) => a.localeCompare(b)).flatMap((region) => ruleSetsOf(region));
  everySet.push(...sets);
  Object.freeze(everySet);
  filled = true;
}
const forwardAfterFill = Object.fromEntries(
  Object.getOwnPropertyNames(Reflect).map((trap) => [
    trap,
    (...args: unknown[]): unknown => {
      fill();
      return (Reflect[trap as keyof typeof Reflect] as (...a: unknown[]) => unknown)(...args);
    },
  ]),
) as ProxyHandler<RuleSet[]>;

export const RULE_SETS: readonly RuleSet[] = new Proxy(everySet, forwardAfterFill);

/** A version with a later correction (same region and validFrom, higher version): kept only for pinned plans. */
export function isSuperseded(set: RuleSet): boolean {
  return ruleSetsOf(set.region).some((s) => s.validFrom === set.validFrom && compareVersions(s.version, set.version) > 0);
}

export function findRuleSet(region: Region, version: string): RuleSet | undefined {
  return ruleSetsOf(region).find((s) => s.version === version);
}

/**
 * RULES.md §6: the latest version of the region whose validFrom is on or before the start date; before the
 * region's first version, its first version (the 2026 Rijn en Duin plan also covers practices from 2023).
 */
export function ruleSetFor(region: Region, startDate: IsoDate, version?: string): RuleSet | undefined {
  if (version !== undefined) return findRuleSet(region, version);
  const sets = ruleSetsOf(region);
  const inForce = sets.filter((s) => s.validFrom <= startDate);
  // Before the first version: the latest correction of the first version.
  return inForce.at(-1) ?? sets.filter((s) => s.validFrom === sets[0]?.validFrom).at(-1);
}

export function listRuleSets(): { id: string; region: Region; version: string; validFrom: IsoDate; doc: string }[] {
  return RULE_SETS.map((s) => ({ id: ruleSetId(s), region: s.region, version: s.version, validFrom: s.validFrom, doc: s.source.doc }));
}
