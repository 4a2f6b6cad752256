// `mtvp rules list` and `mtvp rules show <region>[@version]` (RULES.md §6): the rule sets as loaded.
import { Region } from '../model.js';
import { parseCommandArgs, singleInput } from './args.js';
import { CliError, writeJson } from './io.js';
import type { Messages } from './messages.js';

export async function runList(args: readonly string[], t: Messages): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, t);
  if (positionals.length > 0) throw new CliError(t.tooManyArguments('rules list', positionals));
  const { listRuleSets } = await import('../sets/index.js');
  writeJson(listRuleSets());
  return 0;
}

export async function runShow(args: readonly string[], t: Messages): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, t);
  const spec = singleInput('rules show', positionals, t);
  const { RULE_SETS, ruleSetsOf } = await import('../sets/index.js');
  const { ruleSetId } = await import('../schema.js');
  const [regionText = '', version] = spec.split('@');
  const region = Region.safeParse(regionText);
  const sets = region.success ? ruleSetsOf(region.data) : [];
  // ruleSetsOf is sorted by validFrom, so the last one is the latest version.
  const set = version === undefined ? sets.at(-1) : sets.find((s) => s.version === version);
  if (!set) throw new CliError(t.unknownRuleSet(spec, RULE_SETS.map(ruleSetId)));
  writeJson(set);
  return 0;
}
