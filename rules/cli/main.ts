// Entry of the `mtvp` command (bin/mtvp.js): dispatch to one command module, loaded only when it is asked for,
// so `mtvp rules list` does not pay for the engine or the advisor.
import * as z from 'zod';
import { CliError, envLocale, errorText, writeError, writeText } from './io.js';
import { messages, USAGE, type Messages } from './messages.js';
import type { Locale } from '../model.js';

type Command = (args: readonly string[], t: Messages, locale: Locale) => Promise<number>;

const commands: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.js')).runCheck,
  status: async () => (await import('./status.js')).runStatus,
  advise: async () => (await import('./advise.js')).runAdvise,
  'rules list': async () => (await import('./rules.js')).runList,
  'rules show': async () => (await import('./rules.js')).runShow,
  'rules validate': async () => (await import('./validate.js')).runValidate,
};

const HELP = new Set(['--help', '-h', 'help']);

export async function main(argv: readonly string[]): Promise<number> {
  const locale = envLocale();
  const t = messages(locale);
  try {
    const [first, second] = argv;
    if (first === undefined || HELP.has(first) || argv.some((a) => a === '--help' || a === '-h')) {
      writeText(USAGE);
      return 0;
    }
    const name = first === 'rules' ? `rules ${second ?? ''}` : first;
    const load = commands[name];
    if (!load) throw new CliError(first === 'rules' ? t.rulesSubcommand : t.unknownCommand(first));
    return await (
      await load()
    )(argv.slice(first === 'rules' ? 2 : 1), t, locale);
  } catch (err) {
    writeError(describe(err, t));
    return err instanceof CliError ? err.exitCode : 2;
  }
}

/** A message only, never a stack trace; an unknown rule-set version from the engine names its field. */
function describe(err: unknown, t: Messages): string {
  if (err instanceof CliError) return err.message;
  if (err instanceof Error && err.name === 'UnknownRuleSetError' && 'region' in err && 'version' in err) {
    return t.unknownRuleSetVersion(String(err.region), String(err.version ?? '?'));
  }
  if (err instanceof Error && err.name === 'RuleSetError') return err.message;
  return t.unexpected(errorText(err));
}

// One command parses each schema once or a few times: zod's compiled fast path (generated with new Function on an
// object schema's first parse) costs more to build than it saves here, about 30 ms of a `mtvp check` (issue 9 §6).
// Same results either way; the bot, which parses many plans, keeps the default.
z.config({ jitless: true });

// A reader that stops early (`mtvp rules show hoog | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});
process.exitCode = await main(process.argv.slice(2));
