// `mtvp check <plan.json|->` (RULES.md §6): the plan's findings as JSON; exit 0 when ok, 1 when not.
import { Plan, type Locale } from '../model.js';
import { parseCommandArgs, singleInput } from './args.js';
import { writeJson } from './io.js';
import { assertKnownRuleSet, readValidated } from './input.js';
import type { Messages } from './messages.js';

export async function runCheck(args: readonly string[], t: Messages, locale: Locale): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, t);
  const file = singleInput('check', positionals, t);
  const plan = readValidated(file, Plan, t, locale);
  await assertKnownRuleSet(plan, t);
  const { check } = await import('../engine.js');
  // Findings stay Dutch whatever the shell's language: the contract promises a Dutch `message`.
  const result = check(plan, { locale: 'nl' });
  writeJson(result);
  return result.ok ? 0 : 1;
}
