// `mtvp status <practice.json|-> --on <date>` (RULES.md §6): the practice's status items as JSON; exit 0.
import { PracticeFacts, type Locale } from '../model.js';
import { dateOption, parseCommandArgs, singleInput } from './args.js';
import { writeJson } from './io.js';
import { assertKnownRuleSet, readValidated } from './input.js';
import type { Messages } from './messages.js';

export async function runStatus(args: readonly string[], t: Messages, locale: Locale): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { on: { type: 'string' } }, t);
  const asOf = dateOption('--on', values.on, t, locale);
  const file = singleInput('status', positionals, t);
  const facts = readValidated(file, PracticeFacts, t, locale);
  await assertKnownRuleSet(facts, t);
  const { status } = await import('../status.js');
  writeJson(status(facts, asOf, { locale: 'nl' }));
  return 0;
}
