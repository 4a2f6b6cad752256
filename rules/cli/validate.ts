// `mtvp rules validate [dir]` (RULES.md §6): every `<dir>/**/*.json` against the rule-set schema and its file name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../model.js';
import { parseCommandArgs } from './args.js';
import { CliError, errorText, writeError, writeJson } from './io.js';
import { validate, type FieldIssue } from './issues.js';
import type { Messages } from './messages.js';

/** The project's own rule sets, wherever the command is run from. */
export const DEFAULT_DIR = fileURLToPath(new URL('../sets/', import.meta.url));

interface FileReport {
  file: string;
  ok: boolean;
  issues: FieldIssue[];
}

export async function runValidate(args: readonly string[], t: Messages, locale: Locale): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, t);
  const [dirArg, ...extra] = positionals;
  if (extra.length > 0) throw new CliError(t.tooManyArguments('rules validate', extra));
  const dir = dirArg ?? DEFAULT_DIR;
  if (!isDirectory(dir)) throw new CliError(t.noDirectory(dir));
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.split(sep).join('/'))
    .sort();
  if (files.length === 0) throw new CliError(t.noRuleSetFiles(dir));

  // The schema alone, not rules/sets/index.ts: that module parses the published sets on import and would stop
  // on the very error this command is meant to report.
  const { RuleSet } = await import('../schema.js');
  const reports = files.map((file): FileReport => {
    const issues = fileIssues(join(dir, file), file, (data) => validate(RuleSet, data, locale), t);
    return { file, ok: issues.length === 0, issues };
  });
  const ok = reports.every((r) => r.ok);
  writeJson({ ok, files: reports });
  for (const r of reports) for (const i of r.issues) writeError(`${r.file}: ${i.path}: ${i.message}`);
  if (!ok) writeError(t.invalidFiles(reports.filter((r) => !r.ok).length));
  return ok ? 0 : 1;
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function fileIssues(
  path: string,
  file: string,
  check: (data: unknown) => { ok: true } | { ok: false; issues: FieldIssue[] },
  t: Messages,
): FieldIssue[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (err) {
    return [{ path: '(root)', message: t.badJson(file, errorText(err)) }];
  }
  const checked = check(data);
  return [...(checked.ok ? [] : checked.issues), ...locationIssues(data, file, t)];
}

/** STYLE.md §4: one file per region and version, at `<region>/<version>.json`. */
function locationIssues(data: unknown, file: string, t: Messages): FieldIssue[] {
  if (typeof data !== 'object' || data === null) return [];
  const region: unknown = Reflect.get(data, 'region');
  const version: unknown = Reflect.get(data, 'version');
  if (typeof region !== 'string' || typeof version !== 'string') return [];
  const expected = `${region}/${version}.json`;
  if (file === expected) return [];
  const parts = file.split('/');
  const issues: FieldIssue[] = [];
  if (parts.length !== 2 || parts[0] !== region) issues.push({ path: 'region', message: t.pathMismatch('region', region, expected) });
  if (parts.at(-1) !== `${version}.json`) issues.push({ path: 'version', message: t.pathMismatch('version', version, expected) });
  return issues;
}
