// `mtvp status <practice.json|-> --on <date>` (RULES.md §6): the practice's status items as JSON; exit 0.
import { t as text } from '../i18n/index.js';
import { PracticeFacts, type Locale } from '../model.js';
import { dateOption, parseCommandArgs, singleInput } from './args.js';
import { CliError, inputName, writeJson } from './io.js';
import { assertKnownRuleSet, readValidated } from './input.js';
import { fieldPath } from './issues.js';
import type { Messages } from './messages.js';

export async function runStatus(args: readonly string[], t: Messages, locale: Locale): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { on: { type: 'string' } }, t);
  const asOf = dateOption('--on', values.on, t, locale);
  const file = singleInput('status', positionals, t);
  const facts = readValidated(file, PracticeFacts, t, locale);
  await assertKnownRuleSet(facts, t);
  const { status, unknownRoutes } = await import('../status.js');
  // A route the offer does not have would silently drop its targets (000 §2.4–2.5, §2.8): unusable input, exit 2.
  const bad = unknownRoutes(facts);
  if (bad.length > 0)
    throw new CliError(
      [
        t.invalidInput(inputName(file)),
        ...bad.map(
          (b) =>
            `  ${fieldPath(b.path)}: ${text(locale, 'status.issue.routeNotOffered', { route: b.route, routes: b.routes.join(', ') || '-' })}`,
        ),
      ].join('\n'),
    );
  writeJson(status(facts, asOf, { locale: 'nl' }));
  return 0;
}
