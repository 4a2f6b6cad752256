// Reading a plan or practice file: JSON, then the zod schema, then the region's rule-set version and subregion.
import type { z } from 'zod';
import { SUBREGIONS, type IsoDate, type Locale, type Region } from '../model.js';
import { CliError, inputName, readJson } from './io.js';
import { validate } from './issues.js';
import type { Messages } from './messages.js';

export function readValidated<S extends z.ZodType>(file: string, schema: S, t: Messages, locale: Locale): z.output<S> {
  const checked = validate(schema, readJson(file, t), locale);
  if (checked.ok) return checked.data;
  const lines = checked.issues.map((i) => `  ${i.path}: ${i.message}`);
  throw new CliError([t.invalidInput(inputName(file)), ...lines].join('\n'));
}

interface RegionInput {
  region: Region;
  subregion?: string | undefined;
  startDate: IsoDate;
  ruleSetVersion?: string | undefined;
}

/**
 * A version the region does not have, or a subregion it does not know, is unusable input rather than a finding:
 * a misspelt subregion would silently skip the sub-regional double-funding exclusions (000 §2.7–2.8).
 */
export async function assertKnownRuleSet(input: RegionInput, t: Messages): Promise<void> {
  const { ruleSetFor, ruleSetsOf } = await import('../sets/index.js');
  if (!ruleSetFor(input.region, input.startDate, input.ruleSetVersion)) {
    const known = ruleSetsOf(input.region).map((s) => s.version);
    throw new CliError(t.unknownVersion(input.region, input.ruleSetVersion ?? '', known));
  }
  assertKnownSubregion('subregion', input.region, input.subregion, t);
}

export function assertKnownSubregion(field: string, region: Region, subregion: string | undefined, t: Messages): void {
  if (subregion === undefined) return;
  const known = SUBREGIONS[region];
  if (!known.includes(subregion)) throw new CliError(t.unknownSubregion(field, region, subregion, known));
}
