// `mtvp advise --region <region> [--subregion <s>] [--year <n>] [--other-funding <f>]… "<question>"` (RULES.md §6).
// Output `{ suggestions }` as before; `answer` (a rules question answered from the rule set, with its source) and
// `excluded` (what the practice cannot choose, with the reason) are added only when there is one.
import * as z from 'zod';
import { capQuestion } from '../advise/caps.js';
import { t as text } from '../i18n/index.js';
import { OtherFunding, Region, type Locale } from '../model.js';
import { parseCommandArgs } from './args.js';
import { CliError, errorText, writeJson } from './io.js';
import { assertKnownSubregion } from './input.js';
import type { Messages } from './messages.js';

export async function runAdvise(args: readonly string[], t: Messages, locale: Locale): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      region: { type: 'string' },
      subregion: { type: 'string' },
      year: { type: 'string' },
      'other-funding': { type: 'string', multiple: true },
    },
    t,
  );
  const region = Region.safeParse(values.region);
  if (!region.success) throw new CliError(t.unknownRegion(values.region));
  assertKnownSubregion('--subregion', region.data, values.subregion, t);
  const year = values.year === undefined ? undefined : parseYear(values.year, t);
  const otherFunding = values['other-funding']?.flatMap((v) => parseOtherFunding(v, locale));
  // An unquoted question arrives as several words; they are still one question. Capped like every question
  // (rules/advise/caps.ts): the advisor reads no more than its first MAX_QUESTION_CHARS characters anyway.
  const question = capQuestion(positionals.join(' ').trim());
  if (question === '') throw new CliError(t.emptyQuestion);
  const { adviseFull } = await import('../advise.js');
  const { suggestions, answer, excluded } = adviseFull(question, {
    region: region.data,
    ...(values.subregion === undefined ? {} : { subregion: values.subregion }),
    ...(year === undefined ? {} : { year }),
    ...(otherFunding === undefined ? {} : { otherFunding }),
    locale: 'nl',
  });
  writeJson({ suggestions, ...(answer ? { answer } : {}), ...(excluded.length > 0 ? { excluded } : {}) });
  return 0;
}

function parseYear(value: string, t: Messages): number {
  const year = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(year) || year < 1) throw new CliError(t.badYear(value));
  return year;
}

const FundingList = z.union([z.array(OtherFunding), OtherFunding.transform((f) => [f])]);

/**
 * The plan's `otherFunding` entries (RULES.md §6) as JSON, a list or one object; or the short form
 * `scheme[:project-or-intervention]` (`tbhz:zelfmetingen`, `tbhz:awp.lean`). The flag may be repeated.
 */
export function parseOtherFunding(value: string, locale: Locale): OtherFunding[] {
  const fail = (detail: string): never => {
    throw new CliError(text(locale, 'advise.cli.badOtherFunding', { detail }));
  };
  const trimmed = value.trim();
  let data: unknown;
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    try {
      data = JSON.parse(trimmed);
    } catch (err) {
      return fail(errorText(err));
    }
  } else {
    const [scheme, what, ...rest] = trimmed.split(':');
    if (rest.length > 0 || scheme === undefined || scheme === '') return fail(value);
    data =
      what === undefined || what === '' ? { scheme } : { scheme, ...(what.includes('.') ? { intervention: what } : { project: what }) };
  }
  const parsed = FundingList.safeParse(data);
  if (!parsed.success) return fail(parsed.error.issues.map((i) => `${i.path.join('.') || value}: ${i.message}`).join('; '));
  return parsed.data;
}
