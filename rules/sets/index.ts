// Every published rule set, parsed at start-up: a bad file stops the boot with the path of the bad field (STYLE.md §4).

import { issueMessage } from '../i18n/index.js';
import type { IsoDate, Region } from '../model.js';
import { RuleSet, ruleSetId } from '../schema.js';
import cohaesie2023 from './cohaesie/2023.json' with { type: 'json' };
import eemland2023 from './eemland/2023.json' with { type: 'json' };
import hoog2023 from './hoog/2023.json' with { type: 'json' };
import hoog2024 from './hoog/2024.json' with { type: 'json' };
import rijnEnDuin2026 from './rijn-en-duin/2026.json' with { type: 'json' };

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

const files: Record<string, unknown> = {
  'hoog/2023.json': hoog2023,
  'hoog/2024.json': hoog2024,
  'eemland/2023.json': eemland2023,
  'cohaesie/2023.json': cohaesie2023,
  'rijn-en-duin/2026.json': rijnEnDuin2026,
};

export const RULE_SETS: readonly RuleSet[] = Object.freeze(
  Object.entries(files)
    .map(([file, data]) => parseRuleSet(data, file))
    .sort((a, b) => (a.region === b.region ? a.validFrom.localeCompare(b.validFrom) : a.region.localeCompare(b.region))),
);

export function findRuleSet(region: Region, version: string): RuleSet | undefined {
  return RULE_SETS.find((s) => s.region === region && s.version === version);
}

/**
 * RULES.md §6: the latest version of the region whose validFrom is on or before the start date; before the
 * region's first version, its first version (the 2026 Rijn en Duin plan also covers practices from 2023).
 */
export function ruleSetFor(region: Region, startDate: IsoDate, version?: string): RuleSet | undefined {
  if (version !== undefined) return findRuleSet(region, version);
  const sets = RULE_SETS.filter((s) => s.region === region);
  const inForce = sets.filter((s) => s.validFrom <= startDate);
  return inForce.at(-1) ?? sets[0];
}

export function listRuleSets(): { id: string; region: Region; version: string; validFrom: IsoDate; doc: string }[] {
  return RULE_SETS.map((s) => ({ id: ruleSetId(s), region: s.region, version: s.version, validFrom: s.validFrom, doc: s.source.doc }));
}
