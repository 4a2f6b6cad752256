// The CLI's only contact with the process: environment, files, stdin and the output streams.
import { readFileSync } from 'node:fs';
import type { Locale } from '../model.js';
import type { Messages } from './messages.js';

/** Unusable input or an impossible request: the message goes to stderr, the code is the exit status (RULES.md §6). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** POSIX order: a non-empty LC_ALL overrides LANG. Anything not English gets Dutch, the users' language. */
export function envLocale(): Locale {
  const value = process.env.LC_ALL || process.env.LANG || '';
  return value.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function inputName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** Reads `file` (or stdin for `-`) and parses it as JSON; both failures are unusable input. */
export function readJson(file: string, t: Messages): unknown {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    throw new CliError(t.cannotRead(inputName(file), errorText(err)));
  }
  try {
    // Editors on Windows often save JSON with a byte-order mark, which JSON.parse rejects.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (err) {
    throw new CliError(t.badJson(inputName(file), errorText(err)));
  }
}

export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function writeText(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function writeError(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
