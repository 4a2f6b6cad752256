// Argument parsing per command with node:util parseArgs; its errors become exit code 2 with a readable message.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, errorText } from './io.js';
import type { Messages } from './messages.js';
import { IsoDate, type Locale } from '../model.js';
import { validate } from './issues.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(args: readonly string[], options: O, t: Messages) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(t.badOption(errorText(err)));
  }
}

/** Exactly one input file or `-`. */
export function singleInput(command: string, positionals: readonly string[], t: Messages): string {
  const [file, ...extra] = positionals;
  if (file === undefined || file === '') throw new CliError(t.missingInput(command));
  if (extra.length > 0) throw new CliError(t.tooManyArguments(command, extra));
  return file;
}

/** A date option: required, `YYYY-MM-DD`, and a day that exists (no 2025-02-30). */
export function dateOption(option: string, value: string | undefined, t: Messages, locale: Locale): string {
  if (value === undefined || value === '') throw new CliError(t.optionRequired(option, t.dateHint));
  const checked = validate(IsoDate, value, locale);
  if (!checked.ok) throw new CliError(`${option}: ${t.notADate(value)}`);
  return checked.data;
}
